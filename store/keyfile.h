/* keyfile.h — private to store/: the master key file.
 *
 * Formats (chosen by content):
 *  - raw: exactly 32 random bytes (what `caviar` creates, and what a
 *    systemd credential holds);
 *  - passphrase-wrapped, a GKeyFile text file, group [caviar-key]:
 *      format=1  protection=passphrase  kdf=argon2id13
 *      opslimit=N  memlimit=N  salt=B64  nonce=B64  sealed=B64
 *    where sealed = XChaCha20-Poly1305(master) under the Argon2id output of
 *    the passphrase, the associated data binding format, kdf, limits and salt.
 * Files are refused if group/world accessible, created 0600 with
 * O_CREAT|O_EXCL|O_NOFOLLOW in a 0700 directory, replaced atomically
 * (temporary file, fsync, rename, fsync of the directory).
 */
#pragma once

#include <glib.h>

#define CV_MASTER_KEY_LEN 32
#define CV_PWHASH_SALT_LEN 16
/* Name of the systemd credential read from $CREDENTIALS_DIRECTORY. */
#define CV_CREDENTIAL_NAME "caviar-master-key"

typedef struct {
  guint8 *master;          /* sodium_malloc, CV_MASTER_KEY_LEN bytes */
  char *path;              /* file it was read from */
  gboolean from_credential; /* read from $CREDENTIALS_DIRECTORY (read-only) */
  gboolean wrapped;        /* passphrase-protected */
  guint8 *wrap_key;        /* sodium_malloc, Argon2id output (when wrapped) */
  guint8 salt[CV_PWHASH_SALT_LEN];
  guint64 opslimit;
  guint64 memlimit;
} CvKeyFile;

/* Loads the master key: from $CREDENTIALS_DIRECTORY/caviar-master-key when
 * that file exists, else from @path (created with a random key when missing
 * and @create).  @passphrase NULL: $CAVIAR_PASSPHRASE, else a prompt on the
 * controlling terminal.  *created is set TRUE if the file was created. */
CvKeyFile *cv_keyfile_load(const char *path, gboolean create,
                           const char *passphrase, gboolean *created,
                           GError **error);
void cv_keyfile_free(CvKeyFile *kf);
/* Checks the bytes of a key file as cv_keyfile_load reads them (a raw key,
 * or a wrapped key file's fields), deriving nothing: the fuzz target's
 * entry (store/fuzz-keyfile.c). */
gboolean cv_keyfile_check_data(const char *data, gsize len, GError **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvKeyFile, cv_keyfile_free)

/* Writes @master to @path with the protection of @kf (raw if not wrapped;
 * wrapped with kf->wrap_key/salt/limits otherwise), atomically replacing
 * any existing file. */
gboolean cv_keyfile_write(const char *path, const CvKeyFile *kf,
                          const guint8 *master, GError **error);

/* Changes the protection of @kf in place: @passphrase NULL or "" removes
 * it (raw file), otherwise a new salt and Argon2id key are derived. */
gboolean cv_keyfile_set_passphrase(CvKeyFile *kf, const char *passphrase,
                                   GError **error);

/* Reads a passphrase: $CAVIAR_PASSPHRASE (or @env_name), else a prompt on
 * /dev/tty without echo.  Returns sodium-allocated memory to free with
 * cv_keyfile_passphrase_free, or NULL with @error. */
char *cv_keyfile_read_passphrase(const char *env_name, const char *prompt,
                                 GError **error);
void cv_keyfile_passphrase_free(char *passphrase);

/* Test knob: Argon2id limits for new wrappings (default MODERATE). */
void cv_keyfile_set_pwhash_limits(guint64 opslimit, guint64 memlimit);
