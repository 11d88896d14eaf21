/* cv-store.h — public API of the encrypted store (RocksDB + libsodium) and
 * of its encrypted keyword index.
 *
 * Every value is encrypted (XChaCha20-Poly1305) under per-document keys
 * wrapped by per-collection keys derived from the master key; RocksDB keys
 * hold no plaintext.  Keys live in sodium_malloc'd memory.  One document is
 * one atomic write batch.  Text handed out by the read functions is
 * plaintext in memory: callers must not write it anywhere but their output.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CV_STORE_ERROR (cv_store_error_quark())
GQuark cv_store_error_quark(void);
typedef enum {
  CV_STORE_ERROR_IO,        /* RocksDB or file system */
  CV_STORE_ERROR_KEY,       /* missing/bad key file, wrong key */
  CV_STORE_ERROR_CORRUPT,   /* authentication failed, bad record */
  CV_STORE_ERROR_NOT_FOUND, /* no such document / collection */
  CV_STORE_ERROR_INVALID,   /* bad argument */
} CvStoreError;

#define CV_DOC_ID_LEN 32 /* hex characters of a document id */

typedef struct _CvStore CvStore;
typedef struct _CvCollection CvCollection;

typedef struct {
  const char *dir;         /* store directory, created if missing */
  const char *key_file;    /* master key file */
  gboolean create_key;     /* create @key_file (0600, random) if missing */
  gboolean read_only;      /* open RocksDB read-only */
  gboolean sync;           /* fdatasync each write batch (default TRUE) */
  const char *passphrase;  /* for a passphrase-wrapped key file; NULL:
                              $CAVIAR_PASSPHRASE, else a prompt on the tty */
  guint64 min_free;        /* documents are added only while the store's
                              file system keeps this many bytes free (0:
                              CV_STORE_DEFAULT_MIN_FREE); below, writes fail
                              with CV_STORE_ERROR_IO and write nothing */
} CvStoreOptions;

#define CV_STORE_DEFAULT_MIN_FREE (G_GUINT64_CONSTANT(64) << 20)

/* Opens (creating if needed) a store.  A store opened with a key other
 * than the one it was created with fails with CV_STORE_ERROR_KEY.
 * If the key file was created, *key_created (may be NULL) is set TRUE.
 * The master key comes from $CREDENTIALS_DIRECTORY/caviar-master-key (a
 * systemd credential) when that file exists, else from @key_file: 32 raw
 * bytes, or a passphrase-wrapped key file (see store/keyfile.h).  Key files
 * accessible by group or others are refused.  Also turns core dumps off for
 * the process (RLIMIT_CORE 0, PR_SET_DUMPABLE 0).
 *
 * Threads: one writer thread (put_document, forget, purge, set_retention,
 * key rotate/passwd); the read functions (get_info, foreach_*, search,
 * has_document, stats, verify, collection) may be called concurrently from
 * several threads on one CvStore, except during cv_store_key_rotate. */
CvStore *cv_store_open(const CvStoreOptions *options, gboolean *key_created,
                       GError **error);
void cv_store_close(CvStore *store);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvStore, cv_store_close)

/* Opens a collection (created on first write).  Its keys are derived from
 * the master key and the name; another collection's data does not decrypt
 * with them.  The collection belongs to @store and is freed with it. */
/* The one rule for collection names, used by the store, the CLI, the
 * service's configuration and tokens: 1 to CV_STORE_COLLECTION_NAME_MAX
 * ASCII letters, digits, '-', '_' and '.', not starting with '.' (a name
 * appears in URLs, configuration sections, token files and shells).
 * FALSE with CV_STORE_ERROR_INVALID saying so. */
#define CV_STORE_COLLECTION_NAME_MAX 64
gboolean cv_store_collection_name_check(const char *name, GError **error);

CvCollection *cv_store_collection(CvStore *store, const char *name,
                                  GError **error);
/* Names of the collections that hold at least one document (g_strfreev). */
char **cv_store_list_collections(CvStore *store, GError **error);

/* Name of @coll (owned by it). */
const char *cv_store_collection_name(CvCollection *coll);

/* Retention of a collection: documents older than @seconds (by
 * ingested_at) are forgotten by cv_store_purge; 0 = keep forever. */
gboolean cv_store_collection_set_retention(CvCollection *coll, gint64 seconds,
                                           GError **error);
