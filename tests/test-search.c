/* test-search.c — tests of the retrieval stage: the tokeniser, the
 * encrypted BM25 index (store/index.c, driven through its private
 * interface on a RocksDB of our own) and, when the `caviar` binary can
 * ingest, the HTTP API's token checks. */
#include <signal.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <rocksdb/c.h>
#include <sodium.h>

#include "index.h"
#include "tokenize.h"

/* --- tokeniser --- */

static void
collect(const char *term, gsize len, gboolean extra, gpointer user_data)
{
  g_ptr_array_add(user_data, g_strndup(term, len));
}

static GPtrArray *
terms_of(const char *text, CvLang lang)
{
  GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
  cv_tokenize(text, strlen(text), lang, collect, out);
  return out;
}

static gboolean
has_term(GPtrArray *terms, const char *term)
{
  for (guint i = 0; i < terms->len; i++)
    if (strcmp(terms->pdata[i], term) == 0)
      return TRUE;
  return FALSE;
}

static char *
term1(const char *text, CvLang lang)
{
  g_autoptr(GPtrArray) t = terms_of(text, lang);
  g_assert_cmpuint(t->len, ==, 1);
  return g_strdup(t->pdata[0]);
}

static void
test_tokenize_elisions(void)
{
  g_autofree char *plain = term1("arrêt", CV_LANG_FR);
  const char *forms[] = { "l'arrêt", "l’arrêt", "L'ARRÊT", "d'arrêt",
                          "qu’arrêt", "jusqu'arrêt", "lorsqu'arrêt" };
  for (guint i = 0; i < G_N_ELEMENTS(forms); i++) {
    g_autofree char *t = term1(forms[i], CV_LANG_FR);
    g_assert_cmpstr(t, ==, plain);
  }
  /* An apostrophe that is not an elision splits the word. */
  g_autoptr(GPtrArray) a = terms_of("aujourd'hui", CV_LANG_FR);
  g_assert_cmpuint(a->len, ==, 2);
}

static void
test_tokenize_accents_case(void)
{
  g_autofree char *a = term1("Élève", CV_LANG_FR);
  g_autofree char *b = term1("eleve", CV_LANG_FR);
  g_autofree char *c = term1("ÉLÈVE", CV_LANG_FR);
  g_assert_cmpstr(a, ==, b);
  g_assert_cmpstr(a, ==, c);
  for (const char *p = a; *p; p++)
    g_assert_true((guchar)*p < 0x80);
  g_autofree char *oe = term1("cœur", CV_LANG_FR);
  g_assert_nonnull(strstr(oe, "oe"));
}

static void
test_tokenize_hyphens(void)
{
  g_autoptr(GPtrArray) t = terms_of("porte-parole", CV_LANG_FR);
  g_autofree char *porte = term1("porte", CV_LANG_FR);
  g_autofree char *parole = term1("parole", CV_LANG_FR);
  g_autofree char *whole = term1("porteparole", CV_LANG_FR);
  g_assert_cmpuint(t->len, ==, 3);
  g_assert_true(has_term(t, porte));
  g_assert_true(has_term(t, parole));
  g_assert_true(has_term(t, whole));
}

static void
count_only(const char *term, gsize len, gboolean extra, gpointer user_data)
{
}

static void
test_tokenize_length(void)
{
  g_assert_cmpuint(cv_tokenize("porte-parole", 12, CV_LANG_FR, count_only, NULL),
                   ==, 2);
  g_assert_cmpuint(cv_tokenize("le chat et la souris", 20, CV_LANG_FR,
                               count_only, NULL), ==, 2);
}

static void
test_tokenize_stop_words(void)
{
  g_autoptr(GPtrArray) fr = terms_of("Qu'est-ce que le la les de des et à", CV_LANG_FR);
  g_assert_cmpuint(fr->len, ==, 0);
  g_autoptr(GPtrArray) en = terms_of("What is the and of to which", CV_LANG_EN);
  g_assert_cmpuint(en->len, ==, 0);
}

static void
test_tokenize_redactions(void)
{
  g_autoptr(GPtrArray) t =
      terms_of("Monsieur [PERSONNE] ([NAS]) et [PERSONNE-7F3A] [ADRESSE_2] habitent ici",
               CV_LANG_FR);
  for (guint i = 0; i < t->len; i++) {
    g_assert_null(strstr(t->pdata[i], "person"));
    g_assert_null(strstr(t->pdata[i], "nas"));
    g_assert_null(strstr(t->pdata[i], "7f3a"));
    g_assert_null(strstr(t->pdata[i], "adress"));
  }
  g_assert_cmpuint(t->len, ==, 3); /* monsieur, habitent, ici */
  /* Ordinary brackets still give their words. */
  g_autoptr(GPtrArray) u = terms_of("[voir annexe]", CV_LANG_FR);
  g_assert_cmpuint(u->len, ==, 2);
  /* The redactor's tokens with accents (cv_redact_token_span): no term
   * ("[TÉLÉPHONE]" used to be indexed as "telephon"). */
  g_autoptr(GPtrArray) v =
      terms_of("appeler au [T\xc3\x89L\xc3\x89PHONE] ou "
               "[DATE-NAISSANCE-A3C6A9] [T\xc3\x89L\xc3\x89PHONE-91DCFB]",
               CV_LANG_FR);
  for (guint i = 0; i < v->len; i++) {
    g_assert_null(strstr(v->pdata[i], "telephon"));
    g_assert_null(strstr(v->pdata[i], "naissanc"));
  }
  g_assert_cmpuint(v->len, ==, 1); /* appeler */
}

static void
test_tokenize_stemming(void)
{
  g_autofree char *a = term1("données", CV_LANG_FR);
  g_autofree char *b = term1("donnée", CV_LANG_FR);
  g_assert_cmpstr(a, ==, b);
  g_autofree char *c = term1("administratifs", CV_LANG_FR);
  g_autofree char *d = term1("administrative", CV_LANG_FR);
  g_assert_cmpstr(c, ==, d);
  g_autofree char *e = term1("running", CV_LANG_EN);
  g_autofree char *f = term1("runs", CV_LANG_EN);
  g_assert_cmpstr(e, ==, f);
  g_assert_cmpstr(e, ==, "run");
  /* French and English stemmers differ. */
  g_autofree char *g = term1("nations", CV_LANG_EN);
  g_assert_cmpstr(g, ==, "nation");
}

static void
test_tokenize_unaccented_queries(void)
{
  /* Snowball stems these apart; documents carry both stems. */
  g_autofree char *q = term1("donnees", CV_LANG_FR);
  g_autofree char *d = term1("données", CV_LANG_FR);
  g_assert_cmpstr(q, !=, d);
  g_autoptr(GPtrArray) t = g_ptr_array_new_with_free_func(g_free);
  guint n = cv_tokenize_document("données", strlen("données"), CV_LANG_FR,
                                 collect, t);
  g_assert_cmpuint(n, ==, 1); /* the variant is not counted */
  g_assert_true(has_term(t, q));
  g_assert_true(has_term(t, d));
  /* Words without accents give one term (and a short one no prefix). */
  g_autoptr(GPtrArray) u = g_ptr_array_new_with_free_func(g_free);
  cv_tokenize_document("sujet", 5, CV_LANG_FR, collect, u);
  g_assert_cmpuint(u->len, ==, 1);
}

