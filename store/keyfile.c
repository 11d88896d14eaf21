/* keyfile.c — the master key file: loading (raw, passphrase-wrapped or a
 * systemd credential), permission checks, creation and atomic rewrites.
 * The format is described in keyfile.h. */
#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <sodium.h>

#include "cv-store.h"
#include "keyfile.h"

#define KEYFILE_GROUP "caviar-key"
#define KEYFILE_FORMAT 1
#define KEYFILE_MAX_SIZE 4096
#define PASSPHRASE_MAX 1024
/* Caps on limits read from a file, so a tampered file cannot stall us. */
#define PWHASH_OPSLIMIT_CAP 32
#define PWHASH_MEMLIMIT_CAP (G_GUINT64_CONSTANT(4) << 30)

static guint64 pwhash_opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
static guint64 pwhash_memlimit = crypto_pwhash_MEMLIMIT_MODERATE;

void
cv_keyfile_set_pwhash_limits(guint64 opslimit, guint64 memlimit)
{
  pwhash_opslimit = MAX(opslimit, crypto_pwhash_OPSLIMIT_MIN);
  pwhash_memlimit = MAX(memlimit, crypto_pwhash_MEMLIMIT_MIN);
}

void
cv_keyfile_free(CvKeyFile *kf)
{
  if (kf == NULL)
    return;
  sodium_free(kf->master);
  sodium_free(kf->wrap_key);
  g_free(kf->path);
  sodium_memzero(kf, sizeof *kf);
  g_free(kf);
}

void
cv_keyfile_passphrase_free(char *passphrase)
{
  sodium_free(passphrase);
}

char *
cv_keyfile_read_passphrase(const char *env_name, const char *prompt,
                           GError **error)
{
  if (env_name == NULL)
    env_name = "CAVIAR_PASSPHRASE";
  const char *env = g_getenv(env_name);
  char *out = sodium_malloc(PASSPHRASE_MAX + 1);
  if (out == NULL) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot allocate secure memory"));
    return NULL;
  }
  if (env != NULL) {
    if (strlen(env) > PASSPHRASE_MAX) {
      sodium_free(out);
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                  _("passphrase longer than %d bytes"), PASSPHRASE_MAX);
      return NULL;
    }
    g_strlcpy(out, env, PASSPHRASE_MAX + 1);
    return out;
  }
  int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    sodium_free(out);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("a passphrase is needed: set %s or run on a terminal"),
                env_name);
    return NULL;
  }
  struct termios old, noecho;
  gboolean restore = tcgetattr(fd, &old) == 0;
  if (restore) {
    noecho = old;
    noecho.c_lflag &= ~(tcflag_t)ECHO;
    noecho.c_lflag |= ECHONL;
    tcsetattr(fd, TCSAFLUSH, &noecho);
  }
  if (write(fd, prompt, strlen(prompt)) < 0) {
    /* the prompt is cosmetic */
  }
  gsize n = 0;
  gboolean ok = TRUE;
  for (;;) {
    char c;
    ssize_t r = read(fd, &c, 1);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0 || c == '\n')
      break;
    if (n >= PASSPHRASE_MAX) {
      ok = FALSE;
      continue;
    }
    out[n++] = c;
  }
  out[n] = '\0';
  if (restore)
    tcsetattr(fd, TCSAFLUSH, &old);
  close(fd);
  if (!ok) {
    sodium_free(out);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("passphrase longer than %d bytes"), PASSPHRASE_MAX);
    return NULL;
  }
  return out;
}

/* Associated data of the sealed master key: binds every parameter. */
static char *
wrap_ad(guint64 opslimit, guint64 memlimit, const guint8 *salt)
{
  g_autofree char *salt_b64 = g_base64_encode(salt, CV_PWHASH_SALT_LEN);
  return g_strdup_printf("caviar-key/%d|argon2id13|%" G_GUINT64_FORMAT
                         "|%" G_GUINT64_FORMAT "|%s",
                         KEYFILE_FORMAT, opslimit, memlimit, salt_b64);
}

