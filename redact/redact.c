/* redact.c — redactor object and public entry points of the redaction stage. */
#include "cv-redact.h"

G_DEFINE_QUARK(cv-redact-error-quark, cv_redact_error)
