/* test-store.c — tests of store/: encryption round trip, wrong keys and
 * collections, damaged records, no plaintext on disk, forget+purge leaving
 * no ciphertext behind, key rotation and passphrases, crash safety under
 * SIGKILL.  Fixtures are generated here; every store lives in a temporary
 * directory removed afterwards. */
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
  g_assert_true(cv_store_put_document(coll, id, &info, chunks, n_chunks, &error));
  g_assert_no_error(error);
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
  store = open_store(f->dir, other, TRUE, &error);
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
  g_assert_false(cv_store_has_document(a, "zz", &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID);
  g_clear_error(&error);
  cv_store_close(store);
}

G_GNUC_UNUSED static void fixture_unused(void) { (void)self_path; }

int
main(int argc, char **argv)
{
  self_path = argv[0];
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
  return g_test_run();
}
