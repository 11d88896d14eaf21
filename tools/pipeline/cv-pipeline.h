/* cv-pipeline.h — one path from a file to its destination, shared by
 * `caviar ingest`, `caviar eval`, the drop-folder watcher and the service.
 *
 *   open (O_NOFOLLOW|O_NONBLOCK, regular files only)      cv_pipeline_open
 *   → read (size cap) → content id, already known?         CvSink.admit
 *   → extract in a sandboxed worker process                CvWorkerPool
 *   → redact the whole text → chunk                        cv_pipeline_redact
 *   → group commit                                         CvSink.commit
 *
 * A CvPipeline runs that path on a thread of its own for the CvItems
 * submitted to it (a bounded queue: submitting blocks while it is full) and
 * hands each item back, finished, to a callback.  Where the results go is a
 * CvSink: the store (cv_sink_store_new), eval's tallies (tools/cmd-eval.c),
 * or nowhere (cv_sink_preview_new: `caviar redact FILE`, a review page).
 *
 * The store is held by a CvOwner: the one open store of a process with the
 * locks that let the pipeline, the HTTP API and the control socket share it
 * (one writer at a time, any number of readers, readers excluded while a
 * document disappears or keys change).
 *
 * File names are personal data: an item's source path is hashed
 * (cv_store_path_key) and redacted (cv_pipeline_redact_name) before it is
 * stored, printed or logged; item->shown is the only form of it that may
 * leave the process.
 */
#pragma once

#include <locale.h>
#include <sys/stat.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "cv-ingest.h"
#include "cv-redact.h"
#include "cv-store.h"

G_BEGIN_DECLS

#define CV_PIPELINE_ERROR (cv_pipeline_error_quark())
GQuark cv_pipeline_error_quark(void);
typedef enum {
  CV_PIPELINE_ERROR_INPUT,   /* not a regular file, too large, changed */
  CV_PIPELINE_ERROR_BUSY,    /* the store is held by another process */
  CV_PIPELINE_ERROR_STOPPED, /* cancelled */
} CvPipelineError;

/* ------------------------------------------------------------------ */
/* The store's owner                                                   */
/* ------------------------------------------------------------------ */

typedef struct _CvOwner CvOwner;

/* Called about every 200 ms while another process holds the store for
 * writing (@pid, @what: its PID and command, from STORE/owner.lock);
 * @first on the first call.  Return FALSE to stop waiting: the open then
 * fails with CV_PIPELINE_ERROR_BUSY. */
typedef gboolean (*CvOwnerWaitFunc)(gboolean first, gint64 pid,
                                    const char *what, gpointer user_data);

/* Opens the store of @options.  Read-write (options->read_only FALSE):
 * first takes STORE/owner.lock (flock, with our PID and @what in it),
 * waiting for another writer while @wait returns TRUE (NULL: fail at once);
 * the lock is held until the owner is freed.  Read-only opens take no
 * lock.  *key_created as cv_store_open. */
CvOwner *cv_owner_open(const CvStoreOptions *options, const char *what,
                       CvOwnerWaitFunc wait, gpointer user_data,
                       gboolean *key_created, GError **error);
CvOwner *cv_owner_ref(CvOwner *owner);
/* The last reference closes the store and releases the lock. */
void cv_owner_unref(CvOwner *owner);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvOwner, cv_owner_unref)

CvStore *cv_owner_store(CvOwner *owner);
const char *cv_owner_dir(CvOwner *owner);
gboolean cv_owner_read_only(CvOwner *owner);

/* Readers: search, get, list, export, verify, stats.  Not re-entrant (a
 * thread must not take it twice: a waiting writer would deadlock it). */
void cv_owner_read_begin(CvOwner *owner);
void cv_owner_read_end(CvOwner *owner);
/* Writers, one at a time: cv_owner_write_begin/end around every change.
 * A writer that makes documents disappear (forget, replace, purge) or
 * changes keys also closes the gate with cv_owner_exclude_begin/end (inside
 * its write section): that waits for the readers inside and keeps new ones
 * out (writers go first), so that once it returns no reader sees the old
 * state, nor a document half gone.  Adding documents needs no exclusion. */
