/* html.c — owns the HTML reader (libxml2).  First commit: not yet
 * implemented. */
#include "ingest-private.h"

gboolean
cv_read_html(CvExtractor *ex, CvDocBuilder *b, const guint8 *data, gsize len,
             const char *charset_hint, GError **error)
{
  g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_UNSUPPORTED,
                      "unsupported type text/html (reader not written yet)");
  return FALSE;
}