static gboolean
derive_wrap_key(CvKeyFile *kf, const char *passphrase, GError **error)
{
  if (kf->wrap_key == NULL)
    kf->wrap_key = sodium_malloc(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
  if (kf->wrap_key == NULL
      || crypto_pwhash(kf->wrap_key, crypto_aead_xchacha20poly1305_ietf_KEYBYTES,
                       passphrase, strlen(passphrase), kf->salt,
                       kf->opslimit, (size_t)kf->memlimit,
                       crypto_pwhash_ALG_ARGON2ID13) != 0) {
    g_set_error(
        error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
        _("cannot derive the key from the passphrase (out of memory?)"));
    return FALSE;
  }
  return TRUE;
}

static gboolean
check_mode(const char *path, const struct stat *st, gboolean credential,
           GError **error)
{
  if (!S_ISREG(st->st_mode)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("key file %s is not a regular file"), path);
    return FALSE;
  }
  if (!credential && (st->st_mode & 077) != 0) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("key file %s is accessible by group or others (mode %04o): "
                  "refusing it; run `chmod 600 %s`"),
                path, (unsigned)(st->st_mode & 07777), path);
    return FALSE;
  }
  return TRUE;
}

/* The fields of a wrapped key file, checked (no key derived yet): sets
 * kf's limits and salt, @nonce and @sealed. */
static gboolean
wrapped_fields(CvKeyFile *kf, const char *data, gsize len,
               guint8 nonce_out[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES],
               guint8 sealed_out[CV_MASTER_KEY_LEN +
                                 crypto_aead_xchacha20poly1305_ietf_ABYTES],
               GError **error)
{
  g_autoptr(GKeyFile) k = g_key_file_new();
  g_autoptr(GError) local = NULL;
  if (!g_key_file_load_from_data(k, data, len, G_KEY_FILE_NONE, &local)
      || !g_key_file_has_group(k, KEYFILE_GROUP)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("key file %s is neither a 32-byte key nor a caviar key file"),
                kf->path);
    return FALSE;
  }
  gint64 format = g_key_file_get_int64(k, KEYFILE_GROUP, "format", NULL);
  g_autofree char *protection =
      g_key_file_get_string(k, KEYFILE_GROUP, "protection", NULL);
  g_autofree char *kdf = g_key_file_get_string(k, KEYFILE_GROUP, "kdf", NULL);
  if (format != KEYFILE_FORMAT || g_strcmp0(protection, "passphrase") != 0
      || g_strcmp0(kdf, "argon2id13") != 0) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("key file %s: unsupported format, protection or kdf"),
                kf->path);
    return FALSE;
  }
  kf->opslimit = g_key_file_get_uint64(k, KEYFILE_GROUP, "opslimit", NULL);
  kf->memlimit = g_key_file_get_uint64(k, KEYFILE_GROUP, "memlimit", NULL);
  g_autofree char *salt_b64 = g_key_file_get_string(k, KEYFILE_GROUP, "salt", NULL);
  g_autofree char *nonce_b64 = g_key_file_get_string(k, KEYFILE_GROUP, "nonce", NULL);
  g_autofree char *sealed_b64 = g_key_file_get_string(k, KEYFILE_GROUP, "sealed", NULL);
  gsize salt_len = 0, nonce_len = 0, sealed_len = 0;
  g_autofree guchar *salt = salt_b64 ? g_base64_decode(salt_b64, &salt_len) : NULL;
  g_autofree guchar *nonce = nonce_b64 ? g_base64_decode(nonce_b64, &nonce_len) : NULL;
  g_autofree guchar *sealed = sealed_b64 ? g_base64_decode(sealed_b64, &sealed_len) : NULL;
  if (kf->opslimit < crypto_pwhash_OPSLIMIT_MIN
      || kf->opslimit > PWHASH_OPSLIMIT_CAP
      || kf->memlimit < crypto_pwhash_MEMLIMIT_MIN
      || kf->memlimit > PWHASH_MEMLIMIT_CAP || salt_len != CV_PWHASH_SALT_LEN
      || nonce_len != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
      || sealed_len != CV_MASTER_KEY_LEN + crypto_aead_xchacha20poly1305_ietf_ABYTES) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("key file %s: bad or out-of-range field"), kf->path);
    return FALSE;
  }
  memcpy(kf->salt, salt, CV_PWHASH_SALT_LEN);
  memcpy(nonce_out, nonce, nonce_len);
  memcpy(sealed_out, sealed, sealed_len);
  return TRUE;
}

gboolean
cv_keyfile_check_data(const char *data, gsize len, GError **error)
{
  if (len == CV_MASTER_KEY_LEN)
    return TRUE;
  CvKeyFile kf = { .path = (char *)"(data)" };
  guint8 nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
  guint8 sealed[CV_MASTER_KEY_LEN + crypto_aead_xchacha20poly1305_ietf_ABYTES];
  return len <= KEYFILE_MAX_SIZE &&
         wrapped_fields(&kf, data, len, nonce, sealed, error);
}

