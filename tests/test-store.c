/* test-store.c — tests of store/: encryption round trip, wrong keys and
 * collections, damaged records, no plaintext on disk, forget+purge leaving
 * no ciphertext behind, key rotation and passphrases, crash safety under
 * SIGKILL.  Fixtures are generated here; every store lives in a temporary
 * directory removed afterwards. */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <rocksdb/c.h>
#include <sodium.h>

#include "cv-store.h"
#include "keyfile.h"
#include "record.h"
#include "store-private.h" /* the v1 metadata test writes a record by hand */

static const char *self_path;


typedef struct {
  char *tmp;
  char *dir;
  char *key;
} Fixture;

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

static void
fixture_setup(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  f->tmp = g_dir_make_tmp("caviar-store-XXXXXX", &error);
  g_assert_no_error(error);
  f->dir = g_build_filename(f->tmp, "store", NULL);
  f->key = g_build_filename(f->tmp, "keys", "master.key", NULL);
}

static void
fixture_teardown(Fixture *f, gconstpointer data)
{
  rm_rf(f->tmp);
  g_free(f->tmp);
  g_free(f->dir);
  g_free(f->key);
}

static CvStore *
open_store(const char *dir, const char *key, gboolean create, GError **error)
{
  CvStoreOptions o = { .dir = dir, .key_file = key, .create_key = create,
                       .sync = FALSE };
  return cv_store_open(&o, NULL, error);
}

/* Deterministic text for document @n, chunk @i, with planted identifiers. */
static char *
chunk_text(guint n, guint i)
{
  return g_strdup_printf("Document %u, passage %u: la requérante Zéphirine "
                         "Plantagenet-%u habite au %u rue des Érables; "
                         "courriel zplant%u@example.org. Sentence marker "
                         "QUOKKA%04uX%04u ends here.",
                         n, i, n, 100 + n, n, n, i);
}

/* Stores document @n with @n_chunks chunks; returns its id. */
static char *
put_doc(CvCollection *coll, guint n, guint n_chunks, gint64 expires_at)
{
  GError *error = NULL;
  g_autofree char *content = g_strdup_printf("original file %u", n);
  g_autoptr(GBytes) bytes = g_bytes_new(content, strlen(content));
  char id[CV_DOC_ID_LEN + 1];
  cv_store_document_id(coll, bytes, id);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
  CvChunk *chunks = g_new0(CvChunk, n_chunks);
  for (guint i = 0; i < n_chunks; i++) {
    char *t = chunk_text(n, i);
    g_ptr_array_add(texts, t);
    chunks[i] = (CvChunk){ t, strlen(t), i + 1, i + 2 };
  }
  g_autofree char *source = g_strdup_printf("/records/secret-folder/file-%u.pdf", n);
  CvDocInfo info = { .source = source, .mime = "application/pdf", .lang = "fr",
                     .n_pages = n_chunks + 1, .n_bytes = strlen(content),
                     .ingested_at = 1700000000, .expires_at = expires_at,
                     .redactions = "{\"PERSON\": 2}" };
  gboolean ok = cv_store_put_document(coll, id, &info, chunks, n_chunks, &error);
  g_assert_no_error(error);
  g_assert_true(ok);
  g_free(chunks);
  return g_strdup(id);
}

typedef struct {
  guint n;
  guint count;
  gboolean ok;
} ChunkCheck;

static gboolean
check_chunk(const char *doc_id, const CvDocInfo *info, guint idx, guint n_chunks,
            const CvChunk *chunk, gpointer user_data)
{
  ChunkCheck *c = user_data;
  g_autofree char *want = chunk_text(c->n, idx);
  if (chunk->len != strlen(want) || memcmp(chunk->text, want, chunk->len) != 0
      || chunk->first_page != idx + 1 || chunk->last_page != idx + 2
      || idx != c->count)
    c->ok = FALSE;
  c->count++;
  return TRUE;
}

static void
assert_doc_whole(CvCollection *coll, const char *id, guint n, guint n_chunks)
{
  GError *error = NULL;
  ChunkCheck c = { n, 0, TRUE };
  g_assert_true(cv_store_foreach_chunk(coll, id, check_chunk, &c, &error));
  g_assert_no_error(error);
  g_assert_true(c.ok);
  g_assert_cmpuint(c.count, ==, n_chunks);
}

/* ---------- round trip ---------- */

static gboolean
count_doc(const char *doc_id, const CvDocInfo *info, gpointer user_data)
{
  (*(guint *)user_data)++;
  return TRUE;
}

static void
test_round_trip(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  gboolean created = FALSE;
  CvStoreOptions o = { .dir = f->dir, .key_file = f->key, .create_key = TRUE };
  CvStore *store = cv_store_open(&o, &created, &error);
  g_assert_no_error(error);
  g_assert_true(created);
  struct stat st;
  g_assert_cmpint(stat(f->key, &st), ==, 0);
  g_assert_cmpuint(st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint(st.st_size, ==, 32);

  CvCollection *coll = cv_store_collection(store, "dossiers", &error);
  g_assert_no_error(error);
  g_autofree char *id = put_doc(coll, 1, 5, 0);
  g_assert_cmpuint(strlen(id), ==, CV_DOC_ID_LEN);
  g_assert_true(cv_store_has_document(coll, id, &error));
  /* same content, same id; stored twice is refused */
  g_autoptr(GBytes) b = g_bytes_new_static("original file 1", 15);
  char id2[CV_DOC_ID_LEN + 1];
  cv_store_document_id(coll, b, id2);
  g_assert_cmpstr(id, ==, id2);
  CvDocInfo info0 = { 0 };
  g_assert_false(cv_store_put_document(coll, id, &info0, NULL, 0, &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID);
  g_clear_error(&error);

  const CvDocInfo *info = NULL;
  CvDocInfoHandle *h = cv_store_get_info(coll, id, &info, &error);
  g_assert_no_error(error);
  g_assert_cmpstr(info->source, ==, "/records/secret-folder/file-1.pdf");
  g_assert_cmpstr(info->mime, ==, "application/pdf");
  g_assert_null(info->encoding);
  g_assert_cmpstr(info->lang, ==, "fr");
  g_assert_cmpstr(info->redactions, ==, "{\"PERSON\": 2}");
  g_assert_cmpuint(info->n_pages, ==, 6);
  g_assert_cmpint(info->ingested_at, ==, 1700000000);
  g_assert_cmpuint(cv_store_doc_info_n_chunks(h), ==, 5);
  cv_store_doc_info_free(h);
  cv_store_doc_info_free(NULL);
  assert_doc_whole(coll, id, 1, 5);
  cv_store_close(store);

  /* reopen (read-only too) */
  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_no_error(error);
  coll = cv_store_collection(store, "dossiers", &error);
  assert_doc_whole(coll, id, 1, 5);
  guint n = 0;
  g_assert_true(cv_store_foreach_document(coll, count_doc, &n, &error));
  g_assert_cmpuint(n, ==, 1);
  g_auto(GStrv) names = cv_store_list_collections(store, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(g_strv_length(names), ==, 1);
  g_assert_cmpstr(names[0], ==, "dossiers");
  CvStoreStats stats;
  g_assert_true(cv_store_stats(coll, &stats, &error));
  g_assert_cmpuint(stats.n_documents, ==, 1);
  g_assert_cmpuint(stats.n_chunks, ==, 5);
  g_assert_cmpuint(stats.disk_bytes, >, 0);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  cv_store_close(store);
  cv_store_close(NULL);

  CvStoreOptions ro = { .dir = f->dir, .key_file = f->key, .read_only = TRUE };
  store = cv_store_open(&ro, NULL, &error);
  g_assert_no_error(error);
  coll = cv_store_collection(store, "dossiers", &error);
  assert_doc_whole(coll, id, 1, 5);
  g_assert_false(cv_store_forget(coll, id, &error));
  g_clear_error(&error);
  cv_store_close(store);
}

/* Group commit: all documents of a batch or none. */
static void
test_put_documents(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "g", &error);
  char ids[3][CV_DOC_ID_LEN + 1];
  char *texts[3];
  CvChunk chunks[3];
  CvDocInfo info = { .source = "/x", .lang = "fr" };
  CvStoreDocument docs[3];
  for (guint i = 0; i < 3; i++) {
    g_autofree char *content = g_strdup_printf("group %u", i);
    g_autoptr(GBytes) b = g_bytes_new(content, strlen(content));
    cv_store_document_id(coll, b, ids[i]);
    texts[i] = chunk_text(40 + i, 0);
    chunks[i] = (CvChunk){ texts[i], strlen(texts[i]), 1, 2 };
    docs[i] = (CvStoreDocument){ ids[i], &info, &chunks[i], 1 };
  }
  /* the third repeats the first: nothing is stored */
  docs[2].doc_id = ids[0];
  g_assert_false(cv_store_put_documents(coll, docs, 3, &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID);
  g_clear_error(&error);
  /* a bad id in the middle: nothing is stored */
  docs[2].doc_id = "not-an-id";
  g_assert_false(cv_store_put_documents(coll, docs, 3, &error));
  g_clear_error(&error);
  g_assert_false(cv_store_has_document(coll, ids[0], &error));
  g_assert_false(cv_store_has_document(coll, ids[1], &error));
  docs[2].doc_id = ids[2];
  g_assert_true(cv_store_put_documents(coll, docs, 3, &error));
  g_assert_no_error(error);
  g_assert_true(cv_store_sync(store, &error));
  for (guint i = 0; i < 3; i++) {
    assert_doc_whole(coll, ids[i], 40 + i, 1);
    g_free(texts[i]);
  }
  /* already stored: refused, the store unchanged */
  g_assert_false(cv_store_put_documents(coll, docs, 1, &error));
  g_clear_error(&error);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  cv_store_close(store);
}

/* Reads from several threads at once on one store (the HTTP server's
 * pattern): chunks, metadata and search. */
typedef struct {
  CvStore *store;
  GPtrArray *ids;   /* document n at index n - 1 */
  gint failures;
} ThreadRun;

static gboolean
count_chunk(const char *doc_id, const CvDocInfo *info, guint idx, guint n,
            const CvChunk *chunk, gpointer user_data)
{
  ChunkCheck *c = user_data;
  if (chunk->len == 0 || memmem(chunk->text, chunk->len, "QUOKKA", 6) == NULL)
    c->ok = FALSE;
  c->count++;
  return TRUE;
}

static gpointer
reader_thread(gpointer data)
{
  ThreadRun *run = data;
  for (guint round = 0; round < 20; round++) {
    GError *error = NULL;
    CvCollection *coll = cv_store_collection(run->store, "t", &error);
    guint n = 1 + round % run->ids->len;
    ChunkCheck c = { n, 0, TRUE };
    if (coll == NULL
        || !cv_store_foreach_chunk(coll, run->ids->pdata[n - 1], check_chunk, &c, &error)
        || !c.ok || c.count != 1 + n % 3)
      g_atomic_int_inc(&run->failures);
    ChunkCheck all = { 0, 0, TRUE };
    if (!cv_store_foreach_chunk(coll, NULL, count_chunk, &all, &error) || !all.ok)
      g_atomic_int_inc(&run->failures);
    GPtrArray *hits = cv_store_search(coll, "requérante Plantagenet", 5, &error);
    if (hits == NULL)
      g_atomic_int_inc(&run->failures);
    else
      g_ptr_array_unref(hits);
    const CvDocInfo *info = NULL;
    CvDocInfoHandle *h = cv_store_get_info(coll, run->ids->pdata[n - 1], &info, &error);
    if (h == NULL || info->n_chunks != 1 + n % 3)
      g_atomic_int_inc(&run->failures);
    cv_store_doc_info_free(h);
    g_clear_error(&error);
  }
  return NULL;
}

static void
test_threads(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "t", &error);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func(g_free);
  for (guint n = 1; n <= 12; n++)
    g_ptr_array_add(ids, put_doc(coll, n, 1 + n % 3, 0));
  ThreadRun run = { store, ids, 0 };
  GThread *threads[4];
  for (guint i = 0; i < G_N_ELEMENTS(threads); i++)
    threads[i] = g_thread_new("reader", reader_thread, &run);
  for (guint i = 0; i < G_N_ELEMENTS(threads); i++)
    g_thread_join(threads[i]);
  g_assert_cmpint(run.failures, ==, 0);
  /* search finds the planted words and hands back whole chunks */
  GPtrArray *hits = cv_store_search(coll, "Plantagenet", 3, &error);
  g_assert_no_error(error);
  g_assert_nonnull(hits);
  g_assert_cmpuint(hits->len, ==, 3);
  for (guint i = 0; i < hits->len; i++) {
    CvSearchResult *r = hits->pdata[i];
    g_assert_nonnull(strstr(r->text, "QUOKKA"));
    g_assert_nonnull(strstr(r->source, "secret-folder"));
    g_assert_cmpuint(r->last_page, ==, r->first_page + 1);
  }
  g_ptr_array_unref(hits);
  cv_store_close(store);
}

/* ---------- keys ---------- */

static void
test_wrong_key(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  g_assert_no_error(error);
  CvCollection *coll = cv_store_collection(store, "c", &error);
  g_autofree char *id = put_doc(coll, 7, 3, 0);
  cv_store_close(store);

  /* another key */
  g_autofree char *other = g_build_filename(f->tmp, "keys", "other.key", NULL);
  g_autofree char *other_dir = g_build_filename(f->tmp, "other-store", NULL);
  cv_store_close(open_store(other_dir, other, TRUE, &error));
  g_assert_no_error(error);
  store = open_store(f->dir, other, FALSE, &error);
  g_assert_null(store);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY);
  g_autofree char *want = g_strdup_printf("wrong key for store %s", f->dir);
  g_assert_cmpstr(error->message, ==, want);
  g_clear_error(&error);

  /* missing key file without create */
  g_autofree char *missing = g_build_filename(f->tmp, "nope.key", NULL);
  store = open_store(f->dir, missing, FALSE, &error);
  g_assert_null(store);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY);
  g_clear_error(&error);

  /* no new key is made for an existing store */
  store = open_store(f->dir, missing, TRUE, &error);
  g_assert_null(store);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY);
  g_assert_nonnull(strstr(error->message, "key file is missing"));
  g_clear_error(&error);
  g_assert_false(g_file_test(missing, G_FILE_TEST_EXISTS));

  /* a readable-by-others key file is refused */
  g_assert_cmpint(chmod(f->key, 0644), ==, 0);
  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_null(store);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY);
  g_assert_nonnull(strstr(error->message, "group or others"));
  g_clear_error(&error);
  g_assert_cmpint(chmod(f->key, 0600), ==, 0);

  /* a truncated key file is refused */
  g_autofree char *bad = g_build_filename(f->tmp, "keys", "short.key", NULL);
  int fd = open(bad, O_WRONLY | O_CREAT | O_EXCL, 0600);
  g_assert_cmpint(write(fd, "0123456789", 10), ==, 10);
  close(fd);
  store = open_store(f->dir, bad, FALSE, &error);
  g_assert_null(store);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY);
  g_clear_error(&error);

  /* the systemd credential directory wins when it holds the key */
  g_autofree char *creds = g_build_filename(f->tmp, "creds", NULL);
  g_assert_cmpint(g_mkdir(creds, 0700), ==, 0);
  g_autofree char *cred = g_build_filename(creds, CV_CREDENTIAL_NAME, NULL);
  gchar *kbytes = NULL;
  gsize klen = 0;
  g_assert_true(g_file_get_contents(f->key, &kbytes, &klen, NULL));
  g_assert_true(g_file_set_contents(cred, kbytes, (gssize)klen, NULL));
  g_free(kbytes);
  g_setenv("CREDENTIALS_DIRECTORY", creds, TRUE);
  store = open_store(f->dir, missing, FALSE, &error);
  g_assert_no_error(error);
  g_assert_true(cv_store_key_is_credential(store));
  coll = cv_store_collection(store, "c", &error);
  assert_doc_whole(coll, id, 7, 3);
  g_assert_false(cv_store_key_rotate(store, &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY);
  g_clear_error(&error);
  cv_store_close(store);
  g_unsetenv("CREDENTIALS_DIRECTORY");
}