void cv_owner_write_begin(CvOwner *owner);
void cv_owner_write_end(CvOwner *owner);
void cv_owner_exclude_begin(CvOwner *owner);
void cv_owner_exclude_end(CvOwner *owner);

/* ------------------------------------------------------------------ */
/* Items                                                               */
/* ------------------------------------------------------------------ */

typedef enum {
  CV_ITEM_PENDING = 0, /* not finished */
  CV_ITEM_STORED,      /* committed (durably: the store syncs each batch) */
  CV_ITEM_ALREADY,     /* same content already there: nothing written */
  CV_ITEM_FAILED,      /* this file cannot be taken (item->failure) */
  CV_ITEM_RETRY,       /* the destination failed (store full, I/O): the
                          file is fine, try again later (item->failure) */
  CV_ITEM_CANCELLED,   /* not processed: the pipeline was cancelled */
} CvItemStatus;

/* Name of a status for output: "stored", "already stored", ... */
const char *cv_item_status_name(CvItemStatus status);
/* The same, translated, for people (never in JSON). */
const char *cv_item_status_label(CvItemStatus status);

/* One input.  The caller fills the first block; the pipeline the rest. */
typedef struct {
  /* --- input (the caller) --- */
  int fd;                 /* open regular file, closed by the pipeline; -1
                             when @error is set */
  GError *error;          /* the input failed before the pipeline (missing
                             path, unreadable directory): reported as is */
  char *source;           /* path under the ingested root or drop folder,
                             unredacted: hashed and redacted, never printed */
  char *origin;           /* absolute path it was read from (hashed for
                             `forget --source`), or NULL */
  char *collection;       /* NULL: the sink's */
  gboolean keep_versions; /* a new content from @source does not replace
                             the previous version */
  gpointer user_data;
  GDestroyNotify user_destroy;

  /* --- results (the pipeline) --- */
  CvItemStatus status;
  GError *failure; /* FAILED / RETRY: why (never document text) */
  char *shown;     /* @source redacted and escaped: the only form of
                      the name that may be printed, logged or stored */
  char doc_id[CV_DOC_ID_LEN + 1];   /* content id ("" before admit) */
  char replaced[CV_DOC_ID_LEN + 1]; /* document this one replaced, or "" */
  struct stat st; /* the file as read (dev, ino, size, mtime) */
  char *mime;
  guint n_pages, n_ocr_pages, n_chunks;
  guint counts[CV_PII_N_TYPES]; /* identifiers redacted, per type */
  CvLang lang;
  char **warnings; /* extraction warnings (never text) */
  gint64 ms;       /* wall time in the pipeline */

  /* --- while in the pipeline, for the sink's commit --- */
  CvDocument *doc;         /* extracted document */
  struct _CvRedacted *red; /* its redacted text and chunks */
  gint64 started;          /* monotonic µs */
} CvItem;

CvItem *cv_item_new(void);
void cv_item_free(CvItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvItem, cv_item_free)
/* Sets the item FAILED (or RETRY) with a literal reason. */
void cv_item_fail(CvItem *item, CvItemStatus status, const GError *error);

/* ------------------------------------------------------------------ */
/* Redaction and chunking of a whole document                          */
/* ------------------------------------------------------------------ */

#define CV_CHUNK_TARGET 1200 /* bytes of redacted text per chunk */

typedef struct _CvRedacted {
  char *text; /* redacted text, pages joined by '\f' (wiped on free) */
  gsize len;
  GArray *chunks; /* CvChunkSpan over @text */
  GArray *spans;  /* CvSpan: what was found, as offsets into the extracted
                     text (never the values) */
  guint counts[CV_PII_N_TYPES];
  CvLang lang;                         /* detected or forced language */
  guint64 cpu_redact_ns, cpu_chunk_ns; /* CPU time of the two steps */
} CvRedacted;

/* The whole text is scanned at once (an identifier across a page or chunk
 * boundary is still caught), then chunked with its page numbers.  NULL
 * with @error when the text is longer than the redactor accepts: such a
 * text is refused, never stored unredacted. */
CvRedacted *cv_pipeline_redact(const CvRedactor *redactor, const CvDocument *doc,
                               CvLang lang, gsize chunk_target, GError **error);
void cv_redacted_free(CvRedacted *r);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvRedacted, cv_redacted_free)