gboolean cv_store_collection_get_retention(CvCollection *coll,
                                           gint64 *seconds, GError **error);

/* The collection's lists (redact/: cv_redact_new_full): terms always
 * redacted, each with its identifier type, and terms never redacted.  One
 * record sealed under a key of the collection's own (never in clear, even
 * its length only to a size class).  At most CV_STORE_LISTS_MAX_TERMS
 * terms a list, each 1 to CV_STORE_LIST_TERM_MAX bytes of UTF-8. */
#define CV_STORE_LISTS_MAX_TERMS 100000 /* = CV_REDACT_MAX_TERMS */
#define CV_STORE_LIST_TERM_MAX 128      /* = CV_REDACT_TERM_MAX_BYTES */
#define CV_STORE_LIST_NEVER (-1)
typedef struct {
  char *term; /* UTF-8 */
  gint type;  /* CvPiiType (always redacted as it), or CV_STORE_LIST_NEVER */
} CvListTerm;
/* Wipes the term, frees both (NULL accepted). */
void cv_store_list_term_free(CvListTerm *term);
/* The lists in the order they were set: a GPtrArray of CvListTerm* (terms
 * wiped when it is freed); empty when none were set. */
GPtrArray *cv_store_collection_get_lists(CvCollection *coll, GError **error);
/* Replaces the lists (n 0: removes the record).  Writer thread.
 * CV_STORE_ERROR_INVALID for a term or a count over the caps. */
gboolean cv_store_collection_set_lists(CvCollection *coll,
                                       const CvListTerm *const *terms, guint n,
                                       GError **error);
/* Changes each time the lists are set in this process: whoever built a
 * redactor from them rebuilds it when this differs (the service applies
 * new lists to its next file). */
guint cv_store_collection_lists_generation(CvCollection *coll);

/* 32-byte key for pseudonyms of this collection (for cv_redact_new), in
 * sodium memory owned by the collection. */
const guint8 *cv_store_collection_pseudonym_key(CvCollection *coll);

/* Content id of a file: keyed hash (collection key) of its bytes, hex,
 * CV_DOC_ID_LEN chars + NUL written to @out. */
void cv_store_document_id(CvCollection *coll, GBytes *content,
                          char out[CV_DOC_ID_LEN + 1]);
gboolean cv_store_has_document(CvCollection *coll, const char *doc_id,
                               GError **error);

/* Keyed hash (the collection's path key) of a file path, hex,
 * CV_DOC_ID_LEN chars + NUL written to @out: what CvDocInfo.source_key and
 * origin_key hold, so that no path is stored in clear, even encrypted. */
void cv_store_path_key(CvCollection *coll, const char *path,
                       char out[CV_DOC_ID_LEN + 1]);
/* The latest document stored with CvDocInfo.source_key @source_key (one
 * lookup: a source record is written with the document and removed when it
 * is forgotten).  TRUE and @doc_id filled if there is one; FALSE without
 * @error if none. */
gboolean cv_store_find_source(CvCollection *coll, const char *source_key,
                              char doc_id[CV_DOC_ID_LEN + 1], GError **error);

/* One chunk to store: redacted text and the pages it covers. */
typedef struct {
  const char *text;
  gsize len;
  guint first_page;
  guint last_page;
} CvChunk;

/* Document metadata, stored encrypted.  Strings may be NULL. */
typedef struct {
  const char *source;     /* path the file was ingested from */
  const char *mime;
  const char *encoding;
  const char *lang;       /* "fr" / "en" */
  guint n_pages;
  guint n_ocr_pages;
  guint64 n_bytes;        /* size of the original file */
  gint64 ingested_at;     /* unix seconds */
  gint64 expires_at;      /* unix seconds, 0 = never */
  const char *redactions; /* JSON object {"SIN": 1, ...}, counts only */
  guint n_chunks;         /* set by the read functions; ignored on write */
  /* Since metadata version 2 (NULL in documents stored before): */
  const char *source_key; /* cv_store_path_key() of the unredacted path the
                             file had under its ingested root or drop
                             folder: a later document with the same key
                             replaces it; `forget --source` matches it */
  const char *origin_key; /* cv_store_path_key() of the absolute path it
                             was read from (`forget --source`) */
  const char *replaces;   /* id of the document this one replaced */
} CvDocInfo;