static void
test_tokenize_prefix(void)
{
  char pre[CV_PREFIX_MAX + 1];
  /* longer than 5 characters: '~' and the first five */
  g_assert_cmpuint(cv_term_prefix("communiqu", 9, pre), ==, 6);
  g_assert_cmpstr(pre, ==, "~commu");
  g_assert_cmpuint(cv_term_prefix("public", 6, pre), ==, 6);
  g_assert_cmpstr(pre, ==, "~publi");
  /* five characters or fewer: none */
  g_assert_cmpuint(cv_term_prefix("publi", 5, pre), ==, 0);
  g_assert_cmpuint(cv_term_prefix("don", 3, pre), ==, 0);
  /* characters, not bytes */
  g_assert_cmpuint(cv_term_prefix("éléphant", strlen("éléphant"), pre), ==,
                   1 + strlen("éléph"));
  g_assert_cmpstr(pre, ==, "~éléph");
  g_assert_cmpuint(cv_term_prefix("ééééé", strlen("ééééé"), pre), ==, 0);

  /* Documents carry the prefix term as an extra (uncounted) term after
   * the term; queries do not. */
  g_autoptr(GPtrArray) d = g_ptr_array_new_with_free_func(g_free);
  guint n = cv_tokenize_document("communicables", strlen("communicables"),
                                 CV_LANG_FR, collect, d);
  g_assert_cmpuint(n, ==, 1);
  g_assert_cmpuint(d->len, ==, 2);
  g_assert_cmpstr(d->pdata[1], ==, "~commu");
  g_autoptr(GPtrArray) q = g_ptr_array_new_with_free_func(g_free);
  cv_tokenize("communicables", strlen("communicables"), CV_LANG_FR, collect, q);
  g_assert_cmpuint(q->len, ==, 1);
  g_assert_cmpstr(q->pdata[0], !=, "~commu");
  /* an accented word's unaccented stem: its own prefix only if it
   * differs */
  g_autoptr(GPtrArray) a = g_ptr_array_new_with_free_func(g_free);
  cv_tokenize_document("générales", strlen("générales"), CV_LANG_FR, collect, a);
  guint n_pre = 0;
  for (guint i = 0; i < a->len; i++)
    n_pre += ((char *)a->pdata[i])[0] == '~';
  g_assert_cmpuint(n_pre, ==, 1);
}

static void
test_tokenize_lang(void)
{
  g_assert_cmpint(cv_tokenize_lang("en", NULL, 0), ==, CV_LANG_EN);
  g_assert_cmpint(cv_tokenize_lang("fr-CA", NULL, 0), ==, CV_LANG_FR);
  const char *en = "What is the deadline for the request and how do I file it?";
  const char *fr = "Quel est le délai pour la demande et comment la déposer ?";
  g_assert_cmpint(cv_tokenize_lang(NULL, en, strlen(en)), ==, CV_LANG_EN);
  g_assert_cmpint(cv_tokenize_lang(NULL, fr, strlen(fr)), ==, CV_LANG_FR);
}

static void
test_tokenize_invalid_utf8(void)
{
  const char bad[] = "abc\xff\xfe" "def \xc3 ghi";
  g_autoptr(GPtrArray) t = terms_of(bad, CV_LANG_EN);
  g_assert_cmpuint(t->len, ==, 3);
}

static void
check_term(const char *term, gsize len, gboolean extra, gpointer user_data)
{
  g_assert_cmpuint(len, >, 0);
  g_assert_cmpuint(len, <=, CV_TERM_MAX * 2);
  g_assert_true(g_utf8_validate(term, (gssize)len, NULL));
  (*(guint *)user_data)++;
}

/* Random bytes, random UTF-8 and word soup: no crash, valid bounded terms. */
static void
test_tokenize_random(void)
{
  static const char *const pieces[] = {
    "l'", "’", "-", "[", "]", "NAS", "PERSONNE-7F3A", "é", "œ", "ß", "Ǆ",
    "\xcc\x81", "qu’", "  ", "\n", "aujourd'hui", "123", "x", "—", "\xf0\x9f\x98\x80",
  };
  guint total = 0;
  for (guint round = 0; round < 3000; round++) {
    g_autoptr(GString) s = g_string_new(NULL);
    guint n = g_test_rand_int_range(0, 200);
    for (guint i = 0; i < n; i++) {
      switch (round % 3) {
      case 0:
        g_string_append_c(s, (char)g_test_rand_int_range(1, 256));
        break;
      case 1:
        g_string_append_unichar(s, (gunichar)g_test_rand_int_range(0x20, 0x3000));
        break;
      default:
        g_string_append(s, pieces[g_test_rand_int_range(0, G_N_ELEMENTS(pieces))]);
      }
    }
    guint emitted = 0;
    guint counted = cv_tokenize_document(s->str, s->len,
                                         round & 1 ? CV_LANG_EN : CV_LANG_FR,
                                         check_term, &emitted);
    g_assert_cmpuint(counted, <=, emitted);
    total += emitted;
  }
  g_assert_cmpuint(total, >, 0);
}

static void
collect_flagged(const char *term, gsize len, gboolean extra, gpointer user_data)
{
  g_ptr_array_add(user_data,
                  g_strdup_printf("%s%.*s", extra ? "+" : "", (int)len, term));
}

/* The tokeniser with its word cache gives the same terms, flags and
 * lengths as without, also after the cache has been emptied. */
static void
test_tokenize_cache(void)
{
  static const char *const pieces[] = {
    "l'",        "’",         "-",      "[NAS]",        " ",
    "é",         "œ",         "ß",      "\xcc\x81",     "qu’",
    "données",   "donnees",   "Arrêté", "porte-parole", "aujourd'hui",
    "123",       "x",         "\n",     "rapport",      "rapports",
    "MINISTÈRE", "ministere", "it's",   "they're",      "\xff",
  };
  g_autoptr(CvTokenCache) cache = cv_token_cache_new(NULL, NULL);
  for (guint round = 0; round < 400; round++) {
    g_autoptr(GString) s = g_string_new(NULL);
    guint n = g_test_rand_int_range(0, 300);
    for (guint i = 0; i < n; i++) {
      if (round % 4 == 0)
        g_string_append_unichar(s, (gunichar)g_test_rand_int_range(0x20, 0x250));
      else
        g_string_append(s,
                        pieces[g_test_rand_int_range(0, G_N_ELEMENTS(pieces))]);
      if (round % 4 == 3) /* many distinct words: the cache overflows */
        g_string_append_printf(s, "mot%uété ", g_test_rand_int_range(0, 40000));
    }
    CvLang lang = round & 1 ? CV_LANG_EN : CV_LANG_FR;
    g_autoptr(GPtrArray) plain = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GPtrArray) memo = g_ptr_array_new_with_free_func(g_free);
    guint n1 = cv_tokenize_document(s->str, s->len, lang, collect_flagged, plain);
    guint n2 = cv_tokenize_document_cached(s->str, s->len, lang, cache,
                                           collect_flagged, memo);
    g_assert_cmpuint(n1, ==, n2);
    g_assert_cmpuint(plain->len, ==, memo->len);
    for (guint i = 0; i < plain->len; i++)
      g_assert_cmpstr(plain->pdata[i], ==, memo->pdata[i]);
  }
  /* More distinct words than the cache keeps: emptied on the way. */
  g_autoptr(GString) big = g_string_new(NULL);
  for (guint i = 0; i < CV_TOKEN_CACHE_WORDS + 5000; i++)
    g_string_append_printf(big, "réclamation%u ", i);
  guint a = 0, b = 0;
  g_assert_cmpuint(
      cv_tokenize_document(big->str, big->len, CV_LANG_FR, check_term, &a), ==,
      cv_tokenize_document_cached(big->str, big->len, CV_LANG_FR, cache,
                                  check_term, &b));
  g_assert_cmpuint(a, ==, b);
  g_assert_cmpuint(a, >=, CV_TOKEN_CACHE_WORDS + 5000);
}

/* --- index on a private RocksDB --- */

typedef struct {
  char *dir;
  rocksdb_t *db;
  rocksdb_options_t *opts;
  rocksdb_column_family_handle_t *cfs[2];
  CvIndex *index;
  guint8 ikey[32], ekey[32];
} Fixture;

static void
fx_open(Fixture *fx)
{
  char *err = NULL;
  const char *names[2] = { "default", "index" };
  const rocksdb_options_t *cfo[2] = { fx->opts, fx->opts };
  fx->db = rocksdb_open_column_families(fx->opts, fx->dir, 2, names, cfo,
                                        fx->cfs, &err);
  if (err) {
    /* First open: create the column family. */
    rocksdb_free(err);
    err = NULL;
    fx->db = rocksdb_open(fx->opts, fx->dir, &err);
    g_assert_null(err);
    fx->cfs[0] = NULL;
    fx->cfs[1] = rocksdb_create_column_family(fx->db, fx->opts, "index", &err);
    g_assert_null(err);
  }
  fx->index = cv_index_new(fx->db, fx->cfs[1], "test", fx->ikey, fx->ekey);
}

static void
fx_close(Fixture *fx)
{
  cv_index_free(fx->index);
  fx->index = NULL;
  for (guint i = 0; i < 2; i++)
    if (fx->cfs[i])
      rocksdb_column_family_handle_destroy(fx->cfs[i]);
  rocksdb_close(fx->db);
  fx->db = NULL;
}

