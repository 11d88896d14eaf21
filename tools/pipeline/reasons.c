/* reasons.c — why the extractor failed, as stable codes.
 *
 * The confined worker (`caviar extract-worker`) has no file system, so no
 * message catalogue: its reasons (ingest/, ocr/) are English.  It sends
 * each one as a code of the table below plus the values of its format's
 * directives (cv_reason_encode); the process that reports the failure
 * renders it through gettext in its own language (cv_reason_render): a
 * quarantined file's reason is French under fr_CA.  The codes are part of
 * the wire format between an owner and `caviar worker`s of other versions:
 * never renumber, only append.  A message not in the table travels as is.
 *
 * Wire form: RS code (decimal) then, per directive, US and its value
 * (RS = 0x1e, US = 0x1f; neither occurs in a reason).
 *
 * The formats are the ones ingest/ and ocr/ pass to g_set_error, with
 * G_GUINT64_FORMAT and G_GSIZE_FORMAT written "lu" (LP64: x86-64 and
 * aarch64 Linux); tests/test-reasons.py checks the table against the
 * sources.
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "cv-pipeline.h"
#include "reasons.h"

#define RS '\x1e'
#define US '\x1f'
#define MAX_ARGS 8
#define MAX_ARG_BYTES 512

typedef struct {
  guint code;
  const char *format;
} Reason;

static const Reason reasons[] = {
  { 1, N_("mailbox has more than %u messages") },
  { 2, N_("damaged email: cannot be parsed") },
  { 3, N_("HTML document too large") },
  { 4, N_("image cannot be decoded: %s") },
  { 5, N_("image has %d pages (limit %u)") },
  { 6, N_("extracted text exceeds the cap of %lu bytes") },
  { 7, N_("cannot load the libmagic database: %s") },
  { 8, N_("a page needs OCR (left to an extractor with OCR)") },
  { 9, N_("time limit of %u s exceeded") },
  { 10, N_("unsupported type %s") },
  { 11, N_("file too large: %lu bytes (limit %lu)") },
  { 12, N_("cannot start the OCR engine") },
  { 13, N_("cannot start the OCR engine: %s") },
  { 14, N_("page was not recognised") },
  { 15, N_("cannot read the archive") },
  { 16, N_("damaged archive: cannot be opened") },
  { 17, N_("archive has too many entries (limit %d)") },
  { 18, N_("damaged archive: an entry cannot be read") },
  { 19, N_("archive entry exceeds %lu bytes uncompressed") },
  { 20, N_("archive entry too large") },
  { 21, N_("damaged document: a part is not well-formed XML") },
  { 22, N_("damaged document: %s missing") },
  { 23, N_("unsupported type application/zip") },
  { 24, N_("PDF has %d pages (limit %u)") },
  { 25, N_("damaged PDF: cannot be parsed") },
  { 26, N_("invalid serialized document: %s") },
  { 27, N_("image has no pixels (%lux%lu)") },
  { 28, N_("page is %lux%lu pixels; the OCR engine takes at most %d pixels a "
           "side") },
  { 29, N_("page has %lu pixels (%lux%lu); the limit is %lu") },
  { 30, N_("image is too short to decode (%lu bytes)") },
  { 31, N_("image is %lu bytes; the limit is %lu") },
  { 32, N_("not an image format the OCR stage decodes") },
  { 33, N_("cannot open a memory stream: %s") },
  { 34, N_("TIFF image cannot be decoded (no readable page)") },
  { 35, N_("image header cannot be decoded") },
  { 36, N_("image has %d pages; the limit is %u") },
  { 37, N_("cannot convert a %d-bit image to grey") },
  { 38, N_("no page %u in image") },
  { 39, N_("no page %u in a single-page image") },
  { 40, N_("image header cannot be decoded (page %u)") },
  { 41, N_("image cannot be decoded (page %u)") },
  { 42, N_("cannot rescale a page") },
  { 43, N_("OCR language model '%s' could not be loaded (is tesseract-ocr-%s "
           "installed?)") },
  { 44, N_("invalid OCR language list (expected e.g. \"fra+eng\")") },
  { 45, N_("OCR engine cannot load languages \"%s\" (are the tesseract-ocr "
           "language packages installed?)") },
  { 46, N_("orientation model osd.traineddata is missing (part of "
           "tesseract-ocr); or turn orientation detection off") },
  { 47, N_("orientation model %s is implausibly large") },
  { 48, N_("cannot prepare a page") },
  { 49, N_("OCR of a page exceeded its time limit (%u ms)") },
  { 50, N_("OCR engine failed on a page (%ux%u pixels)") },
  { 51, N_("OCR engine returned no text for a page") },
  { 52, N_("row stride %lu is shorter than the width %u") },
  { 53, N_("cannot allocate a %ux%u page") },
  { 54, N_("page %u is beyond the limit of %u pages per image") },
  { 55, N_("encrypted PDF: wrong password") },
  { 56, N_("encrypted PDF: give the password with --pdf-password-file or "
           "$CAVIAR_PDF_PASSWORD") },
  { 57, N_("OCR failed") },
  { 58, N_("unknown error") },
  { 59, N_("extractor broke the sandbox (a forbidden system call: the file may "
           "be an attack on a parser)") },
  { 60, N_("extractor used more CPU time than the file's time limit allows "
           "(see --timeout)") },
  { 61, N_("extractor crashed (signal %d)") },
  { 62, N_("the extractor cannot confine itself (seccomp unavailable?): "
           "nothing is parsed without it") },
  { 63, N_("extractor died") },
};

/* Length of the printf directive at @f (f[0] == '%'), its kind in *kind
 * ('s', 'd' signed, 'u' unsigned, 'x' hex, '%' a literal percent), its
 * position (1-based, 0: next) in *pos; 0 if @f holds no directive. */