/* Writes a document: chunks, metadata, index entries and (with
 * info->source_key) its source record in one atomic batch.  Fails if
 * @doc_id is already stored. */
gboolean cv_store_put_document(CvCollection *coll, const char *doc_id,
                               const CvDocInfo *info, const CvChunk *chunks,
                               guint n_chunks, GError **error);

/* Group commit: several documents in one atomic batch (one fdatasync when
 * options.sync): all are stored or none.  Each is checked like
 * cv_store_put_document; an id given twice is refused. */
typedef struct {
  const char *doc_id;
  const CvDocInfo *info;
  const CvChunk *chunks;
  guint n_chunks;
} CvStoreDocument;
gboolean cv_store_put_documents(CvCollection *coll, const CvStoreDocument *docs,
                                guint n_docs, GError **error);
/* CPU time (ns) the writer thread spent indexing (postings of the
 * documents put, the batch's flush and commit into the index caches) since
 * the store was opened: the rest of cv_store_put_documents is sealing and
 * writing.  For stage timings (`caviar ingest --timings`). */
guint64 cv_store_index_cpu_ns(CvStore *store);

/* With options.sync FALSE: fdatasync the write-ahead log now (what is
 * written before returns survives a power loss; a process crash never
 * loses written documents either way). */
gboolean cv_store_sync(CvStore *store, GError **error);

/* Reads the metadata of a document; strings of *info are owned by the
 * returned handle, free it with cv_store_doc_info_free(). */
typedef struct _CvDocInfoHandle CvDocInfoHandle;
CvDocInfoHandle *cv_store_get_info(CvCollection *coll, const char *doc_id,
                                   const CvDocInfo **info, GError **error);
void cv_store_doc_info_free(CvDocInfoHandle *handle);
/* Number of chunks of the document behind @handle. */
guint cv_store_doc_info_n_chunks(const CvDocInfoHandle *handle);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvDocInfoHandle, cv_store_doc_info_free)

/* Visits documents in id order.  Return FALSE from the callback to stop. */
typedef gboolean (*CvDocFunc)(const char *doc_id, const CvDocInfo *info,
                              gpointer user_data);
gboolean cv_store_foreach_document(CvCollection *coll, CvDocFunc func,
                                   gpointer user_data, GError **error);

/* Visits the chunks of one document (doc_id != NULL) or of all documents,
 * decrypted; @text is wiped after the callback returns. */
typedef gboolean (*CvChunkFunc)(const char *doc_id, const CvDocInfo *info,
                                guint chunk_index, guint n_chunks,
                                const CvChunk *chunk, gpointer user_data);
gboolean cv_store_foreach_chunk(CvCollection *coll, const char *doc_id,
                                CvChunkFunc func, gpointer user_data,
                                GError **error);

/* Removes a document (chunks, metadata, key, index) in one batch and
 * compacts its ranges so it leaves the SST files. */
gboolean cv_store_forget(CvCollection *coll, const char *doc_id,
                         GError **error);
/* For many documents: cv_store_forget_deferred removes each one (one
 * batch each, gone from reads at once), then one cv_store_compact erases
 * them all from the files (flush + forced bottommost compaction of the
 * whole store).  Until cv_store_compact their ciphertext stays on disk. */
gboolean cv_store_forget_deferred(CvCollection *coll, const char *doc_id,
                                  GError **error);
gboolean cv_store_compact(CvStore *store, GError **error);
/* Forgets expired documents, then compacts everything. */
gboolean cv_store_purge(CvStore *store, guint *n_forgotten, GError **error);

/* Checks every record's tag, each document's chunk sequence and count,
 * orphan records, and the index (cv_index_verify); calls @report for each
 * problem (never with plaintext).  Read errors (RocksDB block checksums on
 * a damaged file) are reported as problems too.  Returns the number of
 * problems (@error is not set today; -1 is reserved for failing to start). */
typedef void (*CvVerifyFunc)(const char *collection, const char *record,
                             const char *problem, gpointer user_data);
int cv_store_verify(CvStore *store, CvVerifyFunc report, gpointer user_data,
                    GError **error);

typedef struct {
  guint64 n_documents;
  guint64 n_chunks;
  guint64 text_bytes;   /* redacted text stored */
  guint64 disk_bytes;   /* whole store directory (store-wide) */
  guint64 collection_bytes; /* this collection's records in SST files
                               (approximate; excludes WAL/memtable data) */
} CvStoreStats;
gboolean cv_store_stats(CvCollection *coll, CvStoreStats *stats,
                        GError **error);

