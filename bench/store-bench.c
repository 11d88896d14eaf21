/* store-bench.c — write-path benchmark of the encrypted store: documents
 * of N chunks of ~S bytes (synthetic French-like text drawn from a Zipf
 * vocabulary, so the index does real work) written one document per atomic
 * batch; reports chunks/s and MB/s, then compacts and reports the store's
 * size on disk against the text stored.  Usage:
 *   store-bench [--docs 2000] [--chunks 10] [--chunk-size 1024] [--sync]
 *               [--batch 1] [--dir DIR] [--keep]
 * --batch N writes N documents per atomic batch (cv_store_put_documents,
 * group commit: one fdatasync per batch with --sync).
 * Without --dir a temporary directory is used and removed. */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "cv-store.h"

#define VOCAB 20000

static char *vocab[VOCAB];
static double cdf[VOCAB];

static void
make_vocab(GRand *rand)
{
  static const char *syl[] = {
    "ad", "mi", "nis", "tra", "tion", "de", "la", "re", "qué", "te", "pro",
    "cès", "ver", "bal", "co", "mi", "té", "ges", "dos", "sier", "in", "for",
    "ma", "ac", "cès", "pu", "bli", "que", "ré", "gle", "ment", "ar", "ti",
    "cle", "loi", "em", "ploi", "mu", "ni", "ci", "pal", "con", "trat", "ser",
  };
  double total = 0;
  for (int i = 0; i < VOCAB; i++) {
    GString *w = g_string_new(NULL);
    int n = 1 + g_rand_int_range(rand, 1, 4);
    for (int j = 0; j < n; j++)
      g_string_append(w, syl[g_rand_int_range(rand, 0, G_N_ELEMENTS(syl))]);
    vocab[i] = g_string_free(w, FALSE);
    total += 1.0 / (i + 1);
    cdf[i] = total;
  }
  for (int i = 0; i < VOCAB; i++)
    cdf[i] /= total;
}

static const char *
pick_word(GRand *rand)
{
  double u = g_rand_double(rand);
  int lo = 0, hi = VOCAB - 1;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (cdf[mid] < u)
      lo = mid + 1;
    else
      hi = mid;
  }
  return vocab[lo];
}

static char *
make_chunk(GRand *rand, gsize size)
{
  GString *s = g_string_sized_new(size + 32);
  while (s->len < size) {
    g_string_append(s, pick_word(rand));
    g_string_append_c(s, g_rand_int_range(rand, 0, 12) == 0 ? '.' : ' ');
  }
  g_string_truncate(s, size);
  return g_string_free(s, FALSE);
}

/* User + system CPU seconds of the process so far (every thread). */
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

