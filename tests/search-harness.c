/* search-harness.c — drives store/index.c on a RocksDB of its own, without
 * the rest of the store, for the retrieval benchmarks and evaluation
 * (bench/search-*).  Not a test by itself.
 *
 *   search-harness eval DOCS_DIR QUERIES.jsonl    recall@1/5/10, MRR
 *   search-harness build DB CHUNKS.txt [PER_DOC]  one chunk per line
 *   search-harness query DB QUERIES.txt [K] [THREADS]  latency p50/p99
 */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <rocksdb/c.h>
#include <sodium.h>

#include "index.h"
#include "tokenize.h"

typedef struct {
  rocksdb_t *db;
  rocksdb_options_t *opts;
  rocksdb_column_family_handle_t *cfs[2];
  CvIndex *index;
} Db;

static const guint8 ikey[32] = "harness-index-key-not-secret...";
static const guint8 ekey[32] = "harness-encryption-key-not-sec.";

static void
db_open(Db *d, const char *dir)
{
  char *err = NULL;
  d->opts = rocksdb_options_create();
  rocksdb_options_set_create_if_missing(d->opts, 1);
  rocksdb_options_increase_parallelism(d->opts, 2);
  rocksdb_options_set_compression(d->opts, rocksdb_no_compression);
  const char *names[2] = { "default", "index" };
  const rocksdb_options_t *cfo[2] = { d->opts, d->opts };
  d->db = rocksdb_open_column_families(d->opts, dir, 2, names, cfo, d->cfs, &err);
  if (err) {
    rocksdb_free(err);
    err = NULL;
    d->db = rocksdb_open(d->opts, dir, &err);
    if (err)
      g_error("open %s: %s", dir, err);
    d->cfs[0] = NULL;
    d->cfs[1] = rocksdb_create_column_family(d->db, d->opts, "index", &err);
    if (err)
      g_error("create cf: %s", err);
  }
  d->index = cv_index_new(d->db, d->cfs[1], "bench", ikey, ekey);
}

static void
db_close(Db *d)
{
  cv_index_free(d->index);
  for (guint i = 0; i < 2; i++)
    if (d->cfs[i])
      rocksdb_column_family_handle_destroy(d->cfs[i]);
  rocksdb_close(d->db);
  rocksdb_options_destroy(d->opts);
}

static void
doc_id(guint n, char out[CV_DOC_ID_LEN + 1])
{
  g_snprintf(out, CV_DOC_ID_LEN + 1, "%032x", n);
}

static void
put_doc(Db *d, rocksdb_writeoptions_t *wo, guint id, CvChunk *chunks, guint n)
{
  char doc[CV_DOC_ID_LEN + 1];
  doc_id(id, doc);
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  GError *error = NULL;
  if (!cv_index_add_document(d->index, batch, doc, chunks, n, NULL, &error))
    g_error("add: %s", error->message);
  char *err = NULL;
  rocksdb_write(d->db, wo, batch, &err);
  if (err)
    g_error("write: %s", err);
  cv_index_batch_committed(d->index);
  rocksdb_writebatch_destroy(batch);
}

static char *
tmp_db(void)
{
  GError *error = NULL;
  char *dir = g_dir_make_tmp("caviar-harness-XXXXXX", &error);
  if (!dir)
    g_error("%s", error->message);
  return dir;
}

static void
rm_rf(const char *path)
{
  GDir *dd = g_dir_open(path, 0, NULL);
  if (dd) {
    const char *name;
    while ((name = g_dir_read_name(dd))) {
      g_autofree char *p = g_build_filename(path, name, NULL);
      if (g_file_test(p, G_FILE_TEST_IS_DIR))
        rm_rf(p);
      else
        g_unlink(p);
    }
    g_dir_close(dd);
  }
  g_rmdir(path);
}

/* Splits a file into chunks of about @target bytes at blank lines. */
static GPtrArray *
chunk_text(const char *text, gsize target)
{
  GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
  g_auto(GStrv) paras = g_strsplit(text, "\n\n", -1);
  GString *cur = g_string_new(NULL);
  for (guint i = 0; paras[i]; i++) {
    if (cur->len > 0 && cur->len + strlen(paras[i]) > target) {
      g_ptr_array_add(out, g_strdup(cur->str));
      g_string_truncate(cur, 0);
    }
    if (cur->len)
      g_string_append(cur, "\n\n");
    g_string_append(cur, paras[i]);
  }
  if (cur->len)
    g_ptr_array_add(out, g_strdup(cur->str));
  g_string_free(cur, TRUE);
  return out;
}