static void
test_wrong_collection(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *a = cv_store_collection(store, "alpha", &error);
  CvCollection *b = cv_store_collection(store, "beta", &error);
  g_assert_no_error(error);
  g_autofree char *id = put_doc(a, 3, 4, 0);

  /* ids are keyed per collection */
  g_autoptr(GBytes) bytes = g_bytes_new_static("original file 3", 15);
  char idb[CV_DOC_ID_LEN + 1];
  cv_store_document_id(b, bytes, idb);
  g_assert_cmpstr(id, !=, idb);
  /* not visible from beta, even by id */
  g_assert_false(cv_store_has_document(b, id, &error));
  g_assert_no_error(error);
  guint n = 0;
  g_assert_true(cv_store_foreach_document(b, count_doc, &n, &error));
  g_assert_cmpuint(n, ==, 0);
  ChunkCheck c = { 3, 0, TRUE };
  g_assert_false(cv_store_foreach_chunk(b, id, check_chunk, &c, &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint(c.count, ==, 0);
  g_clear_error(&error);
  g_assert_null(cv_store_get_info(b, id, NULL, &error));
  g_clear_error(&error);
  /* pseudonym keys differ per collection */
  g_assert_cmpint(memcmp(cv_store_collection_pseudonym_key(a),
                         cv_store_collection_pseudonym_key(b), 32), !=, 0);
  /* bad names and ids */
  g_assert_null(cv_store_collection(store, "", &error));
  g_clear_error(&error);
  g_assert_null(cv_store_collection(store, "a\nb", &error));
  g_clear_error(&error);
  /* the one rule for names (also the CLI's, the service's and tokens') */
  g_autofree char *n64 = g_strnfill(64, 'x'), *n65 = g_strnfill(65, 'x');
  const char *good[] = { "a", "dossiers-rh_2026.v2", n64 };
  const char *bad[] = { "", ".cache", "archiv\xc3\xa9s", "a b", "a/b", n65 };
  for (guint i = 0; i < G_N_ELEMENTS(good); i++)
    g_assert_true(cv_store_collection_name_check(good[i], NULL));
  for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
    g_assert_false(cv_store_collection_name_check(bad[i], &error));
    g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID);
    g_clear_error(&error);
    g_assert_null(cv_store_collection(store, bad[i], &error));
    g_clear_error(&error);
  }
  g_assert_false(cv_store_has_document(a, "zz", &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID);
  g_clear_error(&error);
  cv_store_close(store);
}


/* ---------- files on disk ---------- */

/* Does any file under @dir contain @needle? (byte for byte, every file) */
static gboolean
dir_contains(const char *dir, const void *needle, gsize len, char **where)
{
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  const char *name;
  while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
    g_autofree char *path = g_build_filename(dir, name, NULL);
    if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
      if (dir_contains(path, needle, len, where))
        return TRUE;
      continue;
    }
    g_autofree char *data = NULL;
    gsize size = 0;
    g_assert_true(g_file_get_contents(path, &data, &size, NULL));
    if (memmem(data, size, needle, len) != NULL) {
      if (where != NULL)
        *where = g_strdup(path);
      return TRUE;
    }
  }
  return FALSE;
}

static guint
dir_count_files(const char *dir)
{
  guint n = 0;
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  const char *name;
  while (d != NULL && (name = g_dir_read_name(d)) != NULL)
    n++;
  return n;
}

static void
assert_no_plaintext(const char *dir)
{
  static const char *const planted[] = {
    "Zéphirine", "Z\xc3\xa9phirine", "Plantagenet", "zplant", "example.org",
    "QUOKKA", "rue des", "secret-folder", "file-1.pdf", "application/pdf",
    "PERSON", "dossiers-confidentiels", "passage",
  };
  for (guint i = 0; i < G_N_ELEMENTS(planted); i++) {
    g_autofree char *where = NULL;
    if (dir_contains(dir, planted[i], strlen(planted[i]), &where))
      g_error("plaintext \"%s\" found in %s", planted[i], where);
  }
  /* UTF-16 spellings too (a RocksDB LOG would not use them, but be sure) */
  const gunichar2 q16[] = { 'Q', 'U', 'O', 'K', 'K', 'A' };
  g_assert_false(dir_contains(dir, q16, sizeof q16, NULL));
}

