/* scale-bench.c — how the store and its index grow (issue #14, "scale"):
 * writes the chunks of CHUNKS.txt (one chunk a line, bench/search-gen.py)
 * through the public API (cv_store_put_documents: 10 chunks a document,
 * 10 documents a batch, sync on unless --no-sync), reading them as it
 * goes (memory does not hold the text), and at each checkpoint (chunks
 * written) reports:
 *   ingest   chunks/s and CPU seconds over the last --window chunks
 *   size     the store directory against the text written (and the
 *            largest ratio seen while writing, sampled every 10 batches)
 *   memory   RSS now and peak (VmRSS, VmHWM)
 *   search   latency of cv_store_search (k 10: index, then the chunks'
 *            metadata and text decrypted) over the queries, one thread,
 *            then --threads threads at once (p50, p99, queries/s)
 * Usage:
 *   scale-bench --dir DIR --chunks CHUNKS.txt --queries QUERIES.txt
 *               [--at 10000,100000,1000000] [--window 10000] [--threads 8]
 *               [--queries-max 1000] [--no-sync] [--keep]
 *   scale-bench --dir DIR --query-only --queries QUERIES.txt  (a kept store)
 * DIR must not exist (a new store and key are made there; removed at the
 * end unless --keep). */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cv-store.h"

#define PER_DOC 10
#define PER_BATCH 10
#define LINE_MAX_BYTES (64 * 1024)

