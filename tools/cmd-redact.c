/* cmd-redact.c — `caviar redact`: standard input to standard output with
 * the same redaction as ingestion, for developers and shell pipelines. */
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"
#include "cv-redact.h"

#define MAX_STDIN_BYTES (256u * 1024 * 1024)

static GByteArray *
read_stdin(int fd, GError **error)
{
  GByteArray *buf = g_byte_array_new();
  guint8 chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n == 0)
      break;
    if (n < 0) {
      g_set_error_literal(error, G_IO_ERROR, G_IO_ERROR_FAILED,
                          _("cannot read standard input"));
      break;
    }
    if (buf->len + (gsize)n > MAX_STDIN_BYTES) {
      g_set_error(error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                  _("input larger than %u MiB"), MAX_STDIN_BYTES >> 20);
      break;
    }
    g_byte_array_append(buf, chunk, (guint)n);
  }
  sodium_memzero(chunk, sizeof chunk);
  if (error && *error) {
    sodium_memzero(buf->data, buf->len);
    g_byte_array_unref(buf);
    return NULL;
  }
  return buf;
}

int
cv_cmd_redact(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  g_autofree char *mode_s = NULL, *lang_s = NULL;
  GOptionEntry entries[] = {
    { "mode", 0, 0, G_OPTION_ARG_STRING, &mode_s,
      N_("label (default: [NAS]) or pseudonym ([NAS-7F3A], keyed by the "
         "collection's key: needs the store's key file)"),
      N_("MODE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_s,
      N_("auto (default), fr or en"), N_("LANG") },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new(N_("< IN > OUT"));
  g_option_context_set_summary(
      ctx,
      N_("Reads UTF-8 text on standard input and writes it redacted.\n"
         "--json prints {\"text\", \"lang\", \"spans\": [{\"type\", \"start\", "
         "\"end\",\n\"confidence\", \"detector\"}], \"counts\"} instead (byte "
         "offsets into the input;\nthe values found are never printed)."));
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  cv_cli_add_common(ctx, &common, TRUE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = NULL;
  CvRedactor *redactor = NULL;
  GByteArray *input = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autofree char *out_text = NULL;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  CvLang lang = CV_LANG_AUTO;
  if (lang_s && g_str_equal(lang_s, "fr"))
    lang = CV_LANG_FR;
  else if (lang_s && g_str_equal(lang_s, "en"))
    lang = CV_LANG_EN;
  else if (lang_s && !g_str_equal(lang_s, "auto")) {
    fprintf(cli->err, _("caviar redact: --lang must be auto, fr or en\n"));
    goto out;
  }
  CvRedactMode mode = CV_REDACT_MODE_LABEL;
  if (mode_s && g_str_equal(mode_s, "pseudonym"))
    mode = CV_REDACT_MODE_PSEUDONYM;
  else if (mode_s && !g_str_equal(mode_s, "label")) {
    fprintf(cli->err, _("caviar redact: --mode must be label or pseudonym\n"));
    goto out;
  }

  ret = CV_EXIT_FAIL;
  const guint8 *key = NULL;
  if (mode == CV_REDACT_MODE_PSEUDONYM) {
    owner = cv_cli_open(cli, &common, CV_CLI_READ, &ret);
    if (owner == NULL)
      goto out;
    CvCollection *coll =
        cv_store_collection(cv_owner_store(owner), common.collection, &error);
    if (coll == NULL) {
      cv_cli_error(cli, _("pseudonyms need the collection's key: %s"),
                   error->message);
      ret = CV_EXIT_FAIL;
      goto out;
    }
    key = cv_store_collection_pseudonym_key(coll);
  }
  redactor = cv_redact_new(mode, key, key ? 32 : 0, &error);
  if (redactor == NULL) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }
  input = read_stdin(cli->in_fd, &error);
  if (input == NULL) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }
  const char *text = (const char *)input->data;
  gsize len = input->len;
  if (!g_utf8_validate(text, (gssize)len, NULL)) {
    cv_cli_error(cli,
                 _("standard input is not valid UTF-8 (convert it first, e.g. "
                   "iconv -f windows-1252 -t utf-8)"));
    goto out;
  }
  if (lang == CV_LANG_AUTO)
    lang = cv_redact_detect_lang(text, len);
  spans = cv_redact_scan(redactor, text, len, lang);
  guint counts[CV_PII_N_TYPES] = { 0 };
  gsize out_len = 0;
  out_text = cv_redact_render(redactor, text, len, spans, NULL, 0, counts, &out_len);

  if (common.json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "text");
    json_builder_add_string_value(b, out_text);
    json_builder_set_member_name(b, "lang");
    json_builder_add_string_value(b, lang == CV_LANG_FR ? "fr" : "en");
    json_builder_set_member_name(b, "spans");
    json_builder_begin_array(b);
    for (guint i = 0; i < spans->len; i++) {
      const CvSpan *s = &g_array_index(spans, CvSpan, i);
      json_builder_begin_object(b);
      json_builder_set_member_name(b, "type");
      json_builder_add_string_value(b, cv_redact_type_name(s->type));
      json_builder_set_member_name(b, "start");
      json_builder_add_int_value(b, (gint64)s->start);
      json_builder_set_member_name(b, "end");
      json_builder_add_int_value(b, (gint64)s->end);
      json_builder_set_member_name(b, "confidence");
      json_builder_add_double_value(b, s->confidence);
      json_builder_set_member_name(b, "detector");
      json_builder_add_string_value(b, s->detector ? s->detector : "");
      json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_set_member_name(b, "counts");
    cv_cli_add_counts(b, counts);
    json_builder_end_object(b);
    cv_cli_print_json(cli, b, FALSE);
  } else {
    fwrite(out_text, 1, out_len, cli->out);
  }
  sodium_memzero(out_text, out_len);
  ret = fflush(cli->out) == 0 ? CV_EXIT_OK : CV_EXIT_FAIL;
out:
  if (input) {
    sodium_memzero(input->data, input->len);
    g_byte_array_unref(input);
  }
  cv_redact_free(redactor);
  cv_cli_common_clear(&common);
  return ret;
}
