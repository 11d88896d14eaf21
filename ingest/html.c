/* html.c — owns the HTML reader: bytes -> UTF-8 -> libxml2's HTML parser
 * (HTML_PARSE_NONET | NOERROR | NOWARNING | RECOVER) -> lines of text.
 *
 * The charset is decided here, not by libxml2: a BOM, else a charset
 * declared in the first 4 KiB (<meta charset> / http-equiv), else valid
 * UTF-8, else Windows-1252 (what browsers do for ISO-8859-1 too).  The
 * bytes are converted to UTF-8 (cv_text_decode) and parsed as UTF-8.
 * head, script, style, noscript, template and svg are skipped; block
 * elements end lines (paragraph-like ones with a blank line); td/th are
 * separated by tabs; whitespace is collapsed as a browser would, except in
 * pre/textarea.  Entities are decoded by the parser.  Form field values
 * (input value=, except passwords and buttons) and image alt texts are
 * kept: they are content.
 */
#include "ingest-private.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

typedef struct {
  GString *out;       /* text so far */
  gboolean space;     /* a collapsed space is pending */
  int pre;            /* inside pre/textarea */
} HtmlOut;

static gboolean
name_in(const char *name, const char *const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_ascii_strcasecmp(name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static const char *const skip_elems[] = {
  "head", "script", "style", "noscript", "template", "svg", "math", "object",
  "iframe", "title", NULL,
};
static const char *const para_elems[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl",
  "blockquote", "pre", "section", "article", "header", "footer", "aside",
  "nav", "main", "figure", "form", "fieldset", "address", "hr", NULL,
};
static const char *const line_elems[] = {
  "div", "li", "tr", "dt", "dd", "caption", "figcaption", "legend",
  "details", "summary", "option", "center", "body", "html", "tbody",
  "thead", "tfoot", "textarea", NULL,
};

/* Trailing newlines of @o. */
static guint
trailing_newlines(HtmlOut *o)
{
  guint n = 0;
  gsize i = o->out->len;
  while (i > 0 && (o->out->str[i - 1] == '\n' || o->out->str[i - 1] == ' ' ||
                   o->out->str[i - 1] == '\t')) {
    if (o->out->str[i - 1] == '\n')
      n++;
    i--;
  }
  return i == 0 ? 2 : n; /* start of text counts as a paragraph start */
}

static void
break_lines(HtmlOut *o, guint want)
{
  /* drop trailing blanks on the line */
  while (o->out->len > 0 && (o->out->str[o->out->len - 1] == ' '))
    g_string_truncate(o->out, o->out->len - 1);
  guint have = trailing_newlines(o);
  while (have < want) {
    g_string_append_c(o->out, '\n');
    have++;
  }
  o->space = FALSE;
}

static void
add_text(HtmlOut *o, const char *t)
{
  if (o->pre) {
    g_string_append(o->out, t);
    return;
  }
  for (const char *p = t; *p; p++) {
    char c = *p;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      o->space = TRUE;
      continue;
    }
    if (o->space) {
      gsize n = o->out->len;
      if (n > 0 && o->out->str[n - 1] != '\n' && o->out->str[n - 1] != '\t')
        g_string_append_c(o->out, ' ');
      o->space = FALSE;
    }
    g_string_append_c(o->out, c);
  }
}

static void
walk(HtmlOut *o, xmlNode *node, guint depth)
{
  for (xmlNode *n = node; n != NULL; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != NULL)
        add_text(o, (const char *)n->content);
      continue;
    }
    if (n->type != XML_ELEMENT_NODE || n->name == NULL)
      continue;
    const char *name = (const char *)n->name;
    if (name_in(name, skip_elems))
      continue;
    if (g_ascii_strcasecmp(name, "input") == 0 || g_ascii_strcasecmp(name, "img") == 0) {
      /* a form field's value and an image's alternative text are content
       * (a pre-filled form holds names and numbers) */
      gboolean input = g_ascii_strcasecmp(name, "input") == 0;
      xmlChar *type = input ? xmlGetProp(n, (const xmlChar *)"type") : NULL;
      gboolean skip = type != NULL &&
                      (g_ascii_strcasecmp((const char *)type, "password") == 0 ||
                       g_ascii_strcasecmp((const char *)type, "submit") == 0 ||
                       g_ascii_strcasecmp((const char *)type, "button") == 0 ||
                       g_ascii_strcasecmp((const char *)type, "image") == 0 ||
                       g_ascii_strcasecmp((const char *)type, "reset") == 0);
      xmlFree(type);
      xmlChar *v = skip ? NULL : xmlGetProp(n, (const xmlChar *)(input ? "value" : "alt"));
      if (v != NULL && *v) {
        o->space = TRUE;
        add_text(o, (const char *)v);
        o->space = TRUE;
      }
      xmlFree(v);
      continue;
    }
    if (g_ascii_strcasecmp(name, "br") == 0) {
      g_string_append_c(o->out, '\n');
      o->space = FALSE;
      continue;
    }
    gboolean para = name_in(name, para_elems);
    gboolean line = !para && name_in(name, line_elems);
    gboolean cell = g_ascii_strcasecmp(name, "td") == 0 ||
                    g_ascii_strcasecmp(name, "th") == 0;
    gboolean pre = g_ascii_strcasecmp(name, "pre") == 0 ||
                   g_ascii_strcasecmp(name, "textarea") == 0;
    if (para)
      break_lines(o, 2);
    else if (line)
      break_lines(o, 1);
    if (pre)
      o->pre++;
    if (depth < CV_INGEST_MAX_XML_DEPTH)
      walk(o, n->children, depth + 1);
    if (pre)
      o->pre--;
    if (para)
      break_lines(o, 2);
    else if (line)
      break_lines(o, 1);
    else if (cell) {
      gsize len = o->out->len;
      if (len > 0 && o->out->str[len - 1] != '\n')
        g_string_append_c(o->out, '\t');
      o->space = FALSE;
    }
  }
}

