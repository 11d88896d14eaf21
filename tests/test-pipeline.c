/* test-pipeline.c — tests of tools/pipeline (cv-pipeline.h): file names
 * escaped and redacted, inputs opened without trusting them (no FIFO read,
 * no link followed inside a tree), the owner's gate (an exclusive writer
 * waits for readers and holds new ones back), and the pipeline itself with
 * a sink of the test's own (every item comes back once, the same content
 * twice is extracted once, a file that is not one fails, a FIFO never
 * blocks), and the CPU time it accounts to each stage.  The extractor
 * workers are this binary re-executed as "extract-worker". */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <time.h>

#include "cv-pipeline.h"

int cv_cmd_extract_worker(int argc, char **argv); /* tools/workers.c */

static char *
make_tmp(void)
{
  GError *error = NULL;
  char *tmp = g_dir_make_tmp("caviar-pipeline-XXXXXX", &error);
  g_assert_no_error(error);
  return tmp;
}

static void
rm_rf(const char *path)
{
  GDir *d = g_dir_open(path, 0, NULL);
  if (d != NULL) {
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL) {
      g_autofree char *child = g_build_filename(path, name, NULL);
      GStatBuf st;
      if (g_lstat(child, &st) == 0 && S_ISDIR(st.st_mode))
        rm_rf(child);
      else
        g_unlink(child);
    }
    g_dir_close(d);
  }
  g_rmdir(path);
}

static void
put(const char *dir, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename(dir, name, NULL);
  g_assert_true(g_file_set_contents(path, text, -1, NULL));
}

/* ---------- names ---------- */

static void
test_escape(void)
{
  g_autofree char *a = cv_pipeline_escape_name("caf\xe9\nx\ty\\z.txt");
  g_assert_true(g_utf8_validate(a, -1, NULL));
  g_assert_null(strchr(a, '\n'));
  g_assert_null(strchr(a, '\t'));
  g_assert_cmpstr(a, ==, "caf\\xE9\\nx\\ty\\z.txt");
  g_autofree char *b = cv_pipeline_escape_name(a);
  g_assert_cmpstr(a, ==, b); /* idempotent */
  g_autofree char *c = cv_pipeline_escape_name("\xe2\x80\xae"
                                               "txt.exe");
  g_assert_cmpstr(c, ==, "\\u202Etxt.exe"); /* no bidi override */
  g_autofree char *d = cv_pipeline_escape_name("Réunion été.pdf");
  g_assert_cmpstr(d, ==, "Réunion été.pdf");
}

static void
test_redact_name(void)
{
  GError *error = NULL;
  g_autoptr(CvRedactor) r = cv_redact_new(CV_REDACT_MODE_LABEL, NULL, 0, &error);
  g_assert_no_error(error);
  const char *names[] = {
    "Plainte Julie Roy NAS 046-454-286.txt",
    "dossiers/Julie Roy/plainte 046 454 286.pdf",
    "Plainte_Julie_Roy_NAS_046454286.txt",
    "Julie Roy - 046.454.286.docx",
  };
  /* not caught: "Roy, Julie" (last name first, no context) — the text
   * engine's limit, reported to redact/ */
  for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
    g_autofree char *red = cv_pipeline_redact_name(r, names[i]);
    g_test_message("%s -> %s", names[i], red);
    g_assert_null(strstr(red, "Julie"));
    g_assert_null(strstr(red, "454"));
  }
  /* a file number that fails the SIN checksum is not a SIN */
  g_autofree char *keep = cv_pipeline_redact_name(r, "dossier 123-456-789.pdf");
  g_assert_cmpstr(keep, ==, "dossier 123-456-789.pdf");
  g_autofree char *nl = cv_pipeline_redact_name(r, "a\nb.txt");
  g_assert_null(strchr(nl, '\n'));
  /* the words of file names (formats, extensions, language and version
   * tags) are no names, in any language guess; names between hyphens are */
  const char *plain[] = {
    "text-pdf-010-fr.pdf", "docs/scan-pdf-003-en.pdf", "docx-011-fr.docx",
    "odt-004-en.odt",      "rapport-final-v2.pdf",     "img-0042-ocr.tiff",
  };
  for (guint i = 0; i < G_N_ELEMENTS(plain); i++) {
    g_autofree char *red = cv_pipeline_redact_name(r, plain[i]);
    g_assert_cmpstr(red, ==, plain[i]);
  }
  const char *named[] = {
    "scan-jean-roy-2024.pdf",
    "josianne-brisebois-notes.txt",
    "plainte-de-marie-tremblay.docx",
  };
  for (guint i = 0; i < G_N_ELEMENTS(named); i++) {
    g_autofree char *red = cv_pipeline_redact_name(r, named[i]);
    g_test_message("%s -> %s", named[i], red);
    g_assert_nonnull(strstr(red, "[PERSONNE]"));
    g_assert_null(strstr(red, "roy"));
    g_assert_null(strstr(red, "brisebois"));
    g_assert_null(strstr(red, "tremblay"));
  }
}