static void
fx_setup(Fixture *fx, gconstpointer data)
{
  GError *error = NULL;
  fx->dir = g_dir_make_tmp("caviar-search-XXXXXX", &error);
  g_assert_no_error(error);
  fx->opts = rocksdb_options_create();
  rocksdb_options_set_create_if_missing(fx->opts, 1);
  randombytes_buf(fx->ikey, 32);
  randombytes_buf(fx->ekey, 32);
  fx_open(fx);
}

static void
rm_rf(const char *path)
{
  GDir *d = g_dir_open(path, 0, NULL);
  if (d) {
    const char *name;
    while ((name = g_dir_read_name(d))) {
      g_autofree char *p = g_build_filename(path, name, NULL);
      if (g_file_test(p, G_FILE_TEST_IS_DIR) && !g_file_test(p, G_FILE_TEST_IS_SYMLINK))
        rm_rf(p);
      else
        g_unlink(p);
    }
    g_dir_close(d);
  }
  g_rmdir(path);
}

static void
fx_teardown(Fixture *fx, gconstpointer data)
{
  if (fx->db)
    fx_close(fx);
  rocksdb_options_destroy(fx->opts);
  rm_rf(fx->dir);
  g_free(fx->dir);
}

static void
doc_id_for(guint n, char out[CV_DOC_ID_LEN + 1])
{
  g_snprintf(out, CV_DOC_ID_LEN + 1, "%032x", n + 0x1000);
}

/* Adds and commits one document of @n chunks. */
static void
add_doc(Fixture *fx, guint id, const char *const *texts, guint n)
{
  char doc[CV_DOC_ID_LEN + 1];
  doc_id_for(id, doc);
  g_autofree CvChunk *chunks = g_new0(CvChunk, n);
  for (guint i = 0; i < n; i++) {
    chunks[i].text = texts[i];
    chunks[i].len = strlen(texts[i]);
    chunks[i].first_page = chunks[i].last_page = 1;
  }
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  GError *error = NULL;
  g_assert_true(cv_index_add_document(fx->index, batch, doc, chunks, n, "fr",
                                      &error));
  g_assert_no_error(error);
  rocksdb_writeoptions_t *wo = rocksdb_writeoptions_create();
  char *err = NULL;
  rocksdb_write(fx->db, wo, batch, &err);
  g_assert_null(err);
  cv_index_batch_committed(fx->index);
  rocksdb_writeoptions_destroy(wo);
  rocksdb_writebatch_destroy(batch);
}

static void
remove_doc(Fixture *fx, guint id)
{
  char doc[CV_DOC_ID_LEN + 1];
  doc_id_for(id, doc);
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  GError *error = NULL;
  g_assert_true(cv_index_remove_document(fx->index, batch, doc, &error));
  g_assert_no_error(error);
  rocksdb_writeoptions_t *wo = rocksdb_writeoptions_create();
  char *err = NULL;
  rocksdb_write(fx->db, wo, batch, &err);
  g_assert_null(err);
  cv_index_batch_committed(fx->index);
  rocksdb_writeoptions_destroy(wo);
  rocksdb_writebatch_destroy(batch);
}

static GArray *
search(Fixture *fx, const char *q, guint k)
{
  GError *error = NULL;
  GArray *hits = cv_index_search(fx->index, q, k, &error);
  g_assert_no_error(error);
  g_assert_nonnull(hits);
  return hits;
}

static gboolean
hit_is(GArray *hits, guint i, guint id, guint chunk)
{
  char doc[CV_DOC_ID_LEN + 1];
  doc_id_for(id, doc);
  if (i >= hits->len)
    return FALSE;
  CvIndexHit *h = &g_array_index(hits, CvIndexHit, i);
  return strcmp(h->doc_id, doc) == 0 && h->chunk_index == chunk;
}

static const char *const filler[] = {
  "Le comité de gestion a adopté le budget annuel du service.",
  "La demande d'accès vise les procès-verbaux des réunions.",
  "Le ministère publie chaque année un rapport sur ses activités.",
  "Les employés doivent remplir le formulaire avant la date limite.",
  "La direction régionale traite les plaintes reçues par courriel.",
};

static void
test_index_ranking(Fixture *fx, gconstpointer data)
{
  for (guint i = 0; i < 20; i++) {
    const char *t[1] = { filler[i % G_N_ELEMENTS(filler)] };
    add_doc(fx, i, t, 1);
  }
  const char *a[2] = {
    "Le castor construit un barrage. Le castor ronge le bois. Un castor.",
    "Rien à voir ici: le budget du service.",
  };
  add_doc(fx, 100, a, 2);
  const char *b[1] = {
    "Ce long rapport annuel du ministère mentionne une seule fois le castor "
    "parmi beaucoup d'autres sujets comme le budget, les employés, la "
    "direction régionale, les formulaires, les plaintes et les réunions.",
  };
  add_doc(fx, 101, b, 1);

  g_autoptr(GArray) h1 = search(fx, "castors", 10);
  g_assert_cmpuint(h1->len, ==, 2);
  g_assert_true(hit_is(h1, 0, 100, 0));
  g_assert_true(hit_is(h1, 1, 101, 0));
  g_assert_cmpfloat(g_array_index(h1, CvIndexHit, 0).score, >,
                    g_array_index(h1, CvIndexHit, 1).score);

  /* Accents may be left out of a query. */
  g_autoptr(GArray) h0 = search(fx, "CASTORS barrage", 10);
  g_assert_true(hit_is(h0, 0, 100, 0));
  g_autoptr(GArray) h6 = search(fx, "ministere employes regionale", 10);
  g_assert_true(hit_is(h6, 0, 101, 0));

  /* A rare term outweighs a common one. */
  g_autoptr(GArray) h2 = search(fx, "budget barrage", 10);
  g_assert_true(hit_is(h2, 0, 100, 0));
  /* k limits the results; scores are non-increasing. */
  g_autoptr(GArray) h3 = search(fx, "budget rapport comité", 3);
  g_assert_cmpuint(h3->len, ==, 3);
  for (guint i = 1; i < h3->len; i++)
    g_assert_cmpfloat(g_array_index(h3, CvIndexHit, i - 1).score, >=,
                      g_array_index(h3, CvIndexHit, i).score);
  /* Nothing for stop words only or unknown words. */
  g_autoptr(GArray) h4 = search(fx, "le la les", 10);
  g_assert_cmpuint(h4->len, ==, 0);
  g_autoptr(GArray) h5 = search(fx, "ornithorynque", 10);
  g_assert_cmpuint(h5->len, ==, 0);
}

/* Words of one family that Snowball stems apart ("communiquer",
 * "communicables") meet through their prefix term; an exact match still
 * ranks above a prefix-only one, and short terms get no prefix. */
static void
test_index_prefix(Fixture *fx, gconstpointer data)
{
  for (guint i = 0; i < 20; i++) {
    const char *t[1] = { filler[i % G_N_ELEMENTS(filler)] };
    add_doc(fx, i, t, 1);
  }
  const char *a[1] = {
    "Les pièces achevées sont communicables à tous sur demande."
  };
  add_doc(fx, 100, a, 1);
  const char *b[1] = { "Le greffe tient un registre des plaintes reçues." };
  add_doc(fx, 101, b, 1);
  const char *c[1] = { "Le service doit communiquer ses registres." };
  add_doc(fx, 102, c, 1);

  /* Snowball: communiqu / communic; only the prefix term links them. */
  g_autofree char *t1 = term1("communiquer", CV_LANG_FR);
  g_autofree char *t2 = term1("communicables", CV_LANG_FR);
  g_assert_cmpstr(t1, !=, t2);
  g_autoptr(GArray) h1 = search(fx, "communiquer les pièces", 10);
  g_assert_true(hit_is(h1, 0, 100, 0)); /* pièces + ~commu */
  g_autoptr(GArray) h2 = search(fx, "Peut-on communiquer?", 10);
  g_assert_cmpuint(h2->len, ==, 2);
  g_assert_true(hit_is(h2, 0, 102, 0)); /* the exact term first */
  g_assert_true(hit_is(h2, 1, 100, 0)); /* then the family */
  g_assert_cmpfloat(g_array_index(h2, CvIndexHit, 1).score, <,
                    0.5 * g_array_index(h2, CvIndexHit, 0).score);
  /* negatives: a short term has no prefix ("greffe" -> "greff", so
   * "greffier" does not find it), nor does a short query term ("régis" ->
   * "reg") find the longer ones that start like it */
  g_autoptr(GArray) h3 = search(fx, "greffier", 10);
  g_assert_cmpuint(h3->len, ==, 0);
  g_autoptr(GArray) h4 = search(fx, "régis", 10);
  g_assert_cmpuint(h4->len, ==, 0);
  /* a prefix is only a hint: an unrelated word of the same prefix
   * ("communautés") finds the family at a low score, below any exact
   * term of the query */
  g_autoptr(GArray) h5 = search(fx, "communautés registres", 10);
  g_assert_true(hit_is(h5, 0, 101, 0) || hit_is(h5, 0, 102, 0));
  g_assert_false(hit_is(h5, 0, 100, 0));
}

