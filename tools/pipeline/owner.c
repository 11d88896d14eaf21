/* owner.c — CvOwner: the one open store of a process, shared by the
 * pipeline, the HTTP API and the control socket.
 *
 * Locks.  The store allows one writer thread and concurrent readers, except
 * that a reader must not see a document half gone (metadata read, chunks
 * deleted) nor keys change under it.  So: a writer mutex (one writer at a
 * time) and a gate that readers pass in shared mode and that an exclusive
 * writer closes.  Writers go first: once one waits, new readers wait too
 * (glibc's rwlock prefers readers, which would starve `caviar forget` under
 * a steady search load).
 *
 * Between processes, RocksDB's own LOCK only fails ("in use"); a writer
 * first takes STORE/owner.lock (flock) holding its PID and command, so a
 * second writer can say whom it waits for and wait instead of failing.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cv-pipeline.h"

G_DEFINE_QUARK(cv - pipeline - error - quark, cv_pipeline_error)

#define LOCK_NAME "owner.lock"
#define LOCK_INFO_MAX 256

struct _CvOwner {
  gint refs;
  CvStore *store;
  char *dir;
  gboolean read_only;
  int lock_fd; /* STORE/owner.lock, flock'ed, or -1 */

  GMutex write; /* one writer at a time */
  GMutex gate;  /* guards the fields below */
  GCond changed;
  guint readers;         /* inside */
  guint writers_waiting; /* exclusive writers waiting: readers hold back */
  gboolean exclusive;    /* an exclusive writer is inside */
};

/* Reads "PID COMMAND" from the lock file of another process. */
static void
read_holder(int fd, gint64 *pid, char *what, gsize what_len)
{
  char buf[LOCK_INFO_MAX];
  *pid = 0;
  g_strlcpy(what, "?", what_len);
  ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return;
  buf[n] = '\0';
  char *end = NULL;
  *pid = g_ascii_strtoll(buf, &end, 10);
  if (end != NULL && *end == ' ') {
    g_strlcpy(what, end + 1, what_len);
    what[strcspn(what, "\n")] = '\0';
  }
}

/* Takes STORE/owner.lock, waiting while @wait says so. */
static int
take_lock(const char *dir, const char *what, CvOwnerWaitFunc wait,
          gpointer user_data, GError **error)
{
  if (g_mkdir_with_parents(dir, 0700) != 0) {
    int e = errno;
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_IO,
                _("cannot create store directory %s: %s"), dir, g_strerror(e));
    return -1;
  }
  g_autofree char *path = g_build_filename(dir, LOCK_NAME, NULL);
  int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) {
    int e = errno;
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_IO,
                _("cannot open %s: %s"), path, g_strerror(e));
    return -1;
  }
  gboolean first = TRUE;
  while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int e = errno;
    if (e == EINTR)
      continue;
    if (e != EWOULDBLOCK) {
      close(fd);
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_IO,
                  _("cannot lock %s: %s"), path, g_strerror(e));
      return -1;
    }
    gint64 pid = 0;
    char holder[LOCK_INFO_MAX];
    read_holder(fd, &pid, holder, sizeof holder);
    if (wait == NULL || !wait(first, pid, holder, user_data)) {
      close(fd);
      g_set_error(error, CV_PIPELINE_ERROR, CV_PIPELINE_ERROR_BUSY,
                  _("store %s is held by PID %lld (%s)"), dir, (long long)pid,
                  holder);
      return -1;
    }
    first = FALSE;
    g_usleep(200 * 1000);
  }
  g_autofree char *info =
      g_strdup_printf("%d %s\n", (int)getpid(), what ? what : "caviar");
  if (ftruncate(fd, 0) != 0 ||
      pwrite(fd, info, strlen(info), 0) != (ssize_t)strlen(info))
    g_debug("cannot record the owner in %s", path); /* informative only */
  return fd;
}

CvOwner *
cv_owner_open(const CvStoreOptions *options, const char *what,
              CvOwnerWaitFunc wait, gpointer user_data, gboolean *key_created,
              GError **error)
{
  int fd = -1;
  if (!options->read_only) {
    fd = take_lock(options->dir, what, wait, user_data, error);
    if (fd < 0)
      return NULL;
  }
  CvStore *store = cv_store_open(options, key_created, error);
  if (store == NULL) {
    if (fd >= 0)
      close(fd);
    return NULL;
  }
  CvOwner *owner = g_new0(CvOwner, 1);
  owner->refs = 1;
  owner->store = store;
  owner->dir = g_strdup(options->dir);
  owner->read_only = options->read_only;
  owner->lock_fd = fd;
  g_mutex_init(&owner->write);
  g_mutex_init(&owner->gate);
  g_cond_init(&owner->changed);
  return owner;
}

CvOwner *
cv_owner_ref(CvOwner *owner)
{
  g_atomic_int_inc(&owner->refs);
  return owner;
}

void
cv_owner_unref(CvOwner *owner)
{
  if (owner == NULL || !g_atomic_int_dec_and_test(&owner->refs))
    return;
  cv_store_close(owner->store);
  if (owner->lock_fd >= 0) {
    /* Empty the file before unlocking: no stale PID for the next one. */
    if (ftruncate(owner->lock_fd, 0) != 0)
      g_debug("cannot clear the owner lock file");
    close(owner->lock_fd);
  }
  g_mutex_clear(&owner->write);
  g_mutex_clear(&owner->gate);
  g_cond_clear(&owner->changed);
  g_free(owner->dir);
  g_free(owner);
}

CvStore *
cv_owner_store(CvOwner *owner)
{
  return owner->store;
}

const char *
cv_owner_dir(CvOwner *owner)
{
  return owner->dir;
}

gboolean
cv_owner_read_only(CvOwner *owner)
{
  return owner->read_only;
}

void
cv_owner_read_begin(CvOwner *owner)
{
  g_mutex_lock(&owner->gate);
  while (owner->exclusive || owner->writers_waiting > 0)
    g_cond_wait(&owner->changed, &owner->gate);
  owner->readers++;
  g_mutex_unlock(&owner->gate);
}

void
cv_owner_read_end(CvOwner *owner)
{
  g_mutex_lock(&owner->gate);
  g_assert(owner->readers > 0);
  if (--owner->readers == 0)
    g_cond_broadcast(&owner->changed);
  g_mutex_unlock(&owner->gate);
}

void
cv_owner_write_begin(CvOwner *owner)
{
  g_mutex_lock(&owner->write);
}

void
cv_owner_write_end(CvOwner *owner)
{
  g_mutex_unlock(&owner->write);
}

void
cv_owner_exclude_begin(CvOwner *owner)
{
  g_mutex_lock(&owner->gate);
  g_assert(!owner->exclusive);
  owner->writers_waiting++;
  while (owner->readers > 0)
    g_cond_wait(&owner->changed, &owner->gate);
  owner->writers_waiting--;
  owner->exclusive = TRUE;
  g_mutex_unlock(&owner->gate);
}

void
cv_owner_exclude_end(CvOwner *owner)
{
  g_mutex_lock(&owner->gate);
  owner->exclusive = FALSE;
  g_cond_broadcast(&owner->changed);
  g_mutex_unlock(&owner->gate);
}