/* ---------- opening ---------- */

static void
test_open(void)
{
  g_autofree char *tmp = make_tmp();
  put(tmp, "file.txt", "hello");
  g_autofree char *fifo = g_build_filename(tmp, "fifo", NULL);
  g_assert_cmpint(mkfifo(fifo, 0600), ==, 0);
  g_autofree char *link = g_build_filename(tmp, "link", NULL);
  g_assert_cmpint(symlink("file.txt", link), ==, 0);
  int dfd = open(tmp, O_RDONLY | O_DIRECTORY);
  GError *error = NULL;
  int fd = cv_pipeline_open(dfd, "file.txt", FALSE, &error);
  g_assert_no_error(error);
  g_assert_cmpint(fd, >=, 0);
  close(fd);
  /* a FIFO nobody writes to: refused at once, never read */
  g_assert_cmpint(cv_pipeline_open(dfd, "fifo", FALSE, &error), ==, -1);
  g_assert_nonnull(strstr(error->message, "FIFO"));
  g_clear_error(&error);
  g_assert_cmpint(cv_pipeline_open(dfd, "fifo", TRUE, &error), ==, -1);
  g_clear_error(&error);
  g_assert_cmpint(cv_pipeline_open(dfd, "link", FALSE, &error), ==, -1);
  g_assert_nonnull(strstr(error->message, "link"));
  g_clear_error(&error);
  fd = cv_pipeline_open(dfd, "link", TRUE, &error); /* named by the user */
  g_assert_no_error(error);
  close(fd);
  g_assert_cmpint(cv_pipeline_open(dfd, ".", FALSE, &error), ==, -1);
  g_clear_error(&error);
  close(dfd);

  /* the walk: sorted, links inside a tree skipped, a missing path one entry */
  g_autofree char *sub = g_build_filename(tmp, "sub", NULL);
  g_mkdir(sub, 0700);
  put(sub, "b.txt", "b");
  put(sub, "a.txt", "a");
  g_autofree char *missing = g_build_filename(tmp, "missing", NULL);
  char *paths[] = { sub, missing };
  g_autoptr(GPtrArray) w = cv_pipeline_walk(paths, 2, NULL);
  g_assert_cmpuint(w->len, ==, 3);
  CvWalkEntry *e0 = g_ptr_array_index(w, 0), *e2 = g_ptr_array_index(w, 2);
  g_assert_cmpstr(e0->source, ==, "sub/a.txt");
  g_assert_null(e0->error);
  g_assert_nonnull(e2->error);
  rm_rf(tmp);
}

/* ---------- the owner's gate ---------- */

typedef struct {
  CvOwner *owner;
  gint inside;   /* readers inside */
  gint violated; /* a reader inside while the writer was exclusive */
  gint writer;
  gint stop;
} Gate;

static gpointer
reader(gpointer data)
{
  Gate *g = data;
  while (!g_atomic_int_get(&g->stop)) {
    cv_owner_read_begin(g->owner);
    g_atomic_int_inc(&g->inside);
    if (g_atomic_int_get(&g->writer))
      g_atomic_int_set(&g->violated, 1);
    g_usleep(200);
    g_atomic_int_dec_and_test(&g->inside);
    cv_owner_read_end(g->owner);
  }
  return NULL;
}