typedef struct {
  guint8 refused[16]; /* raw id refused */
  guint calls;
} AcceptCount;

static gboolean
accept_count(const guint8 *raw_id, gpointer user_data)
{
  AcceptCount *a = user_data;
  a->calls++;
  return memcmp(raw_id, a->refused, 16) != 0;
}

/* A filter is asked once per document, however many of its chunks and
 * of the query's terms matched; a refused document's chunks are neither
 * results nor counted in the total. */
static void
test_index_filter_once(Fixture *fx, gconstpointer data)
{
  const char *a[3] = { "castor barrage", "barrage rivière", "castor rivière" };
  add_doc(fx, 100, a, 3);
  add_doc(fx, 101, a, 3);
  const char *b[1] = { "le castor seul" };
  add_doc(fx, 102, b, 1);
  char hex[CV_DOC_ID_LEN + 1];
  doc_id_for(101, hex);
  AcceptCount ac = { { 0 }, 0 };
  for (guint i = 0; i < 16; i++)
    ac.refused[i] = (guint8)g_ascii_strtoull(
        (char[]){ hex[2 * i], hex[2 * i + 1], 0 }, NULL, 16);
  GError *error = NULL;
  guint64 total = 0;
  g_autoptr(GArray) h =
      cv_index_search_filtered(fx->index, "castor barrage rivière", 10,
                               accept_count, &ac, &total, NULL, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(ac.calls, ==, 3); /* three documents */
  g_assert_cmpuint(total, ==, 4);    /* 3 chunks of 100, 1 of 102 */
  g_assert_cmpuint(h->len, ==, 4);
  for (guint i = 0; i < h->len; i++)
    g_assert_cmpstr(g_array_index(h, CvIndexHit, i).doc_id, !=, hex);
  /* the memo is per search: the next one asks again */
  ac.calls = 0;
  g_autoptr(GArray) h2 = cv_index_search_filtered(
      fx->index, "castor", 10, accept_count, &ac, NULL, NULL, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(ac.calls, ==, 3);
  g_assert_cmpuint(h2->len, ==, 3);
}

/* A raw id from the hex id of doc_id_for(@id). */
static void
raw_of(guint id, guint8 raw[16])
{
  char hex[CV_DOC_ID_LEN + 1];
  doc_id_for(id, hex);
  for (guint i = 0; i < 16; i++)
    raw[i] = (guint8)g_ascii_strtoull((char[]){ hex[2 * i], hex[2 * i + 1], 0 },
                                      NULL, 16);
}

static gboolean
hits_have(GArray *h, guint id)
{
  char hex[CV_DOC_ID_LEN + 1];
  doc_id_for(id, hex);
  for (guint i = 0; i < h->len; i++)
    if (strcmp(g_array_index(h, CvIndexHit, i).doc_id, hex) == 0)
      return TRUE;
  return FALSE;
}

/* A filter's decisions kept between searches (cv_index_search_keyed):
 * asked once per document for all searches with the same key, asked for
 * a document added since, not mixed between keys (more keys than are kept
 * included), a removed document's chunks gone whatever was decided, and
 * dropped by cv_index_filter_forget. */
static void
test_index_filter_kept(Fixture *fx, gconstpointer data)
{
  const char *a[2] = { "castor barrage", "castor rivière" };
  add_doc(fx, 100, a, 2);
  add_doc(fx, 101, a, 2);
  add_doc(fx, 102, a, 2);
  AcceptCount r101 = { { 0 }, 0 }, r100 = { { 0 }, 0 };
  raw_of(101, r101.refused);
  raw_of(100, r100.refused);
  GError *error = NULL;
  for (guint round = 0; round < 3; round++) {
    g_autoptr(GArray) h =
        cv_index_search_keyed(fx->index, round == 1 ? "barrage" : "castor", 10,
                              accept_count, &r101, "not-101", NULL, NULL, &error);
    g_assert_no_error(error);
    g_assert_false(hits_have(h, 101));
    g_assert_true(hits_have(h, 100) && hits_have(h, 102));
  }
  g_assert_cmpuint(r101.calls, ==, 3); /* once per document, not per search */
  /* another key asks again and decides otherwise */
  g_autoptr(GArray) h2 =
      cv_index_search_keyed(fx->index, "castor", 10, accept_count, &r100,
                            "not-100", NULL, NULL, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(r100.calls, ==, 3);
  g_assert_true(hits_have(h2, 101) && !hits_have(h2, 100));
  /* a document added since is asked about; the others are not */
  add_doc(fx, 103, a, 2);
  r101.calls = 0;
  g_autoptr(GArray) h3 =
      cv_index_search_keyed(fx->index, "castor", 10, accept_count, &r101,
                            "not-101", NULL, NULL, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(r101.calls, ==, 1);
  g_assert_true(hits_have(h3, 103) && !hits_have(h3, 101));
  /* a removed document is no result, accepted or not */
  remove_doc(fx, 102);
  g_autoptr(GArray) h4 =
      cv_index_search_keyed(fx->index, "castor", 10, accept_count, &r101,
                            "not-101", NULL, NULL, &error);
  g_assert_no_error(error);
  g_assert_false(hits_have(h4, 102));
  g_assert_true(hits_have(h4, 100) && hits_have(h4, 103));
  /* more keys than are kept: the first is pushed out, then asked again,
   * and still decides right */
  for (guint i = 0; i < 12; i++) {
    AcceptCount none = { { 0 }, 0 };
    g_autofree char *key = g_strdup_printf("other-%u", i);
    g_autoptr(GArray) h = cv_index_search_keyed(
        fx->index, "castor", 10, accept_count, &none, key, NULL, NULL, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(h->len, ==, 6); /* 100, 101, 103: two chunks each */
  }
  r101.calls = 0;
  g_autoptr(GArray) h5 =
      cv_index_search_keyed(fx->index, "castor", 10, accept_count, &r101,
                            "not-101", NULL, NULL, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(r101.calls, ==, 3);
  g_assert_false(hits_have(h5, 101));
  /* forgotten: asked again */
  cv_index_filter_forget(fx->index, "not-101");
  r101.calls = 0;
  g_autoptr(GArray) h6 =
      cv_index_search_keyed(fx->index, "castor", 10, accept_count, &r101,
                            "not-101", NULL, NULL, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(r101.calls, ==, 3);
}

/* Many chunks sharing a term: posting blocks split; all stay found, and
 * the index survives a reopen. */
static void
test_index_many_and_reopen(Fixture *fx, gconstpointer data)
{
  const guint n = 1500;
  for (guint i = 0; i < n; i++) {
    g_autofree char *t = g_strdup_printf("Dossier numéro %u concernant la "
                                         "subvention agricole %s", i,
                                         i % 7 == 0 ? "urgente" : "");
    const char *tt[1] = { t };
    add_doc(fx, i, tt, 1);
  }
  g_autoptr(GArray) all = search(fx, "subvention", 1000);
  g_assert_cmpuint(all->len, ==, 1000);
  g_autoptr(GArray) urg = search(fx, "urgentes", 1000);
  g_assert_cmpuint(urg->len, ==, (n + 6) / 7);
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);

  fx_close(fx);
  fx_open(fx);
  g_autoptr(GArray) urg2 = search(fx, "urgente", 1000);
  g_assert_cmpuint(urg2->len, ==, urg->len);
  /* Writing after a reopen appends to the existing blocks. */
  const char *more[1] = { "Une autre subvention urgente" };
  add_doc(fx, n + 1, more, 1);
  g_autoptr(GArray) urg3 = search(fx, "urgente", 1000);
  g_assert_cmpuint(urg3->len, ==, urg->len + 1);
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);
}

/* The same with a tiny writer cache: tails are dropped after each commit
 * and read back from RocksDB, and the results do not change. */
static void
test_index_small_cache(Fixture *fx, gconstpointer data)
{
  cv_index_set_cache_limit(fx->index, 4096);
  const guint n = 600;
  for (guint i = 0; i < n; i++) {
    g_autofree char *t = g_strdup_printf("Permis numéro %u de construction %s %s", i,
                                         i % 5 == 0 ? "commerciale" : "résidentielle",
                                         i % 50 == 0 ? "patrimoniale" : "");
    const char *tt[1] = { t };
    add_doc(fx, i, tt, 1);
  }
  g_autoptr(GArray) a = search(fx, "construction", 1000);
  g_assert_cmpuint(a->len, ==, n);
  g_autoptr(GArray) c = search(fx, "commerciale", 1000);
  g_assert_cmpuint(c->len, ==, n / 5);
  g_autoptr(GArray) p = search(fx, "patrimoniale", 1000);
  g_assert_cmpuint(p->len, ==, n / 50);
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);
}

/* Group commit (cv_index_batch_defer/flush): many documents in one batch,
 * posting blocks overflowing inside the batch, a removal afterwards (its
 * record keeps term hash prefixes), then a fresh reader: the same results
 * as one document per batch. */
static void
test_index_group_commit(Fixture *fx, gconstpointer data)
{
  const guint n = 900, per_batch = 150;
  for (guint b = 0; b < n / per_batch; b++) {
    rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
    cv_index_batch_defer(fx->index);
    /* deferred: the chunks must stay valid until the flush */
    g_autofree CvChunk *chs = g_new0(CvChunk, per_batch);
    g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
    for (guint i = b * per_batch; i < (b + 1) * per_batch; i++) {
      char *t = g_strdup_printf(
          "Permis numéro %u de construction %s %s", i,
          i % 5 == 0 ? "commerciale" : "résidentielle",
          i % 50 == 0 ? "patrimoniale" : "");
      g_ptr_array_add(texts, t);
      char doc[CV_DOC_ID_LEN + 1];
      doc_id_for(i, doc);
      CvChunk *ch = &chs[i - b * per_batch];
      *ch = (CvChunk){ t, strlen(t), 1, 1 };
      GError *error = NULL;
      g_assert_true(cv_index_add_document(fx->index, batch, doc, ch, 1, "fr",
                                          &error));
      g_assert_no_error(error);
    }
    GError *error = NULL;
    g_assert_true(cv_index_batch_flush(fx->index, batch, &error));
    g_assert_no_error(error);
    rocksdb_writeoptions_t *wo = rocksdb_writeoptions_create();
    char *err = NULL;
    rocksdb_write(fx->db, wo, batch, &err);
    g_assert_null(err);
    cv_index_batch_committed(fx->index);
    rocksdb_writeoptions_destroy(wo);
    rocksdb_writebatch_destroy(batch);
  }
  g_autoptr(GArray) a = search(fx, "construction", 1000);
  g_assert_cmpuint(a->len, ==, n);
  g_autoptr(GArray) c = search(fx, "commerciale", 1000);
  g_assert_cmpuint(c->len, ==, n / 5);
  remove_doc(fx, 50);
  remove_doc(fx, 55);
  g_autoptr(GArray) p = search(fx, "patrimoniale", 1000);
  g_assert_cmpuint(p->len, ==, n / 50 - 1);
  /* one more batch after the removal, through the writer's cache */
  const char *t[1] = { "Permis de construction patrimoniale" };
  add_doc(fx, n + 1, t, 1);
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);
  CvIndex *fresh = cv_index_new(fx->db, fx->cfs[1], "test", fx->ikey, fx->ekey);
  GError *error = NULL;
  g_autoptr(GArray) a2 = cv_index_search(fresh, "construction", 1000, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(a2->len, ==, n - 2 + 1);
  g_autoptr(GArray) p2 = cv_index_search(fresh, "patrimoniale", 1000, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(p2->len, ==, n / 50 - 1 + 1);
  g_autoptr(GArray) c2 = cv_index_search(fresh, "commerciale", 1000, &error);
  g_assert_no_error(error);
  g_assert_cmpuint(c2->len, ==, n / 5 - 2);
  cv_index_free(fresh);
}

static void
count_problem(const char *collection, const char *record, const char *problem,
              gpointer user_data)
{
  (*(int *)user_data)++;
}

static void
test_index_verify_tamper(Fixture *fx, gconstpointer data)
{
  const char *t[1] = { "Un texte quelconque sur la gestion documentaire" };
  add_doc(fx, 1, t, 1);
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);
  /* Corrupt one value in place. */
  rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
  rocksdb_iterator_t *it = rocksdb_create_iterator_cf(fx->db, ro, fx->cfs[1]);
  rocksdb_iter_seek_to_first(it);
  g_assert_true(rocksdb_iter_valid(it));
  size_t klen, vlen;
  const char *k = rocksdb_iter_key(it, &klen);
  const char *v = rocksdb_iter_value(it, &vlen);
  g_autofree char *key = g_memdup2(k, klen);
  g_autofree char *val = g_memdup2(v, vlen);
  rocksdb_iter_destroy(it);
  rocksdb_readoptions_destroy(ro);
  val[vlen / 2] ^= 1;
  rocksdb_writeoptions_t *wo = rocksdb_writeoptions_create();
  char *err = NULL;
  rocksdb_put_cf(fx->db, wo, fx->cfs[1], key, klen, val, vlen, &err);
  g_assert_null(err);
  rocksdb_writeoptions_destroy(wo);
  int problems = 0;
  g_assert_cmpint(cv_index_verify(fx->index, count_problem, &problems), ==, 1);
  g_assert_cmpint(problems, ==, 1);
}

static gboolean
file_contains(const char *path, const char *needle)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents(path, &data, &len, NULL))
    return FALSE;
  gsize nl = strlen(needle);
  for (gsize i = 0; i + nl <= len; i++)
    if (g_ascii_strncasecmp(data + i, needle, nl) == 0)
      return TRUE;
  return FALSE;
}

static void
test_index_no_plaintext(Fixture *fx, gconstpointer data)
{
  const char *t[2] = {
    "Le xylophoniste Quetzalcoatl joue du xylophone dans la salle.",
    "Zanzibarite et xylophones.",
  };
  for (guint i = 0; i < 30; i++)
    add_doc(fx, i, t, 2);
  /* Flush the memtable so everything is in SST files too. */
  rocksdb_flushoptions_t *fo = rocksdb_flushoptions_create();
  rocksdb_flushoptions_set_wait(fo, 1);
  char *err = NULL;
  rocksdb_flush_cf(fx->db, fo, fx->cfs[1], &err);
  g_assert_null(err);
  rocksdb_flushoptions_destroy(fo);
  g_autoptr(GArray) h = search(fx, "quetzalcoatl", 100);
  g_assert_cmpuint(h->len, ==, 30);
  fx_close(fx);
  GDir *d = g_dir_open(fx->dir, 0, NULL);
  g_assert_nonnull(d);
  const char *name;
  guint n_files = 0;
  while ((name = g_dir_read_name(d))) {
    g_autofree char *p = g_build_filename(fx->dir, name, NULL);
    n_files++;
    g_assert_false(file_contains(p, "xylophon"));
    g_assert_false(file_contains(p, "quetzal"));
    g_assert_false(file_contains(p, "zanzibar"));
  }
  g_dir_close(d);
  g_assert_cmpuint(n_files, >, 2);
  fx_open(fx);
}

static void
test_index_delete(Fixture *fx, gconstpointer data)
{
  for (guint i = 0; i < 10; i++) {
    const char *t[1] = { filler[i % G_N_ELEMENTS(filler)] };
    add_doc(fx, i, t, 1);
  }
  const char *a[3] = { "Le pélican survole le port.", "Rien.",
                       "Un pélican et une mouette." };
  add_doc(fx, 50, a, 3);
  const char *b[1] = { "La mouette du port." };
  add_doc(fx, 51, b, 1);
  g_autoptr(GArray) h1 = search(fx, "pélican mouette", 10);
  g_assert_cmpuint(h1->len, ==, 3);
  remove_doc(fx, 50);
  g_autoptr(GArray) h2 = search(fx, "pélican", 10);
  g_assert_cmpuint(h2->len, ==, 0);
  g_autoptr(GArray) h3 = search(fx, "pélican mouette", 10);
  g_assert_cmpuint(h3->len, ==, 1);
  g_assert_true(hit_is(h3, 0, 51, 0));
  /* The postings are gone from RocksDB, not just hidden: reopen and add a
   * document that reuses the terms. */
  fx_close(fx);
  fx_open(fx);
  g_autoptr(GArray) h4 = search(fx, "pélican", 10);
  g_assert_cmpuint(h4->len, ==, 0);
  const char *c[1] = { "Encore un pélican." };
  add_doc(fx, 52, c, 1);
  g_autoptr(GArray) h5 = search(fx, "pélican", 10);
  g_assert_cmpuint(h5->len, ==, 1);
  g_assert_true(hit_is(h5, 0, 52, 0));
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);
  /* Removing an unknown document is not an error. */
  remove_doc(fx, 999);
}

static void
test_index_abort(Fixture *fx, gconstpointer data)
{
  const char *a[1] = { "Le hérisson traverse la route." };
  add_doc(fx, 1, a, 1);
  /* Build a batch, then drop it. */
  char doc[CV_DOC_ID_LEN + 1];
  doc_id_for(2, doc);
  CvChunk ch = { "Le hérisson et la belette.", 27, 1, 1 };
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  g_assert_true(cv_index_add_document(fx->index, batch, doc, &ch, 1, "fr", NULL));
  rocksdb_writebatch_destroy(batch);
  cv_index_batch_aborted(fx->index);
  const char *c[1] = { "Une autre belette et un hérisson." };
  add_doc(fx, 3, c, 1);
  g_autoptr(GArray) h = search(fx, "hérisson", 10);
  g_assert_cmpuint(h->len, ==, 2);
  g_autoptr(GArray) b = search(fx, "belette", 10);
  g_assert_cmpuint(b->len, ==, 1);
  g_assert_true(hit_is(b, 0, 3, 0));
  fx_close(fx);
  fx_open(fx);
  g_autoptr(GArray) h2 = search(fx, "hérisson belette", 10);
  g_assert_cmpuint(h2->len, ==, 2);
}

typedef struct {
  Fixture *fx;
  GArray *expected;
  gint failures;
} ThreadArg;

static gpointer
search_thread(gpointer data)
{
  ThreadArg *arg = data;
  for (guint i = 0; i < 200; i++) {
    GArray *h = cv_index_search(arg->fx->index, "subvention agricole urgente", 20, NULL);
    gboolean same = h && h->len == arg->expected->len;
    for (guint j = 0; same && j < h->len; j++) {
      CvIndexHit *x = &g_array_index(h, CvIndexHit, j);
      CvIndexHit *y = &g_array_index(arg->expected, CvIndexHit, j);
      same = strcmp(x->doc_id, y->doc_id) == 0 &&
             x->chunk_index == y->chunk_index && x->score == y->score;
    }
    if (!same)
      g_atomic_int_inc(&arg->failures);
    if (h)
      g_array_unref(h);
  }
  return NULL;
}

static void
test_index_threads(Fixture *fx, gconstpointer data)
{
  for (guint i = 0; i < 300; i++) {
    g_autofree char *t = g_strdup_printf("Demande %u de subvention %s %s", i,
                                         i % 3 ? "agricole" : "culturelle",
                                         i % 5 ? "" : "urgente");
    const char *tt[1] = { t };
    add_doc(fx, i, tt, 1);
  }
  /* Reopen so the first searches race to load the chunk table. */
  fx_close(fx);
  fx_open(fx);
  ThreadArg arg = { fx, NULL, 0 };
  {
    Fixture probe = *fx;
    probe.index = cv_index_new(fx->db, fx->cfs[1], "test", fx->ikey, fx->ekey);
    arg.expected = cv_index_search(probe.index, "subvention agricole urgente", 20, NULL);
    cv_index_free(probe.index);
  }
  g_assert_cmpuint(arg.expected->len, ==, 20);
  GThread *threads[6];
  for (guint i = 0; i < G_N_ELEMENTS(threads); i++)
    threads[i] = g_thread_new("search", search_thread, &arg);
  for (guint i = 0; i < G_N_ELEMENTS(threads); i++)
    g_thread_join(threads[i]);
  g_assert_cmpint(arg.failures, ==, 0);
  g_array_unref(arg.expected);
}

static void
test_index_other_key(Fixture *fx, gconstpointer data)
{
  const char *a[1] = { "Le renard et le corbeau." };
  add_doc(fx, 1, a, 1);
  guint8 other[32];
  randombytes_buf(other, sizeof other);
  CvIndex *wrong = cv_index_new(fx->db, fx->cfs[1], "test", fx->ikey, other);
  GError *error = NULL;
  GArray *h = cv_index_search(wrong, "renard", 10, &error);
  g_assert_null(h);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT);
  g_clear_error(&error);
  cv_index_free(wrong);
  /* Another collection name: associated data differ. */
  CvIndex *coll = cv_index_new(fx->db, fx->cfs[1], "other", fx->ikey, fx->ekey);
  h = cv_index_search(coll, "renard", 10, &error);
  g_assert_null(h);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT);
  g_clear_error(&error);
  cv_index_free(coll);
}

