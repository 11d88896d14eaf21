/* tokens.c — the token file of the HTTP API: load (strict permissions,
 * size cap, unknown lines skipped), save (atomic, 0600), match. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "tokens.h"

#define TOKENS_FILE_MAX (4 * 1024 * 1024)

void
cv_token_free(gpointer p)
{
  CvToken *t = p;
  if (!t)
    return;
  g_free(t->collection);
  sodium_memzero(t, sizeof *t);
  g_free(t);
}

char *
cv_tokens_path(const char *store_dir)
{
  return g_build_filename(store_dir, "tokens", NULL);
}

static gboolean
hex_decode(const char *hex, guint8 *out, gsize n)
{
  if (strlen(hex) != n * 2)
    return FALSE;
  size_t bin_len = 0;
  return sodium_hex2bin(out, n, hex, n * 2, NULL, &bin_len, NULL) == 0 &&
         bin_len == n;
}

/* Reads the token file (missing = no tokens).  *mtime gets its mtime. */
GPtrArray *
cv_tokens_load(const char *path, gint64 *mtime, GError **error)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func(cv_token_free);
  GStatBuf st;
  if (g_stat(path, &st) != 0) {
    if (errno == ENOENT) {
      if (mtime)
        *mtime = 0;
      return tokens;
    }
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(errno), "%s: %s",
                path, g_strerror(errno));
    g_ptr_array_unref(tokens);
    return NULL;
  }
  if (st.st_mode & 077) {
    g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_PERM,
                _("%s: readable by group or others; chmod 600 it"), path);
    g_ptr_array_unref(tokens);
    return NULL;
  }
  if (st.st_size > TOKENS_FILE_MAX) {
    g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("%s: too large"),
                path);
    g_ptr_array_unref(tokens);
    return NULL;
  }
  if (mtime)
    *mtime = (gint64)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents(path, &data, &len, error)) {
    g_ptr_array_unref(tokens);
    return NULL;
  }
  g_ptr_array_unref(tokens);
  return cv_tokens_parse(data, len);
}

GPtrArray *
cv_tokens_parse(const char *data, gsize len)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func(cv_token_free);
  /* bytes after a NUL are not part of any line */
  g_autofree char *text = g_strndup(data, MIN(len, TOKENS_FILE_MAX));
  g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
  for (guint i = 0; lines[i]; i++) {
    if (!*lines[i] || lines[i][0] == '#')
      continue;
    g_auto(GStrv) f = g_strsplit(lines[i], " ", -1);
    guint nf = g_strv_length(f);
    if ((nf != 6 && !(nf == 7 && strcmp(f[6], "admin") == 0)) ||
        strcmp(f[0], "v1") != 0)
      continue; /* unknown line: skipped, never fatal */
    CvToken *t = g_new0(CvToken, 1);
    if (strlen(f[1]) != TOKEN_ID_BYTES * 2 ||
        !hex_decode(f[3], t->salt, TOKEN_SALT_BYTES) ||
        !hex_decode(f[4], t->hash, sizeof t->hash)) {
      cv_token_free(t);
      continue;
    }
    g_strlcpy(t->id, f[1], sizeof t->id);
    t->collection = g_strdup(f[2]);
    t->created = g_ascii_strtoll(f[5], NULL, 10);
    t->admin = nf == 7;
    g_ptr_array_add(tokens, t);
  }
  return tokens;
}

gboolean
cv_tokens_save(const char *path, GPtrArray *tokens, GError **error)
{
  g_autoptr(GString) s =
      g_string_new("# caviar API tokens: v1 ID COLLECTION SALT HASH CREATED\n");
  for (guint i = 0; i < tokens->len; i++) {
    CvToken *t = tokens->pdata[i];
    char salt[TOKEN_SALT_BYTES * 2 + 1], hash[65];
    sodium_bin2hex(salt, sizeof salt, t->salt, sizeof t->salt);
    sodium_bin2hex(hash, sizeof hash, t->hash, sizeof t->hash);
    g_string_append_printf(s, "v1 %s %s %s %s %" G_GINT64_FORMAT "%s\n", t->id,
                           t->collection, salt, hash, t->created,
                           t->admin ? " admin" : "");
  }
  g_autofree char *dir = g_path_get_dirname(path);
  if (g_mkdir_with_parents(dir, 0700) != 0) {
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(errno), "%s: %s",
                dir, g_strerror(errno));
    return FALSE;
  }
  return g_file_set_contents_full(path, s->str, (gssize)s->len,
                                  G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

void
cv_token_hash(const guint8 *secret, const guint8 salt[TOKEN_SALT_BYTES],
              guint8 out[32])
{
  crypto_generichash(out, 32, secret, TOKEN_SECRET_BYTES, salt, TOKEN_SALT_BYTES);
}

/* Finds the token matching "cvt_ID_SECRET", or NULL. */
CvToken *
cv_tokens_match(GPtrArray *tokens, const char *presented)
{
  if (!presented || strncmp(presented, "cvt_", 4) != 0)
    return NULL;
  const char *id = presented + 4;
  const char *us = strchr(id, '_');
  if (!us || us - id != TOKEN_ID_BYTES * 2)
    return NULL;
  guint8 secret[TOKEN_SECRET_BYTES];
  if (!hex_decode(us + 1, secret, sizeof secret))
    return NULL;
  CvToken *found = NULL;
  for (guint i = 0; i < tokens->len && !found; i++) {
    CvToken *t = tokens->pdata[i];
    if (strncmp(t->id, id, TOKEN_ID_BYTES * 2) != 0)
      continue;
    guint8 h[32];
    cv_token_hash(secret, t->salt, h);
    if (sodium_memcmp(h, t->hash, sizeof h) == 0)
      found = t;
  }
  sodium_memzero(secret, sizeof secret);
  return found;
}