static void
test_gate(void)
{
  g_autofree char *tmp = make_tmp();
  g_autofree char *dir = g_build_filename(tmp, "store", NULL);
  g_autofree char *key = g_build_filename(tmp, "key", NULL);
  CvStoreOptions o = { .dir = dir, .key_file = key, .create_key = TRUE };
  GError *error = NULL;
  CvOwner *owner = cv_owner_open(&o, "test", NULL, NULL, NULL, &error);
  g_assert_no_error(error);
  /* a second writer is refused at once without a wait function */
  g_assert_null(cv_owner_open(&o, "test", NULL, NULL, NULL, &error));
  g_assert_error(error, CV_PIPELINE_ERROR, CV_PIPELINE_ERROR_BUSY);
  g_assert_nonnull(strstr(error->message, "held by PID"));
  g_clear_error(&error);

  Gate g = { owner, 0, 0, 0, 0 };
  GThread *t[4];
  for (guint i = 0; i < G_N_ELEMENTS(t); i++)
    t[i] = g_thread_new("reader", reader, &g);
  for (guint round = 0; round < 50; round++) {
    cv_owner_write_begin(owner);
    cv_owner_exclude_begin(owner);
    g_assert_cmpint(g_atomic_int_get(&g.inside), ==, 0);
    g_atomic_int_set(&g.writer, 1);
    g_usleep(500);
    g_atomic_int_set(&g.writer, 0);
    cv_owner_exclude_end(owner);
    cv_owner_write_end(owner);
    g_usleep(300);
  }
  g_atomic_int_set(&g.stop, 1);
  for (guint i = 0; i < G_N_ELEMENTS(t); i++)
    g_thread_join(t[i]);
  g_assert_cmpint(g.violated, ==, 0);
  cv_owner_unref(owner);
  rm_rf(tmp);
}

/* ---------- the pipeline, with a sink of our own ---------- */

typedef struct {
  CvSink parent;
  CvRedactor *redactor;
  guint commits;    /* documents committed */
  GHashTable *seen; /* content ids */
} TestSink;

static CvItemStatus
t_admit(CvSink *sink, CvItem *item, GBytes *content, GError **error)
{
  TestSink *s = (TestSink *)sink;
  /* a content id of our own: the content itself, hashed */
  g_autofree char *sum = g_compute_checksum_for_bytes(G_CHECKSUM_MD5, content);
  g_strlcpy(item->doc_id, sum, sizeof item->doc_id);
  return g_hash_table_contains(s->seen, sum) ? CV_ITEM_ALREADY : CV_ITEM_PENDING;
}

static const CvRedactor *
t_redactor(CvSink *sink, CvItem *item, GError **error)
{
  return ((TestSink *)sink)->redactor;
}

static void
t_commit(CvSink *sink, CvItem **items, guint n)
{
  TestSink *s = (TestSink *)sink;
  for (guint i = 0; i < n; i++) {
    g_assert_null(strstr(items[i]->red->text, "046 454 286"));
    g_hash_table_add(s->seen, g_strdup(items[i]->doc_id));
    s->commits++;
    items[i]->status = CV_ITEM_STORED;
  }
}

static void
t_free(CvSink *sink)
{
}

static const CvSinkClass t_class = { t_admit, t_redactor, t_commit, t_free };

typedef struct {
  GMutex lock;
  GHashTable *status; /* source -> status */
} Done;

static void
on_done(CvItem *item, gpointer data)
{
  Done *d = data;
  g_mutex_lock(&d->lock);
  g_assert_false(g_hash_table_contains(d->status, item->source));
  g_hash_table_insert(d->status, g_strdup(item->source),
                      GINT_TO_POINTER(item->status));
  g_mutex_unlock(&d->lock);
  cv_item_free(item);
}

static void
test_pipeline(void)
{
  g_autofree char *tmp = make_tmp();
  for (guint i = 0; i < 20; i++) {
    g_autofree char *name = g_strdup_printf("d%02u.txt", i);
    g_autofree char *text =
        g_strdup_printf("Document %u du greffe. NAS : 046 454 286.\n", i % 15);
    put(tmp, name, text); /* five contents twice */
  }
  g_autofree char *fifo = g_build_filename(tmp, "fifo", NULL);
  g_assert_cmpint(mkfifo(fifo, 0600), ==, 0);
  GError *error = NULL;
  TestSink sink = { { &t_class }, NULL, 0, NULL };
  sink.redactor = cv_redact_new(CV_REDACT_MODE_LABEL, NULL, 0, &error);
  sink.seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  Done done = { .status = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                                NULL) };
  g_mutex_init(&done.lock);
  CvPipelineOptions po = { .workers = 2,
                           .timeout_s = 60,
                           .queue = 4,
                           .redact_names = TRUE,
                           .ingest = { .no_ocr = TRUE, .ocr_threads = 1 } };
  CvPipeline *p = cv_pipeline_new(&po, &sink.parent, on_done, &done);
  char *paths[] = { tmp };
  g_autoptr(GPtrArray) w = cv_pipeline_walk(paths, 1, NULL);
  for (guint i = 0; i < w->len; i++) /* blocks while 4 wait: bounded */
    cv_pipeline_submit(p, cv_pipeline_item_for(g_ptr_array_index(w, i)));
  cv_pipeline_drain(p);
  g_assert_cmpuint(cv_pipeline_pending(p), ==, 0);
  cv_pipeline_free(p);
  g_assert_cmpuint(g_hash_table_size(done.status), ==, 21);
  g_assert_cmpuint(sink.commits, ==, 15); /* each content once */
  guint stored = 0, already = 0;
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, done.status);
  while (g_hash_table_iter_next(&it, &k, &v)) {
    CvItemStatus st = GPOINTER_TO_INT(v);
    if (g_str_has_suffix(k, "fifo"))
      g_assert_cmpint(st, ==, CV_ITEM_FAILED);
    else if (st == CV_ITEM_STORED)
      stored++;
    else if (st == CV_ITEM_ALREADY)
      already++;
  }
  g_assert_cmpuint(stored, ==, 15);
  g_assert_cmpuint(already, ==, 5);
  cv_redact_free(sink.redactor);
  g_hash_table_unref(sink.seen);
  g_hash_table_unref(done.status);
  g_mutex_clear(&done.lock);
  rm_rf(tmp);
}