static void
test_index_limits(Fixture *fx, gconstpointer data)
{
  GError *error = NULL;
  g_autofree char *big = g_strnfill(10000, 'a');
  GArray *h = cv_index_search(fx->index, big, 10, &error);
  g_assert_null(h);
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID);
  g_clear_error(&error);
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  CvChunk ch = { "x", 1, 1, 1 };
  g_assert_false(cv_index_add_document(fx->index, batch, "not-hex", &ch, 1,
                                       NULL, &error));
  g_assert_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID);
  g_clear_error(&error);
  rocksdb_writebatch_destroy(batch);
  cv_index_batch_aborted(fx->index);
}

/* Writes documents @first .. @first + @n - 1 (one chunk each, text from
 * @text_of) in one group-commit batch. */
typedef char *(*TextFunc)(guint id);

static void
add_batch(Fixture *fx, CvIndex *index, guint first, guint n, TextFunc text_of)
{
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  cv_index_batch_defer(index);
  g_autofree CvChunk *chs = g_new0(CvChunk, n);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
  GError *error = NULL;
  for (guint i = 0; i < n; i++) {
    char *t = text_of(first + i);
    g_ptr_array_add(texts, t);
    chs[i] = (CvChunk){ t, strlen(t), 1, 1 };
    char doc[CV_DOC_ID_LEN + 1];
    doc_id_for(first + i, doc);
    g_assert_true(
        cv_index_add_document(index, batch, doc, &chs[i], 1, "fr", &error));
    g_assert_no_error(error);
  }
  g_assert_true(cv_index_batch_flush(index, batch, &error));
  g_assert_no_error(error);
  rocksdb_writeoptions_t *wo = rocksdb_writeoptions_create();
  char *err = NULL;
  rocksdb_write(fx->db, wo, batch, &err);
  g_assert_null(err);
  cv_index_batch_committed(index);
  rocksdb_writeoptions_destroy(wo);
  rocksdb_writebatch_destroy(batch);
}