static gboolean
parse_wrapped(CvKeyFile *kf, const char *data, gsize len,
              const char *passphrase, GError **error)
{
  guint8 nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
  guint8 sealed[CV_MASTER_KEY_LEN + crypto_aead_xchacha20poly1305_ietf_ABYTES];
  gsize sealed_len = sizeof sealed;
  if (!wrapped_fields(kf, data, len, nonce, sealed, error))
    return FALSE;

  char *pass = NULL;
  if (passphrase == NULL) {
    g_autofree char *prompt = g_strdup_printf("Passphrase for %s: ", kf->path);
    pass = cv_keyfile_read_passphrase(NULL, prompt, error);
    if (pass == NULL)
      return FALSE;
  }
  gboolean ok = derive_wrap_key(kf, passphrase ? passphrase : pass, error);
  cv_keyfile_passphrase_free(pass);
  if (!ok)
    return FALSE;
  g_autofree char *ad = wrap_ad(kf->opslimit, kf->memlimit, kf->salt);
  kf->wrapped = TRUE;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          kf->master, NULL, NULL, sealed, sealed_len, (const guchar *)ad,
          strlen(ad), nonce, kf->wrap_key) != 0) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("wrong passphrase for key file %s"), kf->path);
    return FALSE;
  }
  return TRUE;
}

static gboolean
write_all(int fd, const void *buf, gsize len)
{
  const guint8 *p = buf;
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return FALSE;
    p += n;
    len -= (gsize)n;
  }
  return TRUE;
}

static void
fsync_dir_of(const char *path)
{
  g_autofree char *dir = g_path_get_dirname(path);
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
}

/* Creates @path exclusively (0600, no symlink) with @len bytes. */
static gboolean
create_exclusive(const char *path, const void *buf, gsize len, GError **error)
{
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) {
    int e = errno;
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot create key file %s: %s"), path, g_strerror(e));
    return FALSE;
  }
  gboolean ok = write_all(fd, buf, len) && fsync(fd) == 0;
  int e = errno;
  close(fd);
  if (!ok) {
    unlink(path);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot write key file %s: %s"), path, g_strerror(e));
    return FALSE;
  }
  return TRUE;
}

gboolean
cv_keyfile_write(const char *path, const CvKeyFile *kf, const guint8 *master,
                 GError **error)
{
  /* Written whole to a new file (0600), flushed, then renamed over
   * @path (GLib's consistent, durable replace): a crash leaves the old key
   * file or the new one, never half of one. */
  const GFileSetContentsFlags how =
      G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE;
  g_autoptr(GError) file_error = NULL;
  gboolean ok;
  if (!kf->wrapped) {
    ok = g_file_set_contents_full(path, (const char *)master, CV_MASTER_KEY_LEN,
                                  how, 0600, &file_error);
  } else {
    guint8 nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
    guint8 sealed[CV_MASTER_KEY_LEN + crypto_aead_xchacha20poly1305_ietf_ABYTES];
    randombytes_buf(nonce, sizeof nonce);
    g_autofree char *ad = wrap_ad(kf->opslimit, kf->memlimit, kf->salt);
    crypto_aead_xchacha20poly1305_ietf_encrypt(sealed, NULL, master,
                                               CV_MASTER_KEY_LEN,
                                               (const guchar *)ad, strlen(ad),
                                               NULL, nonce, kf->wrap_key);
    g_autoptr(GKeyFile) k = g_key_file_new();
    g_autofree char *salt_b64 = g_base64_encode(kf->salt, CV_PWHASH_SALT_LEN);
    g_autofree char *nonce_b64 = g_base64_encode(nonce, sizeof nonce);
    g_autofree char *sealed_b64 = g_base64_encode(sealed, sizeof sealed);
    g_key_file_set_comment(k, NULL, NULL,
                           " caviar master key, wrapped by a passphrase "
                           "(Argon2id + XChaCha20-Poly1305)", NULL);
    g_key_file_set_integer(k, KEYFILE_GROUP, "format", KEYFILE_FORMAT);
    g_key_file_set_string(k, KEYFILE_GROUP, "protection", "passphrase");
    g_key_file_set_string(k, KEYFILE_GROUP, "kdf", "argon2id13");
    g_key_file_set_uint64(k, KEYFILE_GROUP, "opslimit", kf->opslimit);
    g_key_file_set_uint64(k, KEYFILE_GROUP, "memlimit", kf->memlimit);
    g_key_file_set_string(k, KEYFILE_GROUP, "salt", salt_b64);
    g_key_file_set_string(k, KEYFILE_GROUP, "nonce", nonce_b64);
    g_key_file_set_string(k, KEYFILE_GROUP, "sealed", sealed_b64);
    gsize len = 0;
    g_autofree char *data = g_key_file_to_data(k, &len, NULL);
    ok = g_file_set_contents_full(path, data, (gssize)len, how, 0600,
                                  &file_error);
  }
  if (!ok) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot replace key file %s: %s"), path, file_error->message);
    return FALSE;
  }
  fsync_dir_of(path);
  return TRUE;
}