/* ---------- CPU time per stage ---------- */

static gint64
thread_cpu_ns(void)
{
  struct timespec ts;
  g_assert_cmpint(clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts), ==, 0);
  return (gint64)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* A sink that says it spent half of its commits' CPU time indexing. */
typedef struct {
  CvSink parent;
  CvRedactor *redactor;
  guint64 busy_ns, said_ns; /* CPU of its commits, the half it reported */
  guint64 pages;
} CpuSink;

static CvItemStatus
c_admit(CvSink *sink, CvItem *item, GBytes *content, GError **error)
{
  g_autofree char *sum = g_compute_checksum_for_bytes(G_CHECKSUM_MD5, content);
  g_strlcpy(item->doc_id, sum, sizeof item->doc_id);
  return CV_ITEM_PENDING;
}

static const CvRedactor *
c_redactor(CvSink *sink, CvItem *item, GError **error)
{
  return ((CpuSink *)sink)->redactor;
}

static void
c_commit(CvSink *sink, CvItem **items, guint n)
{
  CpuSink *s = (CpuSink *)sink;
  gint64 t0 = thread_cpu_ns();
  for (guint i = 0; i < n; i++) {
    /* some work on the text: a checksum of every chunk, twice */
    for (guint k = 0; k < 2; k++)
      g_free(g_compute_checksum_for_data(G_CHECKSUM_SHA256,
                                         (const guchar *)items[i]->red->text,
                                         items[i]->red->len));
    s->pages += items[i]->n_pages;
    items[i]->status = CV_ITEM_STORED;
  }
  guint64 busy = (guint64)(thread_cpu_ns() - t0);
  s->busy_ns += busy;
  s->said_ns += busy / 2;
  sink->index_cpu_ns += busy / 2;
}

static const CvSinkClass c_class = { c_admit, c_redactor, c_commit, t_free };

static void
free_item(CvItem *item, gpointer data)
{
  g_assert_cmpint(item->status, ==, CV_ITEM_STORED);
  cv_item_free(item);
}

/* A 300-dpi grey scan of a few lines of text, as PNG. */
static void
put_scan(const char *dir, const char *name)
{
  cairo_surface_t *img =
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1275, 600);
  cairo_t *cr = cairo_create(img);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 42);
  cairo_move_to(cr, 60, 150);
  cairo_show_text(cr, "Objet : demande d'acces aux documents");
  cairo_move_to(cr, 60, 300);
  cairo_show_text(cr, "Le comite a recu votre lettre du 3 mars.");
  cairo_destroy(cr);
  g_autofree char *path = g_build_filename(dir, name, NULL);
  g_assert_cmpint(cairo_surface_write_to_png(img, path), ==,
                  CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(img);
}