static guint
count_records(Fixture *fx, char kind)
{
  guint n = 0;
  rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
  rocksdb_iterator_t *it = rocksdb_create_iterator_cf(fx->db, ro, fx->cfs[1]);
  for (rocksdb_iter_seek_to_first(it); rocksdb_iter_valid(it);
       rocksdb_iter_next(it)) {
    size_t klen;
    const char *k = rocksdb_iter_key(it, &klen);
    n += klen > 0 && k[0] == kind;
  }
  rocksdb_iter_destroy(it);
  rocksdb_readoptions_destroy(ro);
  return n;
}

static guint
n_hits(CvIndex *index, const char *q)
{
  GError *error = NULL;
  GArray *h = cv_index_search(index, q, 1000, &error);
  g_assert_no_error(error);
  guint n = h->len;
  g_array_unref(h);
  return n;
}

static char *
permit_text(guint i)
{
  return g_strdup_printf("Permis numéro %u de construction %s %s", i,
                         i % 5 == 0 ? "commerciale" : "résidentielle",
                         i % 50 == 0 ? "patrimoniale" : "");
}

/* The posting log: batches leave their postings in 'L' records (no tail
 * block rewritten), a reader that never wrote finds them, a writer of a
 * later process folds them first, and after a fold no 'L' record is
 * left and every result is unchanged. */