static gsize
directive(const char *f, char *kind, guint *pos)
{
  const char *p = f + 1;
  *pos = 0;
  if (*p == '%') {
    *kind = '%';
    return 2;
  }
  if (g_ascii_isdigit(*p)) {
    const char *q = p;
    guint n = 0;
    while (g_ascii_isdigit(*q))
      n = n * 10 + (guint)(*q++ - '0');
    if (*q == '$') {
      *pos = n;
      p = q + 1;
    }
  }
  while (*p && strchr("-+ #0123456789.", *p))
    p++;
  while (*p == 'l' || *p == 'h' || *p == 'z' || *p == 'j' || *p == 't')
    p++;
  switch (*p) {
  case 's':
    *kind = 's';
    break;
  case 'd':
  case 'i':
    *kind = 'd';
    break;
  case 'u':
    *kind = 'u';
    break;
  case 'x':
  case 'X':
    *kind = 'x';
    break;
  default:
    return 0;
  }
  return (gsize)(p + 1 - f);
}

/* Does @m match @f?  The values of its directives go to @args. */
static gboolean
match(const char *f, const char *m, GPtrArray *args)
{
  while (*f) {
    if (*f != '%') {
      if (*m != *f)
        return FALSE;
      f++, m++;
      continue;
    }
    char kind;
    guint pos;
    gsize dl = directive(f, &kind, &pos);
    if (dl == 0 || args->len >= MAX_ARGS)
      return FALSE;
    if (kind == '%') {
      if (*m != '%')
        return FALSE;
      f += 2, m++;
      continue;
    }
    f += dl;
    /* the value: as long as possible for numbers, any length for
     * strings (the shortest that lets the rest match first) */
    gsize n = 0, max = strlen(m);
    if (kind != 's') {
      if (kind == 'd' && m[n] == '-')
        n++;
      while (n < max &&
             (kind == 'x' ? g_ascii_isxdigit(m[n]) : g_ascii_isdigit(m[n])))
        n++;
      if (n == 0 || (kind == 'd' && n == 1 && m[0] == '-'))
        return FALSE;
      g_ptr_array_add(args, g_strndup(m, n));
      if (match(f, m + n, args))
        return TRUE;
      g_ptr_array_remove_index(args, args->len - 1);
      return FALSE;
    }
    for (n = 0; n <= max && n <= MAX_ARG_BYTES; n++) {
      /* the format goes on with a literal: only where it stands */
      if (*f != '%' && m[n] != *f)
        continue;
      g_ptr_array_add(args, g_strndup(m, n));
      if (match(f, m + n, args))
        return TRUE;
      g_ptr_array_remove_index(args, args->len - 1);
    }
    return FALSE;
  }
  return *m == '\0';
}

char *
cv_reason_encode(const char *message)
{
  if (message == NULL || strchr(message, RS) || strchr(message, US))
    return NULL;
  for (gsize i = 0; i < G_N_ELEMENTS(reasons); i++) {
    g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func(g_free);
    if (!match(reasons[i].format, message, args))
      continue;
    GString *out = g_string_new(NULL);
    g_string_append_printf(out, "%c%u", RS, reasons[i].code);
    for (guint a = 0; a < args->len; a++) {
      g_string_append_c(out, US);
      g_string_append(out, args->pdata[a]);
    }
    return g_string_free(out, FALSE);
  }
  return NULL;
}

/* @format with each directive replaced by its value; NULL if a directive
 * names a value that is not there. */
static char *
substitute(const char *format, char **args, guint n_args)
{
  GString *out = g_string_new(NULL);
  guint next = 0;
  for (const char *f = format; *f;) {
    char kind;
    guint pos;
    gsize dl = *f == '%' ? directive(f, &kind, &pos) : 0;
    if (dl == 0) {
      g_string_append_c(out, *f++);
      continue;
    }
    f += dl;
    if (kind == '%') {
      g_string_append_c(out, '%');
      continue;
    }
    guint idx = pos ? pos - 1 : next++;
    if (idx >= n_args) {
      g_string_free(out, TRUE);
      return NULL;
    }
    g_string_append(out, args[idx]);
  }
  return g_string_free(out, FALSE);
}

char *
cv_reason_render(const char *wire)
{
  if (wire == NULL)
    return g_strdup("");
  if (wire[0] != RS)
    return cv_pipeline_escape_name(wire);
  g_auto(GStrv) parts = g_strsplit(wire + 1, "\x1f", MAX_ARGS + 2);
  guint n = g_strv_length(parts);
  char *end = NULL;
  guint64 code = n ? g_ascii_strtoull(parts[0], &end, 10) : 0;
  const Reason *r = NULL;
  for (gsize i = 0; n && end && *end == '\0' && i < G_N_ELEMENTS(reasons); i++)
    if (reasons[i].code == code)
      r = &reasons[i];
  if (r == NULL || n - 1 > MAX_ARGS)
    return g_strdup(_("extraction failed"));
  /* the values come from a worker: printable, capped */
  for (guint i = 1; i < n; i++) {
    if (strlen(parts[i]) > MAX_ARG_BYTES)
      parts[i][MAX_ARG_BYTES] = '\0';
    char *shown = cv_pipeline_escape_name(parts[i]);
    g_free(parts[i]);
    parts[i] = shown;
  }
  char *s = substitute(_(r->format), parts + 1, n - 1);
  if (s == NULL)
    s = substitute(r->format, parts + 1, n - 1);
  return s ? s : g_strdup(_("extraction failed"));
}