static void
test_no_plaintext(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "dossiers-confidentiels", &error);
  g_assert_no_error(error);
  for (guint n = 1; n <= 20; n++)
    g_free(put_doc(coll, n, 1 + n % 4, 0));
  /* data in the WAL and memtable only */
  cv_store_close(store);
  g_assert_cmpuint(dir_count_files(f->dir), >, 3);
  assert_no_plaintext(f->dir);
  /* and in SST files, after compaction */
  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_no_error(error);
  guint n_forgotten = 99;
  g_assert_true(cv_store_purge(store, &n_forgotten, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(n_forgotten, ==, 0);
  CvStoreStats stats;
  coll = cv_store_collection(store, "dossiers-confidentiels", &error);
  g_assert_true(cv_store_stats(coll, &stats, &error));
  g_assert_cmpuint(stats.n_documents, ==, 20);
  /* ciphertext is larger than the text; the collection is part of the dir */
  g_assert_cmpuint(stats.collection_bytes, >, stats.text_bytes);
  g_assert_cmpuint(stats.collection_bytes, <=, stats.disk_bytes);
  CvCollection *other = cv_store_collection(store, "empty", &error);
  g_assert_true(cv_store_stats(other, &stats, &error));
  g_assert_cmpuint(stats.n_documents, ==, 0);
  g_assert_cmpuint(stats.collection_bytes, ==, 0);
  cv_store_close(store);
  assert_no_plaintext(f->dir);
  /* positive control: the scan does find what is there */
  g_autofree char *where = NULL;
  g_assert_true(dir_contains(f->dir, "keys", 4, &where)); /* CF names */
}

/* Raw access to the store's RocksDB (store closed): every column family
 * (default, keys, meta, chunks, then the index families) is opened; cf[]
 * gets the first 4. */
#define RAW_MAX_CF 16
static rocksdb_column_family_handle_t *raw_all[RAW_MAX_CF];
static size_t raw_n;

static rocksdb_t *raw_open_mode(const char *dir, rocksdb_column_family_handle_t **cf,
                                rocksdb_options_t **opts, gboolean read_only);
static void raw_put(const char *dir, int cf_index, GBytes *key, const void *val,
                    gsize len);

static rocksdb_t *
raw_open(const char *dir, rocksdb_column_family_handle_t **cf, rocksdb_options_t **opts)
{
  return raw_open_mode(dir, cf, opts, FALSE);
}

/* Read-only: works while the store is open elsewhere (reads its WAL too). */
static rocksdb_t *
raw_open_mode(const char *dir, rocksdb_column_family_handle_t **cf,
              rocksdb_options_t **opts, gboolean read_only)
{
  *opts = rocksdb_options_create();
  char *err = NULL;
  char **names = rocksdb_list_column_families(*opts, dir, &raw_n, &err);
  g_assert_null(err);
  g_assert_cmpuint(raw_n, <=, RAW_MAX_CF);
  g_assert_cmpstr(names[0], ==, "default");
  g_assert_cmpstr(names[1], ==, "keys");
  g_assert_cmpstr(names[2], ==, "meta");
  g_assert_cmpstr(names[3], ==, "chunks");
  const rocksdb_options_t *cfo[RAW_MAX_CF];
  for (size_t i = 0; i < raw_n; i++)
    cfo[i] = *opts;
  rocksdb_t *db = read_only
      ? rocksdb_open_for_read_only_column_families(*opts, dir, (int)raw_n,
                                                   (const char *const *)names,
                                                   cfo, raw_all, 0, &err)
      : rocksdb_open_column_families(*opts, dir, (int)raw_n,
                                     (const char *const *)names, cfo, raw_all,
                                     &err);
  if (err != NULL)
    g_error("raw open: %s", err);
  rocksdb_list_column_families_destroy(names, raw_n);
  for (int i = 0; i < 4; i++)
    cf[i] = raw_all[i];
  return db;
}

static void
raw_close(rocksdb_t *db, rocksdb_column_family_handle_t **cf, rocksdb_options_t *opts)
{
  for (size_t i = 0; i < raw_n; i++)
    rocksdb_column_family_handle_destroy(raw_all[i]);
  rocksdb_close(db);
  rocksdb_options_destroy(opts);
}

/* Values of @cf whose key holds the binary form of @doc_id. */
static GPtrArray *
raw_values_of(rocksdb_t *db, rocksdb_column_family_handle_t *cf, const char *doc_id,
              GPtrArray *keys_out)
{
  guint8 did[16];
  g_assert_cmpint(sodium_hex2bin(did, sizeof did, doc_id, 32, NULL, NULL, NULL), ==, 0);
  GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref);
  rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
  rocksdb_iterator_t *it = rocksdb_create_iterator_cf(db, ro, cf);
  for (rocksdb_iter_seek_to_first(it); rocksdb_iter_valid(it); rocksdb_iter_next(it)) {
    size_t klen, vlen;
    const char *k = rocksdb_iter_key(it, &klen);
    const char *v = rocksdb_iter_value(it, &vlen);
    if (memmem(k, klen, did, sizeof did) == NULL)
      continue;
    g_ptr_array_add(out, g_bytes_new(v, vlen));
    if (keys_out != NULL)
      g_ptr_array_add(keys_out, g_bytes_new(k, klen));
  }
  rocksdb_iter_destroy(it);
  rocksdb_readoptions_destroy(ro);
  return out;
}

/* Every value of the index families (opened by raw_open_mode). */
static GHashTable *
raw_index_values(rocksdb_t *db)
{
  GHashTable *set = g_hash_table_new_full(g_bytes_hash, g_bytes_equal,
                                          (GDestroyNotify)g_bytes_unref, NULL);
  rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
  for (size_t i = 4; i < raw_n; i++) {
    rocksdb_iterator_t *it = rocksdb_create_iterator_cf(db, ro, raw_all[i]);
    for (rocksdb_iter_seek_to_first(it); rocksdb_iter_valid(it); rocksdb_iter_next(it)) {
      size_t vlen;
      const char *v = rocksdb_iter_value(it, &vlen);
      g_hash_table_add(set, g_bytes_new(v, vlen));
    }
    rocksdb_iter_destroy(it);
  }
  rocksdb_readoptions_destroy(ro);
  return set;
}

static void
test_forget_erases(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "c", &error);
  g_autofree char *gone = put_doc(coll, 1, 6, 0);
  g_autofree char *kept = put_doc(coll, 2, 6, 0);
  /* one document reaches SST files before the forget, the other is only
   * in the WAL and the memtable when it is forgotten */
  g_assert_true(cv_store_purge(store, NULL, &error));
  g_autofree char *gone2 = put_doc(coll, 3, 3, 0);

  rocksdb_column_family_handle_t *cf[4];
  rocksdb_options_t *opts;
  rocksdb_t *db = raw_open_mode(f->dir, cf, &opts, TRUE);
  g_autoptr(GPtrArray) secret = g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref);
  g_autoptr(GPtrArray) control = NULL;
  g_autoptr(GPtrArray) wal_only = g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref);
  for (int i = 1; i <= 3; i++) {
    g_autoptr(GPtrArray) a = raw_values_of(db, cf[i], gone, NULL);
    g_autoptr(GPtrArray) b = raw_values_of(db, cf[i], gone2, NULL);
    for (guint j = 0; j < a->len; j++)
      g_ptr_array_add(secret, g_bytes_ref(a->pdata[j]));
    for (guint j = 0; j < b->len; j++) {
      g_ptr_array_add(secret, g_bytes_ref(b->pdata[j]));
      g_ptr_array_add(wal_only, g_bytes_ref(b->pdata[j]));
    }
  }
  control = raw_values_of(db, cf[3], kept, NULL);
  g_autoptr(GHashTable) index_before = raw_index_values(db);
  g_assert_cmpuint(raw_n, ==, 5);  /* one index family */
  g_assert_cmpuint(g_hash_table_size(index_before), >, 0);
  raw_close(db, cf, opts);
  g_assert_cmpuint(secret->len, ==, (6 + 1 + 1) + (3 + 1 + 1)); /* chunks, meta, key */
  g_assert_cmpuint(control->len, ==, 6);

  /* every value is on disk before */
  for (guint j = 0; j < secret->len; j++) {
    gsize len;
    const guint8 *p = g_bytes_get_data(secret->pdata[j], &len);
    g_assert_true(dir_contains(f->dir, p, len, NULL));
  }
  for (guint j = 0; j < wal_only->len; j++) {
    gsize len;
    const guint8 *p = g_bytes_get_data(wal_only->pdata[j], &len);
    g_autofree char *where = NULL;
    g_assert_true(dir_contains(f->dir, p, len, &where));
    g_assert_true(g_str_has_suffix(where, ".log"));
  }
  g_assert_true(cv_store_forget(coll, gone, &error));
  g_assert_no_error(error);
  /* the other one the deferred way (as `caviar forget` does for many) */
  g_assert_true(cv_store_forget_deferred(coll, gone2, &error));
  g_assert_no_error(error);
  g_assert_false(cv_store_has_document(coll, gone2, &error));
  g_assert_true(cv_store_compact(store, &error));
  g_assert_no_error(error);
  g_assert_false(cv_store_forget(coll, gone, &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND);
  g_clear_error(&error);
  g_assert_false(cv_store_has_document(coll, gone, &error));
  assert_doc_whole(coll, kept, 2, 6);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  cv_store_close(store);
  /* no 16-byte window of any of their values is left in any file */
  for (guint j = 0; j < secret->len; j++) {
    gsize len;
    const guint8 *p = g_bytes_get_data(secret->pdata[j], &len);
    for (gsize off = 0; off + 16 <= len; off += 16) {
      g_autofree char *where = NULL;
      if (dir_contains(f->dir, p + off, 16, &where))
        g_error("ciphertext of a forgotten document left in %s", where);
    }
  }
  /* index records rewritten by the forget (posting blocks that held the
   * forgotten documents) left no old version behind */
  db = raw_open(f->dir, cf, &opts);
  g_autoptr(GHashTable) index_after = raw_index_values(db);
  raw_close(db, cf, opts);
  GHashTableIter hit;
  gpointer old_value;
  guint n_replaced = 0;
  g_hash_table_iter_init(&hit, index_before);
  while (g_hash_table_iter_next(&hit, &old_value, NULL)) {
    if (g_hash_table_contains(index_after, old_value))
      continue;
    n_replaced++;
    gsize len;
    const guint8 *p = g_bytes_get_data(old_value, &len);
    g_autofree char *where = NULL;
    if (dir_contains(f->dir, p, len, &where))
      g_error("an old index record is left in %s", where);
  }
  g_assert_cmpuint(n_replaced, >, 0);
  /* positive control: the kept document's ciphertext is found */
  for (guint j = 0; j < control->len; j++) {
    gsize len;
    const guint8 *p = g_bytes_get_data(control->pdata[j], &len);
    g_assert_true(dir_contains(f->dir, p, len, NULL));
  }
}

static gboolean
collect_ids(const char *doc_id, const CvDocInfo *info, gpointer user_data)
{
  g_ptr_array_add(user_data, g_strdup(doc_id));
  return TRUE;
}

