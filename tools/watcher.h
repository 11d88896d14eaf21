/* watcher.h — drop folders (tools/ only): files saved or moved into a
 * watched folder are taken into the store once, then moved out of the way.
 *
 * inotify, recursive (a new sub-directory is watched, then scanned: what
 * arrived before its watch is not missed); files closed after writing
 * (IN_CLOSE_WRITE) or moved in (IN_MOVED_TO); hidden and temporary names
 * ignored (.*, ~$*, *.tmp, *.part, *.crdownload); a file is taken once its
 * size and modification time have not changed for settle_ms (a file moved
 * in is complete: at the next tick) and, when the kernel lets us tell (a
 * read lease: the files' owner or CAP_LEASE), no process holds it open for
 * writing.  Queue overflow (IN_Q_OVERFLOW), or
 * more than max_waiting files waiting: a rescan once there is room (memory
 * stays flat however many files land).  On start every file present is
 * taken: a restart misses nothing.
 *
 * Exactly once: the store's content id is the journal.  A file stays where
 * it was until the store has it (committed, fsync'd); then, by policy, it
 * is moved to DIR/.caviar/done/ (default), deleted, or kept.  A crash in
 * between finds it again on restart: already stored, it is just moved.  A
 * file that fails is moved to DIR/.caviar/quarantine/ with NAME.reason
 * (one line, no personal data); dropped again, it is tried again.  A store
 * that fails (full disk) leaves the file in place and tries again later.
 * A file dropped again under the same path with a new content replaces the
 * previous version (unless the folder keeps versions).
 *
 * Nothing outside the tree: every path is opened one component at a time
 * with O_NOFOLLOW from the folder's own descriptor; links, FIFOs, devices
 * and sockets are quarantined, never read.
 *
 * Threads: the watcher runs in the default main context; cv_watcher_done
 * runs on the pipeline's thread (moves, deletes, logs).
 */
#pragma once

#include <glib.h>

#include "cv-pipeline.h"

typedef enum {
  CV_WATCH_MOVE = 0, /* to DIR/.caviar/done/ */
  CV_WATCH_DELETE,   /* once the store has it durably */
  CV_WATCH_KEEP,     /* left in place (taken again only if it changes) */
} CvWatchPolicy;

typedef struct {
  char *name;       /* config section, or the directory */
  char *directory;  /* absolute */
  char *collection; /* NULL: the service's default */
  CvWatchPolicy policy;
  gboolean keep_versions;
} CvWatchSpec;

void cv_watch_spec_free(CvWatchSpec *spec);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvWatchSpec, cv_watch_spec_free)
gboolean cv_watch_policy_parse(const char *s, CvWatchPolicy *out);

typedef struct {
  guint64 stored, already, failed, retried;
  guint waiting; /* files noticed, not finished */
  guint folders;
} CvWatchStats;

typedef struct _CvWatcher CvWatcher;

/* @max_waiting: files noticed and not finished, at most (0: 4096); more
 * are found by a rescan once half of them are done. */
CvWatcher *cv_watcher_new(guint settle_ms, guint max_waiting, GError **error);
/* The pipeline's item callback: create the pipeline with it and the
 * watcher as its data, then give it to cv_watcher_start. */
void cv_watcher_done(CvItem *item, gpointer watcher);
void cv_watcher_start(CvWatcher *watcher, CvPipeline *pipeline);
/* Watches @specs from now on: folders no longer named are dropped, new or
 * changed ones (re)added.  FALSE (and nothing changed) if one cannot be
 * watched. */
gboolean cv_watcher_set_folders(CvWatcher *watcher, GPtrArray *specs,
                                GError **error);
void cv_watcher_stats(CvWatcher *watcher, CvWatchStats *stats);
/* Stops noticing and submitting files (before the pipeline is drained). */
void cv_watcher_stop(CvWatcher *watcher);
void cv_watcher_free(CvWatcher *watcher);