/* The redactor of @coll's documents: @mode, the collection's pseudonym
 * key and its lists (cv_store_collection_get_lists: terms always and
 * never redacted); *@generation (may be NULL) gets the lists' generation
 * it was built from (rebuild when cv_store_collection_lists_generation
 * differs).  @coll NULL: @mode without key or lists. */
CvRedactor *cv_pipeline_redactor_new(CvCollection *coll, CvRedactMode mode,
                                     guint *generation, GError **error);

/* Changes @coll's lists under @owner's write lock (`caviar lists`, the
 * review page): CV_LISTS_ADD puts each of @terms into the list of @type
 * (a CvPiiType: always redacted; CV_STORE_LIST_NEVER: never), taking it
 * out of the other list (terms compare case and accents aside);
 * CV_LISTS_REMOVE takes each out of both lists (@only: of @type's list
 * only), setting @missing[i] when term i was in none.  The result is
 * checked by the redactor (words, sizes, counts: CV_REDACT_ERROR or
 * CV_STORE_ERROR_INVALID) before it is stored.  Returns the lists as
 * stored (GPtrArray of CvListTerm*), NULL with @error. */
typedef enum { CV_LISTS_ADD, CV_LISTS_REMOVE } CvListsEdit;
GPtrArray *cv_pipeline_lists_edit(CvOwner *owner, CvCollection *coll,
                                  CvListsEdit edit, gint type, gboolean only,
                                  const char *const *terms, guint n_terms,
                                  guint *changed, guint *unchanged,
                                  gboolean *missing, GError **error);
/* {"collection", "always": [{"term", "type"}], "never": [term]}. */
void cv_pipeline_lists_json(JsonBuilder *b, const char *collection,
                            const GPtrArray *lists);
/* A type from its name (PERSON, SIN...) or its token's label (PERSONNE,
 * NAS...), in any case; FALSE if none. */
gboolean cv_pipeline_list_type_parse(const char *name, gint *type);

/* {"SIN": 1, "EMAIL": 2}: types with a non-zero count (g_free). */
char *cv_pipeline_counts_json(const guint *counts);
/* Adds "spans": [{"type", "start", "end", "confidence", "detector"}] to
 * the object being built in @b: where each identifier is, never what. */
void cv_pipeline_spans_json(JsonBuilder *b, const GArray *spans);
/* "SIN 1, EMAIL 2" or "none" (g_free). */
char *cv_pipeline_counts_text(const guint *counts);
guint cv_pipeline_counts_total(const guint *counts);

/* ------------------------------------------------------------------ */
/* File names                                                          */
/* ------------------------------------------------------------------ */

/* @name (any bytes) as printable UTF-8: invalid bytes and control
 * characters as \xNN (\n, \t, \r as such).  A new line in a file name can
 * then not forge a line of output, nor break JSON.  Idempotent (a
 * backslash is kept as is): names stored escaped print unchanged. */
char *cv_pipeline_escape_name(const char *name);
/* A path as it may leave the process: escaped, then redacted by
 * @redactor (each component scanned as a line of its own, '_' read as a
 * space), plus a Luhn-valid 9-digit number (a SIN) anywhere in it. */
char *cv_pipeline_redact_name(const CvRedactor *redactor, const char *path);

/* ------------------------------------------------------------------ */
/* Opening and walking inputs                                          */
/* ------------------------------------------------------------------ */

/* Opens @name relative to @dirfd (AT_FDCWD: the working directory) with
 * O_RDONLY|O_NOFOLLOW|O_NONBLOCK|O_CLOEXEC|O_NOCTTY (@follow: without
 * O_NOFOLLOW, for a path named on the command line) and checks the opened
 * descriptor: a regular file, or -1 with @error (a FIFO, device or socket
 * is never read, so never blocks). */
int cv_pipeline_open(int dirfd, const char *name, gboolean follow,
                     GError **error);

/* One input found by cv_pipeline_walk: a regular file to open, or a path
 * that failed (@error). */
typedef struct {
  char *path;       /* to open (as given + relative part) */
  char *source;     /* root's base name + path under the root */
  char *origin;     /* absolute, canonical */
  GError *error;    /* missing, unreadable, not a file, too deep */
  gboolean operand; /* named on the command line: a link is followed */
} CvWalkEntry;
void cv_walk_entry_free(CvWalkEntry *entry);

