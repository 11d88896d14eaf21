/* office.c — owns the DOCX (WordprocessingML) and OpenDocument readers:
 * libzip from memory, libxml2 on the XML parts.
 *
 * Zip caps: at most CV_INGEST_MAX_ZIP_ENTRIES entries, and every part read
 * is read through a loop that stops at CV_INGEST_MAX_ZIP_ENTRY
 * uncompressed bytes whatever the header claims (zip bombs), plus the
 * document's max_text_bytes for all parts together.  XML is parsed with
 * XML_PARSE_NONET and without XML_PARSE_NOENT / DTD loading (no external
 * entity, no entity expansion); the tree walk stops at
 * CV_INGEST_MAX_XML_DEPTH.
 * DOCX: word/document.xml, then headers, footers, footnotes, endnotes and
 * comments; w:p ends a line, w:t is text, w:tab a tab, w:br/w:cr a line
 * break; deleted text (w:delText), field codes (w:instrText) and the
 * mc:Fallback copy of text boxes are skipped.  ODF: content.xml then styles.xml (page headers/footers);
 * text:p / text:h end a line, text:s is c spaces, text:tab a tab,
 * text:line-break a line break; tracked deletions are skipped.
 * Tables (w:tbl, table:table): one line per row, cells separated by a TAB,
 * a blank line before and after; inside a cell, paragraphs and line breaks
 * become spaces and whitespace is collapsed; a nested table is flattened
 * into its cell (cells and rows separated by spaces).  w:gridSpan and
 * table:number-columns-repeated add columns (capped at CV_TABLE_MAX_REPEAT,
 * a row at CV_TABLE_MAX_COLS columns, the rest joined with spaces);
 * table:number-rows-repeated repeats a row at most CV_TABLE_MAX_REPEAT
 * times; empty rows and trailing empty cells are dropped.
 * One page per document (these formats have no fixed pages).
 */
#include "ingest-private.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <sodium.h>
#include <string.h>
#include <zip.h>

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_MC "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define NS_TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define MIME_DOCX \
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#define MIME_ODT "application/vnd.oasis.opendocument.text"

static zip_t *
open_zip(const guint8 *data, gsize len, GError **error)
{
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t *src = zip_source_buffer_create(data, len, 0, &zerr);
  if (src == NULL) {
    zip_error_fini(&zerr);
    g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_FAILED,
                        "cannot read the archive");
    return NULL;
  }
  zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &zerr);
  if (za == NULL) {
    zip_source_free(src);
    zip_error_fini(&zerr);
    g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED,
                        "damaged archive: cannot be opened");
    return NULL;
  }
  zip_error_fini(&zerr);
  zip_int64_t n = zip_get_num_entries(za, 0);
  if (n < 0 || n > CV_INGEST_MAX_ZIP_ENTRIES) {
    zip_discard(za);
    g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
                "archive has too many entries (limit %d)",
                CV_INGEST_MAX_ZIP_ENTRIES);
    return NULL;
  }
  return za;
}

/* Reads entry @name into a new buffer (NUL-terminated).  Returns FALSE with
 * @error set on a cap or a read error; TRUE with *out NULL if absent. */
static gboolean
read_entry(zip_t *za, const char *name, gsize cap, char **out, gsize *out_len,
           GError **error)
{
  *out = NULL;
  *out_len = 0;
  zip_int64_t idx = zip_name_locate(za, name, 0);
  if (idx < 0)
    return TRUE;
  zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)idx, 0);
  if (zf == NULL) {
    g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED,
                        "damaged archive: an entry cannot be read");
    return FALSE;
  }
  gsize limit = MIN(cap, (gsize)CV_INGEST_MAX_ZIP_ENTRY);
  GByteArray *buf = g_byte_array_new();
  guint8 chunk[16384];
  gboolean ok = TRUE;
  for (;;) {
    zip_int64_t r = zip_fread(zf, chunk, sizeof chunk);
    if (r < 0) {
      g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED,
                          "damaged archive: an entry cannot be read");
      ok = FALSE;
      break;
    }
    if (r == 0)
      break;
    if (buf->len + (gsize)r > limit) {
      g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
                  "archive entry exceeds %" G_GSIZE_FORMAT " bytes "
                  "uncompressed", limit);
      ok = FALSE;
      break;
    }
    g_byte_array_append(buf, chunk, (guint)r);
  }
  sodium_memzero(chunk, sizeof chunk);
  zip_fclose(zf);
  if (!ok) {
    sodium_memzero(buf->data, buf->len);
    g_byte_array_unref(buf);
    return FALSE;
  }
  *out_len = buf->len;
  g_byte_array_append(buf, (const guint8 *)"", 1);
  *out = (char *)g_byte_array_free(buf, FALSE);
  return TRUE;
}

