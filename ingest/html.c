/* html.c — owns the HTML reader: bytes -> UTF-8 -> libxml2's HTML parser
 * (HTML_PARSE_NONET | NOERROR | NOWARNING | RECOVER) -> lines of text.
 *
 * The charset is decided here, not by libxml2: a BOM, else a charset
 * declared in the first 4 KiB (<meta charset> / http-equiv), else valid
 * UTF-8, else Windows-1252 (what browsers do for ISO-8859-1 too).  The
 * bytes are converted to UTF-8 (cv_text_decode) and parsed as UTF-8.
 * head, script, style, noscript, template and svg are skipped; block
 * elements end lines (paragraph-like ones with a blank line); a table is
 * one line per row (tr), its cells (td/th) separated by a TAB, with a blank
 * line before and after; inside a cell, line breaks and blocks become
 * spaces, a nested table is flattened into the cell, colspan adds empty
 * columns (capped), empty rows and trailing empty cells are dropped;
 * whitespace is collapsed as a browser would, except in pre/textarea.  Entities are decoded by the parser.  Form field values
 * (input value=, except passwords and buttons) and image alt texts are
 * kept: they are content.
 */
#include "ingest-private.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

/* libxml2 stops building the tree at 256 levels (the rest of the document
 * is lost) unless told the document may be huge: then 2048. */
#define CV_HTML_PARSE_DEPTH XML_PARSE_HUGE

typedef struct {
  GString *out;       /* text so far */
  gboolean space;     /* a collapsed space is pending */
  int pre;            /* inside pre/textarea */
  int cell;           /* inside a table cell: line breaks become spaces */
  gboolean flattened; /* text below CV_INGEST_MAX_XML_DEPTH was flattened */
} HtmlOut;

#define HTML_TABLE_MAX_COLS 256  /* TAB-separated columns in a row */
#define HTML_TABLE_MAX_SPAN 64   /* colspan honoured up to this */

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
  if (o->cell) {
    o->space = TRUE; /* inside a cell: a space, never a new line */
    return;
  }
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

static void walk(HtmlOut *o, xmlNode *node, guint depth);
static void walk_node(HtmlOut *o, xmlNode *n, guint depth);

/* Below CV_INGEST_MAX_XML_DEPTH, the text of the siblings from @first on
 * and of everything under them, without recursion (no stack to exhaust):
 * element boundaries become spaces, scripts and styles are skipped, the
 * structure (paragraphs, tables) is lost but no text is. */
static void
flatten(HtmlOut *o, xmlNode *first)
{
  if (first == NULL)
    return;
  o->flattened = TRUE;
  xmlNode *top = first->parent;
  xmlNode *n = first;
  while (n != NULL) {
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
        n->content != NULL) {
      add_text(o, (const char *)n->content);
    } else if (n->type == XML_ELEMENT_NODE && n->name != NULL &&
               !name_in((const char *)n->name, skip_elems) &&
               n->children != NULL) {
      o->space = TRUE;
      n = n->children;
      continue;
    }
    while (n != NULL && n->next == NULL) {
      n = n->parent;
      if (n == NULL || n == top)
        return;
      o->space = TRUE;
    }
    n = n->next;
  }
}

/* Walks @children one level down, or flattens them past the depth cap. */
static void
descend(HtmlOut *o, xmlNode *children, guint depth)
{
  if (depth < CV_INGEST_MAX_XML_DEPTH)
    walk(o, children, depth + 1);
  else
    flatten(o, children);
}

static gboolean
is_elem(xmlNode *n, const char *name)
{
  return n->type == XML_ELEMENT_NODE && n->name != NULL &&
         g_ascii_strcasecmp((const char *)n->name, name) == 0;
}

/* One row: the cells (td/th) among the siblings from @first up to @stop
 * (exclusive, NULL for all); other content joins the current cell. */
static void
html_row(HtmlOut *o, xmlNode *first, xmlNode *stop, guint depth)
{
  GString *s = o->out;
  gsize start = s->len;
  gsize cs = start;   /* start of the current cell */
  guint cols = 0;
  for (xmlNode *n = first; n != NULL && n != stop; n = n->next) {
    gboolean td = is_elem(n, "td") || is_elem(n, "th");
    if (td || cols == 0) {
      if (cols > 0)
        g_string_append_c(s, cols < HTML_TABLE_MAX_COLS ? '\t' : ' ');
      cols++;
      cs = s->len;
    } else if (s->len > cs) {
      g_string_append_c(s, ' ');
    }
    o->cell++;
    o->space = FALSE;
    if (td) {
      descend(o, n->children, depth);
    } else {
      walk_node(o, n, depth);
    }
    o->cell--;
    o->space = FALSE;
    cv_cell_tidy(s, cs);
    if (td) {
      xmlChar *span = xmlGetProp(n, (const xmlChar *)"colspan");
      if (span != NULL) {
        guint64 k = g_ascii_strtoull((const char *)span, NULL, 10);
        xmlFree(span);
        for (guint64 i = 1; i < MIN(k, HTML_TABLE_MAX_SPAN) &&
                            cols < HTML_TABLE_MAX_COLS; i++) {
          g_string_append_c(s, '\t');
          cols++;
        }
        cs = s->len;
      }
    }
  }
  while (s->len > start && (s->str[s->len - 1] == '\t' || s->str[s->len - 1] == ' '))
    g_string_truncate(s, s->len - 1);
  if (s->len > start)
    g_string_append_c(s, '\n');
}

