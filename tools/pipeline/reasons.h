/* reasons.h — the extractor's failure reasons as stable codes (reasons.c):
 * English in the confined worker, rendered in the reader's language by
 * whoever reports them. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The wire form of an English reason of the table (code and values), or
 * NULL when it is not one of them (then it travels as is). */
char *cv_reason_encode(const char *message);
/* A reason as received (wire form, or plain text from an older worker):
 * translated through gettext, values escaped (g_free). */
char *cv_reason_render(const char *wire);

G_END_DECLS