/* Charset declared in the first bytes (<meta charset="x"> or
 * content="text/html; charset=x"), or NULL. */
static char *
declared_charset(const guint8 *data, gsize len)
{
  gsize n = MIN(len, 4096);
  g_autofree char *head = g_ascii_strdown((const char *)data, (gssize)n);
  /* g_ascii_strdown stops at NUL: fine for a sniff */
  const char *p = head;
  while ((p = strstr(p, "charset")) != NULL) {
    p += 7;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
      p++;
    if (*p != '=')
      continue;
    p++;
    while (*p == ' ' || *p == '"' || *p == '\'')
      p++;
    gsize k = 0;
    while (p[k] && (g_ascii_isalnum(p[k]) || p[k] == '-' || p[k] == '_' ||
                    p[k] == ':' || p[k] == '.') && k < 40)
      k++;
    if (k > 0)
      return g_strndup(p, k);
  }
  return NULL;
}

char *
cv_html_to_text(const guint8 *data, gsize len, const char *charset_hint,
                gsize *out_len, GError **error)
{
  g_autofree char *declared = declared_charset(data, len);
  const char *charset = declared != NULL ? declared : charset_hint;
  gsize ulen = 0;
  g_auto(CvWipedStr) utf8 = cv_text_decode(data, len, charset, &ulen);
  if (ulen > G_MAXINT) {
    g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
                        "HTML document too large");
    return NULL;
  }
  htmlDocPtr doc = htmlReadMemory(utf8, (int)ulen, NULL, "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                      HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                                      HTML_PARSE_NOIMPLIED);
  if (doc == NULL) {
    /* libxml2 gives no tree for some garbage: no text then */
    *out_len = 0;
    return g_strdup("");
  }
  /* text is shorter than its markup: sized not to grow (growth would leave
   * unwiped copies behind) */
  HtmlOut o = { g_string_sized_new(ulen + 256), FALSE, 0 };
  walk(&o, xmlDocGetRootElement(doc) != NULL ? doc->children : NULL, 0);
  xmlFreeDoc(doc);
  *out_len = o.out->len;
  return g_string_free(o.out, FALSE);
}

gboolean
cv_read_html(CvExtractor *ex, CvDocBuilder *b, const guint8 *data, gsize len,
             const char *charset_hint, GError **error)
{
  gsize n = 0;
  g_auto(CvWipedStr) text = cv_html_to_text(data, len, charset_hint, &n, error);
  if (text == NULL)
    return FALSE;
  return cv_doc_builder_add_page(b, text, n, CV_PAGE_TEXT, -1.0f, error);
}