/* Walks @paths (files and directories, recursively, names sorted; links
 * inside a directory are not followed; a directory deeper than 64 levels
 * is an error) and returns a GPtrArray of CvWalkEntry, in order.  @cwd
 * (NULL: ours) makes relative paths absolute for @origin. */
GPtrArray *cv_pipeline_walk(char **paths, guint n_paths, const char *cwd);
/* An item for @entry: opened (or failed), not yet submitted. */
CvItem *cv_pipeline_item_for(const CvWalkEntry *entry);

/* ------------------------------------------------------------------ */
/* Sinks                                                               */
/* ------------------------------------------------------------------ */

typedef struct _CvSink CvSink;
typedef struct {
  /* For a file's bytes, on the pipeline's thread: fill item->doc_id if
   * meaningful; CV_ITEM_PENDING to extract it, CV_ITEM_ALREADY to skip
   * it, CV_ITEM_FAILED or CV_ITEM_RETRY with @error. */
  CvItemStatus (*admit)(CvSink *sink, CvItem *item, GBytes *content,
                        GError **error);
  /* The redactor for @item (its collection's pseudonyms). */
  const CvRedactor *(*redactor)(CvSink *sink, CvItem *item, GError **error);
  /* Takes @n items extracted, redacted and chunked (item->doc, item->red)
   * and sets each one's status: STORED, ALREADY, FAILED or RETRY. */
  void (*commit)(CvSink *sink, CvItem **items, guint n);
  void (*free)(CvSink *sink);
} CvSinkClass;
/* A sink embeds this as its first member. */
struct _CvSink {
  const CvSinkClass *klass;
  guint64 index_cpu_ns; /* CPU its commits spent indexing (a sink that
                           indexes adds to it; for stage timings) */
};
void cv_sink_free(CvSink *sink);

typedef struct {
  const char *collection; /* items without one */
  CvRedactMode mode;      /* labels or keyed pseudonyms */
  guint expire_days;      /* 0: kept until forgotten */
} CvStoreSinkOptions;

/* Documents go to the store held by @owner (which must be writable):
 * content already stored is ALREADY; a new content from a source path
 * already stored replaces that document (forgotten first, under the
 * owner's exclusive lock, so no reader sees both or neither) unless the
 * item keeps versions; store errors are RETRY. */
CvSink *cv_sink_store_new(CvOwner *owner, const CvStoreSinkOptions *options,
                          GError **error);
/* Documents replaced so far are gone from reads but their ciphertext stays
 * in the store's files until a compaction: this runs one if any was
 * replaced since the last call (under the owner's write lock). */
gboolean cv_sink_store_compact(CvSink *sink, GError **error);

/* Called with each document redacted, then dropped: nothing is stored.
 * @text (wiped after the call) is the redacted text, pages separated by
 * '\f'; @chunks are CvChunkSpan over it. */
typedef void (*CvPreviewFunc)(CvItem *item, const char *text, gsize len,
                              const GArray *chunks, gpointer user_data);
/* @coll (may be NULL) gives the pseudonym key and the lists, read once
 * (cv_pipeline_redactor_new). */
CvSink *cv_sink_preview_new(CvCollection *coll, CvRedactMode mode,
                            CvPreviewFunc func, gpointer user_data,
                            GError **error);

/* ------------------------------------------------------------------ */
/* The pipeline                                                        */
/* ------------------------------------------------------------------ */

typedef struct _CvPipeline CvPipeline;

/* Extraction through a RabbitMQ broker by `caviar worker`s (tools/broker.h,
 * tools/workers.c): each file's bytes are sealed to the workers' public
 * key, each result to a key pair made for this run; everything that needs
 * the store's keys stays here. */
typedef struct {
  const char *url;       /* amqp:// or amqps:// (NULL: none) */
  guint8 worker_pk[32];  /* jobs are sealed to it */
  const char *owner_id;  /* results queue caviar.results.ID */
  guint in_flight;       /* jobs sent, not answered (0: 16) */
  guint timeout_s;       /* per job (0: 600) */
  guint64 max_job_bytes; /* larger files stay here (0: 64 MiB) */
  gboolean only;         /* no local workers (-j 0) but for
                            files over max_job_bytes */
  guint attempts;        /* workers that may die on a file before it is
                            quarantined (0: 3; at most 5) */
} CvBrokerOptions;

