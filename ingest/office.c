/* office.c — owns the DOCX/ODT reader (libzip + libxml2).  First commit:
 * not yet implemented. */
#include "ingest-private.h"

gboolean
cv_office_sniff_zip(const guint8 *data, gsize len, const char **mime)
{
  return FALSE;
}

gboolean
cv_read_office(CvExtractor *ex, CvDocBuilder *b, const guint8 *data, gsize len,
               GError **error)
{
  g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_UNSUPPORTED,
                      "unsupported type (office reader not written yet)");
  return FALSE;
}