gboolean
cv_keyfile_set_passphrase(CvKeyFile *kf, const char *passphrase,
                          GError **error)
{
  if (passphrase == NULL || *passphrase == '\0') {
    kf->wrapped = FALSE;
    sodium_free(kf->wrap_key);
    kf->wrap_key = NULL;
    return TRUE;
  }
  randombytes_buf(kf->salt, sizeof kf->salt);
  kf->opslimit = pwhash_opslimit;
  kf->memlimit = pwhash_memlimit;
  if (!derive_wrap_key(kf, passphrase, error))
    return FALSE;
  kf->wrapped = TRUE;
  return TRUE;
}

static gboolean
create_key_file(CvKeyFile *kf, GError **error)
{
  g_autofree char *dir = g_path_get_dirname(kf->path);
  if (!g_file_test(dir, G_FILE_TEST_IS_DIR)
      && g_mkdir_with_parents(dir, 0700) != 0) {
    int e = errno;
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot create directory %s: %s"), dir, g_strerror(e));
    return FALSE;
  }
  randombytes_buf(kf->master, CV_MASTER_KEY_LEN);
  if (!create_exclusive(kf->path, kf->master, CV_MASTER_KEY_LEN, error))
    return FALSE;
  fsync_dir_of(kf->path);
  return TRUE;
}

CvKeyFile *
cv_keyfile_load(const char *path, gboolean create, const char *passphrase,
                gboolean *created, GError **error)
{
  g_autoptr(CvKeyFile) kf = g_new0(CvKeyFile, 1);
  kf->master = sodium_malloc(CV_MASTER_KEY_LEN);
  if (kf->master == NULL) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot allocate secure memory"));
    return NULL;
  }
  const char *cred_dir = g_getenv("CREDENTIALS_DIRECTORY");
  g_autofree char *cred = cred_dir && *cred_dir
      ? g_build_filename(cred_dir, CV_CREDENTIAL_NAME, NULL) : NULL;
  if (cred != NULL && g_file_test(cred, G_FILE_TEST_EXISTS)) {
    kf->path = g_steal_pointer(&cred);
    kf->from_credential = TRUE;
  } else if (path != NULL) {
    kf->path = g_strdup(path);
  } else {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("no key file given"));
    return NULL;
  }

  int fd = open(kf->path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT && create && !kf->from_credential) {
    if (!create_key_file(kf, error))
      return NULL;
    if (created != NULL)
      *created = TRUE;
    return g_steal_pointer(&kf);
  }
  if (fd < 0) {
    int e = errno;
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                e == ELOOP ? "key file %s is a symbolic link: refusing it"
                           : "cannot open key file %s: %s",
                kf->path, g_strerror(e));
    return NULL;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !check_mode(kf->path, &st, kf->from_credential, error)) {
    if (error != NULL && *error == NULL)
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                  _("cannot stat key file %s"), kf->path);
    close(fd);
    return NULL;
  }
  if (st.st_size > KEYFILE_MAX_SIZE) {
    close(fd);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("key file %s is larger than %d bytes: not a key file"),
                kf->path, KEYFILE_MAX_SIZE);
    return NULL;
  }
  /* Read into secure memory: a raw file is the key itself. */
  char *buf = sodium_malloc(KEYFILE_MAX_SIZE + 1);
  gsize len = 0;
  gboolean ok = buf != NULL;
  while (ok && len < KEYFILE_MAX_SIZE + 1) {
    ssize_t n = read(fd, buf + len, KEYFILE_MAX_SIZE + 1 - len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      ok = FALSE;
    if (n <= 0)
      break;
    len += (gsize)n;
  }
  close(fd);
  if (!ok || len > KEYFILE_MAX_SIZE) {
    sodium_free(buf);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot read key file %s"), kf->path);
    return NULL;
  }
  if (len == CV_MASTER_KEY_LEN) {
    memcpy(kf->master, buf, CV_MASTER_KEY_LEN);
    ok = TRUE;
  } else {
    ok = parse_wrapped(kf, buf, len, passphrase, error);
  }
  sodium_free(buf);
  if (!ok)
    return NULL;
  return g_steal_pointer(&kf);
}