static double
cpu_seconds(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
         (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static guint64
dir_bytes(const char *dir)
{
  guint64 total = 0;
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  const char *name;
  while (d && (name = g_dir_read_name(d)) != NULL) {
    g_autofree char *p = g_build_filename(dir, name, NULL);
    struct stat st;
    if (lstat(p, &st) == 0 && S_ISREG(st.st_mode))
      total += (guint64)st.st_size;
  }
  return total;
}

/* kB of a /proc/self/status field ("VmRSS", "VmHWM"). */
static guint64
status_kb(const char *field)
{
  g_autofree char *s = NULL;
  if (!g_file_get_contents("/proc/self/status", &s, NULL, NULL))
    return 0;
  char *p = strstr(s, field);
  if (!p)
    return 0;
  p += strlen(field) + 1;
  return g_ascii_strtoull(p, NULL, 10);
}

static void
rm_rf(const char *path)
{
  GDir *d = g_dir_open(path, 0, NULL);
  if (d != NULL) {
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL) {
      g_autofree char *child = g_build_filename(path, name, NULL);
      rm_rf(child);
    }
    g_dir_close(d);
    g_rmdir(path);
  } else {
    g_unlink(path);
  }
}

static int
cmp_double(gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double
percentile(GArray *sorted, double p)
{
  if (sorted->len == 0)
    return 0;
  guint i = (guint)(p * (sorted->len - 1) + 0.5);
  return g_array_index(sorted, double, i);
}

typedef struct {
  CvCollection *coll;
  GPtrArray *queries;
  guint start, step; /* queries start, start + step, ... */
  GArray *ms;        /* latencies, ms */
  guint failures;
  const CvSearchFilter *filter; /* NULL: none */
} SearchJob;

static gpointer
search_job(gpointer data)
{
  SearchJob *job = data;
  for (guint i = job->start; i < job->queries->len; i += job->step) {
    g_autoptr(GError) error = NULL;
    gint64 t0 = g_get_monotonic_time();
    CvSearchOptions so = { .k = 10,
                           .filter = job->filter,
                           .details = g_getenv("SCALE_NO_DETAILS") == NULL };
    GPtrArray *hits =
        job->filter
            ? cv_store_search_full(job->coll, job->queries->pdata[i], &so, NULL,
                                   &error)
            : cv_store_search(job->coll, job->queries->pdata[i], 10, &error);
    double ms = (double)(g_get_monotonic_time() - t0) / 1000.0;
    if (!hits) {
      job->failures++;
      continue;
    }
    g_ptr_array_unref(hits);
    g_array_append_val(job->ms, ms);
  }
  return NULL;
}

/* Runs every query on @threads threads; prints p50/p90/p99/mean and q/s. */
static void
run_queries_filtered(CvCollection *coll, GPtrArray *queries, guint threads,
                     const CvSearchFilter *filter)
{
  g_autofree SearchJob *jobs = g_new0(SearchJob, threads);
  g_autofree GThread **th = g_new0(GThread *, threads);
  gint64 t0 = g_get_monotonic_time();
  double cpu0 = cpu_seconds();
  for (guint i = 0; i < threads; i++) {
    jobs[i] = (SearchJob){
      coll, queries, i, threads, g_array_new(FALSE, FALSE, sizeof(double)),
      0,    filter
    };
    th[i] = g_thread_new("search", search_job, &jobs[i]);
  }
  g_autoptr(GArray) all = g_array_new(FALSE, FALSE, sizeof(double));
  guint failures = 0;
  for (guint i = 0; i < threads; i++) {
    g_thread_join(th[i]);
    g_array_append_vals(all, jobs[i].ms->data, jobs[i].ms->len);
    failures += jobs[i].failures;
    g_array_unref(jobs[i].ms);
  }
  double secs = (double)(g_get_monotonic_time() - t0) / 1e6;
  double cpu = cpu_seconds() - cpu0;
  g_array_sort(all, cmp_double);
  double sum = 0;
  for (guint i = 0; i < all->len; i++)
    sum += g_array_index(all, double, i);
  printf("  search%s, %u thread(s): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, "
         "mean %.2f ms, %.0f queries/s, CPU %.2f ms a query%s\n",
         filter ? (g_getenv("SCALE_NO_DETAILS")
                       ? " filtered (source_prefix, lang, ingested_after)"
                       : " filtered (source_prefix, lang, ingested_after; "
                         "details)")
                : "",
         threads, percentile(all, 0.50), percentile(all, 0.90),
         percentile(all, 0.99), all->len ? sum / all->len : 0, all->len / secs,
         all->len ? cpu * 1000.0 / all->len : 0.0, failures ? " (FAILURES)" : "");
}

/* A quarter of the documents under each of four folders, one in five in
 * English, one ingestion second each: the filter keeps ~1/5 of them. */
static const char *const folders[] = { "finances/", "parcs/", "voirie/",
                                       "urbanisme/" };
static const CvSearchFilter bench_filter = { .source_prefix = "finances/",
                                             .lang = "fr",
                                             .has_after = TRUE,
                                             .ingested_after = 1700000000 };

static void
run_queries(CvCollection *coll, GPtrArray *queries, guint threads)
{
  run_queries_filtered(coll, queries, threads, NULL);
}

static void
run_all_queries(CvCollection *coll, GPtrArray *queries, guint threads)
{
  run_queries(coll, queries, 1);
  run_queries(coll, queries, 1);
  run_queries(coll, queries, threads);
  run_queries_filtered(coll, queries, 1, &bench_filter);
  run_queries_filtered(coll, queries, 1, &bench_filter);
  run_queries_filtered(coll, queries, threads, &bench_filter);
}

int
main(int argc, char **argv)
{
  g_autofree char *dir = NULL, *chunks_path = NULL, *queries_path = NULL;
  g_autofree char *at_list = NULL;
  gint window = 10000, threads = 8, queries_max = 1000;
  gboolean no_sync = FALSE, keep = FALSE, query_only = FALSE;
  GOptionEntry entries[] = {
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "New store directory", "DIR" },
    { "chunks", 0, 0, G_OPTION_ARG_FILENAME, &chunks_path, "Chunks, one a line",
      "FILE" },
    { "queries", 0, 0, G_OPTION_ARG_FILENAME, &queries_path,
      "Queries, one a line", "FILE" },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_list,
      "Checkpoints (chunks written, comma-separated)", "N,N" },
    { "window", 0, 0, G_OPTION_ARG_INT, &window,
      "Chunks the ingest rate is measured over (10000)", "N" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads, "Concurrent searches (8)",
      "N" },
    { "queries-max", 0, 0, G_OPTION_ARG_INT, &queries_max,
      "Queries used (1000)", "N" },
    { "no-sync", 0, 0, G_OPTION_ARG_NONE, &no_sync, "No fdatasync", NULL },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the store", NULL },
    { "query-only", 0, 0, G_OPTION_ARG_NONE, &query_only,
      "Only search a store kept by an earlier run (--keep)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse(ctx, &argc, &argv, &error) || !dir ||
      (!chunks_path && !query_only) || !queries_path ||
      window < PER_DOC * PER_BATCH || threads < 1 || threads > 64 ||
      queries_max < 1) {
    fprintf(stderr, "scale-bench: %s\n",
            error ? error->message : "bad arguments (see the header)");
    return 2;
  }
  if (g_file_test(dir, G_FILE_TEST_EXISTS) != query_only) {
    fprintf(stderr, "scale-bench: %s %s\n", dir,
            query_only ? "does not exist" : "exists");
    return 2;
  }
  g_autoptr(GArray) at = g_array_new(FALSE, FALSE, sizeof(guint64));
  {
    g_auto(GStrv) parts =
        g_strsplit(at_list ? at_list : "10000,100000,1000000", ",", -1);
    for (guint i = 0; parts[i]; i++) {
      guint64 v = g_ascii_strtoull(parts[i], NULL, 10);
      if (v > 0)
        g_array_append_val(at, v);
    }
  }
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func(g_free);
  {
    g_autofree char *q = NULL;
    if (!g_file_get_contents(queries_path, &q, NULL, &error)) {
      fprintf(stderr, "scale-bench: %s\n", error->message);
      return 1;
    }
    g_auto(GStrv) lines = g_strsplit(q, "\n", -1);
    for (guint i = 0; lines[i] && queries->len < (guint)queries_max; i++)
      if (*lines[i])
        g_ptr_array_add(queries, g_strdup(lines[i]));
  }
  if (query_only) {
    g_autofree char *sd = g_build_filename(dir, "store", NULL);
    g_autofree char *kf = g_build_filename(dir, "master.key", NULL);
    CvStoreOptions ro = { .dir = sd, .key_file = kf, .read_only = TRUE };
    CvStore *st = cv_store_open(&ro, NULL, &error);
    CvCollection *c = st ? cv_store_collection(st, "scale", &error) : NULL;
    if (!c) {
      fprintf(stderr, "scale-bench: %s\n", error->message);
      return 1;
    }
    run_all_queries(c, queries, (guint)threads);
    printf("  memory: RSS %.0f MiB, peak %.0f MiB\n",
           status_kb("VmRSS") / 1024.0, status_kb("VmHWM") / 1024.0);
    cv_store_close(st);
    return 0;
  }
  FILE *in = fopen(chunks_path, "r");
  if (!in) {
    perror(chunks_path);
    return 1;
  }
  if (g_mkdir_with_parents(dir, 0700) != 0) {
    perror(dir);
    return 1;
  }
  g_autofree char *store_dir = g_build_filename(dir, "store", NULL);
  g_autofree char *key = g_build_filename(dir, "master.key", NULL);
  CvStoreOptions o = {
    .dir = store_dir, .key_file = key, .create_key = TRUE, .sync = !no_sync
  };
  CvStore *store = cv_store_open(&o, NULL, &error);
  if (!store) {
    fprintf(stderr, "scale-bench: %s\n", error->message);
    return 1;
  }
  CvCollection *coll = cv_store_collection(store, "scale", &error);

  printf("scale-bench: %s, %u queries, %d documents of %d chunks a batch, "
         "sync %s\n",
         chunks_path, queries->len, PER_BATCH, PER_DOC, no_sync ? "off" : "on");
  char *line = g_malloc(LINE_MAX_BYTES);
  char *texts[PER_BATCH * PER_DOC];
  CvChunk chunks[PER_BATCH * PER_DOC];
  CvDocInfo infos[PER_BATCH];
  CvStoreDocument docs[PER_BATCH];
  char ids[PER_BATCH][CV_DOC_ID_LEN + 1];
  char sources[PER_BATCH][48];
  guint64 written = 0, text_bytes = 0, n_docs = 0;
  guint next_at = 0, n_batches = 0;
  double worst_ratio = 0, worst_at = 0;
  gint64 w_t0 = g_get_monotonic_time(), start = w_t0;
  double w_c0 = cpu_seconds();
  guint64 w_n0 = 0;
  gboolean eof = FALSE, w_started = FALSE;
  while (!eof && next_at < at->len) {
    guint64 target = g_array_index(at, guint64, next_at);
    if (!w_started && written + (guint64)window >= target) {
      /* the rate reported at @target is over its last @window chunks */
      w_t0 = g_get_monotonic_time();
      w_c0 = cpu_seconds();
      w_n0 = written;
      w_started = TRUE;
    }
    /* one batch: PER_BATCH documents of PER_DOC chunks */
    guint n = 0;
    while (n < PER_BATCH * PER_DOC) {
      if (!fgets(line, LINE_MAX_BYTES, in)) {
        eof = TRUE;
        break;
      }
      gsize len = strlen(line);
      while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        line[--len] = '\0';
      texts[n] = g_strndup(line, len);
      chunks[n] = (CvChunk){ texts[n], len, 1, 1 };
      text_bytes += len;
      n++;
    }
    guint nd = (n + PER_DOC - 1) / PER_DOC;
    for (guint d = 0; d < nd; d++) {
      char content[64];
      g_snprintf(content, sizeof content, "scale document %" G_GUINT64_FORMAT,
                 n_docs++);
      g_autoptr(GBytes) b = g_bytes_new(content, strlen(content));
      cv_store_document_id(coll, b, ids[d]);
      g_snprintf(sources[d], sizeof sources[d], "%sdoc-%" G_GUINT64_FORMAT,
                 folders[n_docs % 4], n_docs);
      infos[d] =
          (CvDocInfo){ .source = sources[d],
                       .mime = "text/plain",
                       .lang = n_docs % 5 == 0 ? "en" : "fr",
                       .n_pages = 1,
                       .ingested_at = 1700000000 + (gint64)((n_docs / 4) % 2) };
      guint c0 = d * PER_DOC;
      docs[d] = (CvStoreDocument){ ids[d], &infos[d], chunks + c0,
                                   MIN(PER_DOC, n - c0) };
    }
    if (nd > 0 && !cv_store_put_documents(coll, docs, nd, &error)) {
      fprintf(stderr, "scale-bench: %s\n", error->message);
      return 1;
    }
    for (guint i = 0; i < n; i++)
      g_free(texts[i]);
    written += n;
    if (++n_batches % 10 == 0 && text_bytes > 4000000) {
      double r = (double)dir_bytes(store_dir) / text_bytes;
      if (r > worst_ratio) {
        worst_ratio = r;
        worst_at = text_bytes / 1e6;
      }
    }
    if (written >= target || eof) {
      double secs = (double)(g_get_monotonic_time() - w_t0) / 1e6;
      double cpu = cpu_seconds() - w_c0;
      guint64 size = dir_bytes(store_dir);
      printf("at %" G_GUINT64_FORMAT " chunks (%.1f MB of text, %.0f s since "
             "the start):\n",
             written, text_bytes / 1e6,
             (double)(g_get_monotonic_time() - start) / 1e6);
      printf("  ingest over the last %" G_GUINT64_FORMAT " chunks: %.0f "
             "chunks/s, %.2f ms of CPU a chunk\n",
             written - w_n0, (written - w_n0) / secs,
             cpu * 1000.0 / (written - w_n0));
      printf("  store %.1f MB = %.2fx the text (largest while writing: %.2fx "
             "at %.0f MB)\n",
             size / 1e6, (double)size / text_bytes, worst_ratio, worst_at);
      printf("  memory: RSS %.0f MiB, peak %.0f MiB\n",
             status_kb("VmRSS") / 1024.0, status_kb("VmHWM") / 1024.0);
      run_all_queries(coll, queries, (guint)threads);
      printf("  memory after the searches: RSS %.0f MiB\n",
             status_kb("VmRSS") / 1024.0);
      fflush(stdout);
      next_at++;
      w_started = FALSE;
    }
  }
  fclose(in);
  g_free(line);
  gint64 t0 = g_get_monotonic_time();
  cv_store_close(store);
  printf("close (fold, flush): %.2f s; store %.1f MB = %.2fx the text\n",
         (double)(g_get_monotonic_time() - t0) / 1e6,
         dir_bytes(store_dir) / 1e6, (double)dir_bytes(store_dir) / text_bytes);
  if (!keep)
    rm_rf(dir);
  return 0;
}
