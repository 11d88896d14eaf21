/* http.h — the HTTP/JSON API for RAG services (tools/ only), separate from
 * the service that owns the store (service.c): it only reads, through the
 * CvOwner it is given, each request inside the owner's read lock so that a
 * document forgotten (exclusive write) is never half served and never
 * served again once `forget` returned.
 *
 *   POST /v1/search {"collection", "query", "k"}  -> {"results": [...]}
 *   GET  /v1/documents/{id}?collection=C           -> the document's chunks
 *   GET  /v1/health                                -> {"status": "ok"}
 *   GET  /metrics                                  -> Prometheus text
 * /v1/search and /v1/documents need "Authorization: Bearer TOKEN" with a
 * token of that collection (tokens.h): none or unknown -> 401, another
 * collection's -> 403.  Bodies over 64 KiB -> 413, bad JSON, query or k ->
 * 400.  Tokens are re-read when their file changes.
 */
#pragma once

#include <glib.h>

#include "cv-pipeline.h"

typedef struct _CvHttp CvHttp;

/* Extra lines for /metrics (Prometheus text), appended to @out. */
typedef void (*CvHttpMetricsFunc)(GString *out, gpointer user_data);

/* Listens on "HOST:PORT", "[V6]:PORT" or "unix:/path" with @threads
 * threads.  *shown gets the address as a URL; *loopback whether only this
 * machine can connect; *n_tokens the tokens known at start. */
CvHttp *cv_http_new(CvOwner *owner, const char *listen, guint threads,
                    char **shown, gboolean *loopback, guint *n_tokens,
                    GError **error);
void cv_http_set_metrics(CvHttp *http, CvHttpMetricsFunc func,
                         gpointer user_data);
/* Waits for the requests in flight, then stops. */
void cv_http_free(CvHttp *http);