static void
test_index_log_reopen(Fixture *fx, gconstpointer data)
{
  for (guint b = 0; b < 6; b++)
    add_batch(fx, fx->index, b * 50, 50, permit_text);
  g_assert_cmpuint(count_records(fx, 'L'), ==, 6);
  g_assert_cmpuint(n_hits(fx->index, "construction"), ==, 300);
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);
  /* a crash: the process ends without folding */
  fx_close(fx);
  fx_open(fx);
  g_assert_cmpuint(count_records(fx, 'L'), ==, 6);
  g_assert_cmpuint(n_hits(fx->index, "construction"), ==, 300);
  g_assert_cmpuint(n_hits(fx->index, "commerciale"), ==, 60);
  g_assert_cmpuint(n_hits(fx->index, "patrimoniale"), ==, 6);
  /* the next writer folds the old log, then logs its own batch */
  add_batch(fx, fx->index, 300, 50, permit_text);
  g_assert_cmpuint(count_records(fx, 'L'), ==, 1);
  g_assert_cmpuint(n_hits(fx->index, "construction"), ==, 350);
  g_assert_cmpuint(n_hits(fx->index, "patrimoniale"), ==, 7);
  /* a reader created before the fold still reads right after it */
  CvIndex *reader = cv_index_new(fx->db, fx->cfs[1], "test", fx->ikey, fx->ekey);
  g_assert_cmpuint(n_hits(reader, "commerciale"), ==, 70);
  GError *error = NULL;
  g_assert_true(cv_index_fold(fx->index, &error));
  g_assert_no_error(error);
  g_assert_cmpuint(count_records(fx, 'L'), ==, 0);
  g_assert_cmpuint(n_hits(reader, "commerciale"), ==, 70);
  g_assert_cmpuint(n_hits(reader, "construction"), ==, 350);
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);
  cv_index_free(reader);
}

static char *
urgent_text(guint i)
{
  return g_strdup_printf("Dossier %u de subvention agricole %s", i,
                         i % 3 == 0 ? "urgente" : "");
}

/* Across folds (LOG_MAX_RECORDS batches) and posting blocks filling in
 * between, the count of a term is right after every batch, for the
 * writer and for a fresh reader. */
static void
test_index_log_folds(Fixture *fx, gconstpointer data)
{
  guint n = 0, per = 3;
  for (guint b = 0; b < 600; b++) {
    add_batch(fx, fx->index, n, per, urgent_text);
    n += per;
    g_assert_cmpuint(n_hits(fx->index, "urgente"), ==, MIN((n + 2) / 3, 1000));
    g_assert_cmpuint(n_hits(fx->index, "subvention"), ==, MIN(n, 1000));
    if (b % 97 == 0) {
      CvIndex *fresh =
          cv_index_new(fx->db, fx->cfs[1], "test", fx->ikey, fx->ekey);
      g_assert_cmpuint(n_hits(fresh, "urgente"), ==, MIN((n + 2) / 3, 1000));
      cv_index_free(fresh);
    }
  }
  g_assert_cmpuint(count_records(fx, 'L'), <, 256);
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);
  /* a removal folds first, then drops the postings */
  remove_doc(fx, 3);
  g_assert_cmpuint(count_records(fx, 'L'), ==, 0);
  GError *error = NULL;
  GArray *h = cv_index_search(fx->index, "dossier 3 urgente", 1, &error);
  g_assert_no_error(error);
  g_assert_false(hit_is(h, 0, 3, 0));
  g_array_unref(h);
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);
}

typedef struct {
  Fixture *fx;
  gint stop;
  gint failures;
  guint written; /* documents committed (atomic) */
} RaceArg;

static gpointer
race_search(gpointer data)
{
  RaceArg *arg = data;
  while (!g_atomic_int_get(&arg->stop)) {
    guint before = (guint)g_atomic_int_get(&arg->written);
    GError *error = NULL;
    GArray *h = cv_index_search(arg->fx->index, "urgente", 1000, &error);
    guint after = (guint)g_atomic_int_get(&arg->written);
    /* between what was committed before and after the search, never a
     * posting twice (a fold racing the search) */
    if (!h || h->len < MIN((before + 2) / 3, 1000) ||
        h->len > MIN((after + 2) / 3 + 3, 1000))
      g_atomic_int_inc(&arg->failures);
    g_clear_error(&error);
    if (h)
      g_array_unref(h);
  }
  return NULL;
}

/* Searches on other threads while the writer logs and folds. */
static void
test_index_log_race(Fixture *fx, gconstpointer data)
{
  RaceArg arg = { fx, 0, 0, 0 };
  GThread *threads[3];
  for (guint i = 0; i < G_N_ELEMENTS(threads); i++)
    threads[i] = g_thread_new("search", race_search, &arg);
  guint n = 0;
  for (guint b = 0; b < 300; b++) { /* a fold at the 256th */
    add_batch(fx, fx->index, n, 3, urgent_text);
    n += 3;
    g_atomic_int_set(&arg.written, (gint)n);
  }
  g_atomic_int_set(&arg.stop, 1);
  for (guint i = 0; i < G_N_ELEMENTS(threads); i++)
    g_thread_join(threads[i]);
  g_assert_cmpint(arg.failures, ==, 0);
}

/* A document indexes at most max(65536, bytes / 256) distinct terms (the
 * first ones): memory and index size stay bounded for a document of
 * millions of distinct numbers.  The document has two slices (> 1 MiB). */
static void
test_index_doc_terms_cap(Fixture *fx, gconstpointer data)
{
  const guint n_words = 70000, per_chunk = 1000;
  guint n_chunks = n_words / per_chunk;
  g_autofree CvChunk *chs = g_new0(CvChunk, n_chunks);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
  for (guint c = 0; c < n_chunks; c++) {
    GString *t = g_string_new(NULL);
    for (guint i = c * per_chunk; i < (c + 1) * per_chunk; i++)
      g_string_append_printf(t, "zq%06u commun ", i);
    g_ptr_array_add(texts, t->str);
    chs[c] = (CvChunk){ t->str, t->len, 1, 1 };
    g_string_free(t, FALSE);
  }
  char doc[CV_DOC_ID_LEN + 1];
  doc_id_for(1, doc);
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  cv_index_batch_defer(fx->index);
  GError *error = NULL;
  g_assert_true(cv_index_add_document(fx->index, batch, doc, chs, n_chunks,
                                      "fr", &error));
  g_assert_true(cv_index_batch_flush(fx->index, batch, &error));
  g_assert_no_error(error);
  rocksdb_writeoptions_t *wo = rocksdb_writeoptions_create();
  char *err = NULL;
  rocksdb_write(fx->db, wo, batch, &err);
  g_assert_null(err);
  cv_index_batch_committed(fx->index);
  rocksdb_writeoptions_destroy(wo);
  rocksdb_writebatch_destroy(batch);
  g_assert_cmpuint(n_hits(fx->index, "zq000000"), ==, 1);
  g_assert_cmpuint(n_hits(fx->index, "zq065000"), ==, 1);
  g_assert_cmpuint(n_hits(fx->index, "zq069999"), ==, 0);
  g_assert_cmpuint(n_hits(fx->index, "commun"), ==, n_chunks);
  /* removal still finds every indexed term */
  remove_doc(fx, 1);
  g_assert_cmpuint(n_hits(fx->index, "commun"), ==, 0);
  g_assert_cmpuint(n_hits(fx->index, "zq000000"), ==, 0);
  g_assert_cmpint(cv_index_verify(fx->index, NULL, NULL), ==, 0);
}

/* --- HTTP API (needs the built `caviar`) --- */

/* One HTTP/1.0 request; returns the status code, or 0 on failure. */
static guint
http_status(const char *host, guint16 port, const char *method, const char *path,
            const char *token, const char *body)
{
  g_autoptr(GSocketClient) client = g_socket_client_new();
  g_socket_client_set_timeout(client, 20);
  g_autoptr(GSocketConnection) conn =
      g_socket_client_connect_to_host(client, host, port, NULL, NULL);
  if (!conn)
    return 0;
  g_autoptr(GString) req = g_string_new(NULL);
  g_string_append_printf(req, "%s %s HTTP/1.0\r\nHost: %s\r\n", method, path, host);
  if (token)
    g_string_append_printf(req, "Authorization: Bearer %s\r\n", token);
  if (body)
    g_string_append_printf(req, "Content-Type: application/json\r\n"
                                "Content-Length: %zu\r\n", strlen(body));
  g_string_append(req, "\r\n");
  if (body)
    g_string_append(req, body);
  GOutputStream *out = g_io_stream_get_output_stream(G_IO_STREAM(conn));
  if (!g_output_stream_write_all(out, req->str, req->len, NULL, NULL, NULL))
    return 0;
  GInputStream *in = g_io_stream_get_input_stream(G_IO_STREAM(conn));
  char buf[64] = { 0 };
  gsize got = 0;
  if (!g_input_stream_read_all(in, buf, sizeof buf - 1, &got, NULL, NULL) || got < 12)
    return 0;
  /* "HTTP/1.x NNN" */
  return (guint)g_ascii_strtoull(buf + 9, NULL, 10);
}