static gboolean
is_blank_text(xmlNode *n)
{
  if ((n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE) ||
      n->content == NULL)
    return n->type == XML_COMMENT_NODE;
  for (const char *c = (const char *)n->content; *c; c++)
    if (!(*c == ' ' || *c == '\n' || *c == '\t' || *c == '\r' || *c == '\f'))
      return FALSE;
  return TRUE;
}

/* The rows of a table (in thead/tbody/tfoot too); cells outside any tr
 * make a row of their own; a caption or other content between rows is a
 * line of its own. */
static void
html_rows(HtmlOut *o, xmlNode *node, guint depth)
{
  for (xmlNode *n = node; n != NULL; n = n->next) {
    if (is_elem(n, "tr")) {
      if (depth < CV_INGEST_MAX_XML_DEPTH)
        html_row(o, n->children, NULL, depth + 1);
      else
        flatten(o, n->children);
      continue;
    }
    if (is_elem(n, "thead") || is_elem(n, "tbody") || is_elem(n, "tfoot")) {
      if (depth < CV_INGEST_MAX_XML_DEPTH)
        html_rows(o, n->children, depth + 1);
      else
        flatten(o, n->children);
      continue;
    }
    if (is_elem(n, "colgroup") || is_elem(n, "col") || is_blank_text(n))
      continue;
    if (is_elem(n, "td") || is_elem(n, "th")) {
      xmlNode *stop = n->next;
      while (stop != NULL && (is_elem(stop, "td") || is_elem(stop, "th") ||
                              is_blank_text(stop)))
        stop = stop->next;
      html_row(o, n, stop, depth);
      while (n->next != stop)
        n = n->next;
      continue;
    }
    o->space = FALSE;
    walk_node(o, n, depth);
    break_lines(o, 1);
  }
}

static void
walk(HtmlOut *o, xmlNode *node, guint depth)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    walk_node(o, n, depth);
}

static void
walk_node(HtmlOut *o, xmlNode *n, guint depth)
{
  {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != NULL)
        add_text(o, (const char *)n->content);
      return;
    }
    if (n->type != XML_ELEMENT_NODE || n->name == NULL)
      return;
    const char *name = (const char *)n->name;
    if (name_in(name, skip_elems))
      return;
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
      return;
    }
    if (g_ascii_strcasecmp(name, "br") == 0) {
      if (o->cell) {
        o->space = TRUE;
        return;
      }
      g_string_append_c(o->out, '\n');
      o->space = FALSE;
      return;
    }
    if (g_ascii_strcasecmp(name, "table") == 0 && !o->cell) {
      /* one line per row, cells separated by TABs, blank lines around */
      break_lines(o, 2);
      if (depth < CV_INGEST_MAX_XML_DEPTH)
        html_rows(o, n->children, depth + 1);
      else
        flatten(o, n->children);
      break_lines(o, 2);
      return;
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
    descend(o, n->children, depth);
    if (pre)
      o->pre--;
    if (para)
      break_lines(o, 2);
    else if (line)
      break_lines(o, 1);
    else if (cell && o->cell) {
      o->space = TRUE; /* nested table: flattened into the outer cell */
    } else if (cell) {
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
  return cv_html_to_text_full(data, len, charset_hint, out_len, NULL, error);
}

char *
cv_html_to_text_full(const guint8 *data, gsize len, const char *charset_hint,
                     gsize *out_len, gboolean *flattened, GError **error)
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
  htmlDocPtr doc = htmlReadMemory(
      utf8, (int)ulen, NULL, "UTF-8",
      HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
          HTML_PARSE_RECOVER | HTML_PARSE_NOIMPLIED | CV_HTML_PARSE_DEPTH);
  if (doc == NULL) {
    /* libxml2 gives no tree for some garbage: no text then */
    *out_len = 0;
    return g_strdup("");
  }
  /* text is shorter than its markup: sized not to grow (growth would leave
   * unwiped copies behind) */
  HtmlOut o = { g_string_sized_new(ulen + 256), FALSE, 0, 0, FALSE };
  walk(&o, xmlDocGetRootElement(doc) != NULL ? doc->children : NULL, 0);
  xmlFreeDoc(doc);
  if (flattened != NULL)
    *flattened = o.flattened;
  *out_len = o.out->len;
  return g_string_free(o.out, FALSE);
}

gboolean
cv_read_html(CvExtractor *ex, CvDocBuilder *b, const guint8 *data, gsize len,
             const char *charset_hint, GError **error)
{
  gsize n = 0;
  gboolean flattened = FALSE;
  g_auto(CvWipedStr) text =
      cv_html_to_text_full(data, len, charset_hint, &n, &flattened, error);
  if (text == NULL)
    return FALSE;
  if (flattened)
    cv_doc_builder_warn(b,
                        "HTML nested more than %d levels deep: the text "
                        "below that depth is kept without its layout",
                        CV_INGEST_MAX_XML_DEPTH);
  return cv_doc_builder_add_page(b, text, n, CV_PAGE_TEXT, -1.0f, error);
}