int
main(int argc, char **argv)
{
  gint n_docs = 2000, n_chunks = 10, chunk_size = 1024, per_batch = 1;
  gboolean sync = FALSE, keep = FALSE, no_compact = FALSE;
  g_autofree char *dir = NULL;
  GOptionEntry entries[] = {
    { "docs", 0, 0, G_OPTION_ARG_INT, &n_docs, "Documents (default 2000)", "N" },
    { "chunks", 0, 0, G_OPTION_ARG_INT, &n_chunks, "Chunks per document (10)",
      "N" },
    { "chunk-size", 0, 0, G_OPTION_ARG_INT, &chunk_size,
      "Bytes per chunk (1024)", "S" },
    { "sync", 0, 0, G_OPTION_ARG_NONE, &sync, "fdatasync each batch", NULL },
    { "batch", 0, 0, G_OPTION_ARG_INT, &per_batch, "Documents per batch (1)",
      "N" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir,
      "Store directory (default: temporary)", "DIR" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the temporary store", NULL },
    { "no-compact", 0, 0, G_OPTION_ARG_NONE, &no_compact,
      "Close without the final purge (size as the writes left it)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse(ctx, &argc, &argv, &error) || n_docs < 1
      || n_chunks < 1 || chunk_size < 16 || chunk_size > (1 << 20)
      || per_batch < 1 || per_batch > 10000) {
    fprintf(stderr, "store-bench: %s\n", error ? error->message : "bad sizes");
    return 2;
  }
  gboolean temporary = dir == NULL;
  g_autofree char *tmp = NULL;
  if (temporary) {
    tmp = g_dir_make_tmp("caviar-store-bench-XXXXXX", &error);
    g_assert_no_error(error);
    dir = g_build_filename(tmp, "store", NULL);
  }
  g_autofree char *key = g_strconcat(dir, ".key", NULL);

  GRand *rand = g_rand_new_with_seed(42);
  make_vocab(rand);
  /* Pre-generate the text so only the store is timed. */
  guint total_chunks = (guint)n_docs * (guint)n_chunks;
  char **texts = g_new(char *, total_chunks);
  for (guint i = 0; i < total_chunks; i++)
    texts[i] = make_chunk(rand, (gsize)chunk_size);

  CvStoreOptions o = { .dir = dir, .key_file = key, .create_key = TRUE, .sync = sync };
  CvStore *store = cv_store_open(&o, NULL, &error);
  if (store == NULL) {
    fprintf(stderr, "store-bench: %s\n", error->message);
    return 1;
  }
  CvCollection *coll = cv_store_collection(store, "bench", &error);
  CvChunk *chunks = g_new0(CvChunk, (gsize)n_chunks * (gsize)per_batch);
  CvDocInfo *infos = g_new0(CvDocInfo, per_batch);
  CvStoreDocument *docs = g_new0(CvStoreDocument, per_batch);
  char (*ids)[CV_DOC_ID_LEN + 1] = g_malloc0((gsize)per_batch * sizeof *ids);
  char (*sources)[64] = g_malloc0((gsize)per_batch * sizeof *sources);
  guint64 text_bytes = 0;
  /* size of the store directory against the text written so far, sampled
   * every 10 batches: the largest ratio once the text is past 1 MB, and
   * the largest size */
  double worst_ratio = 0;
  guint64 worst_at = 0, peak_bytes = 0;
  guint n_batches = 0;
  double c0 = cpu_seconds();
  gint64 t0 = g_get_monotonic_time();
  for (gint d0 = 0; d0 < n_docs; d0 += per_batch) {
    gint n = MIN(per_batch, n_docs - d0);
    for (gint k = 0; k < n; k++) {
      gint d = d0 + k;
      char content[64];
      g_snprintf(content, sizeof content, "bench document %d", d);
      g_autoptr(GBytes) b = g_bytes_new(content, strlen(content));
      cv_store_document_id(coll, b, ids[k]);
      CvChunk *c = chunks + (gsize)k * (gsize)n_chunks;
      for (gint i = 0; i < n_chunks; i++) {
        const char *t = texts[d * n_chunks + i];
        c[i] = (CvChunk){ t, strlen(t), 1, 1 };
        text_bytes += c[i].len;
      }
      g_snprintf(sources[k], sizeof sources[k], "/bench/doc-%d.txt", d);
      infos[k] = (CvDocInfo){ .source = sources[k], .mime = "text/plain",
                              .lang = "fr", .n_pages = 1,
                              .ingested_at = 1700000000 };
      docs[k] = (CvStoreDocument){ ids[k], &infos[k], c, (guint)n_chunks };
    }
    if (!cv_store_put_documents(coll, docs, (guint)n, &error)) {
      fprintf(stderr, "store-bench: %s\n", error->message);
      return 1;
    }
    if (++n_batches % 10 == 0) {
      guint64 b = dir_bytes(dir);
      peak_bytes = MAX(peak_bytes, b);
      if (text_bytes > 1000000 && (double)b / text_bytes > worst_ratio) {
        worst_ratio = (double)b / text_bytes;
        worst_at = text_bytes;
      }
    }
  }
  gint64 t1 = g_get_monotonic_time();
  double c1 = cpu_seconds();
  guint64 before = dir_bytes(dir);
  if (!no_compact && !cv_store_purge(store, NULL, &error)) {
    fprintf(stderr, "store-bench: %s\n", error->message);
    return 1;
  }
  gint64 t2 = g_get_monotonic_time();
  CvStoreStats stats;
  cv_store_stats(coll, &stats, NULL);
  cv_store_close(store);
  guint64 after = dir_bytes(dir);

  double secs = (double)(t1 - t0) / 1e6;
  printf("documents %d x %d chunks x %d bytes, %d document(s) per batch, "
         "sync %s\n", n_docs, n_chunks, chunk_size, per_batch, sync ? "on" : "off");
  printf("write: %.2f s, %.0f chunks/s, %.0f documents/s, %.2f MB/s of text\n",
         secs, total_chunks / secs, n_docs / secs, text_bytes / secs / 1e6);
  printf("write CPU (user+sys, all threads): %.2f s, %.0f chunks per CPU "
         "second\n",
         c1 - c0, total_chunks / (c1 - c0));
  printf("compaction: %.2f s\n", (double)(t2 - t1) / 1e6);
  printf("text %.2f MB; store before compaction %.2f MB (%.2fx), after %.2f MB "
         "(%.2fx the text)\n",
         text_bytes / 1e6, before / 1e6, (double)before / text_bytes,
         after / 1e6, (double)after / text_bytes);
  printf("during the write: largest size %.2f MB; largest ratio %.2fx the "
         "text written so far (at %.2f MB of text)\n",
         peak_bytes / 1e6, worst_ratio, worst_at / 1e6);
  printf("stats: %" G_GUINT64_FORMAT " documents, %" G_GUINT64_FORMAT " chunks\n",
         stats.n_documents, stats.n_chunks);

  for (guint i = 0; i < total_chunks; i++)
    g_free(texts[i]);
  g_free(texts);
  g_free(chunks);
  g_free(infos);
  g_free(docs);
  g_free(ids);
  g_free(sources);
  g_rand_free(rand);
  for (int i = 0; i < VOCAB; i++)
    g_free(vocab[i]);
  if (temporary && !keep)
    rm_rf(tmp);
  else if (temporary)
    printf("kept %s\n", tmp);
  return 0;
}