static void
run_cpu(const char *dir, gboolean ocr, guint64 cpu[CV_STAGE_N], guint64 *pages,
        CpuSink *sink)
{
  GError *error = NULL;
  *sink = (CpuSink){ { &c_class, 0 }, NULL, 0, 0, 0 };
  sink->redactor = cv_redact_new(CV_REDACT_MODE_LABEL, NULL, 0, &error);
  g_assert_no_error(error);
  CvPipelineOptions po = { .workers = 1,
                           .timeout_s = 120,
                           .redact_names = TRUE,
                           .ingest = { .no_ocr = !ocr, .ocr_threads = 1 } };
  CvPipeline *p = cv_pipeline_new(&po, &sink->parent, free_item, NULL);
  char *paths[] = { (char *)dir };
  g_autoptr(GPtrArray) w = cv_pipeline_walk(paths, 1, NULL);
  for (guint i = 0; i < w->len; i++)
    cv_pipeline_submit(p, cv_pipeline_item_for(g_ptr_array_index(w, i)));
  cv_pipeline_drain(p);
  cv_pipeline_cpu(p, cpu, pages);
  cv_pipeline_free(p);
  cv_redact_free(sink->redactor);
}

static void
test_cpu(void)
{
  g_autofree char *tmp = make_tmp();
  /* 8 text files of ~160 KB with identifiers: every stage has work */
  GString *text = g_string_new(NULL);
  for (guint i = 0; i < 2000; i++)
    g_string_append_printf(text,
                           "Dossier %u du greffe, reçu le 3 mars. "
                           "NAS : 046 454 286, courriel a%u@exemple.ca.\n",
                           i, i);
  for (guint i = 0; i < 8; i++) {
    g_autofree char *name = g_strdup_printf("t%u.txt", i);
    g_autofree char *body = g_strdup_printf("%u\n%s", i, text->str);
    put(tmp, name, body);
  }
  g_string_free(text, TRUE);
  guint64 cpu[CV_STAGE_N], pages = 0;
  CpuSink sink;
  run_cpu(tmp, FALSE, cpu, &pages, &sink);
  g_assert_cmpuint(pages, ==, 8);
  g_assert_cmpuint(pages, ==, sink.pages);
  g_assert_cmpuint(cpu[CV_STAGE_DETECT], >, 0);
  g_assert_cmpuint(cpu[CV_STAGE_EXTRACT], >, 0);
  g_assert_cmpuint(cpu[CV_STAGE_OCR], ==, 0); /* none asked for */
  g_assert_cmpuint(cpu[CV_STAGE_REDACT], >, 0);
  g_assert_cmpuint(cpu[CV_STAGE_CHUNK], >, 0);
  /* redacting 1.3 MB costs more than chunking it */
  g_assert_cmpuint(cpu[CV_STAGE_REDACT], >, cpu[CV_STAGE_CHUNK]);
  /* the index is what the sink said; store is the rest of its commits */
  g_assert_cmpuint(cpu[CV_STAGE_INDEX], ==, sink.said_ns);
  g_assert_cmpuint(cpu[CV_STAGE_STORE] + cpu[CV_STAGE_INDEX], >=, sink.busy_ns);
  g_assert_cmpuint(cpu[CV_STAGE_STORE], >, 0);
  for (guint s = 0; s < CV_STAGE_N; s++)
    g_assert_cmpstr(cv_stage_name((CvStage)s), !=, "?");

  /* one scanned page: its CPU time is OCR's, not the reading's */
  rm_rf(tmp);
  g_assert_cmpint(g_mkdir(tmp, 0700), ==, 0);
  put_scan(tmp, "scan.png");
  run_cpu(tmp, TRUE, cpu, &pages, &sink);
  g_assert_cmpuint(pages, ==, 1);
  g_assert_cmpuint(cpu[CV_STAGE_OCR], >, 0);
  g_test_message("ocr %" G_GUINT64_FORMAT " extract %" G_GUINT64_FORMAT
                 " detect %" G_GUINT64_FORMAT,
                 cpu[CV_STAGE_OCR], cpu[CV_STAGE_EXTRACT], cpu[CV_STAGE_DETECT]);
  g_assert_cmpuint(cpu[CV_STAGE_OCR], >, 10 * cpu[CV_STAGE_EXTRACT]);
  g_assert_cmpuint(cpu[CV_STAGE_DETECT], >, 0);
  rm_rf(tmp);
}

int
main(int argc, char **argv)
{
  if (argc >= 2 && strcmp(argv[1], "extract-worker") == 0)
    return cv_cmd_extract_worker(argc - 1, argv + 1);
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/pipeline/names/escape", test_escape);
  g_test_add_func("/pipeline/names/redact", test_redact_name);
  g_test_add_func("/pipeline/open", test_open);
  g_test_add_func("/pipeline/owner/gate", test_gate);
  g_test_add_func("/pipeline/run", test_pipeline);
  g_test_add_func("/pipeline/cpu", test_cpu);
  return g_test_run();
}
