/* ocr-bench.c — throughput benchmark of caviar's OCR stage (ocr/).
 *
 * OCRs every page of the given image files (PNG, PGM, TIFF, JPEG...) with
 * T threads, each owning one CvOcrEngine initialised once, as ingest/ does.
 * Prints one summary line: pages, threads, wall time, pages/s, engine
 * initialisation time, mean confidence, peak RSS.  With --print, also
 * prints each page's text on stdout (pages separated by form feeds, in
 * input order) for accuracy scoring; without it nothing of the text leaves
 * memory.
 *
 *   ocr-bench [-t THREADS] [-r REPEAT] [--no-orientation] [--no-smoothing]
 *             [--no-cleaning] [--clean-steps MASK] [--no-second-pass] [--trace]
 *             [--print] FILE...
 *
 * --trace prints, for each page, what the engine measured and did
 * (resolution, paper and ink levels, specks, skew, cleaning steps, passes,
 * confidences, milliseconds): numbers only, never page text.
 */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "cv-ocr.h"
#include "ocr-private.h" /* cv_ocr_engine_set_smoothing (ablation) */

typedef struct {
  GBytes *bytes; /* the file */
  const char *name; /* its path */
  guint page;    /* page within it */
  char *text;    /* result (with --print) */
  float conf;
} Job;

typedef struct {
  GPtrArray *jobs;
  gint next;          /* next job index (atomic) */
  gboolean orientation;
  gboolean smoothing;
  gboolean cleaning;
  guint clean_mask;
  gboolean second_pass;
  gboolean trace;
  gboolean keep_text;
  double init_s;      /* sum over threads */
  double conf_sum;
  guint pages_done;
  guint failures;
  GMutex lock;
} Bench;

static gpointer
worker(gpointer data)
{
  Bench *b = data;
  CvOcrOptions opts;
  cv_ocr_options_init(&opts);
  opts.detect_orientation = b->orientation;
  gint64 t0 = g_get_monotonic_time();
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOcrEngine) engine = cv_ocr_engine_new(&opts, &error);
  if (engine == NULL) {
    g_printerr("ocr-bench: %s\n", error->message);
    exit(1);
  }
  cv_ocr_engine_set_smoothing(engine, b->smoothing);
  cv_ocr_engine_set_cleaning(engine, b->cleaning ? b->clean_mask : 0,
                             b->second_pass);
  double init_s = (g_get_monotonic_time() - t0) / 1e6;
  double conf_sum = 0;
  guint done = 0, failed = 0;
  for (;;) {
    gint i = g_atomic_int_add(&b->next, 1);
    if (i >= (gint)b->jobs->len)
      break;
    Job *job = g_ptr_array_index(b->jobs, i);
    float conf = 0;
    g_autoptr(GError) perr = NULL;
    gint64 t1 = g_get_monotonic_time();
    char *text = cv_ocr_recognize_image(engine, job->bytes, job->page, &conf, &perr);
    if (b->trace) {
      CvOcrPageInfo info;
      cv_ocr_engine_last_page_info(engine, &info);
      g_autoptr(GString) line = g_string_new(NULL);
      cv_ocr_clean_stats_describe(&info.stats, line);
      g_printerr(
          "trace %s:%u %s planned=%#x applied=%#x passes=%u conf=%d/%d/%d%s "
          "words=%u dict=%u%s ms=%.0f\n",
          job->name, job->page + 1, line->str, info.planned, info.applied,
          info.passes, info.first_conf, info.second_conf, info.conf,
          info.kept_second ? " kept-second" : "", info.words, info.dict_words,
          info.osd ? " osd" : "", (g_get_monotonic_time() - t1) / 1e3);
    }
    if (text == NULL) {
      g_printerr("ocr-bench: page failed: %s\n", perr->message);
      failed++;
      continue;
    }
    job->conf = conf;
    conf_sum += conf;
    done++;
    if (b->keep_text)
      job->text = text;
    else
      g_free(text);
  }
  g_mutex_lock(&b->lock);
  b->init_s += init_s;
  b->conf_sum += conf_sum;
  b->pages_done += done;
  b->failures += failed;
  g_mutex_unlock(&b->lock);
  return NULL;
}