gboolean
cv_office_sniff_zip(const guint8 *data, gsize len, const char **mime)
{
  if (len < 4 || memcmp(data, "PK\x03\x04", 4) != 0)
    return FALSE;
  zip_t *za = open_zip(data, len, NULL);
  if (za == NULL)
    return FALSE;
  gboolean found = FALSE;
  if (zip_name_locate(za, "word/document.xml", 0) >= 0) {
    *mime = MIME_DOCX;
    found = TRUE;
  } else if (zip_name_locate(za, "content.xml", 0) >= 0) {
    char *m = NULL;
    gsize n = 0;
    *mime = MIME_ODT;
    if (read_entry(za, "mimetype", 256, &m, &n, NULL) && m != NULL) {
      g_strstrip(m);
      if (g_str_has_prefix(m, "application/vnd.oasis.opendocument.")) {
        static const char *const known[] = {
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          "application/vnd.oasis.opendocument.presentation",
          "application/vnd.oasis.opendocument.text-template",
          NULL,
        };
        for (guint i = 0; known[i] != NULL; i++)
          if (strcmp(m, known[i]) == 0)
            *mime = known[i];
      }
    }
    g_free(m);
    found = TRUE;
  }
  zip_discard(za);
  return found;
}

#define CV_TABLE_MAX_COLS 256   /* TAB-separated columns in a row */
#define CV_TABLE_MAX_REPEAT 64   /* repeated/spanned cells, repeated rows */

typedef struct {
  GString *out;       /* text */
  gboolean odf;       /* ODF (else DOCX) */
  int in_para;        /* ODF: inside text:p / text:h */
  int in_cell;        /* inside a table cell: line ends become spaces */
} XmlOut;

static gboolean
is_ns(xmlNode *n, const char *ns, const char *name)
{
  return n->ns != NULL && n->ns->href != NULL &&
         strcmp((const char *)n->ns->href, ns) == 0 &&
         strcmp((const char *)n->name, name) == 0;
}

static void
end_line(XmlOut *o)
{
  g_string_append_c(o->out, o->in_cell ? ' ' : '\n');
}

/* Value of attribute @ns:@name as a count in 1..@cap (1 if absent). */
static guint
count_attr(xmlNode *n, const char *ns, const char *name, guint cap)
{
  xmlChar *v = xmlGetNsProp(n, (const xmlChar *)name, (const xmlChar *)ns);
  if (v == NULL)
    return 1;
  guint64 c = g_ascii_strtoull((const char *)v, NULL, 10);
  xmlFree(v);
  return (guint)CLAMP(c, 1, cap);
}

/* Starts a table: a blank line before it (unless at the start). */
static void
table_begin(XmlOut *o)
{
  GString *s = o->out;
  while (s->len > 0 && (s->str[s->len - 1] == ' ' || s->str[s->len - 1] == '\t'))
    g_string_truncate(s, s->len - 1);
  if (s->len == 0)
    return;
  guint nl = 0;
  for (gsize i = s->len; i > 0 && s->str[i - 1] == '\n' && nl < 2; i--)
    nl++;
  for (; nl < 2; nl++)
    g_string_append_c(s, '\n');
}

/* A row being written: where it starts and its columns so far. */
typedef struct {
  gsize start;
  guint cols;
} Row;

/* Before a cell: the separator from the previous one. */
static void
cell_sep(XmlOut *o, Row *r)
{
  if (r->cols > 0)
    g_string_append_c(o->out, r->cols < CV_TABLE_MAX_COLS ? '\t' : ' ');
  r->cols++;
}

/* After the cells: trailing empty cells dropped, an empty row dropped,
 * else the row ends its line; @repeat copies of it in all. */
