/* service.h — the one process that owns a store (tools/ only): `caviar
 * serve` and `caviar watch` run it.
 *
 * It opens the store read-write and holds it (STORE/owner.lock) and shares
 * that one CvOwner between:
 *   - the control socket (control.h): every store command of the CLI runs
 *     here while the service runs, on the same handle;
 *   - the HTTP API (http.h), when it listens;
 *   - the drop folders (watcher.h) through one pipeline into the store.
 * So a document forgotten through the CLI is gone from the API when
 * `forget` returns, and a stored one is searchable at once.
 *
 * Signals: SIGTERM/SIGINT stop taking files, let those in the workers
 * finish (the others stay where they are), wait for the requests in flight,
 * exit 0; SIGHUP reads the configuration again (drop folders, tokens; a
 * broken file is reported and the running configuration kept).  systemd:
 * Type=notify (READY=1 once it serves, STATUS=, STOPPING=1).
 */
#pragma once

#include <glib.h>

#include "cli.h"

typedef struct {
  char *listen;        /* HTTP address; NULL: no HTTP (caviar watch) */
  int threads;         /* HTTP threads (0: [serve] threads or 4) */
  char *control_group; /* NULL: [serve] control-group, or none */
  int settle_ms;       /* -1: [serve] settle-ms or 500 */
  GPtrArray *watches;  /* CvWatchSpec* from the command line */
  char *collection;    /* for watches without one (--collection) */
  int jobs;            /* extractor processes (0: [ingest] jobs, cores) */
  int max_waiting;     /* drop folders: files noticed at once (0: 4096) */
  gboolean http;       /* serve: listen (default 127.0.0.1:8750) */
} CvServiceArgs;

/* Runs until SIGTERM/SIGINT; the exit code. */
int cv_service_run(CvCli *cli, CvCliCommon *common, CvServiceArgs *args);