/* Documents and chunks of @coll, from the index's counters (no scan: cheap
 * enough for every /metrics scrape). */
gboolean cv_store_counts(CvCollection *coll, guint64 *n_docs, guint64 *n_chunks,
                         GError **error);

/* --- keys --- */

/* Fingerprint of the master key (hex, g_free), never the key. */
char *cv_store_key_fingerprint(CvStore *store);
/* New key-encryption key: every document key is re-wrapped; the master
 * key is replaced too (the key file is rewritten with the same protection)
 * and the old one destroyed, so copies of the store taken before cannot be
 * read with the new key file.  Interrupted, it is finished by the next
 * open.  Not possible with a systemd credential (read-only). */
gboolean cv_store_key_rotate(CvStore *store, GError **error);
/* Wraps the master key with @passphrase (NULL or "": unwrapped, raw key
 * file), rewriting the key file atomically. */
gboolean cv_store_key_set_passphrase(CvStore *store, const char *passphrase,
                                     GError **error);
/* Reads a passphrase from $@env_name if set, else prompts with @prompt on
 * the controlling terminal (no echo).  Free with cv_store_passphrase_free
 * (sodium memory, wiped). */
char *cv_store_passphrase_read(const char *env_name, const char *prompt,
                               GError **error);
void cv_store_passphrase_free(char *passphrase);
/* Where the master key was read from, and whether it is passphrase-wrapped
 * or a systemd credential. */
const char *cv_store_key_path(CvStore *store);
gboolean cv_store_key_has_passphrase(CvStore *store);
gboolean cv_store_key_is_credential(CvStore *store);
/* Current key-encryption key version (1, then +1 per rotation). */
guint cv_store_key_version(CvStore *store);

/* --- search (encrypted BM25 index) --- */

typedef struct {
  char doc_id[CV_DOC_ID_LEN + 1];
  guint chunk_index;
  double score;
  char *source;  /* g_free */
  guint first_page, last_page;
  char *text;    /* redacted chunk text, wiped when the array is freed */
  /* Since cv_store_search_full (owned by the result): */
  double score_norm; /* score / the query's bound (sum over its terms of
                        idf (k1 + 1)): 0..1, comparable across queries */
  char *mime, *lang;
  gint64 ingested_at;
  char *title;        /* with details: the document's first line with
                         letters (<= 120 characters), or NULL */
  GArray *highlights; /* with details: guint pairs [start, end), in
                         characters of text, of the words that match the
                         query (at most 64) */
} CvSearchResult;

/* Top @k chunks for @query, best first: a GPtrArray of CvSearchResult*
 * (free with g_ptr_array_unref, which wipes the texts). */
GPtrArray *cv_store_search(CvCollection *coll, const char *query, guint k,
                           GError **error);

/* Only chunks of documents that match every field set (NULL / FALSE:
 * any). */
typedef struct {
  const char *source_prefix; /* the stored (redacted) source starts so */
  const char *type;          /* MIME type, or its short name
                                (cv_store_mime_short: pdf, text, docx...) */
  const char *lang;          /* "fr", "en" */
  gboolean has_after, has_before;
  gint64 ingested_after, ingested_before; /* unix seconds, exclusive */
  const char *doc;                        /* one document id */
} CvSearchFilter;

#define CV_SEARCH_OFFSET_MAX 1000

typedef struct {
  guint k;
  guint offset;                 /* results skipped (<= CV_SEARCH_OFFSET_MAX) */
  const CvSearchFilter *filter; /* NULL: none */
  gboolean details;             /* titles and highlights */
} CvSearchOptions;

/* Results @offset to @offset + @k - 1 of the chunks matching @query and the
 * filter, best first; *total (may be NULL) gets how many chunks match in
 * all.  A filter reads each matching document's metadata once (cached
 * until the document is forgotten). */
GPtrArray *cv_store_search_full(CvCollection *coll, const char *query,
                                const CvSearchOptions *options, guint64 *total,
                                GError **error);

/* Short name of a MIME type ("pdf", "text", "docx", "email", "image"...),
 * or @mime itself when it has none. */
const char *cv_store_mime_short(const char *mime);

G_END_DECLS