static void
test_purge_expired(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *a = cv_store_collection(store, "a", &error);
  CvCollection *b = cv_store_collection(store, "b", &error);
  gint64 now = g_get_real_time() / G_USEC_PER_SEC;
  g_autofree char *expired = put_doc(a, 1, 2, now - 10);
  g_autofree char *later = put_doc(a, 2, 2, now + 3600);
  g_autofree char *never = put_doc(a, 3, 2, 0);
  g_autofree char *old_b = put_doc(b, 4, 2, 0); /* ingested 1700000000 */
  gint64 r = -1;
  g_assert_true(cv_store_collection_get_retention(b, &r, &error));
  g_assert_cmpint(r, ==, 0);
  g_assert_true(cv_store_collection_set_retention(b, 86400, &error));
  g_assert_true(cv_store_collection_get_retention(b, &r, &error));
  g_assert_cmpint(r, ==, 86400);
  guint n = 0;
  g_assert_true(cv_store_purge(store, &n, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(n, ==, 2);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func(g_free);
  g_assert_true(cv_store_foreach_document(a, collect_ids, ids, &error));
  g_assert_cmpuint(ids->len, ==, 2);
  g_assert_false(cv_store_has_document(a, expired, &error));
  g_assert_true(cv_store_has_document(a, later, &error));
  g_assert_true(cv_store_has_document(a, never, &error));
  g_assert_false(cv_store_has_document(b, old_b, &error));
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);

  /* a damaged document does not stop the others from expiring */
  g_autofree char *expired2 = put_doc(a, 5, 2, now - 5);
  g_autofree char *damaged = put_doc(a, 6, 2, now - 5);
  cv_store_close(store);
  rocksdb_column_family_handle_t *cf[4];
  rocksdb_options_t *opts;
  rocksdb_t *db = raw_open(f->dir, cf, &opts);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref);
  g_autoptr(GPtrArray) vals = raw_values_of(db, cf[2], damaged, keys);
  raw_close(db, cf, opts);
  g_assert_cmpuint(vals->len, ==, 1);
  raw_put(f->dir, 2, keys->pdata[0], "garbage", 7);
  store = open_store(f->dir, f->key, FALSE, &error);
  a = cv_store_collection(store, "a", &error);
  g_assert_true(cv_store_purge(store, &n, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(n, ==, 1);
  g_assert_false(cv_store_has_document(a, expired2, &error));
  g_assert_true(cv_store_has_document(a, damaged, &error));
  cv_store_close(store);
}

/* ---------- damaged records ---------- */

typedef struct {
  guint n;
  GString *log;
} Reports;

static void
collect_report(const char *collection, const char *record, const char *problem,
               gpointer user_data)
{
  Reports *r = user_data;
  r->n++;
  g_string_append_printf(r->log, "%s | %s | %s\n", collection, record, problem);
}

static void
raw_put(const char *dir, int cf_index, GBytes *key, const void *val, gsize len)
{
  rocksdb_column_family_handle_t *cf[4];
  rocksdb_options_t *opts;
  rocksdb_t *db = raw_open(dir, cf, &opts);
  rocksdb_writeoptions_t *wo = rocksdb_writeoptions_create();
  char *err = NULL;
  gsize klen;
  const char *k = g_bytes_get_data(key, &klen);
  if (val != NULL)
    rocksdb_put_cf(db, wo, cf[cf_index], k, klen, val, len, &err);
  else
    rocksdb_delete_cf(db, wo, cf[cf_index], k, klen, &err);
  g_assert_null(err);
  rocksdb_writeoptions_destroy(wo);
  raw_close(db, cf, opts);
}

/* Damages one record of @cf_index (by @how) and checks that reads fail
 * cleanly and verify reports it. */
static void
damage_and_check(Fixture *f, int cf_index, const char *how)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "c", &error);
  g_autofree char *id = put_doc(coll, 5, 4, 0);
  g_autofree char *other = put_doc(coll, 6, 2, 0);
  cv_store_close(store);

  rocksdb_column_family_handle_t *cf[4];
  rocksdb_options_t *opts;
  rocksdb_t *db = raw_open(f->dir, cf, &opts);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref);
  g_autoptr(GPtrArray) vals = raw_values_of(db, cf[cf_index], id, keys);
  raw_close(db, cf, opts);
  g_assert_cmpuint(vals->len, >=, 1);
  guint pick = vals->len > 1 ? 1 : 0;
  gsize len;
  const guint8 *v = g_bytes_get_data(vals->pdata[pick], &len);
  g_autofree guint8 *mod = g_memdup2(v, len);
  if (g_str_equal(how, "flip")) {
    mod[len / 2] ^= 0x01;
    raw_put(f->dir, cf_index, keys->pdata[pick], mod, len);
  } else if (g_str_equal(how, "truncate")) {
    raw_put(f->dir, cf_index, keys->pdata[pick], mod, len / 3);
  } else if (g_str_equal(how, "drop")) {
    raw_put(f->dir, cf_index, keys->pdata[pick], NULL, 0);
  } else if (g_str_equal(how, "swap")) {
    gsize len0;
    const guint8 *v0 = g_bytes_get_data(vals->pdata[0], &len0);
    raw_put(f->dir, cf_index, keys->pdata[0], v, len);
    raw_put(f->dir, cf_index, keys->pdata[pick], v0, len0);
  }

  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_no_error(error);
  coll = cv_store_collection(store, "c", &error);
  ChunkCheck c = { 5, 0, TRUE };
  g_assert_false(cv_store_foreach_chunk(coll, id, check_chunk, &c, &error));
  g_assert_nonnull(error);
  g_assert_true(error->domain == CV_STORE_ERROR);
  g_assert_true(error->code == CV_STORE_ERROR_CORRUPT
                || error->code == CV_STORE_ERROR_NOT_FOUND);
  g_assert_null(strstr(error->message, "QUOKKA"));
  g_test_message("%s of %d: %s", how, cf_index, error->message);
  g_clear_error(&error);
  /* whatever was handed out before the damage was genuine */
  g_assert_true(c.ok);
  /* the other document is intact */
  assert_doc_whole(coll, other, 6, 2);
  Reports r = { 0, g_string_new(NULL) };
  int problems = cv_store_verify(store, collect_report, &r, &error);
  g_assert_no_error(error);
  g_test_message("verify: %s", r.log->str);
  g_assert_cmpint(problems, >=, 1);
  g_assert_cmpuint(r.n, ==, (guint)problems);
  g_assert_null(strstr(r.log->str, "QUOKKA"));
  g_assert_null(strstr(r.log->str, "secret-folder"));
  g_assert_nonnull(strstr(r.log->str, id));
  g_string_free(r.log, TRUE);
  cv_store_close(store);
}

static void
test_flip_chunk(Fixture *f, gconstpointer data) { damage_and_check(f, 3, "flip"); }
static void
test_flip_meta(Fixture *f, gconstpointer data) { damage_and_check(f, 2, "flip"); }
static void
test_flip_key(Fixture *f, gconstpointer data) { damage_and_check(f, 1, "flip"); }
static void
test_truncate_chunk(Fixture *f, gconstpointer data) { damage_and_check(f, 3, "truncate"); }
static void
test_drop_chunk(Fixture *f, gconstpointer data) { damage_and_check(f, 3, "drop"); }
static void
test_swap_chunks(Fixture *f, gconstpointer data) { damage_and_check(f, 3, "swap"); }

/* One flipped byte inside an SST file: RocksDB's block checksum turns it
 * into an error that verify reports (or open refuses).  Each SST file in
 * turn (chunks, metadata, keys, index), one flip at a time. */
static void
test_flip_sst(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "c", &error);
  for (guint n = 1; n <= 30; n++)
    g_free(put_doc(coll, n, 4, 0));
  g_assert_true(cv_store_purge(store, NULL, &error));
  cv_store_close(store);
  g_autoptr(GDir) d = g_dir_open(f->dir, 0, NULL);
  const char *name;
  guint n_sst = 0;
  while ((name = g_dir_read_name(d)) != NULL) {
    if (!g_str_has_suffix(name, ".sst"))
      continue;
    g_autofree char *path = g_build_filename(f->dir, name, NULL);
    struct stat st;
    g_assert_cmpint(stat(path, &st), ==, 0);
    /* a byte inside the first data block (blocks start at offset 0) */
    off_t off = MIN(st.st_size / 4, 200);
    int fd = open(path, O_RDWR);
    guint8 byte;
    g_assert_cmpint(pread(fd, &byte, 1, off), ==, 1);
    byte ^= 0x20;
    g_assert_cmpint(pwrite(fd, &byte, 1, off), ==, 1);

    store = open_store(f->dir, f->key, FALSE, &error);
    if (store == NULL) {
      g_assert_nonnull(error);
      g_test_message("%s: open refused: %s", name, error->message);
      /* a checksum error is damage, not a lock ("block" holds "lock") */
      g_assert_null(strstr(error->message, "in use by another process"));
      g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT);
      g_clear_error(&error);
    } else {
      Reports r = { 0, g_string_new(NULL) };
      int problems = cv_store_verify(store, collect_report, &r, &error);
      g_test_message("%s (%lld bytes): verify: %s", name, (long long)st.st_size,
                     r.log->str);
      g_assert_cmpint(problems, >=, 1);
      g_string_free(r.log, TRUE);
      g_clear_error(&error);
      cv_store_close(store);
    }
    byte ^= 0x20;
    g_assert_cmpint(pwrite(fd, &byte, 1, off), ==, 1);
    close(fd);
    n_sst++;
  }
  g_assert_cmpuint(n_sst, >=, 3);
  /* restored: clean again */
  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_no_error(error);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  cv_store_close(store);
}

/* ---------- key rotation and passphrases ---------- */

static void
copy_tree(const char *from, const char *to)
{
  g_assert_cmpint(g_mkdir_with_parents(to, 0700), ==, 0);
  g_autoptr(GDir) d = g_dir_open(from, 0, NULL);
  const char *name;
  while ((name = g_dir_read_name(d)) != NULL) {
    g_autofree char *src = g_build_filename(from, name, NULL);
    g_autofree char *dst = g_build_filename(to, name, NULL);
    if (g_file_test(src, G_FILE_TEST_IS_DIR)) {
      copy_tree(src, dst);
      continue;
    }
    g_autofree char *data = NULL;
    gsize len = 0;
    g_assert_true(g_file_get_contents(src, &data, &len, NULL));
    g_assert_true(g_file_set_contents_full(dst, data, (gssize)len,
                                           G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  }
}

/* One flipped byte in the write-ahead log: the store is refused with a
 * clear error instead of opening without the document it held (RocksDB's
 * default recovery stopped at the bad record and said nothing).  The WAL is
 * caught with the writes in it by copying the store while it is open. */
static void
test_flip_wal(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "c", &error);
  g_autofree char *id = put_doc(coll, 1, 3, 0);
  g_autofree char *copy = g_build_filename(f->tmp, "copy", NULL);
  g_autofree char *intact = g_build_filename(f->tmp, "intact", NULL);
  copy_tree(f->dir, copy);
  copy_tree(f->dir, intact);
  cv_store_close(store);

  g_autoptr(GDir) d = g_dir_open(copy, 0, NULL);
  const char *name;
  guint n_logs = 0;
  while ((name = g_dir_read_name(d)) != NULL) {
    g_autofree char *path = g_build_filename(copy, name, NULL);
    struct stat st;
    if (!g_str_has_suffix(name, ".log") || stat(path, &st) != 0 || st.st_size < 64)
      continue;
    /* a byte in the middle of the log: inside the document's record */
    int fd = open(path, O_RDWR);
    guint8 byte;
    off_t off = st.st_size / 2;
    g_assert_cmpint(pread(fd, &byte, 1, off), ==, 1);
    byte ^= 0x01;
    g_assert_cmpint(pwrite(fd, &byte, 1, off), ==, 1);
    close(fd);
    n_logs++;
  }
  g_assert_cmpuint(n_logs, >=, 1);
  store = open_store(copy, f->key, FALSE, &error);
  g_assert_null(store);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT);
  g_test_message("flipped WAL: %s", error->message);
  g_assert_nonnull(strstr(error->message, "damaged"));
  g_assert_null(strstr(error->message, "in use by another process"));
  g_clear_error(&error);

  /* control: the same copy without the flip holds the document */
  store = open_store(intact, f->key, FALSE, &error);
  g_assert_no_error(error);
  coll = cv_store_collection(store, "c", &error);
  assert_doc_whole(coll, id, 1, 3);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  cv_store_close(store);
}

