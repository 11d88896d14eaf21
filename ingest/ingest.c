/* ingest.c — extractor object: detection and dispatch to the format readers. */
#include "cv-ingest.h"

G_DEFINE_QUARK(cv-ingest-error-quark, cv_ingest_error)