/* Jobs of the broker's workers, as the owner sees them. */
typedef struct {
  gboolean enabled;   /* a broker is configured */
  gboolean connected; /* to it now */
  gint64 queued;      /* ready in caviar.jobs (every owner's; -1: unknown) */
  guint in_flight;    /* sent, not answered */
  guint64 done, failed, quarantined; /* answered */
  guint64 local;                     /* over the job size cap: extracted here */
  guint64 pages;                     /* pages the workers returned */
  guint64 reconnects;
} CvBrokerStats;

typedef struct {
  CvIngestOptions ingest; /* extraction: OCR, PDF password, caps */
  CvBrokerOptions broker; /* worker nodes (broker.url NULL: none) */
  guint workers;          /* extractor processes (0: number of cores) */
  guint timeout_s;        /* per file (0: none) */
  guint64 max_bytes;      /* largest file read (0: 512 MiB) */
  CvLang lang;            /* redaction language (AUTO: per document) */
  guint queue;            /* items waiting to start (0: 64) */
  gboolean redact_names;  /* item->shown redacted (else only escaped) */
  /* The language of the items' failure messages (rendered on the
   * pipeline's thread): a locale that outlives the pipeline (one of
   * cv_i18n_use's shared ones); (locale_t)0: the process's. */
  locale_t messages;
  /* Pages of a long OCR document done so far: called from a worker
   * thread (not the pipeline's) with the item being read (read
   * item->shown only), @done of @total pages; NULL: none. */
  void (*progress)(CvItem *item, guint done, guint total, gpointer data);
  gpointer progress_data;
} CvPipelineOptions;

/* Called on the pipeline's thread with each finished item (status set),
 * in completion order; takes ownership of @item. */
typedef void (*CvItemFunc)(CvItem *item, gpointer user_data);

/* Starts the pipeline's thread; takes @sink. */
CvPipeline *cv_pipeline_new(const CvPipelineOptions *options, CvSink *sink,
                            CvItemFunc done, gpointer user_data);
CvSink *cv_pipeline_sink(CvPipeline *pipeline);
/* Queues @item (taking it); blocks while the queue is full.  After
 * cv_pipeline_cancel, the item comes back CANCELLED at once. */
void cv_pipeline_submit(CvPipeline *pipeline, CvItem *item);
/* Waits until every submitted item was handed to the callback. */
void cv_pipeline_drain(CvPipeline *pipeline);
/* Items not started come back CANCELLED; those being extracted finish. */
void cv_pipeline_cancel(CvPipeline *pipeline);
/* Items submitted and not yet finished. */
guint cv_pipeline_pending(CvPipeline *pipeline);

/* Stages of a document's way, for CPU time accounting. */
typedef enum {
  CV_STAGE_DETECT,  /* type detection (worker) */
  CV_STAGE_EXTRACT, /* reading the format: text layer, XML, MIME (worker) */
  CV_STAGE_OCR,     /* rendering pages for OCR, cleaning, recognition
                       (worker, every OCR thread) */
  CV_STAGE_REDACT,  /* language, scanners, replacement */
  CV_STAGE_CHUNK,   /* chunking */
  CV_STAGE_STORE,   /* sink commit but indexing: sealing, RocksDB batch */
  CV_STAGE_INDEX,   /* postings of the encrypted index */
  CV_STAGE_N
} CvStage;
/* "detect", "extract", "ocr", "redact", "chunk", "store", "index". */
const char *cv_stage_name(CvStage stage);
/* CPU time (ns) spent in each stage on the items finished so far (files
 * that failed in a worker are not counted), and their pages.  Start-up of
 * the workers, reading the files and RocksDB's background threads are in
 * no stage. */
void cv_pipeline_cpu(CvPipeline *pipeline, guint64 cpu_ns[CV_STAGE_N],
                     guint64 *pages);
/* The broker's jobs so far (st->enabled FALSE without a broker). */
void cv_pipeline_broker_stats(CvPipeline *pipeline, CvBrokerStats *st);
/* Drains, stops the thread and the workers, frees the sink. */
void cv_pipeline_free(CvPipeline *pipeline);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvPipeline, cv_pipeline_free)

G_END_DECLS