/* Bytes of the write-ahead log files of @dir. */
static guint64
wal_bytes(const char *dir)
{
  guint64 n = 0;
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  const char *name;
  while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
    g_autofree char *path = g_build_filename(dir, name, NULL);
    struct stat st;
    if (g_str_has_suffix(name, ".log") && stat(path, &st) == 0)
      n += (guint64)st.st_size;
  }
  return n;
}

/* A store closed after writing leaves no write-ahead log for the next
 * process to replay (issue #14: a giant document's WAL cost the next
 * command a minute), and what it wrote is all there. */
static void
test_close_flushes(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "c", &error);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func(g_free);
  for (guint n = 1; n <= 12; n++)
    g_ptr_array_add(ids, put_doc(coll, n, 2, 0));
  g_assert_cmpuint(wal_bytes(f->dir), >, 0);
  cv_store_close(store);
  g_assert_cmpuint(wal_bytes(f->dir), ==, 0);
  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_no_error(error);
  coll = cv_store_collection(store, "c", &error);
  for (guint n = 1; n <= ids->len; n++)
    assert_doc_whole(coll, ids->pdata[n - 1], n, 2);
  GPtrArray *hits = cv_store_search(coll, "requérante", 50, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(hits->len, ==, 24);
  g_ptr_array_unref(hits);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  cv_store_close(store);
}

static guint
n_search(CvCollection *coll, const char *query)
{
  GError *error = NULL;
  GPtrArray *hits = cv_store_search(coll, query, 1000, &error);
  g_assert_no_error(error);
  guint n = hits->len;
  g_ptr_array_unref(hits);
  return n;
}

typedef struct {
  guint idx;
  GString *out;
} ChunkGet;

static gboolean
get_chunk(const char *doc_id, const CvDocInfo *info, guint idx, guint n,
          const CvChunk *chunk, gpointer user_data)
{
  ChunkGet *g = user_data;
  if (idx == g->idx)
    g_string_append_len(g->out, chunk->text, (gssize)chunk->len);
  return TRUE;
}

/* The text of chunk @idx of document @id. */
static char *
chunk_of(CvCollection *coll, const char *id, guint idx)
{
  GError *error = NULL;
  ChunkGet g = { idx, g_string_new(NULL) };
  g_assert_true(cv_store_foreach_chunk(coll, id, get_chunk, &g, &error));
  g_assert_no_error(error);
  return g_string_free(g.out, FALSE);
}

/* A format-1 record (before the record layer): nonce || AEAD(pt), with
 * @first as the nonce's first byte. */
static gsize
seal_v1(const guint8 *key, const char *ad, const guint8 *pt, gsize len,
        guint8 first, guint8 *out)
{
  randombytes_buf(out, CV_RECORD_NONCE_LEN);
  out[0] = first;
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(out + CV_RECORD_NONCE_LEN, &clen,
                                             pt, len, (const guint8 *)ad,
                                             strlen(ad), NULL, out, key);
  return CV_RECORD_NONCE_LEN + (gsize)clen;
}

/* The record layer: round trips with and without padding, the version byte
 * bound into the associated data, format-1 records (even one whose nonce
 * starts with the version's byte), and refusals of every damage. */
static void
test_record_layer(void)
{
  guint8 key[32], other[32];
  randombytes_buf(key, sizeof key);
  randombytes_buf(other, sizeof other);
  const char *ad = "caviar/test/1";
  CvNonces nonces = { .left = 0 };
  for (gsize len = 0; len < 3000; len += len < 70 ? 1 : 97) {
    g_autofree guint8 *pt = g_malloc(len + 1);
    randombytes_buf(pt, len + 1);
    for (int pad = CV_PAD_NONE; pad <= CV_PAD_CLASSES; pad++) {
      gsize rlen = 0;
      g_autofree guint8 *rec = cv_record_seal_new(
          key, ad, strlen(ad), pt, len, (CvPad)pad, pad ? &nonces : NULL, &rlen);
      g_assert_cmpuint(rlen, ==, cv_record_len(len, (CvPad)pad));
      g_assert_cmpuint(rec[0], ==, CV_RECORD_V2);
      if (pad == CV_PAD_CLASSES && len >= 32 && len < 1023)
        g_assert_cmpuint((rlen - CV_RECORD_OVERHEAD) % 32, ==, 0);
      g_autofree guint8 *out = g_malloc(cv_record_max_pt(rlen) + 1);
      gsize out_len = 0;
      guint version = 0;
      g_assert_true(cv_record_open(key, ad, strlen(ad), rec, rlen, (CvPad)pad,
                                   out, &out_len, &version));
      g_assert_cmpuint(version, ==, CV_RECORD_V2);
      g_assert_cmpuint(out_len, ==, len);
      g_assert_true(len == 0 || memcmp(out, pt, len) == 0);
      /* another key, another associated data, a flipped byte, cut short */
      g_assert_false(cv_record_open(other, ad, strlen(ad), rec, rlen,
                                    (CvPad)pad, out, &out_len, NULL));
      g_assert_false(cv_record_open(key, "caviar/test/2", strlen(ad), rec, rlen,
                                    (CvPad)pad, out, &out_len, NULL));
      rec[rlen / 2] ^= 1;
      g_assert_false(cv_record_open(key, ad, strlen(ad), rec, rlen, (CvPad)pad,
                                    out, &out_len, NULL));
      rec[rlen / 2] ^= 1;
      g_assert_false(cv_record_open(key, ad, strlen(ad), rec, rlen - 1,
                                    (CvPad)pad, out, &out_len, NULL));
      /* the version byte is authenticated: no reading as format 1 */
      rec[0] = CV_RECORD_V1;
      g_assert_false(cv_record_open(key, ad, strlen(ad), rec, rlen, (CvPad)pad,
                                    out, &out_len, NULL));
    }
    /* format 1, unpadded; its first byte random or the version's */
    for (guint first = 0; first < 2; first++) {
      guint8 v1[3100];
      gsize vlen = seal_v1(key, ad, pt, len,
                           first ? CV_RECORD_V2 : (guint8)(len * 7 + 1), v1);
      g_assert_true(cv_record_holds(vlen, len));
      g_autofree guint8 *out = g_malloc(cv_record_max_pt(vlen) + 1);
      gsize out_len = 0;
      guint version = 0;
      g_assert_true(cv_record_open(key, ad, strlen(ad), v1, vlen, CV_PAD_NONE,
                                   out, &out_len, &version));
      g_assert_cmpuint(version, ==, CV_RECORD_V1);
      g_assert_cmpuint(out_len, ==, len);
      g_assert_true(len == 0 || memcmp(out, pt, len) == 0);
      /* into a buffer of exactly len bytes (a key, a header) */
      g_autofree guint8 *exact = g_malloc(len + 1);
      g_assert_true(
          cv_record_open_exact(key, ad, strlen(ad), v1, vlen, exact, len));
      g_assert_true(len == 0 || memcmp(exact, pt, len) == 0);
    }
    /* a format-2 record opened into exactly its length, under the right key
     * and a wrong one: a wrong key once made the format-1 fallback wipe one
     * byte past the caller's buffer (ASan found it in the header's) */
    if (len > 0 && len < 200) {
      gsize rlen = 0;
      g_autofree guint8 *rec = cv_record_seal_new(key, ad, strlen(ad), pt, len,
                                                  CV_PAD_NONE, NULL, &rlen);
      g_autofree guint8 *exact = g_malloc(len);
      g_assert_true(
          cv_record_open_exact(key, ad, strlen(ad), rec, rlen, exact, len));
      g_assert_cmpmem(exact, len, pt, len);
      g_assert_false(
          cv_record_open_exact(other, ad, strlen(ad), rec, rlen, exact, len));
      g_assert_false(
          cv_record_open_exact(key, ad, strlen(ad), rec, rlen, exact, len - 1));
    }
  }
  char hex[2 * 16 + 1];
  guint8 bin[16] = { 0x00, 0x01, 0xab, 0xff }, back[16];
  cv_hex(bin, sizeof bin, hex);
  g_assert_cmpstr(hex, ==, "0001abff000000000000000000000000");
  g_assert_true(cv_unhex(hex, back, sizeof back));
  g_assert_cmpmem(bin, sizeof bin, back, sizeof back);
  g_assert_false(cv_unhex("0001abfg000000000000000000000000", back, 16));
  g_assert_false(cv_unhex("0001", back, 16));
}

/* A store written before the record layer (records of format 1, without a
 * version byte; tests/data/store-v1, made by its make-fixture.c at commit
 * 7c84a56): read, searched and verified as it is, then written to (new
 * records of format 2 beside the old ones, postings appended to old posting
 * blocks), a document forgotten (its old index record), the keys rotated
 * (old wrapped keys rewrapped), and read again after a reopen. */