static int
cmd_eval(const char *docs_dir, const char *queries)
{
  g_autofree char *dir = tmp_db();
  Db d;
  db_open(&d, dir);
  rocksdb_writeoptions_t *wo = rocksdb_writeoptions_create();
  GDir *dd = g_dir_open(docs_dir, 0, NULL);
  if (!dd)
    g_error("cannot open %s", docs_dir);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *name;
  while ((name = g_dir_read_name(dd)))
    g_ptr_array_add(names, g_strdup(name));
  g_dir_close(dd);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < names->len; i++) {
    g_autofree char *path = g_build_filename(docs_dir, names->pdata[i], NULL);
    g_autofree char *text = NULL;
    if (!g_file_get_contents(path, &text, NULL, NULL))
      continue;
    g_autoptr(GPtrArray) parts = chunk_text(text, 1500);
    g_autofree CvChunk *chunks = g_new0(CvChunk, parts->len);
    for (guint j = 0; j < parts->len; j++) {
      chunks[j].text = parts->pdata[j];
      chunks[j].len = strlen(parts->pdata[j]);
    }
    put_doc(&d, wo, i, chunks, parts->len);
    char id[CV_DOC_ID_LEN + 1];
    doc_id(i, id);
    g_hash_table_insert(by_id, g_strdup(id), g_strdup(names->pdata[i]));
  }
  g_autofree char *qtext = NULL;
  if (!g_file_get_contents(queries, &qtext, NULL, NULL))
    g_error("cannot read %s", queries);
  g_auto(GStrv) lines = g_strsplit(qtext, "\n", -1);
  double r1 = 0, r5 = 0, r10 = 0, mrr = 0;
  guint nq = 0;
  gboolean verbose = g_getenv("HARNESS_VERBOSE") != NULL;
  for (guint i = 0; lines[i]; i++) {
    if (!*g_strstrip(lines[i]))
      continue;
    g_autoptr(JsonParser) p = json_parser_new();
    if (!json_parser_load_from_data(p, lines[i], -1, NULL))
      continue;
    JsonObject *o = json_node_get_object(json_parser_get_root(p));
    const char *q = json_object_get_string_member(o, "q");
    const char *file = json_object_get_string_member(o, "file");
    g_autoptr(GError) error = NULL;
    g_autoptr(GArray) hits = cv_index_search(d.index, q, 30, &error);
    if (!hits)
      g_error("search: %s", error->message);
    /* Document-level ranks: the first chunk of each document counts. */
    guint rank = 0, pos = 0;
    g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint j = 0; j < hits->len && pos < 10; j++) {
      CvIndexHit *h = &g_array_index(hits, CvIndexHit, j);
      const char *f = g_hash_table_lookup(by_id, h->doc_id);
      if (g_hash_table_contains(seen, f))
        continue;
      g_hash_table_add(seen, (gpointer)f);
      pos++;
      if (g_strcmp0(f, file) == 0) {
        rank = pos;
        break;
      }
    }
    nq++;
    r1 += rank == 1;
    r5 += rank >= 1 && rank <= 5;
    r10 += rank >= 1 && rank <= 10;
    mrr += rank ? 1.0 / rank : 0;
    if (verbose)
      g_print("%2u %s  [%s]\n", rank, q, file);
  }
  g_print("queries %u  recall@1 %.3f  recall@5 %.3f  recall@10 %.3f  MRR %.3f\n",
          nq, r1 / nq, r5 / nq, r10 / nq, mrr / nq);
  rocksdb_writeoptions_destroy(wo);
  db_close(&d);
  rm_rf(dir);
  return 0;
}

static int
cmd_build(const char *dir, const char *chunks_file, guint per_doc)
{
  Db d;
  db_open(&d, dir);
  rocksdb_writeoptions_t *wo = rocksdb_writeoptions_create();
  g_autoptr(GMappedFile) mf = g_mapped_file_new(chunks_file, FALSE, NULL);
  if (!mf)
    g_error("cannot read %s", chunks_file);
  const char *p = g_mapped_file_get_contents(mf);
  const char *end = p + g_mapped_file_get_length(mf);
  g_autoptr(GArray) chunks = g_array_new(FALSE, TRUE, sizeof(CvChunk));
  guint n_docs = 0, n_chunks = 0;
  gint64 t0 = g_get_monotonic_time();
  while (p < end) {
    const char *nl = memchr(p, '\n', end - p);
    if (!nl)
      nl = end;
    CvChunk c = { p, (gsize)(nl - p), 1, 1 };
    g_array_append_val(chunks, c);
    n_chunks++;
    if (chunks->len == per_doc) {
      put_doc(&d, wo, n_docs++, (CvChunk *)chunks->data, chunks->len);
      g_array_set_size(chunks, 0);
    }
    if (n_chunks % 10000 == 0)
      g_printerr("%u chunks, %.1f s\n", n_chunks,
                 (g_get_monotonic_time() - t0) / 1e6);
    p = nl + 1;
  }
  if (chunks->len)
    put_doc(&d, wo, n_docs++, (CvChunk *)chunks->data, chunks->len);
  double secs = (g_get_monotonic_time() - t0) / 1e6;
  g_print("built %u chunks in %u documents in %.1f s (%.0f chunks/s)\n",
          n_chunks, n_docs, secs, n_chunks / secs);
  rocksdb_writeoptions_destroy(wo);
  db_close(&d);
  return 0;
}