int
main(int argc, char **argv)
{
  gint threads = 1, repeat = 1;
  gboolean no_orientation = FALSE, no_smoothing = FALSE, print = FALSE;
  gboolean no_cleaning = FALSE, no_second_pass = FALSE, trace = FALSE;
  gint clean_mask = CV_OCR_CLEAN_ALL;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "threads", 't', 0, G_OPTION_ARG_INT, &threads,
      "OCR threads (one engine each)", "T" },
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat, "OCR the page list R times",
      "R" },
    { "no-orientation", 0, 0, G_OPTION_ARG_NONE, &no_orientation,
      "skip orientation detection", NULL },
    { "no-smoothing", 0, 0, G_OPTION_ARG_NONE, &no_smoothing,
      "skip the 3x3 smoothing (ablation)", NULL },
    { "no-cleaning", 0, 0, G_OPTION_ARG_NONE, &no_cleaning,
      "no cleaning before recognition (ablation)", NULL },
    { "clean-steps", 0, 0, G_OPTION_ARG_INT, &clean_mask,
      "cleaning steps allowed, a bit mask (1 background, 2 specks, "
      "4 upscale, 8 deskew, 16 median, 32 bilevel as grey)",
      "MASK" },
    { "no-second-pass", 0, 0, G_OPTION_ARG_NONE, &no_second_pass,
      "no second reading of pages that read badly (ablation)", NULL },
    { "trace", 0, 0, G_OPTION_ARG_NONE, &trace,
      "per page: measurements, steps, passes (stderr)", NULL },
    { "print", 0, 0, G_OPTION_ARG_NONE, &print,
      "print page texts (form-feed separated)", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL,
      "FILE..." },
    { NULL },
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("FILE... — OCR throughput of caviar's engine");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse(ctx, &argc, &argv, &error) || files == NULL ||
      threads < 1 || repeat < 1) {
    g_printerr(
        "usage: ocr-bench [-t T] [-r R] [--no-orientation] [--no-smoothing] "
        "[--no-cleaning]\n"
        "                 [--no-second-pass] [--trace] [--print] FILE...\n");
    return 2;
  }

  Bench b = { 0 };
  b.jobs = g_ptr_array_new_with_free_func(g_free);
  b.orientation = !no_orientation;
  b.smoothing = !no_smoothing;
  b.cleaning = !no_cleaning;
  b.clean_mask = (guint)clean_mask & CV_OCR_CLEAN_ALL;
  b.second_pass = !no_second_pass;
  b.trace = trace;
  b.keep_text = print;
  g_mutex_init(&b.lock);
  GPtrArray *all_bytes = g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref);
  for (guint f = 0; files[f] != NULL; f++) {
    gchar *data = NULL;
    gsize len = 0;
    if (!g_file_get_contents(files[f], &data, &len, &error)) {
      g_printerr("ocr-bench: %s\n", error->message);
      return 1;
    }
    GBytes *bytes = g_bytes_new_take(data, len);
    g_ptr_array_add(all_bytes, bytes);
    int n = cv_ocr_image_page_count(bytes, &error);
    if (n < 0) {
      g_printerr("ocr-bench: %s: %s\n", files[f], error->message);
      return 1;
    }
    for (gint r = 0; r < repeat; r++)
      for (int p = 0; p < n; p++) {
        Job *job = g_new0(Job, 1);
        job->bytes = bytes;
        job->name = files[f];
        job->page = (guint)p;
        g_ptr_array_add(b.jobs, job);
      }
  }

  gint64 t0 = g_get_monotonic_time();
  GThread **tv = g_new0(GThread *, threads);
  for (gint i = 0; i < threads; i++)
    tv[i] = g_thread_new("ocr", worker, &b);
  for (gint i = 0; i < threads; i++)
    g_thread_join(tv[i]);
  double wall = (g_get_monotonic_time() - t0) / 1e6;
  g_free(tv);

  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double cpu_s = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
                 ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
  double init_avg = b.init_s / threads;
  double ocr_wall = wall - init_avg;
  g_printerr("pages=%u threads=%d wall_s=%.2f pages_per_s=%.3f "
             "pages_per_s_excl_init=%.3f init_s=%.2f mean_conf=%.1f "
             "failures=%u peak_rss_mib=%.0f orientation=%s smoothing=%s "
             "cleaning=%s second_pass=%s "
             "cpu_s=%.2f cpu_s_per_page=%.3f\n",
             b.pages_done, threads, wall, b.pages_done / wall,
             b.pages_done / (ocr_wall > 0 ? ocr_wall : wall), init_avg,
             b.pages_done ? b.conf_sum / b.pages_done : 0.0, b.failures,
             ru.ru_maxrss / 1024.0, b.orientation ? "on" : "off",
             b.smoothing ? "on" : "off", b.cleaning ? "on" : "off",
             b.second_pass ? "on" : "off", cpu_s,
             b.pages_done ? cpu_s / b.pages_done : 0.0);
  if (print) {
    for (guint i = 0; i < b.jobs->len; i++) {
      Job *job = g_ptr_array_index(b.jobs, i);
      printf("%s%s", i ? "\f" : "", job->text ? job->text : "");
      g_free(job->text);
    }
  }
  g_ptr_array_unref(b.jobs);
  g_ptr_array_unref(all_bytes);
  g_mutex_clear(&b.lock);
  return b.failures ? 1 : 0;
}