static void
test_format_1(Fixture *f, gconstpointer data)
{
  const char *srcdir = g_getenv("CAVIAR_SRCDIR");
  g_autofree char *src =
      srcdir ? g_build_filename(srcdir, "tests", "data", "store-v1", NULL)
             : g_test_build_filename(G_TEST_DIST, "data", "store-v1", NULL);
  g_autofree char *src_store = g_build_filename(src, "store", NULL);
  g_autofree char *src_key = g_build_filename(src, "master.key", NULL);
  if (!g_file_test(src_store, G_FILE_TEST_IS_DIR)) {
    g_test_skip("tests/data/store-v1 not found");
    return;
  }
  copy_tree(src_store, f->dir);
  g_autofree char *keydir = g_path_get_dirname(f->key);
  g_assert_cmpint(g_mkdir_with_parents(keydir, 0700), ==, 0);
  g_autofree char *kdata = NULL;
  gsize klen = 0;
  g_assert_true(g_file_get_contents(src_key, &kdata, &klen, NULL));
  g_assert_true(g_file_set_contents_full(f->key, kdata, (gssize)klen,
                                         G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  const char *castor = "42b16c063b45ac5fd96913a79ad63072";
  const char *heron = "ce21372625a57d98415f0614ca063a7c";
  const char *lettre = "aa3629bf6cb6afd0c37676c186abbf1b";

  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_no_error(error);
  CvCollection *coll = cv_store_collection(store, "fixture", &error);
  g_assert_no_error(error);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  guint n = 0;
  g_assert_true(cv_store_foreach_document(coll, count_doc, &n, &error));
  g_assert_cmpuint(n, ==, 3);
  const CvDocInfo *info = NULL;
  g_autoptr(CvDocInfoHandle) h = cv_store_get_info(coll, castor, &info, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(info->n_chunks, ==, 600);
  g_assert_cmpstr(info->source, ==, "/archives/castor.txt");
  g_assert_nonnull(info->source_key);
  g_autofree char *text = chunk_of(coll, lettre, 0);
  g_assert_nonnull(strstr(text, "procès-verbaux, page 0."));
  /* the term 'castor' has two posting blocks (600 postings of tf 2) */
  g_assert_cmpuint(n_search(coll, "castor"), ==, 600);
  g_assert_cmpuint(n_search(coll, "héron"), ==, 2);
  g_assert_cmpuint(n_search(coll, "procès-verbaux"), ==, 3);

  /* written to: a new document shares a term with the old ones */
  g_autofree char *id = put_doc(coll, 7, 2, 0);
  const char *more = "Un castor de plus.";
  CvChunk ch = { more, strlen(more), 1, 1 };
  CvDocInfo ninfo = { .source = "/new.txt", .lang = "fr" };
  char nid[CV_DOC_ID_LEN + 1];
  g_autoptr(GBytes) nb = g_bytes_new("nouveau", 7);
  cv_store_document_id(coll, nb, nid);
  g_assert_true(cv_store_put_document(coll, nid, &ninfo, &ch, 1, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(n_search(coll, "castor"), ==, 601);
  /* an old document forgotten: its format-1 index record is read */
  g_assert_true(cv_store_forget(coll, heron, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(n_search(coll, "héron"), ==, 0);
  g_assert_cmpuint(n_search(coll, "castor"), ==, 601);
  /* old wrapped keys rewrapped */
  g_assert_true(cv_store_key_rotate(store, &error));
  g_assert_no_error(error);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  cv_store_close(store);

  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_no_error(error);
  coll = cv_store_collection(store, "fixture", &error);
  g_assert_cmpuint(n_search(coll, "castor"), ==, 601);
  g_assert_cmpuint(n_search(coll, "procès-verbaux"), ==, 3);
  g_autofree char *text2 = chunk_of(coll, lettre, 0);
  g_assert_cmpstr(text, ==, text2);
  assert_doc_whole(coll, id, 7, 2);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  cv_store_close(store);
}

/* A second open of a store in use says so (and only then). */
static void
test_in_use(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  g_assert_no_error(error);
  CvStore *again = open_store(f->dir, f->key, FALSE, &error);
  g_assert_null(again);
  g_assert_nonnull(error);
  g_test_message("second open: %s", error->message);
  g_assert_nonnull(strstr(error->message, "in use by another process"));
  g_clear_error(&error);
  cv_store_close(store);
}

static void
test_rotate(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "c", &error);
  g_autofree char *id1 = put_doc(coll, 1, 3, 0);
  g_autofree char *id2 = put_doc(coll, 2, 5, 0);
  g_autofree char *fp1 = cv_store_key_fingerprint(store);
  g_assert_cmpuint(cv_store_key_version(store), ==, 1);
  cv_store_close(store);

  g_autofree char *backup = g_build_filename(f->tmp, "backup", NULL);
  g_autofree char *old_key = g_build_filename(f->tmp, "keys", "old.key", NULL);
  copy_tree(f->dir, backup);
  gchar *kb = NULL;
  gsize kl = 0;
  g_assert_true(g_file_get_contents(f->key, &kb, &kl, NULL));
  g_assert_true(g_file_set_contents_full(old_key, kb, (gssize)kl,
                                         G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  g_free(kb);

  store = open_store(f->dir, f->key, FALSE, &error);
  coll = cv_store_collection(store, "c", &error);
  g_assert_true(cv_store_key_rotate(store, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(cv_store_key_version(store), ==, 2);
  g_autofree char *fp2 = cv_store_key_fingerprint(store);
  g_assert_cmpstr(fp1, !=, fp2);
  /* still readable in this session, and new writes work */
  assert_doc_whole(coll, id1, 1, 3);
  g_autofree char *id3 = put_doc(coll, 3, 2, 0);
  cv_store_close(store);

  struct stat st;
  g_assert_cmpint(stat(f->key, &st), ==, 0);
  g_assert_cmpuint(st.st_mode & 0777, ==, 0600);
  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_no_error(error);
  coll = cv_store_collection(store, "c", &error);
  assert_doc_whole(coll, id1, 1, 3);
  assert_doc_whole(coll, id2, 2, 5);
  assert_doc_whole(coll, id3, 3, 2);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  cv_store_close(store);

  /* the backup cannot be read with the new key file... */
  store = open_store(backup, f->key, FALSE, &error);
  g_assert_null(store);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY);
  g_clear_error(&error);
  /* ...nor can the rotated store with the old key */
  store = open_store(f->dir, old_key, FALSE, &error);
  g_assert_null(store);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY);
  g_clear_error(&error);
  /* control: the backup itself is intact (old key, old store) */
  store = open_store(backup, old_key, FALSE, &error);
  g_assert_no_error(error);
  cv_store_close(store);

  /* a rotation interrupted after the store was re-keyed (new key still in
   * KEY.new) is finished by the next open */
  store = open_store(backup, old_key, FALSE, &error);
  g_assert_true(cv_store_key_rotate(store, &error));
  cv_store_close(store);
  g_autofree char *pending = g_strconcat(old_key, ".new", NULL);
  g_assert_cmpint(rename(old_key, pending), ==, 0);
  g_assert_true(g_file_set_contents_full(old_key, "0123456789abcdef0123456789abcdef",
                                         32, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  store = open_store(backup, old_key, FALSE, &error);
  g_assert_no_error(error);
  coll = cv_store_collection(store, "c", &error);
  assert_doc_whole(coll, id2, 2, 5);
  cv_store_close(store);
  g_assert_false(g_file_test(pending, G_FILE_TEST_EXISTS));
}

static void
test_passphrase(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "c", &error);
  g_autofree char *id = put_doc(coll, 9, 3, 0);
  g_autofree char *fp = cv_store_key_fingerprint(store);
  g_assert_false(cv_store_key_has_passphrase(store));
  g_assert_true(cv_store_key_set_passphrase(store, "correct horse battery", &error));
  g_assert_no_error(error);
  g_assert_true(cv_store_key_has_passphrase(store));
  cv_store_close(store);

  g_autofree char *text = NULL;
  g_assert_true(g_file_get_contents(f->key, &text, NULL, NULL));
  g_assert_nonnull(strstr(text, "[caviar-key]"));
  g_assert_nonnull(strstr(text, "kdf=argon2id13"));
  struct stat st;
  g_assert_cmpint(stat(f->key, &st), ==, 0);
  g_assert_cmpuint(st.st_mode & 0777, ==, 0600);

  CvStoreOptions o = { .dir = f->dir, .key_file = f->key, .passphrase = "wrong" };
  store = cv_store_open(&o, NULL, &error);
  g_assert_null(store);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY);
  g_assert_nonnull(strstr(error->message, "passphrase"));
  g_clear_error(&error);

  g_setenv("CAVIAR_PASSPHRASE", "correct horse battery", TRUE);
  store = open_store(f->dir, f->key, FALSE, &error);
  g_unsetenv("CAVIAR_PASSPHRASE");
  g_assert_no_error(error);
  g_autofree char *fp2 = cv_store_key_fingerprint(store);
  g_assert_cmpstr(fp, ==, fp2);
  coll = cv_store_collection(store, "c", &error);
  assert_doc_whole(coll, id, 9, 3);
  /* rotation keeps the protection */
  g_assert_true(cv_store_key_rotate(store, &error));
  g_assert_no_error(error);
  cv_store_close(store);

  o.passphrase = "correct horse battery";
  store = cv_store_open(&o, NULL, &error);
  g_assert_no_error(error);
  g_assert_true(cv_store_key_has_passphrase(store));
  coll = cv_store_collection(store, "c", &error);
  assert_doc_whole(coll, id, 9, 3);
  /* remove it: back to a raw 32-byte file */
  g_assert_true(cv_store_key_set_passphrase(store, NULL, &error));
  cv_store_close(store);
  g_assert_cmpint(stat(f->key, &st), ==, 0);
  g_assert_cmpint(st.st_size, ==, 32);
  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_no_error(error);
  cv_store_close(store);

  /* a tampered parameter is detected */
  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_true(cv_store_key_set_passphrase(store, "p", &error));
  cv_store_close(store);
  g_autofree char *wrapped = NULL;
  g_assert_true(g_file_get_contents(f->key, &wrapped, NULL, NULL));
  GString *t = g_string_new(wrapped);
  g_assert_cmpuint(g_string_replace(t, "opslimit=1", "opslimit=2", 1), ==, 1);
  g_assert_true(g_file_set_contents_full(f->key, t->str, (gssize)t->len,
                                         G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  g_string_free(t, TRUE);
  o.passphrase = "p";
  store = cv_store_open(&o, NULL, &error);
  g_assert_null(store);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY);
  g_clear_error(&error);
}

/* ---------- the CLI commands (tools/cmd-store.c) ---------- */

/* Runs `caviar ARGS...` on the fixture's store; returns the exit status. */
static int
run_caviar(Fixture *f, char **out, char **err, const char *const *args)
{
  const char *bin = g_getenv("CAVIAR_BIN");
  g_autoptr(GPtrArray) argv = g_ptr_array_new();
  g_ptr_array_add(argv, (gpointer)bin);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add(argv, (gpointer)args[i]);
  g_autofree char *store_opt = g_strconcat("--store=", f->dir, NULL);
  g_autofree char *key_opt = g_strconcat("--key-file=", f->key, NULL);
  if (args[1] == NULL || !g_str_equal(args[1], "--help")) {
    g_ptr_array_add(argv, store_opt);
    g_ptr_array_add(argv, key_opt);
  }
  g_ptr_array_add(argv, NULL);
  g_autofree char *cfg = g_build_filename(f->tmp, "cfg", NULL);
  g_auto(GStrv) env = g_get_environ();
  env = g_environ_setenv(env, "XDG_CONFIG_HOME", cfg, TRUE);
  env = g_environ_unsetenv(env, "CAVIAR_STORE");
  env = g_environ_unsetenv(env, "CAVIAR_KEY_FILE");
  env = g_environ_unsetenv(env, "CAVIAR_CONFIG");
  int status = -1;
  GError *error = NULL;
  g_assert_true(g_spawn_sync(NULL, (char **)argv->pdata, env, G_SPAWN_DEFAULT,
                             NULL, NULL, out, err, &status, &error));
  g_assert_no_error(error);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void
test_cli(Fixture *f, gconstpointer data)
{
  const char *bin = g_getenv("CAVIAR_BIN");
  if (bin == NULL || !g_file_test(bin, G_FILE_TEST_IS_EXECUTABLE)) {
    g_test_skip("CAVIAR_BIN is not set (run through meson test)");
    return;
  }
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  CvCollection *coll = cv_store_collection(store, "default", &error);
  g_autofree char *id1 = put_doc(coll, 1, 3, 0);
  g_autofree char *id2 = put_doc(coll, 2, 2, 0);
  g_autofree char *fp = cv_store_key_fingerprint(store);
  cv_store_close(store);
  g_autofree char *key_bytes = NULL;
  gsize key_len = 0;
  g_assert_true(g_file_get_contents(f->key, &key_bytes, &key_len, NULL));
  g_autofree char *key_hex = g_malloc(2 * key_len + 1);
  sodium_bin2hex(key_hex, 2 * key_len + 1, (const guint8 *)key_bytes, key_len);

  char *out = NULL, *err = NULL;
  /* list: both documents, JSON parses to two objects */
  g_assert_cmpint(run_caviar(f, &out, &err, (const char *const[]){ "list", "--json", NULL }), ==, 0);
  g_assert_nonnull(strstr(out, id1));
  g_assert_nonnull(strstr(out, id2));
  g_assert_nonnull(strstr(out, "/records/secret-folder/file-1.pdf"));
  g_assert_null(strstr(out, "QUOKKA"));
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
  /* key show: the fingerprint, never the key */
  g_assert_cmpint(run_caviar(f, &out, &err, (const char *const[]){ "key", "show", NULL }), ==, 0);
  g_assert_nonnull(strstr(out, fp));
  g_assert_null(strstr(out, key_hex));
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
  /* verify: clean */
  g_assert_cmpint(run_caviar(f, &out, &err, (const char *const[]){ "verify", NULL }), ==, 0);
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
  /* usage errors exit 2 */
  g_assert_cmpint(run_caviar(f, &out, &err, (const char *const[]){ "forget", NULL }), ==, 2);
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
  g_assert_cmpint(run_caviar(f, &out, &err, (const char *const[]){ "key", "dance", NULL }), ==, 2);
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
  /* --help answers */
  g_assert_cmpint(run_caviar(f, &out, &err, (const char *const[]){ "forget", "--help", NULL }), ==, 0);
  g_assert_nonnull(strstr(out, "--source"));
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
  /* forget: one good id, one bad: exit 1, the bad one named on stderr */
  g_assert_cmpint(run_caviar(f, &out, &err,
                             (const char *const[]){ "forget", id1, "0123", NULL }), ==, 1);
  g_assert_nonnull(strstr(err, "caviar: 0123: "));
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
  /* --source */
  g_assert_cmpint(run_caviar(f, &out, &err,
                             (const char *const[]){ "forget", "--source",
                                                    "/records/secret-folder/file-2.pdf", NULL }),
                  ==, 0);
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
  g_assert_cmpint(run_caviar(f, &out, &err, (const char *const[]){ "list", "--json", NULL }), ==, 0);
  g_assert_null(strstr(out, id1));
  g_assert_null(strstr(out, id2));
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);

  /* a damaged record: verify exits 1 and names it */
  store = open_store(f->dir, f->key, FALSE, &error);
  coll = cv_store_collection(store, "default", &error);
  g_autofree char *id3 = put_doc(coll, 3, 2, 0);
  cv_store_close(store);
  rocksdb_column_family_handle_t *cf[4];
  rocksdb_options_t *opts;
  rocksdb_t *db = raw_open(f->dir, cf, &opts);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref);
  g_autoptr(GPtrArray) vals = raw_values_of(db, cf[3], id3, keys);
  raw_close(db, cf, opts);
  gsize len;
  const guint8 *orig = g_bytes_get_data(vals->pdata[1], &len);
  g_autofree guint8 *mod = g_memdup2(orig, len);
  mod[len - 1] ^= 0x80;
  raw_put(f->dir, 3, keys->pdata[1], mod, len);
  g_assert_cmpint(run_caviar(f, &out, &err, (const char *const[]){ "verify", NULL }), ==, 1);
  g_autofree char *want = g_strdup_printf("caviar: default: document %s chunk 1: "
                                          "fails authentication", id3);
  g_assert_nonnull(strstr(err, want));
  g_assert_null(strstr(err, "QUOKKA"));
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
  /* key rotate, then everything still reads */
  g_assert_cmpint(run_caviar(f, &out, &err, (const char *const[]){ "key", "rotate", NULL }), ==, 0);
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
  g_assert_cmpint(run_caviar(f, &out, &err, (const char *const[]){ "stats", "--json", NULL }), ==, 0);
  g_assert_nonnull(strstr(out, "\"documents\" : 1"));
  g_clear_pointer(&out, g_free);
  g_clear_pointer(&err, g_free);
}

/* ---------- crash safety ---------- */

/* Child: writes documents forever (until SIGKILL). */
static int
crash_writer(const char *dir, const char *key, guint start)
{
  GError *error = NULL;
  CvStoreOptions o = { .dir = dir, .key_file = key, .sync = FALSE };
  CvStore *store = cv_store_open(&o, NULL, &error);
  if (store == NULL) {
    g_printerr("crash writer: %s\n", error->message);
    return 3;
  }
  CvCollection *coll = cv_store_collection(store, "c", &error);
  for (guint n = start;; n++)
    g_free(put_doc(coll, n, 1 + n % 9, 0));
  return 0;
}

typedef struct {
  CvCollection *coll;
  guint n_docs;
} CrashScan;

static gboolean
crash_check_doc(const char *doc_id, const CvDocInfo *info, gpointer user_data)
{
  CrashScan *s = user_data;
  const char *p = strrchr(info->source, '-');
  g_assert_nonnull(p);
  guint n = (guint)g_ascii_strtoull(p + 1, NULL, 10);
  assert_doc_whole(s->coll, doc_id, n, 1 + n % 9);
  s->n_docs++;
  return TRUE;
}

static void
test_crash(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  g_assert_no_error(error);
  cv_store_close(store);
  guint last = 0;
  for (guint round = 0; round < 5; round++) {
    g_autofree char *start = g_strdup_printf("%u", 100000 * (round + 1));
    const char *argv[] = { self_path, "--crash-writer", f->dir, f->key, start, NULL };
    GPid pid;
    gboolean spawned = g_spawn_async(NULL, (char **)argv, NULL,
                                     G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                     &pid, &error);
    g_assert_no_error(error);
    g_assert_true(spawned);
    g_usleep((gulong)g_test_rand_int_range(150, 900) * 1000);
    g_assert_cmpint(kill(pid, SIGKILL), ==, 0);
    int status = 0;
    g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
    g_assert_true(WIFSIGNALED(status));
    g_spawn_close_pid(pid);

    store = open_store(f->dir, f->key, FALSE, &error);
    g_assert_no_error(error);
    Reports r = { 0, g_string_new(NULL) };
    int problems = cv_store_verify(store, collect_report, &r, &error);
    if (problems != 0)
      g_error("verify after kill: %s", r.log->str);
    g_string_free(r.log, TRUE);
    CrashScan s = { cv_store_collection(store, "c", &error), 0 };
    g_assert_true(cv_store_foreach_document(s.coll, crash_check_doc, &s, &error));
    g_assert_no_error(error);
    g_test_message("round %u: %u documents", round, s.n_docs);
    g_assert_cmpuint(s.n_docs, >=, last);
    last = s.n_docs;
    cv_store_close(store);
  }
  g_assert_cmpuint(last, >, 0);
}

/* ---------- source records (replacement, forget --source) ---------- */

static char *
put_sourced(CvCollection *coll, const char *content, const char *path,
            const char *replaces)
{
  GError *error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new(content, strlen(content));
  char id[CV_DOC_ID_LEN + 1], skey[CV_DOC_ID_LEN + 1];
  char okey[CV_DOC_ID_LEN + 1];
  cv_store_document_id(coll, bytes, id);
  cv_store_path_key(coll, path, skey);
  g_autofree char *abs = g_strconcat("/srv/drop/", path, NULL);
  cv_store_path_key(coll, abs, okey);
  CvChunk chunk = { content, strlen(content), 1, 1 };
  CvDocInfo info = { .source = "redacted name",
                     .mime = "text/plain",
                     .lang = "fr",
                     .n_pages = 1,
                     .ingested_at = 1700000000,
                     .source_key = skey,
                     .origin_key = okey,
                     .replaces = replaces };
  g_assert_true(cv_store_put_document(coll, id, &info, &chunk, 1, &error));
  g_assert_no_error(error);
  return g_strdup(id);
}

static void
assert_source(CvCollection *coll, const char *path, const char *want)
{
  GError *error = NULL;
  char key[CV_DOC_ID_LEN + 1], got[CV_DOC_ID_LEN + 1];
  cv_store_path_key(coll, path, key);
  gboolean found = cv_store_find_source(coll, key, got, &error);
  g_assert_no_error(error);
  if (want == NULL) {
    g_assert_false(found);
  } else {
    g_assert_true(found);
    g_assert_cmpstr(got, ==, want);
  }
}

static void
test_sources(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  g_autoptr(CvStore) store = open_store(f->dir, f->key, TRUE, &error);
  g_assert_no_error(error);
  CvCollection *coll = cv_store_collection(store, "c", &error);
  CvCollection *other = cv_store_collection(store, "d", &error);
  g_assert_no_error(error);

  /* keyed: not the plain hash, and per collection */
  char k1[CV_DOC_ID_LEN + 1], k2[CV_DOC_ID_LEN + 1];
  cv_store_path_key(coll, "a/b.txt", k1);
  cv_store_path_key(other, "a/b.txt", k2);
  g_assert_cmpstr(k1, !=, k2);

  assert_source(coll, "a/b.txt", NULL);
  g_autofree char *a = put_sourced(coll, "version one", "a/b.txt", NULL);
  assert_source(coll, "a/b.txt", a);
  assert_source(other, "a/b.txt", NULL);
  g_autofree char *b = put_sourced(coll, "version two", "a/b.txt", a);
  assert_source(coll, "a/b.txt", b);
  {
    const CvDocInfo *info = NULL;
    g_autoptr(CvDocInfoHandle) h = cv_store_get_info(coll, b, &info, &error);
    g_assert_no_error(error);
    g_assert_cmpstr(info->replaces, ==, a);
    g_assert_cmpstr(info->source_key, ==, k1);
    g_assert_nonnull(info->origin_key);
  }
  /* forgetting the older version leaves the newer one's record */
  g_assert_true(cv_store_forget(coll, a, &error));
  g_assert_no_error(error);
  assert_source(coll, "a/b.txt", b);
  Reports r = { 0, g_string_new(NULL) };
  g_assert_cmpint(cv_store_verify(store, collect_report, &r, &error), ==, 0);
  g_string_free(r.log, TRUE);
  g_assert_true(cv_store_forget(coll, b, &error));
  g_assert_no_error(error);
  assert_source(coll, "a/b.txt", NULL);

  /* a document written with version 1 metadata is still read */
  g_autofree char *c = put_sourced(coll, "old format", "old.txt", NULL);
  guint8 did[CV_DID_LEN];
  g_assert_true(cv_parse_doc_id(c, did, &error));
  g_autoptr(CvDocRecord) rec = cv_doc_record_load(coll, did, &error);
  g_assert_no_error(error);
  g_autoptr(GVariant) v1 = g_variant_ref_sink(g_variant_new(
      "(umsmsmsmsuutxxmsut)", 1, "/old/absolute/path.txt", "text/plain",
      "utf-8", "fr", 1, 0, (guint64)10, (gint64)1600000000, (gint64)0, "{}", 1,
      (guint64)strlen("old format")));
  gsize len = g_variant_get_size(v1);
  g_autofree guint8 *pt = g_malloc(len);
  g_autofree guint8 *val = g_malloc(len + CV_SEAL_OVERHEAD);
  g_variant_store(v1, pt);
  guint8 ad[64], key[CV_CID_LEN + CV_DID_LEN];
  gsize adl = strlen("caviar/meta/1");
  memcpy(ad, "caviar/meta/1", adl);
  memcpy(ad + adl, coll->cid, CV_CID_LEN);
  memcpy(ad + adl + CV_CID_LEN, did, CV_DID_LEN);
  cv_record_seal(rec->dk, ad, adl + CV_CID_LEN + CV_DID_LEN, pt, len,
                 CV_PAD_NONE, NULL, val);
  char *err = NULL;
  rocksdb_put_cf(store->db, store->wopts, store->cf[CF_META], (const char *)key,
                 cv_key_doc(coll, did, key), (const char *)val,
                 len + CV_SEAL_OVERHEAD, &err);
  g_assert_null(err);
  const CvDocInfo *info = NULL;
  g_autoptr(CvDocInfoHandle) h = cv_store_get_info(coll, c, &info, &error);
  g_assert_no_error(error);
  g_assert_cmpstr(info->source, ==, "/old/absolute/path.txt");
  g_assert_null(info->source_key);
  g_assert_null(info->replaces);
  g_assert_cmpuint(info->n_chunks, ==, 1);
  guint n = 0;
  g_assert_true(cv_store_foreach_document(coll, count_doc, &n, &error));
  g_assert_cmpuint(n, ==, 1);
}

/* Lists: round trip, per collection, caps, sealed (never in the files),
 * survive a reopen and a key rotation, verify accepts them. */
static void
test_lists(Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  CvStore *store = open_store(f->dir, f->key, TRUE, &error);
  g_assert_no_error(error);
  CvCollection *a = cv_store_collection(store, "a", &error);
  CvCollection *b = cv_store_collection(store, "b", &error);
  g_autoptr(GPtrArray) none = cv_store_collection_get_lists(a, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(none->len, ==, 0);
  CvListTerm t1 = { (char *)"Projet Quokkalunaire", CV_PII_PERSON };
  CvListTerm t2 = { (char *)"Zéphirine Wombatière", CV_STORE_LIST_NEVER };
  const CvListTerm *terms[] = { &t1, &t2 };
  guint gen = cv_store_collection_lists_generation(a);
  g_assert_true(cv_store_collection_set_lists(a, terms, 2, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(cv_store_collection_lists_generation(a), !=, gen);
  g_autoptr(GPtrArray) got = cv_store_collection_get_lists(a, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(got->len, ==, 2);
  g_assert_cmpstr(((CvListTerm *)got->pdata[0])->term, ==, t1.term);
  g_assert_cmpint(((CvListTerm *)got->pdata[0])->type, ==, CV_PII_PERSON);
  g_assert_cmpstr(((CvListTerm *)got->pdata[1])->term, ==, t2.term);
  g_assert_cmpint(((CvListTerm *)got->pdata[1])->type, ==, CV_STORE_LIST_NEVER);
  g_autoptr(GPtrArray) of_b = cv_store_collection_get_lists(b, &error);
  g_assert_cmpuint(of_b->len, ==, 0);

  /* caps: a term too long, an unknown type, too many terms */
  char longterm[CV_STORE_LIST_TERM_MAX + 2];
  memset(longterm, 'x', sizeof longterm - 1);
  longterm[sizeof longterm - 1] = '\0';
  CvListTerm bad = { longterm, CV_STORE_LIST_NEVER };
  const CvListTerm *badv[] = { &bad };
  g_assert_false(cv_store_collection_set_lists(b, badv, 1, &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID);
  g_clear_error(&error);
  CvListTerm badtype = { (char *)"x", CV_PII_N_TYPES };
  badv[0] = &badtype;
  g_assert_false(cv_store_collection_set_lists(b, badv, 1, &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID);
  g_clear_error(&error);
  guint n = CV_STORE_LISTS_MAX_TERMS + 1;
  CvListTerm one = { (char *)"y", CV_STORE_LIST_NEVER };
  const CvListTerm **many = g_new(const CvListTerm *, n);
  for (guint i = 0; i < n; i++)
    many[i] = &one;
  g_assert_false(cv_store_collection_set_lists(b, many, n, &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID);
  g_clear_error(&error);
  g_free(many);
  g_autoptr(GPtrArray) still = cv_store_collection_get_lists(b, &error);
  g_assert_cmpuint(still->len, ==, 0);

  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  g_assert_true(cv_store_key_rotate(store, &error));
  g_assert_no_error(error);
  cv_store_close(store);
  /* sealed: neither term in any file */
  g_assert_false(dir_contains(f->dir, (const guint8 *)"Quokkalunaire", 13, NULL));
  g_assert_false(dir_contains(f->dir, (const guint8 *)"Wombati", 7, NULL));
  store = open_store(f->dir, f->key, FALSE, &error);
  g_assert_no_error(error);
  a = cv_store_collection(store, "a", &error);
  g_autoptr(GPtrArray) again = cv_store_collection_get_lists(a, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(again->len, ==, 2);
  /* emptied: the record goes */
  g_assert_true(cv_store_collection_set_lists(a, NULL, 0, &error));
  g_autoptr(GPtrArray) empty = cv_store_collection_get_lists(a, &error);
  g_assert_cmpuint(empty->len, ==, 0);
  g_assert_cmpint(cv_store_verify(store, NULL, NULL, &error), ==, 0);
  cv_store_close(store);
}

int
main(int argc, char **argv)
{
  self_path = argv[0];
  if (argc == 5 && strcmp(argv[1], "--crash-writer") == 0)
    return crash_writer(argv[2], argv[3], (guint)g_ascii_strtoull(argv[4], NULL, 10));
  g_test_init(&argc, &argv, NULL);
  g_assert_cmpint(sodium_init(), >=, 0);
  cv_keyfile_set_pwhash_limits(crypto_pwhash_OPSLIMIT_MIN,
                               crypto_pwhash_MEMLIMIT_MIN);
  g_test_add("/store/round-trip", Fixture, NULL, fixture_setup, test_round_trip,
             fixture_teardown);
  g_test_add("/store/wrong-key", Fixture, NULL, fixture_setup, test_wrong_key,
             fixture_teardown);
  g_test_add("/store/wrong-collection", Fixture, NULL, fixture_setup,
             test_wrong_collection, fixture_teardown);
  g_test_add("/store/put-documents", Fixture, NULL, fixture_setup,
             test_put_documents, fixture_teardown);
  g_test_add("/store/threads", Fixture, NULL, fixture_setup, test_threads,
             fixture_teardown);
  g_test_add("/store/no-plaintext", Fixture, NULL, fixture_setup,
             test_no_plaintext, fixture_teardown);
  g_test_add("/store/forget-erases", Fixture, NULL, fixture_setup,
             test_forget_erases, fixture_teardown);
  g_test_add("/store/purge-expired", Fixture, NULL, fixture_setup,
             test_purge_expired, fixture_teardown);
  g_test_add("/store/damage/flip-wal", Fixture, NULL, fixture_setup,
             test_flip_wal, fixture_teardown);
  g_test_add_func("/store/record-layer", test_record_layer);
  g_test_add("/store/format-1", Fixture, NULL, fixture_setup, test_format_1,
             fixture_teardown);
  g_test_add("/store/close-flushes", Fixture, NULL, fixture_setup,
             test_close_flushes, fixture_teardown);
  g_test_add("/store/in-use", Fixture, NULL, fixture_setup, test_in_use,
             fixture_teardown);
  g_test_add("/store/damage/flip-chunk", Fixture, NULL, fixture_setup,
             test_flip_chunk, fixture_teardown);
  g_test_add("/store/damage/flip-meta", Fixture, NULL, fixture_setup,
             test_flip_meta, fixture_teardown);
  g_test_add("/store/damage/flip-key", Fixture, NULL, fixture_setup,
             test_flip_key, fixture_teardown);
  g_test_add("/store/damage/truncate-chunk", Fixture, NULL, fixture_setup,
             test_truncate_chunk, fixture_teardown);
  g_test_add("/store/damage/drop-chunk", Fixture, NULL, fixture_setup,
             test_drop_chunk, fixture_teardown);
  g_test_add("/store/damage/swap-chunks", Fixture, NULL, fixture_setup,
             test_swap_chunks, fixture_teardown);
  g_test_add("/store/damage/flip-sst", Fixture, NULL, fixture_setup,
             test_flip_sst, fixture_teardown);
  g_test_add("/store/rotate", Fixture, NULL, fixture_setup, test_rotate,
             fixture_teardown);
  g_test_add("/store/passphrase", Fixture, NULL, fixture_setup,
             test_passphrase, fixture_teardown);
  g_test_add("/store/cli", Fixture, NULL, fixture_setup, test_cli,
             fixture_teardown);
  g_test_add("/store/crash", Fixture, NULL, fixture_setup, test_crash,
             fixture_teardown);
  g_test_add("/store/sources", Fixture, NULL, fixture_setup, test_sources,
             fixture_teardown);
  g_test_add("/store/lists", Fixture, NULL, fixture_setup, test_lists,
             fixture_teardown);
  return g_test_run();
}
