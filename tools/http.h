/* http.h — the HTTP/JSON API for RAG services (tools/ only), separate from
 * the service that owns the store (service.c): it only reads, through the
 * CvOwner it is given, each request inside the owner's read lock so that a
 * document forgotten (exclusive write) is never half served and never
 * served again once `forget` returned.
 *
 *   POST /v1/search {"collection", "query", "k", "offset", "filter"}
 *                                  -> {"total", "offset", "k", "results"}
 *   GET  /v1/documents/{id}?collection=C           -> the document's chunks
 *   GET  /v1/health                                -> {"status": "ok"}
 *   GET  /metrics                                  -> Prometheus text
 * /v1/search and /v1/documents need "Authorization: Bearer TOKEN" with a
 * token of that collection (tokens.h): none or unknown -> 401, another
 * collection's -> 403.  Bodies over 64 KiB -> 413, bad JSON, query, k,
 * offset, filter or an unknown field -> 400.  Every error is
 * {"error": {"code", "message"}}: a stable code, a message in French or
 * English per Accept-Language; 405 comes with Allow.  Tokens are re-read
 * when their file changes.  docs/http-api.md describes it all.
 *
 * Abuse: a watchdog shuts down every connection that has not sent its
 * whole request head within header_timeout, or its body and read the
 * response within body_timeout (slowloris and slow readers); connections
 * are capped per address and in all; two Content-Length headers, a bad one
 * or one with Transfer-Encoding -> 400 and the connection closed.
 */
#pragma once

#include <glib.h>

#include "cv-pipeline.h"

typedef struct _CvHttp CvHttp;

/* Extra lines for /metrics (Prometheus text), appended to @out. */
typedef void (*CvHttpMetricsFunc)(GString *out, gpointer user_data);

/* How to listen, and the limits that keep one client from starving the
 * others (0: the default in brackets). */
typedef struct {
  const char *listen;         /* "HOST:PORT", "[V6]:PORT" or "unix:/path" */
  guint threads;              /* HTTP threads */
  guint max_connections;      /* open at once, in all [1024] */
  guint max_per_ip;           /* open at once from one address [64] */
  guint header_timeout;       /* seconds to send a request head [10]; also the
                                 idle time of a kept-alive connection */
  guint body_timeout;         /* seconds for the body and the response [30] */
  const char *ops_listen;     /* /metrics and /v1/health there only (NULL: on
                                 @listen) */
  const char *ops_token_file; /* they need this bearer token (NULL: none) */
  gboolean access_log;        /* a line per request on standard error:
                                 time, token id, method, endpoint, status,
                                 latency (never the query) */
  const char *tls_cert;       /* PEM certificate chain: HTTPS (with
                                 tls_key; NULL: plain HTTP) */
  const char *tls_key;        /* PEM private key (not readable by others) */
  const char *const *cors_origins; /* origins browsers may call from ("*":
                                      any); NULL: no CORS headers */
} CvHttpOptions;

/* Starts the server.  *shown gets the address as a URL; *loopback whether
 * only this machine can connect; *n_tokens the tokens known at start. */
CvHttp *cv_http_new(CvOwner *owner, const CvHttpOptions *options, char **shown,
                    gboolean *loopback, guint *n_tokens, GError **error);
/* The ops listener's address as a URL, or NULL. */
const char *cv_http_ops_address(CvHttp *http);
void cv_http_set_metrics(CvHttp *http, CvHttpMetricsFunc func,
                         gpointer user_data);
/* Serves the review page (/ui/) and its admin API (/v1/admin/: tokens
 * made with `caviar token create --admin`): files tried run through a
 * pipeline with @po into a preview sink, or into the store with @so (the
 * admin token's collection).  Call before the first request; @po and @so
 * must outlive the server. */
void cv_http_set_ui(CvHttp *http, const CvPipelineOptions *po,
                    const CvStoreSinkOptions *so);
/* The drop folders the page shows (their quarantine and done/ folders,
 * for the admin token's collection); copied.  Again after a reload. */
void cv_http_set_folders(CvHttp *http, GPtrArray *specs);
/* Waits for the requests in flight, then stops. */
void cv_http_free(CvHttp *http);