static void
row_end(XmlOut *o, Row *r, guint repeat)
{
  GString *s = o->out;
  while (s->len > r->start && (s->str[s->len - 1] == '\t' || s->str[s->len - 1] == ' '))
    g_string_truncate(s, s->len - 1);
  if (s->len == r->start)
    return;
  g_string_append_c(s, '\n');
  gsize rl = s->len - r->start;
  for (guint i = 1; i < repeat; i++) {
    cv_gstring_reserve_wiped(s, rl);
    g_string_append_len(s, s->str + r->start, (gssize)rl);
  }
}

static void walk_docx(XmlOut *o, xmlNode *node, guint depth);
static void walk_odf(XmlOut *o, xmlNode *node, guint depth);

/* DOCX: the cells of a w:tr (also inside w:sdt / w:customXml wrappers). */
static void
docx_cells(XmlOut *o, Row *r, xmlNode *node, guint depth)
{
  for (xmlNode *n = node; n != NULL; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (is_ns(n, NS_W, "tc")) {
      guint span = 1;
      for (xmlNode *p = n->children; p != NULL; p = p->next)
        if (p->type == XML_ELEMENT_NODE && is_ns(p, NS_W, "tcPr"))
          for (xmlNode *g = p->children; g != NULL; g = g->next)
            if (g->type == XML_ELEMENT_NODE && is_ns(g, NS_W, "gridSpan"))
              span = count_attr(g, NS_W, "val", CV_TABLE_MAX_REPEAT);
      cell_sep(o, r);
      gsize cs = o->out->len;
      o->in_cell++;
      if (depth < CV_INGEST_MAX_XML_DEPTH)
        walk_docx(o, n->children, depth + 1);
      o->in_cell--;
      cv_cell_tidy(o->out, cs);
      for (guint i = 1; i < span; i++)
        cell_sep(o, r);
      continue;
    }
    if (is_ns(n, NS_W, "trPr") || is_ns(n, NS_W, "tblPrEx") ||
        is_ns(n, NS_W, "del") || is_ns(n, NS_MC, "Fallback"))
      continue;
    if (depth < CV_INGEST_MAX_XML_DEPTH)
      docx_cells(o, r, n->children, depth + 1);
  }
}

/* DOCX: the rows of a w:tbl (also inside wrappers). */
static void
docx_rows(XmlOut *o, xmlNode *node, guint depth)
{
  for (xmlNode *n = node; n != NULL; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (is_ns(n, NS_W, "tr")) {
      Row r = { o->out->len, 0 };
      docx_cells(o, &r, n->children, depth + 1);
      row_end(o, &r, 1);
      continue;
    }
    if (is_ns(n, NS_W, "tblPr") || is_ns(n, NS_W, "tblGrid") ||
        is_ns(n, NS_W, "del") || is_ns(n, NS_MC, "Fallback"))
      continue;
    if (depth < CV_INGEST_MAX_XML_DEPTH)
      docx_rows(o, n->children, depth + 1);
  }
}

/* ODF: the cells of a table:table-row. */
static void
odf_cells(XmlOut *o, Row *r, xmlNode *node, guint depth)
{
  for (xmlNode *n = node; n != NULL; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (is_ns(n, NS_TABLE, "table-cell") ||
        is_ns(n, NS_TABLE, "covered-table-cell")) {
      guint rep = count_attr(n, NS_TABLE, "number-columns-repeated",
                             CV_TABLE_MAX_REPEAT);
      cell_sep(o, r);
      gsize cs = o->out->len;
      o->in_cell++;
      if (depth < CV_INGEST_MAX_XML_DEPTH)
        walk_odf(o, n->children, depth + 1);
      o->in_cell--;
      cv_cell_tidy(o->out, cs);
      gsize cl = o->out->len - cs;
      for (guint i = 1; i < rep && r->cols < CV_TABLE_MAX_COLS; i++) {
        cell_sep(o, r);
        if (cl > 0) {
          cv_gstring_reserve_wiped(o->out, cl);
          g_string_append_len(o->out, o->out->str + cs, (gssize)cl);
        }
      }
      continue;
    }
    if (depth < CV_INGEST_MAX_XML_DEPTH)
      odf_cells(o, r, n->children, depth + 1);
  }
}