static int
cmp_double(gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

typedef struct {
  Db *d;
  GStrv queries;
  guint n_queries;
  guint k;
  guint start, step;
  GArray *lat;   /* ms */
  GMutex *lock;
} Worker;

static gpointer
worker_run(gpointer data)
{
  Worker *w = data;
  for (guint i = w->start; i < w->n_queries; i += w->step) {
    gint64 t = g_get_monotonic_time();
    GArray *h = cv_index_search(w->d->index, w->queries[i], w->k, NULL);
    double ms = (g_get_monotonic_time() - t) / 1000.0;
    if (h)
      g_array_unref(h);
    g_mutex_lock(w->lock);
    g_array_append_val(w->lat, ms);
    g_mutex_unlock(w->lock);
  }
  return NULL;
}

static int
cmd_query(const char *dir, const char *qfile, guint k, guint threads)
{
  Db d;
  db_open(&d, dir);
  g_autofree char *qtext = NULL;
  if (!g_file_get_contents(qfile, &qtext, NULL, NULL))
    g_error("cannot read %s", qfile);
  g_auto(GStrv) all = g_strsplit(qtext, "\n", -1);
  g_autoptr(GPtrArray) qs = g_ptr_array_new();
  for (guint i = 0; all[i]; i++)
    if (*all[i])
      g_ptr_array_add(qs, all[i]);
  g_ptr_array_add(qs, NULL);
  /* Warm-up: load the chunk table. */
  GArray *h = cv_index_search(d.index, "warm up", 1, NULL);
  if (h)
    g_array_unref(h);
  g_autoptr(GArray) lat = g_array_new(FALSE, FALSE, sizeof(double));
  GMutex lock;
  g_mutex_init(&lock);
  gint64 t0 = g_get_monotonic_time();
  Worker *ws = g_new0(Worker, threads);
  GThread **ts = g_new0(GThread *, threads);
  for (guint i = 0; i < threads; i++) {
    ws[i] = (Worker){ &d, (GStrv)qs->pdata, qs->len - 1, k, i, threads, lat, &lock };
    ts[i] = g_thread_new("q", worker_run, &ws[i]);
  }
  for (guint i = 0; i < threads; i++)
    g_thread_join(ts[i]);
  double secs = (g_get_monotonic_time() - t0) / 1e6;
  g_array_sort(lat, cmp_double);
  double *v = (double *)lat->data;
  guint n = lat->len;
  double sum = 0;
  for (guint i = 0; i < n; i++)
    sum += v[i];
  g_print("queries %u threads %u  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms  "
          "mean %.3f ms  %.0f q/s\n",
          n, threads, v[n / 2], v[(guint)(n * 0.9)], v[(guint)(n * 0.99)], v[n - 1],
          sum / n, n / secs);
  g_free(ws);
  g_free(ts);
  g_mutex_clear(&lock);
  db_close(&d);
  return 0;
}

static void
print_term(const char *term, gsize len, gboolean extra, gpointer user_data)
{
  printf("%.*s%s ", (int)len, term, extra ? "*" : "");
}

/* One line of text a line of stdin -> its terms, space-separated, extra
 * terms marked '*' (bench/search-ideas.py: the same terms as the index). */
static int
cmd_terms(gboolean document)
{
  g_autoptr(GIOChannel) in = g_io_channel_unix_new(0);
  char *line = NULL;
  gsize len = 0;
  while (g_io_channel_read_line(in, &line, &len, NULL, NULL) ==
         G_IO_STATUS_NORMAL) {
    gsize n = strcspn(line, "\n");
    CvLang lang = cv_tokenize_lang(NULL, line, n);
    if (document)
      cv_tokenize_document(line, n, lang, print_term, NULL);
    else
      cv_tokenize(line, n, lang, print_term, NULL);
    printf("\n");
    fflush(stdout);
    sodium_memzero(line, len);
    g_free(line);
  }
  return 0;
}

int
main(int argc, char **argv)
{
  if (sodium_init() < 0)
    return 1;
  if (argc >= 4 && strcmp(argv[1], "eval") == 0)
    return cmd_eval(argv[2], argv[3]);
  if (argc >= 4 && strcmp(argv[1], "build") == 0)
    return cmd_build(argv[2], argv[3],
                     argc > 4 ? (guint)g_ascii_strtoull(argv[4], NULL, 10) : 1);
  if (argc >= 4 && strcmp(argv[1], "query") == 0)
    return cmd_query(argv[2], argv[3],
                     argc > 4 ? (guint)g_ascii_strtoull(argv[4], NULL, 10) : 10,
                     argc > 5 ? (guint)g_ascii_strtoull(argv[5], NULL, 10) : 1);
  if (argc >= 2 && strcmp(argv[1], "terms") == 0)
    return cmd_terms(argc > 2 && strcmp(argv[2], "doc") == 0);
  g_printerr(
      "usage: search-harness eval DOCS QUERIES | build DB CHUNKS [PER_DOC] | "
      "query DB QUERIES [K] [THREADS] | terms [doc] < LINES\n");
  return 2;
}