static char *
run_caviar(const char *const *args, const char *env_store, int *status)
{
  g_autoptr(GSubprocessLauncher) l =
      g_subprocess_launcher_new(G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autofree char *store = g_build_filename(env_store, "store", NULL);
  g_autofree char *key = g_build_filename(env_store, "master.key", NULL);
  g_autofree char *cfg = g_build_filename(env_store, "config", NULL);
  g_subprocess_launcher_setenv(l, "CAVIAR_STORE", store, TRUE);
  g_subprocess_launcher_setenv(l, "CAVIAR_KEY_FILE", key, TRUE);
  g_subprocess_launcher_setenv(l, "XDG_CONFIG_HOME", cfg, TRUE);
  g_subprocess_launcher_unsetenv(l, "CAVIAR_CONFIG");
  g_autoptr(GSubprocess) p = g_subprocess_launcher_spawnv(l, args, NULL);
  if (!p) {
    *status = -1;
    return NULL;
  }
  char *out = NULL;
  g_subprocess_communicate_utf8(p, NULL, NULL, &out, NULL, NULL);
  *status = g_subprocess_get_if_exited(p) ? g_subprocess_get_exit_status(p) : -1;
  return out;
}

static void
test_http_tokens(void)
{
  const char *bin = g_getenv("CAVIAR_BIN");
  if (!bin || !g_file_test(bin, G_FILE_TEST_IS_EXECUTABLE)) {
    g_test_skip("CAVIAR_BIN not set");
    return;
  }
  GError *error = NULL;
  g_autofree char *tmp = g_dir_make_tmp("caviar-http-XXXXXX", &error);
  g_assert_no_error(error);
  g_autofree char *docs = g_build_filename(tmp, "docs", NULL);
  g_mkdir(docs, 0700);
  g_autofree char *doc = g_build_filename(docs, "note.txt", NULL);
  g_assert_true(g_file_set_contents(doc, "Le castor construit un barrage sur la rivière.\n",
                                    -1, NULL));
  int st = 0;
  const char *ingest[] = { bin, "ingest", "-q", "--collection", "ville", docs, NULL };
  g_free(run_caviar(ingest, tmp, &st));
  if (st != 0) {
    g_test_skip("caviar ingest not available");
    rm_rf(tmp);
    return;
  }
  const char *mk1[] = { bin, "token", "create", "-q", "--collection", "ville", NULL };
  const char *mk2[] = { bin,        "token",        "create", "-q",
                        "--create", "--collection", "autre",  NULL };
  g_autofree char *tok1 = run_caviar(mk1, tmp, &st);
  g_assert_cmpint(st, ==, 0);
  g_autofree char *tok2 = run_caviar(mk2, tmp, &st);
  g_assert_cmpint(st, ==, 0);
  g_strstrip(tok1);
  g_strstrip(tok2);
  g_assert_true(g_str_has_prefix(tok1, "cvt_"));

  g_autoptr(GSubprocessLauncher) l = g_subprocess_launcher_new(
      G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autofree char *store = g_build_filename(tmp, "store", NULL);
  g_autofree char *key = g_build_filename(tmp, "master.key", NULL);
  g_subprocess_launcher_setenv(l, "CAVIAR_STORE", store, TRUE);
  g_subprocess_launcher_setenv(l, "CAVIAR_KEY_FILE", key, TRUE);
  g_subprocess_launcher_unsetenv(l, "CAVIAR_CONFIG");
  const char *serve[] = { bin, "serve", "--listen", "127.0.0.1:0", NULL };
  g_autoptr(GSubprocess) srv = g_subprocess_launcher_spawnv(l, serve, &error);
  g_assert_no_error(error);
  g_autoptr(GDataInputStream) din =
      g_data_input_stream_new(g_subprocess_get_stdout_pipe(srv));
  g_autofree char *line = g_data_input_stream_read_line(din, NULL, NULL, NULL);
  g_assert_nonnull(line);
  const char *at = strstr(line, "http://127.0.0.1:");
  g_assert_nonnull(at);
  guint16 port = (guint16)g_ascii_strtoull(at + strlen("http://127.0.0.1:"), NULL, 10);
  g_assert_cmpuint(port, >, 0);

  const char *body = "{\"collection\": \"ville\", \"query\": \"castor\", \"k\": 3}";
  g_assert_cmpuint(http_status("127.0.0.1", port, "POST", "/v1/search", NULL, body), ==, 401);
  g_assert_cmpuint(http_status("127.0.0.1", port, "POST", "/v1/search", "cvt_bad", body), ==, 401);
  g_assert_cmpuint(http_status("127.0.0.1", port, "POST", "/v1/search", tok2, body), ==, 403);
  g_assert_cmpuint(http_status("127.0.0.1", port, "POST", "/v1/search", tok1, body), ==, 200);
  g_assert_cmpuint(http_status("127.0.0.1", port, "POST", "/v1/search", tok1, "{"), ==, 400);
  g_assert_cmpuint(http_status("127.0.0.1", port, "GET", "/v1/health", NULL, NULL), ==, 200);

  g_subprocess_send_signal(srv, SIGTERM);
  g_assert_true(g_subprocess_wait(srv, NULL, NULL));
  g_assert_true(g_subprocess_get_if_exited(srv));
  g_assert_cmpint(g_subprocess_get_exit_status(srv), ==, 0);
  rm_rf(tmp);
}

int
main(int argc, char **argv)
{
  g_test_init(&argc, &argv, NULL);
  if (sodium_init() < 0)
    return 1;
  g_test_add_func("/search/tokenize/elisions", test_tokenize_elisions);
  g_test_add_func("/search/tokenize/accents-case", test_tokenize_accents_case);
  g_test_add_func("/search/tokenize/hyphens", test_tokenize_hyphens);
  g_test_add_func("/search/tokenize/length", test_tokenize_length);
  g_test_add_func("/search/tokenize/stop-words", test_tokenize_stop_words);
  g_test_add_func("/search/tokenize/redactions", test_tokenize_redactions);
  g_test_add_func("/search/tokenize/stemming", test_tokenize_stemming);
  g_test_add_func("/search/tokenize/lang", test_tokenize_lang);
  g_test_add_func("/search/tokenize/unaccented-queries",
                  test_tokenize_unaccented_queries);
  g_test_add_func("/search/tokenize/invalid-utf8", test_tokenize_invalid_utf8);
  g_test_add_func("/search/tokenize/random", test_tokenize_random);
  g_test_add_func("/search/tokenize/prefix", test_tokenize_prefix);
  g_test_add_func("/search/tokenize/cache", test_tokenize_cache);
#define ADD(path, fn) \
  g_test_add(path, Fixture, NULL, fx_setup, fn, fx_teardown)
  ADD("/search/index/ranking", test_index_ranking);
  ADD("/search/index/prefix", test_index_prefix);
  ADD("/search/index/filter-once", test_index_filter_once);
  ADD("/search/index/filter-kept", test_index_filter_kept);
  ADD("/search/index/many-and-reopen", test_index_many_and_reopen);
  ADD("/search/index/small-cache", test_index_small_cache);
  ADD("/search/index/group-commit", test_index_group_commit);
  ADD("/search/index/verify-tamper", test_index_verify_tamper);
  ADD("/search/index/no-plaintext", test_index_no_plaintext);
  ADD("/search/index/delete", test_index_delete);
  ADD("/search/index/abort", test_index_abort);
  ADD("/search/index/threads", test_index_threads);
  ADD("/search/index/other-key", test_index_other_key);
  ADD("/search/index/limits", test_index_limits);
  ADD("/search/index/log-reopen", test_index_log_reopen);
  ADD("/search/index/log-folds", test_index_log_folds);
  ADD("/search/index/log-race", test_index_log_race);
  ADD("/search/index/doc-terms-cap", test_index_doc_terms_cap);
  g_test_add_func("/search/http/tokens", test_http_tokens);
  return g_test_run();
}