/* ODF: the rows of a table:table (header rows, row groups...). */
static void
odf_rows(XmlOut *o, xmlNode *node, guint depth)
{
  for (xmlNode *n = node; n != NULL; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (is_ns(n, NS_TABLE, "table-row")) {
      Row r = { o->out->len, 0 };
      odf_cells(o, &r, n->children, depth + 1);
      row_end(o, &r, count_attr(n, NS_TABLE, "number-rows-repeated",
                                CV_TABLE_MAX_REPEAT));
      continue;
    }
    if (is_ns(n, NS_TABLE, "table-columns") ||
        is_ns(n, NS_TABLE, "table-column") ||
        is_ns(n, NS_TABLE, "table-header-columns") ||
        is_ns(n, NS_TABLE, "table-column-group"))
      continue;
    if (is_ns(n, NS_TEXT, "tracked-changes"))
      continue;
    if (depth < CV_INGEST_MAX_XML_DEPTH)
      odf_rows(o, n->children, depth + 1);
  }
}

static void
walk_docx(XmlOut *o, xmlNode *node, guint depth)
{
  for (xmlNode *n = node; n != NULL; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (is_ns(n, NS_W, "t")) {
      for (xmlNode *t = n->children; t != NULL; t = t->next)
        if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) &&
            t->content != NULL)
          g_string_append(o->out, (const char *)t->content);
      continue;
    }
    if (is_ns(n, NS_W, "tab")) {
      g_string_append_c(o->out, o->in_cell ? ' ' : '\t');
      continue;
    }
    if (is_ns(n, NS_W, "br") || is_ns(n, NS_W, "cr")) {
      end_line(o);
      continue;
    }
    if (is_ns(n, NS_W, "noBreakHyphen")) {
      g_string_append_c(o->out, '-');
      continue;
    }
    /* deleted text, field codes, and the fallback copy of a text box
     * (mc:AlternateContent holds the same text twice) */
    if (is_ns(n, NS_W, "delText") || is_ns(n, NS_W, "instrText") ||
        is_ns(n, NS_W, "del") || is_ns(n, NS_MC, "Fallback"))
      continue;
    if (is_ns(n, NS_W, "tbl") && !o->in_cell) {
      table_begin(o);
      if (depth < CV_INGEST_MAX_XML_DEPTH)
        docx_rows(o, n->children, depth + 1);
      g_string_append_c(o->out, '\n');
      continue;
    }
    if (depth < CV_INGEST_MAX_XML_DEPTH)
      walk_docx(o, n->children, depth + 1);
    if (is_ns(n, NS_W, "p"))
      end_line(o);
    else if (is_ns(n, NS_W, "tc") || (o->in_cell && is_ns(n, NS_W, "tr")))
      g_string_append_c(o->out, o->in_cell ? ' ' : '\t'); /* nested: flat */
  }
}

static void
walk_odf(XmlOut *o, xmlNode *node, guint depth)
{
  for (xmlNode *n = node; n != NULL; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (o->in_para && n->content != NULL)
        g_string_append(o->out, (const char *)n->content);
      continue;
    }
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (is_ns(n, NS_TEXT, "s")) {
      guint64 count = 1;
      xmlChar *c = xmlGetNsProp(n, (const xmlChar *)"c", (const xmlChar *)NS_TEXT);
      if (c != NULL) {
        count = g_ascii_strtoull((const char *)c, NULL, 10);
        xmlFree(c);
      }
      count = CLAMP(count, 1, 1000);
      for (guint64 i = 0; i < count; i++)
        g_string_append_c(o->out, ' ');
      continue;
    }
    if (is_ns(n, NS_TEXT, "tab")) {
      g_string_append_c(o->out, o->in_cell ? ' ' : '\t');
      continue;
    }
    if (is_ns(n, NS_TEXT, "line-break")) {
      end_line(o);
      continue;
    }
    if (is_ns(n, NS_TEXT, "tracked-changes") ||
        is_ns(n, NS_TEXT, "sequence-decls"))
      continue;
    if (is_ns(n, NS_TABLE, "table") && !o->in_cell) {
      table_begin(o);
      if (depth < CV_INGEST_MAX_XML_DEPTH)
        odf_rows(o, n->children, depth + 1);
      g_string_append_c(o->out, '\n');
      continue;
    }
    if (o->in_cell && (is_ns(n, NS_TABLE, "table-cell") ||
                       is_ns(n, NS_TABLE, "covered-table-cell") ||
                       is_ns(n, NS_TABLE, "table-row")))
      g_string_append_c(o->out, ' '); /* nested table, flattened */
    gboolean para = is_ns(n, NS_TEXT, "p") || is_ns(n, NS_TEXT, "h");
    if (para)
      o->in_para++;
    if (depth < CV_INGEST_MAX_XML_DEPTH)
      walk_odf(o, n->children, depth + 1);
    if (para) {
      o->in_para--;
      end_line(o);
    }
  }
}

