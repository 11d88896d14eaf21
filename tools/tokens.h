/* tokens.h — bearer tokens of the HTTP API (tools/ only).
 *
 * Tokens live in STORE/tokens (0600, refused if group/other can read it),
 * one line each: "v1 ID COLLECTION SALT HASH CREATED [admin]", HASH being
 * BLAKE2b-256
 * of the secret keyed with the salt.  An admin token (`caviar token create
 * --admin`) also opens the review page (/ui/) for its collection: try
 * files, store, forget.  Versions before it skip such lines (fail closed).  A
 * token is "cvt_ID_SECRET", printed once by `caviar token create`; only its
 * salted hash is kept.
 */
#pragma once

#include <glib.h>

#define TOKEN_ID_BYTES 8
#define TOKEN_SECRET_BYTES 32
#define TOKEN_SALT_BYTES 16

typedef struct {
  char id[TOKEN_ID_BYTES * 2 + 1];
  char *collection;
  guint8 salt[TOKEN_SALT_BYTES];
  guint8 hash[32];
  gint64 created;
  gboolean admin; /* the review page's scope, for @collection */
} CvToken;

void cv_token_free(gpointer token);
/* STORE/tokens */
char *cv_tokens_path(const char *store_dir);
/* Reads the token file (missing = no tokens): GPtrArray of CvToken*;
 * *mtime (may be NULL) gets its mtime in ns. */
GPtrArray *cv_tokens_load(const char *path, gint64 *mtime, GError **error);
/* The lines of a token file's @len bytes (at most TOKENS_FILE_MAX; lines
 * that are not tokens are skipped): never fails.  Fuzzed by
 * tools/fuzz-tokens.c. */
GPtrArray *cv_tokens_parse(const char *data, gsize len);
gboolean cv_tokens_save(const char *path, GPtrArray *tokens, GError **error);
/* Salted hash of a secret. */
void cv_token_hash(const guint8 *secret, const guint8 salt[TOKEN_SALT_BYTES],
                   guint8 out[32]);
/* The token matching "cvt_ID_SECRET" (compared in constant time), or
 * NULL. */
CvToken *cv_tokens_match(GPtrArray *tokens,
                         const char *presented) G_GNUC_WARN_UNUSED_RESULT;
