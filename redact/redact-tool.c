/* redact-tool.c — developer tool of the redaction stage (not installed):
 * reads text on stdin and writes the redacted text, or with --spans the
 * spans found ("TYPE start end confidence detector", one a line).  Used by
 * redact/eval-dev.py and bench/redact-bench.sh. */
#include "cv-redact.h"
#include "redact-private.h"

#include <sodium.h>

#include <stdio.h>
#include <time.h>
#include <string.h>

#define TOOL_MAX_INPUT (512u * 1024 * 1024)

int
main(int argc, char **argv)
{
  gboolean spans_only = FALSE, pseudo = FALSE, quiet = FALSE;
  gint repeat = 1;
  gboolean features = FALSE;
  g_autofree char *model_file = NULL, *lang_opt = NULL;
  GOptionEntry entries[] = {
    { "features", 0, 0, G_OPTION_ARG_NONE, &features,
      "Print the name model's candidate tokens and features (training)", NULL },
    { "model", 0, 0, G_OPTION_ARG_FILENAME, &model_file,
      "Use this name model file", "FILE" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_opt, "fr or en (default: guess)",
      "LANG" },
    { "spans", 's', 0, G_OPTION_ARG_NONE, &spans_only, "Print spans, not text",
      NULL },
    { "pseudonym", 'p', 0, G_OPTION_ARG_NONE, &pseudo,
      "Pseudonym mode (fixed test key)", NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
      "Print only timing (benchmarks)", NULL },
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat, "Scan N times (benchmarks)",
      "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) oc = g_option_context_new("< text");
  g_option_context_add_main_entries(oc, entries, NULL);
  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse(oc, &argc, &argv, &error)) {
    g_printerr("%s\n", error->message);
    return 2;
  }
  GString *in = g_string_new(NULL);
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) {
    if (in->len + n > TOOL_MAX_INPUT) {
      g_printerr("input larger than %u bytes\n", TOOL_MAX_INPUT);
      return 2;
    }
    g_string_append_len(in, buf, (gssize)n);
  }
  if (!g_utf8_validate(in->str, (gssize)in->len, NULL)) {
    g_printerr("input is not valid UTF-8\n");
    return 2;
  }
  guint8 key[32];
  memset(key, 7, sizeof key);
  g_autoptr(CvRedactor) r = cv_redact_new(pseudo ? CV_REDACT_MODE_PSEUDONYM : CV_REDACT_MODE_LABEL,
                                          pseudo ? key : NULL, pseudo ? sizeof key : 0, &error);
  if (!r) {
    g_printerr("%s\n", error->message);
    return 2;
  }
  CvLang lang = CV_LANG_AUTO;
  if (lang_opt)
    lang = g_str_equal(lang_opt, "en") ? CV_LANG_EN : CV_LANG_FR;
  CvNameModel *model = NULL;
  if (model_file) {
    g_autofree char *mb = NULL;
    gsize ml = 0;
    if (!g_file_get_contents(model_file, &mb, &ml, &error) ||
        !(model = cv_name_model_load((const guint8 *)mb, ml, &error))) {
      g_printerr("%s\n", error->message);
      return 2;
    }
    cv_redact_use_model(r, model);
  }
  if (features) {
    const CvNameModel *m = model ? model : cv_name_model_default();
    g_autofree char *d = cv_name_model_dump(m, in->str, in->len, lang);
    fputs(d, stdout);
    return 0;
  }
  if (quiet) {
    struct timespec c0, c1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    gint64 t0 = g_get_monotonic_time();
    guint total = 0;
    for (gint i = 0; i < MAX(repeat, 1); i++) {
      g_autoptr(GArray) sp = cv_redact_scan(r, in->str, in->len, lang);
      gsize ol;
      g_autofree char *o = cv_redact_render(r, in->str, in->len, sp, NULL, 0, NULL, &ol);
      total += sp->len;
    }
    double s = (double)(g_get_monotonic_time() - t0) / 1e6;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    double cpu = (double)(c1.tv_sec - c0.tv_sec) + (double)(c1.tv_nsec - c0.tv_nsec) / 1e9;
    double mb = (double)in->len * MAX(repeat, 1) / 1e6;
    printf("bytes=%zu spans=%u wall_s=%.4f cpu_s=%.4f MB/s(cpu)=%.1f MB/s(wall)=%.1f\n", in->len,
           total / MAX(repeat, 1), s, cpu, mb / cpu, mb / s);
    return 0;
  }
  if (spans_only) {
    g_autoptr(GArray) sp = cv_redact_scan(r, in->str, in->len, lang);
    for (guint i = 0; i < sp->len; i++) {
      CvSpan *x = &g_array_index(sp, CvSpan, i);
      printf("%s\t%zu\t%zu\t%.2f\t%s\t", cv_redact_type_name(x->type), x->start,
             x->end, x->confidence, x->detector);
      /* one span a line: line breaks inside a span (an address block)
       * are printed as "\n" */
      for (gsize k = x->start; k < x->end; k++) {
        if (in->str[k] == '\n')
          fputs("\\n", stdout);
        else if (in->str[k] != '\r')
          putchar(in->str[k]);
      }
      putchar('\n');
    }
  } else {
    gsize ol;
    g_autofree char *o = cv_redact_text(r, in->str, in->len, lang, NULL, &ol);
    fwrite(o, 1, ol, stdout);
  }
  sodium_memzero(in->str, in->allocated_len);
  g_string_free(in, TRUE);
  g_clear_pointer(&r, cv_redact_free);
  cv_name_model_free(model);
  return 0;
}