static gboolean
parse_part(XmlOut *o, const char *xml, gsize len, const char *name,
           GError **error)
{
  if (len > G_MAXINT) {
    g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
                        "archive entry too large");
    return FALSE;
  }
  xmlDocPtr doc = xmlReadMemory(xml, (int)len, name, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR |
                                    XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  if (doc == NULL) {
    g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED,
                        "damaged document: a part is not well-formed XML");
    return FALSE;
  }
  xmlNode *root = xmlDocGetRootElement(doc);
  if (o->odf)
    walk_odf(o, root, 0);
  else
    walk_docx(o, root, 0);
  xmlFreeDoc(doc);
  return TRUE;
}

/* Reads part @name (if present) and appends its text. */
static gboolean
read_part(zip_t *za, XmlOut *o, const char *name, gsize *budget,
          gboolean required, GError **error)
{
  char *xml = NULL;
  gsize n = 0;
  if (!read_entry(za, name, *budget, &xml, &n, error))
    return FALSE;
  if (xml == NULL) {
    if (required)
      g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED,
                  "damaged document: %s missing", name); /* our fixed name */
    return !required;
  }
  *budget -= MIN(*budget, n);
  gboolean ok = parse_part(o, xml, n, name, error);
  cv_wipe_free_len(xml, n);
  return ok;
}

static int
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

gboolean
cv_read_office(CvExtractor *ex, CvDocBuilder *b, const guint8 *data, gsize len,
               GError **error)
{
  zip_t *za = open_zip(data, len, error);
  if (za == NULL)
    return FALSE;
  /* sized so that it rarely grows (growth leaves unwiped copies) */
  XmlOut o = { g_string_sized_new(MIN(len * 4, ex->opt.max_text_bytes) + 4096),
               FALSE, 0, 0 };
  gsize budget = ex->opt.max_text_bytes; /* uncompressed XML, all parts */
  gboolean ok;

  if (zip_name_locate(za, "word/document.xml", 0) >= 0) {
    ok = read_part(za, &o, "word/document.xml", &budget, TRUE, error);
    /* headers, footers, notes and comments, in name order */
    GPtrArray *extra = g_ptr_array_new_with_free_func(g_free);
    zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; i++) {
      const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
      if (name == NULL || !g_str_has_prefix(name, "word/") ||
          !g_str_has_suffix(name, ".xml") || strchr(name + 5, '/') != NULL)
        continue;
      const char *base = name + 5;
      if (g_str_has_prefix(base, "header") || g_str_has_prefix(base, "footer") ||
          strcmp(base, "footnotes.xml") == 0 ||
          strcmp(base, "endnotes.xml") == 0 || strcmp(base, "comments.xml") == 0)
        g_ptr_array_add(extra, g_strdup(name));
    }
    g_ptr_array_sort(extra, compare_names);
    for (guint i = 0; ok && i < extra->len; i++) {
      g_string_append_c(o.out, '\n');
      ok = read_part(za, &o, g_ptr_array_index(extra, i), &budget, FALSE, error);
    }
    g_ptr_array_unref(extra);
  } else if (zip_name_locate(za, "content.xml", 0) >= 0) {
    o.odf = TRUE;
    ok = read_part(za, &o, "content.xml", &budget, TRUE, error);
    if (ok) {
      g_string_append_c(o.out, '\n');
      ok = read_part(za, &o, "styles.xml", &budget, FALSE, error);
    }
  } else {
    g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_UNSUPPORTED,
                        "unsupported type application/zip");
    ok = FALSE;
  }
  zip_discard(za);
  if (ok)
    ok = cv_doc_builder_add_page(b, o.out->str, o.out->len, CV_PAGE_TEXT,
                                 -1.0f, error);
  cv_gstring_wipe_free(o.out);
  return ok;
}
