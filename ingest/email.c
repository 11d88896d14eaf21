/* email.c — owns the email reader (GMime 3).  First commit: not yet
 * implemented. */
#include "ingest-private.h"

gboolean
cv_read_email(CvExtractor *ex, CvDocBuilder *b, const guint8 *data, gsize len,
              guint depth, GError **error)
{
  g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_UNSUPPORTED,
                      "unsupported type message/rfc822 (reader not written yet)");
  return FALSE;
}
