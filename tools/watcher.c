/* watcher.c — drop folders: inotify events and scans note files, a tick
 * submits those that settled to the pipeline, the pipeline's callback
 * applies the folder's policy.  Design and guarantees: watcher.h. */
#define _GNU_SOURCE 1
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib-unix.h>

#include "watcher.h"

#define PENDING_MAX 4096 /* files noticed and not finished */
#define SUBMIT_MAX 48    /* in the pipeline at once (its queue: 64) */
#define TICK_MS 100
#define RESCAN_S 300 /* safety net: a full scan now and then */
#define RETRY_MIN_S 2
#define RETRY_MAX_S 30
#define MAX_DEPTH 64
#define REASON_MAX 512
#define EVENT_BUF 65536
#define WATCH_MASK                                                             \
  (IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE |      \
   IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_EXCL_UNLINK)
#define DONE_DIR ".caviar/done"
#define QUARANTINE_DIR ".caviar/quarantine"

typedef struct {
  gint refs;
  char *name;
  char *root; /* absolute */
  char *collection;
  CvWatchPolicy policy;
  gboolean keep_versions;
  int root_fd;         /* the folder itself, O_DIRECTORY */
  gboolean removed;    /* under w->lock */
  GHashTable *pending; /* rel -> Pending*, under w->lock */
  GHashTable *kept;    /* rel -> Sig*, under w->lock (policy keep) */
} Folder;

typedef struct {
  dev_t dev;
  ino_t ino;
  off_t size;
  struct timespec mtime;
} Sig;

typedef struct {
  Sig sig;           /* last seen */
  gboolean known;    /* @sig was set */
  gint64 changed;    /* monotonic µs: last event or change */
  gint64 not_before; /* retry backoff */
  guint attempts;
  gboolean quick; /* moved in: complete, no settling */
  gboolean in_pipeline;
  gboolean again; /* an event while in the pipeline */
} Pending;

typedef struct {
  Folder *folder;
  char *rel; /* directory under the root ("" for the root) */
} WatchDir;

typedef struct {
  Folder *folder; /* a reference */
  char *rel;
} Ref;

struct _CvWatcher {
  int ifd;
  guint io_source;
  guint tick_source;
  guint settle_ms;
  guint max_waiting; /* files noticed and not finished, at most */
  CvPipeline *pipeline;
  GPtrArray *folders; /* Folder*, main thread */
  GHashTable *wds;    /* wd -> WatchDir*, main thread */
  gint64 last_scan;   /* monotonic µs, main thread */
  gboolean rescan;    /* main thread */
  GMutex lock;        /* pending tables, stats, @stopping */
  guint n_pending;
  gboolean stopping;
  CvWatchStats stats;
};

/* ---------- specs, folders ---------- */

void
cv_watch_spec_free(CvWatchSpec *spec)
{
  if (spec == NULL)
    return;
  g_free(spec->name);
  g_free(spec->directory);
  g_free(spec->collection);
  g_free(spec);
}

gboolean
cv_watch_policy_parse(const char *s, CvWatchPolicy *out)
{
  if (s == NULL || g_str_equal(s, "move"))
    *out = CV_WATCH_MOVE;
  else if (g_str_equal(s, "delete"))
    *out = CV_WATCH_DELETE;
  else if (g_str_equal(s, "keep"))
    *out = CV_WATCH_KEEP;
  else
    return FALSE;
  return TRUE;
}

static Folder *
folder_ref(Folder *f)
{
  g_atomic_int_inc(&f->refs);
  return f;
}

static void
folder_unref(Folder *f)
{
  if (f == NULL || !g_atomic_int_dec_and_test(&f->refs))
    return;
  close(f->root_fd);
  g_hash_table_unref(f->pending);
  g_hash_table_unref(f->kept);
  g_free(f->name);
  g_free(f->root);
  g_free(f->collection);
  g_free(f);
}

static void
ref_free(gpointer data)
{
  Ref *r = data;
  folder_unref(r->folder);
  g_free(r->rel);
  g_free(r);
}

static void
watch_dir_free(gpointer data)
{
  WatchDir *d = data;
  folder_unref(d->folder);
  g_free(d->rel);
  g_free(d);
}

/* Temporary and hidden names are never taken. */
static gboolean
ignored(const char *name)
{
  if (name[0] == '.' || g_str_has_prefix(name, "~$"))
    return TRUE;
  g_autofree char *lower = g_ascii_strdown(name, -1);
  return g_str_has_suffix(lower, ".tmp") || g_str_has_suffix(lower, ".part") ||
         g_str_has_suffix(lower, ".crdownload");
}

static char *
join(const char *dir, const char *name)
{
  return *dir ? g_strconcat(dir, "/", name, NULL) : g_strdup(name);
}

/* ---------- paths beneath a folder ---------- */

/* Opens directory @rel under @root_fd one component at a time, never
 * following a link (@create: making missing ones).  -1 with errno. */
static int
open_dir_beneath(int root_fd, const char *rel, gboolean create)
{
  /* a new open file description, not a dup: readdir's offset is per
   * description, and a dup's would be shared with every earlier scan */
  int fd = openat(root_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 || rel == NULL || *rel == '\0')
    return fd;
  g_auto(GStrv) parts = g_strsplit(rel, "/", -1);
  for (guint i = 0; parts[i] && fd >= 0; i++) {
    if (*parts[i] == '\0' || strcmp(parts[i], ".") == 0)
      continue;
    if (strcmp(parts[i], "..") == 0) {
      close(fd);
      errno = EPERM;
      return -1;
    }
    if (create && mkdirat(fd, parts[i], 0770) != 0 && errno != EEXIST) {
      int e = errno;
      close(fd);
      errno = e;
      return -1;
    }
    int next =
        openat(fd, parts[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int e = errno;
    close(fd);
    fd = next;
    errno = e;
  }
  return fd;
}

/* The directory holding @rel, opened beneath @root_fd; *name its last
 * component (points into @rel). */
static int
open_parent(int root_fd, const char *rel, const char *prefix, gboolean create,
            const char **name)
{
  const char *slash = strrchr(rel, '/');
  *name = slash ? slash + 1 : rel;
  g_autofree char *dir = slash ? g_strndup(rel, slash - rel) : g_strdup("");
  g_autofree char *full =
      prefix ? (*dir ? g_strconcat(prefix, "/", dir, NULL) : g_strdup(prefix))
             : g_strdup(dir);
  return open_dir_beneath(root_fd, full, create);
}

static gboolean
stat_beneath(int root_fd, const char *rel, struct stat *st)
{
  const char *name;
  int dfd = open_parent(root_fd, rel, NULL, FALSE, &name);
  if (dfd < 0)
    return FALSE;
  gboolean ok = fstatat(dfd, name, st, AT_SYMLINK_NOFOLLOW) == 0;
  int e = errno;
  close(dfd);
  errno = e;
  return ok;
}

static void
sig_of(const struct stat *st, Sig *sig)
{
  sig->dev = st->st_dev;
  sig->ino = st->st_ino;
  sig->size = st->st_size;
  sig->mtime = st->st_mtim;
}

static gboolean
sig_equal(const Sig *a, const Sig *b)
{
  return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
         a->mtime.tv_sec == b->mtime.tv_sec &&
         a->mtime.tv_nsec == b->mtime.tv_nsec;
}

/* Moves @rel to @prefix/@rel (same folder): both parents opened beneath the
 * root, so a link swapped in for a directory is never followed. */
static gboolean
move_beneath(Folder *f, const char *rel, const char *prefix, GError **error)
{
  const char *name, *name2;
  int from = open_parent(f->root_fd, rel, NULL, FALSE, &name);
  int to = from >= 0 ? open_parent(f->root_fd, rel, prefix, TRUE, &name2) : -1;
  gboolean ok = to >= 0 && renameat(from, name, to, name2) == 0;
  int e = errno;
  if (from >= 0)
    close(from);
  if (to >= 0)
    close(to);
  if (!ok)
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
                _("cannot move it to %s: %s"), prefix, g_strerror(e));
  return ok;
}

static gboolean
delete_beneath(Folder *f, const char *rel, GError **error)
{
  const char *name;
  int dfd = open_parent(f->root_fd, rel, NULL, FALSE, &name);
  gboolean ok = dfd >= 0 && unlinkat(dfd, name, 0) == 0;
  int e = errno;
  if (dfd >= 0)
    close(dfd);
  if (!ok)
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
                _("cannot delete it: %s"), g_strerror(e));
  return ok;
}

/* Writes quarantine/REL.reason (one line; via a temporary name, so that a
 * crash leaves no half line), then moves the file beside it. */
static gboolean
quarantine(Folder *f, const char *rel, const char *why, GError **error)
{
  const char *name;
  int dfd = open_parent(f->root_fd, rel, QUARANTINE_DIR, TRUE, &name);
  if (dfd < 0) {
    int e = errno;
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
                _("cannot create %s: %s"), QUARANTINE_DIR, g_strerror(e));
    return FALSE;
  }
  g_autofree char *line = g_strndup(why, REASON_MAX);
  for (char *p = line; *p; p++)
    if (*p == '\n' || *p == '\r')
      *p = ' ';
  g_autofree char *reason = g_strconcat(name, ".reason", NULL);
  g_autofree char *tmp = g_strconcat(".", name, ".reason.tmp", NULL);
  int fd = openat(dfd, tmp,
                  O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0640);
  gboolean ok = fd >= 0;
  if (ok) {
    g_autofree char *text = g_strconcat(line, "\n", NULL);
    gsize len = strlen(text);
    ok = write(fd, text, len) == (ssize_t)len;
    ok = close(fd) == 0 && ok;
    ok = ok && renameat(dfd, tmp, dfd, reason) == 0;
  }
  int e = errno;
  close(dfd);
  if (!ok) {
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
                _("cannot write its reason in %s: %s"), QUARANTINE_DIR,
                g_strerror(e));
    return FALSE;
  }
  return move_beneath(f, rel, QUARANTINE_DIR, error);
}

/* ---------- noticing files ---------- */

typedef enum {
  SEEN_SCAN,   /* found by a scan: nothing new about a file already noted */
  SEEN_CLOSED, /* closed after writing: settle again */
  SEEN_MOVED,  /* moved in: complete */
} Seen;

static void
note(CvWatcher *w, Folder *f, const char *rel, Seen how)
{
  gint64 now = g_get_monotonic_time();
  gboolean quick = how == SEEN_MOVED;
  g_mutex_lock(&w->lock);
  Pending *p = g_hash_table_lookup(f->pending, rel);
  if (p != NULL) {
    if (how != SEEN_SCAN) {
      p->changed = now;
      p->quick = quick;
      if (p->in_pipeline)
        p->again = TRUE;
    }
  } else if (w->n_pending >= w->max_waiting) {
    w->rescan = TRUE; /* found again by the rescan, once there is room */
  } else if (!f->removed && !w->stopping) {
    p = g_new0(Pending, 1);
    p->changed = now;
    p->quick = quick;
    g_hash_table_insert(f->pending, g_strdup(rel), p);
    w->n_pending++;
  }
  g_mutex_unlock(&w->lock);
}

static void scan_dir(CvWatcher *w, Folder *f, const char *rel, guint depth);

/* Watches directory @rel of @f (then scans it: what arrived before the
 * watch is found). */
static void
watch_dir(CvWatcher *w, Folder *f, const char *rel, guint depth)
{
  if (depth > MAX_DEPTH) {
    g_printerr(_("caviar watch: %s: directories nested deeper than %d levels "
                 "are not watched\n"),
               f->name, MAX_DEPTH);
    return;
  }
  int dfd = open_dir_beneath(f->root_fd, rel, FALSE);
  if (dfd < 0)
    return;
  /* the directory opened beneath the root, not a path that could have
   * been swapped for a link since (so no IN_DONT_FOLLOW: the magic link
   * must be followed) */
  g_autofree char *proc = g_strdup_printf("/proc/self/fd/%d", dfd);
  int wd = inotify_add_watch(w->ifd, proc, WATCH_MASK);
  int e = errno;
  close(dfd);
  if (wd < 0) {
    g_printerr(_("caviar watch: %s: cannot watch a directory (%s)%s\n"),
               f->name, g_strerror(e),
               e == ENOSPC ? "; raise fs.inotify.max_user_watches" : "");
  } else {
    WatchDir *d = g_hash_table_lookup(w->wds, GINT_TO_POINTER(wd));
    if (d == NULL || d->folder != f || strcmp(d->rel, rel) != 0) {
      d = g_new0(WatchDir, 1);
      d->folder = folder_ref(f);
      d->rel = g_strdup(rel);
      g_hash_table_replace(w->wds, GINT_TO_POINTER(wd), d);
    }
  }
  scan_dir(w, f, rel, depth);
}

static void
scan_dir(CvWatcher *w, Folder *f, const char *rel, guint depth)
{
  int dfd = open_dir_beneath(f->root_fd, rel, FALSE);
  if (dfd < 0)
    return;
  DIR *dir = fdopendir(dfd);
  if (dir == NULL) {
    close(dfd);
    return;
  }
  g_autoptr(GPtrArray) subdirs = g_ptr_array_new_with_free_func(g_free);
  struct dirent *de;
  while ((de = readdir(dir)) != NULL) {
    if (ignored(de->d_name))
      continue; /* also ".", "..", ".caviar" */
    struct stat st;
    if (fstatat(dirfd(dir), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
      continue;
    g_autofree char *child = join(rel, de->d_name);
    if (S_ISDIR(st.st_mode)) {
      g_ptr_array_add(subdirs, g_steal_pointer(&child));
      continue;
    }
    g_mutex_lock(&w->lock);
    Sig sig;
    sig_of(&st, &sig);
    const Sig *kept = g_hash_table_lookup(f->kept, child);
    gboolean unchanged = kept != NULL && sig_equal(kept, &sig);
    g_mutex_unlock(&w->lock);
    if (!unchanged)
      note(w, f, child, SEEN_SCAN);
  }
  closedir(dir);
  for (guint i = 0; i < subdirs->len; i++)
    watch_dir(w, f, g_ptr_array_index(subdirs, i), depth + 1);
}

static void
rescan_all(CvWatcher *w)
{
  w->last_scan = g_get_monotonic_time();
  for (guint i = 0; i < w->folders->len; i++)
    watch_dir(w, g_ptr_array_index(w->folders, i), "", 0);
}

/* Drops the watches of directory @rel of @f and below (moved away). */
static void
unwatch_tree(CvWatcher *w, Folder *f, const char *rel)
{
  g_autofree char *prefix = g_strconcat(rel, "/", NULL);
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, w->wds);
  while (g_hash_table_iter_next(&it, &k, &v)) {
    WatchDir *d = v;
    if (d->folder != f ||
        (strcmp(d->rel, rel) != 0 && !g_str_has_prefix(d->rel, prefix)))
      continue;
    inotify_rm_watch(w->ifd, GPOINTER_TO_INT(k));
    g_hash_table_iter_remove(&it);
  }
}

static gboolean
on_events(gint fd, GIOCondition cond, gpointer data)
{
  CvWatcher *w = data;
  guint8 buf[EVENT_BUF]
      __attribute__((aligned(__alignof__(struct inotify_event))));
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0)
      break;
    for (guint8 *p = buf; p < buf + n;) {
      struct inotify_event *ev = (struct inotify_event *)p;
      p += sizeof *ev + ev->len;
      if (ev->mask & IN_Q_OVERFLOW) {
        w->rescan = TRUE;
        continue;
      }
      WatchDir *d = g_hash_table_lookup(w->wds, GINT_TO_POINTER(ev->wd));
      if (d == NULL)
        continue;
      if (ev->mask & IN_IGNORED) {
        g_hash_table_remove(w->wds, GINT_TO_POINTER(ev->wd));
        continue;
      }
      if (ev->len == 0 || ignored(ev->name))
        continue;
      Folder *f = d->folder;
      g_autofree char *rel = join(d->rel, ev->name);
      if (ev->mask & IN_ISDIR) {
        if (ev->mask & (IN_CREATE | IN_MOVED_TO)) {
          guint depth = 1;
          for (const char *c = rel; *c; c++)
            depth += *c == '/';
          watch_dir(w, f, rel, depth);
        } else if (ev->mask & IN_MOVED_FROM)
          unwatch_tree(w, f, rel);
        continue;
      }
      /* A link, FIFO or device shows only as created: noted to be refused
       * (quarantined).  A created regular file waits for its close. */
      struct stat st;
      if ((ev->mask & IN_CREATE) && stat_beneath(f->root_fd, rel, &st) &&
          !S_ISREG(st.st_mode))
        note(w, f, rel, SEEN_CLOSED);
      if (ev->mask & (IN_CLOSE_WRITE | IN_MOVED_TO))
        note(w, f, rel, ev->mask & IN_MOVED_TO ? SEEN_MOVED : SEEN_CLOSED);
    }
  }
  return G_SOURCE_CONTINUE;
}

/* ---------- submitting ---------- */

/* Does a process hold the file open for writing?  A read lease is granted
 * only when none does (fcntl(2) F_SETLEASE): 1 yes, 0 no, -1 cannot tell
 * (a lease needs the file's owner or CAP_LEASE; the systemd unit grants
 * the capability).  A writer that keeps its file open between slow pieces
 * is then never taken half-written, whatever the settle time. */
static int
open_for_writing(int fd)
{
  if (fcntl(fd, F_SETLEASE, F_RDLCK) == 0) {
    if (fcntl(fd, F_SETLEASE, F_UNLCK) != 0)
      g_debug("cannot release a lease");
    return 0;
  }
  return errno == EAGAIN || errno == EBUSY ? 1 : -1;
}

/* The same for the file at @rel (before moving or deleting it). */
static int
rel_open_for_writing(Folder *f, const char *rel)
{
  const char *name;
  int dfd = open_parent(f->root_fd, rel, NULL, FALSE, &name);
  if (dfd < 0)
    return -1;
  int fd = openat(dfd, name,
                  O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
  close(dfd);
  if (fd < 0)
    return -1;
  struct stat st;
  int busy =
      fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? open_for_writing(fd) : -1;
  close(fd);
  return busy;
}

typedef struct {
  Folder *folder;
  char *rel;
} Candidate;

/* Opens @rel beneath the folder for the pipeline (or records why not). */
static CvItem *
item_for(Folder *f, const char *rel)
{
  CvItem *item = cv_item_new();
  item->source = g_strdup(rel);
  item->origin = g_build_filename(f->root, rel, NULL);
  item->collection = g_strdup(f->collection);
  item->keep_versions = f->keep_versions;
  Ref *ref = g_new0(Ref, 1);
  ref->folder = folder_ref(f);
  ref->rel = g_strdup(rel);
  item->user_data = ref;
  item->user_destroy = ref_free;
  const char *name;
  int dfd = open_parent(f->root_fd, rel, NULL, FALSE, &name);
  if (dfd < 0) {
    int e = errno;
    g_set_error_literal(&item->error, G_FILE_ERROR, g_file_error_from_errno(e),
                        g_strerror(e));
    return item;
  }
  item->fd = cv_pipeline_open(dfd, name, FALSE, &item->error);
  close(dfd);
  return item;
}

static gboolean
on_tick(gpointer data)
{
  CvWatcher *w = data;
  gint64 now = g_get_monotonic_time();
  if (w->stopping || w->pipeline == NULL)
    return G_SOURCE_CONTINUE;
  g_mutex_lock(&w->lock);
  gboolean room = w->n_pending < MAX(1u, w->max_waiting / 2);
  g_mutex_unlock(&w->lock);
  if ((w->rescan && room) || now - w->last_scan > RESCAN_S * G_USEC_PER_SEC) {
    w->rescan = FALSE;
    rescan_all(w);
  }
  /* what may be ready: looked at without the lock held */
  g_autoptr(GArray) todo = g_array_new(FALSE, FALSE, sizeof(Candidate));
  g_mutex_lock(&w->lock);
  for (guint i = 0; i < w->folders->len; i++) {
    Folder *f = g_ptr_array_index(w->folders, i);
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, f->pending);
    while (g_hash_table_iter_next(&it, &k, &v)) {
      Pending *p = v;
      if (p->in_pipeline || now < p->not_before)
        continue;
      Candidate c = { f, g_strdup(k) };
      g_array_append_val(todo, c);
    }
  }
  g_mutex_unlock(&w->lock);

  guint budget = SUBMIT_MAX > cv_pipeline_pending(w->pipeline)
                     ? SUBMIT_MAX - cv_pipeline_pending(w->pipeline)
                     : 0;
  for (guint i = 0; i < todo->len; i++) {
    Candidate *c = &g_array_index(todo, Candidate, i);
    Folder *f = c->folder;
    if (budget == 0) { /* the pipeline is full: look again next tick */
      g_free(c->rel);
      continue;
    }
    struct stat st;
    gboolean exists = stat_beneath(f->root_fd, c->rel, &st);
    gboolean submit = FALSE;
    g_mutex_lock(&w->lock);
    Pending *p = g_hash_table_lookup(f->pending, c->rel);
    if (p == NULL || p->in_pipeline) {
      /* gone meanwhile */
    } else if (!exists) {
      g_hash_table_remove(f->pending, c->rel); /* removed or renamed */
      w->n_pending--;
    } else {
      Sig sig;
      sig_of(&st, &sig);
      if (!p->known || !sig_equal(&sig, &p->sig)) {
        p->sig = sig;
        p->known = TRUE;
        if (!p->quick)
          p->changed = now;
      }
      gboolean settled =
          p->quick || now - p->changed >= (gint64)w->settle_ms * 1000;
      const Sig *kept = g_hash_table_lookup(f->kept, c->rel);
      if (S_ISREG(st.st_mode) && kept != NULL && sig_equal(kept, &sig)) {
        g_hash_table_remove(f->pending, c->rel); /* kept, unchanged */
        w->n_pending--;
      } else if (settled && budget > 0) {
        p->in_pipeline = TRUE;
        p->again = FALSE;
        budget--;
        submit = TRUE; /* the item is made below, without the lock */
      }
    }
    g_mutex_unlock(&w->lock);
    CvItem *item = submit ? item_for(f, c->rel) : NULL;
    if (item != NULL && item->fd >= 0 && open_for_writing(item->fd) == 1) {
      /* still being written (held open): settle again */
      cv_item_free(item);
      item = NULL;
      g_mutex_lock(&w->lock);
      if ((p = g_hash_table_lookup(f->pending, c->rel)) != NULL) {
        p->in_pipeline = FALSE;
        p->quick = FALSE;
        p->changed = now;
      }
      g_mutex_unlock(&w->lock);
    }
    if (item != NULL)
      cv_pipeline_submit(w->pipeline, item);
    g_free(c->rel);
  }
  return G_SOURCE_CONTINUE;
}

/* ---------- finished items (pipeline thread) ---------- */

void
cv_watcher_done(CvItem *item, gpointer data)
{
  CvWatcher *w = data;
  Ref *ref = item->user_data;
  Folder *f = ref->folder;
  const char *rel = ref->rel;
  g_autoptr(GError) error = NULL;
  const char *action = NULL;
  gboolean finished = FALSE;
  guint retry_s = 0;

  /* Touch the file only if it is still the one that was read: a new
   * version dropped meanwhile is taken next. */
  struct stat st;
  Sig now_sig, read_sig;
  gboolean same = FALSE;
  if (stat_beneath(f->root_fd, rel, &st)) {
    sig_of(&st, &now_sig);
    sig_of(&item->st, &read_sig);
    same = item->st.st_ino == 0 || sig_equal(&now_sig, &read_sig);
  }
  /* a writer that opened it again meanwhile: not ours to move yet */
  if (same && item->st.st_ino != 0 && rel_open_for_writing(f, rel) == 1)
    same = FALSE;
  switch (item->status) {
  case CV_ITEM_STORED:
  case CV_ITEM_ALREADY:
    if (!same) {
      action = _("changed since read, taken again");
    } else if (f->policy == CV_WATCH_MOVE) {
      finished = move_beneath(f, rel, DONE_DIR, &error);
      action = _("moved to .caviar/done");
    } else if (f->policy == CV_WATCH_DELETE) {
      /* the store syncs each batch: it has the document durably */
      finished = delete_beneath(f, rel, &error);
      action = _("deleted");
    } else {
      finished = TRUE;
      action = _("kept");
    }
    break;
  case CV_ITEM_FAILED:
    if (!same && item->st.st_ino != 0) {
      action = _("changed since read, taken again");
    } else {
      finished = quarantine(
          f, rel, item->failure ? item->failure->message : "failed", &error);
      action = _("moved to .caviar/quarantine");
    }
    break;
  case CV_ITEM_RETRY:
  default:
    action = _("left in place, tried again later");
    break;
  }
  if (error != NULL)
    action = error->message;

  g_mutex_lock(&w->lock);
  Pending *p = g_hash_table_lookup(f->pending, rel);
  if (item->status == CV_ITEM_STORED)
    w->stats.stored++;
  else if (item->status == CV_ITEM_ALREADY)
    w->stats.already++;
  else if (item->status == CV_ITEM_FAILED)
    w->stats.failed++;
  else if (item->status == CV_ITEM_RETRY)
    w->stats.retried++;
  if (finished && f->policy == CV_WATCH_KEEP &&
      (item->status == CV_ITEM_STORED || item->status == CV_ITEM_ALREADY)) {
    Sig *k = g_new(Sig, 1);
    *k = now_sig;
    g_hash_table_replace(f->kept, g_strdup(rel), k);
  }
  if (p != NULL && finished && !p->again) {
    g_hash_table_remove(f->pending, rel);
    w->n_pending--;
  } else if (p != NULL) {
    p->in_pipeline = FALSE;
    p->again = FALSE;
    p->known = FALSE;
    if (!finished && item->status != CV_ITEM_CANCELLED && same) {
      p->attempts++;
      retry_s = MIN(RETRY_MAX_S, RETRY_MIN_S << MIN(p->attempts - 1, 5u));
      p->not_before = g_get_monotonic_time() + retry_s * G_USEC_PER_SEC;
    }
  }
  g_mutex_unlock(&w->lock);

  /* One line per file: outcome, type, pages, counts, time; the name only
   * redacted (item->shown), never the text. */
  /* a file waiting for the store: one line when it starts waiting */
  if (item->status == CV_ITEM_CANCELLED ||
      (item->status == CV_ITEM_RETRY && retry_s > RETRY_MIN_S)) {
    cv_item_free(item);
    return;
  }
  GString *line = g_string_new(NULL);
  /* TRANSLATORS: log line of a drop folder: folder: outcome */
  g_string_append_printf(line, _("caviar watch: %s: %s"), f->name,
                         cv_item_status_label(item->status));
  if (item->doc_id[0] && item->status != CV_ITEM_FAILED)
    g_string_append_printf(line, " %.12s", item->doc_id);
  if (item->replaced[0])
    g_string_append_printf(line, _(" (replaces %.12s)"), item->replaced);
  if (item->status == CV_ITEM_STORED) {
    g_autofree char *counts = cv_pipeline_counts_text(item->counts);
    g_autofree char *pages = g_strdup_printf(
        g_dngettext(GETTEXT_PACKAGE, "%u page", "%u pages", item->n_pages),
        item->n_pages);
    /* TRANSLATORS: log line of a drop folder: TYPE, N pages, counts */
    g_string_append_printf(line, _(", %s, %s, redacted: %s"), item->mime, pages,
                           counts);
  }
  if (item->failure != NULL)
    g_string_append_printf(line, ", %s", item->failure->message);
  g_string_append_printf(line, ", %" G_GINT64_FORMAT " ms: \"%s\" %s", item->ms,
                         item->shown, action);
  if (retry_s > 0)
    g_string_append_printf(line, _(" (in %u s)"), retry_s);
  g_printerr("%s\n", line->str);
  g_string_free(line, TRUE);
  cv_item_free(item); /* ours: the pipeline hands it over */
}

/* ---------- the watcher ---------- */

CvWatcher *
cv_watcher_new(guint settle_ms, guint max_waiting, GError **error)
{
  int ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (ifd < 0) {
    int e = errno;
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
                _("inotify: %s"), g_strerror(e));
    return NULL;
  }
  CvWatcher *w = g_new0(CvWatcher, 1);
  w->ifd = ifd;
  w->settle_ms = settle_ms;
  w->max_waiting = max_waiting ? max_waiting : PENDING_MAX;
  w->folders = g_ptr_array_new_with_free_func((GDestroyNotify)folder_unref);
  w->wds =
      g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, watch_dir_free);
  g_mutex_init(&w->lock);
  w->io_source = g_unix_fd_add(ifd, G_IO_IN, on_events, w);
  w->tick_source = g_timeout_add(TICK_MS, on_tick, w);
  w->last_scan = g_get_monotonic_time();
  return w;
}

void
cv_watcher_start(CvWatcher *w, CvPipeline *pipeline)
{
  w->pipeline = pipeline;
}

static Folder *
folder_open(const CvWatchSpec *spec, GError **error)
{
  int fd = open(spec->directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    int e = errno;
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
                _("watch %s: %s: %s"), spec->name, spec->directory,
                g_strerror(e));
    return NULL;
  }
  /* its own bookkeeping, inside it: same file system, so moves are renames */
  int done = open_dir_beneath(fd, DONE_DIR, TRUE);
  int quar = done >= 0 ? open_dir_beneath(fd, QUARANTINE_DIR, TRUE) : -1;
  int e = errno;
  if (done >= 0)
    close(done);
  if (quar < 0) {
    close(fd);
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
                _("watch %s: cannot create %s/.caviar/: %s"), spec->name,
                spec->directory, g_strerror(e));
    return NULL;
  }
  close(quar);
  Folder *f = g_new0(Folder, 1);
  f->refs = 1;
  f->name = g_strdup(spec->name);
  f->root = g_strdup(spec->directory);
  f->collection = g_strdup(spec->collection);
  f->policy = spec->policy;
  f->keep_versions = spec->keep_versions;
  f->root_fd = fd;
  f->pending = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  f->kept = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  return f;
}

static gboolean
same_spec(Folder *f, const CvWatchSpec *s)
{
  return strcmp(f->name, s->name) == 0 && strcmp(f->root, s->directory) == 0 &&
         g_strcmp0(f->collection, s->collection) == 0 &&
         f->policy == s->policy && f->keep_versions == s->keep_versions;
}

static void
folder_drop(CvWatcher *w, Folder *f)
{
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, w->wds);
  while (g_hash_table_iter_next(&it, &k, &v))
    if (((WatchDir *)v)->folder == f) {
      inotify_rm_watch(w->ifd, GPOINTER_TO_INT(k));
      g_hash_table_iter_remove(&it);
    }
  g_mutex_lock(&w->lock);
  f->removed = TRUE;
  GHashTableIter pi;
  g_hash_table_iter_init(&pi, f->pending);
  while (g_hash_table_iter_next(&pi, &k, &v))
    if (!((Pending *)v)->in_pipeline) {
      g_hash_table_iter_remove(&pi);
      w->n_pending--;
    }
  g_mutex_unlock(&w->lock);
  g_ptr_array_remove(w->folders, f);
}

gboolean
cv_watcher_set_folders(CvWatcher *w, GPtrArray *specs, GError **error)
{
  /* open the new ones first: on error nothing changes */
  g_autoptr(GPtrArray) added =
      g_ptr_array_new_with_free_func((GDestroyNotify)folder_unref);
  for (guint i = 0; i < specs->len; i++) {
    const CvWatchSpec *s = g_ptr_array_index(specs, i);
    gboolean have = FALSE;
    for (guint j = 0; j < w->folders->len && !have; j++)
      have = same_spec(g_ptr_array_index(w->folders, j), s);
    if (have)
      continue;
    Folder *f = folder_open(s, error);
    if (f == NULL)
      return FALSE;
    g_ptr_array_add(added, f);
  }
  for (guint j = w->folders->len; j-- > 0;) {
    Folder *f = g_ptr_array_index(w->folders, j);
    gboolean keep = FALSE;
    for (guint i = 0; i < specs->len && !keep; i++)
      keep = same_spec(f, g_ptr_array_index(specs, i));
    if (!keep)
      folder_drop(w, f);
  }
  for (guint i = 0; i < added->len; i++) {
    Folder *f = folder_ref(g_ptr_array_index(added, i));
    g_ptr_array_add(w->folders, f);
    watch_dir(w, f, "", 0); /* watch, then take what is there */
  }
  g_mutex_lock(&w->lock);
  w->stats.folders = w->folders->len;
  g_mutex_unlock(&w->lock);
  return TRUE;
}

void
cv_watcher_stats(CvWatcher *w, CvWatchStats *stats)
{
  g_mutex_lock(&w->lock);
  *stats = w->stats;
  stats->waiting = w->n_pending;
  g_mutex_unlock(&w->lock);
}

void
cv_watcher_stop(CvWatcher *w)
{
  g_mutex_lock(&w->lock);
  w->stopping = TRUE;
  g_mutex_unlock(&w->lock);
  if (w->tick_source) {
    g_source_remove(w->tick_source);
    w->tick_source = 0;
  }
  if (w->io_source) {
    g_source_remove(w->io_source);
    w->io_source = 0;
  }
}

void
cv_watcher_free(CvWatcher *w)
{
  if (w == NULL)
    return;
  cv_watcher_stop(w);
  g_hash_table_unref(w->wds);
  g_ptr_array_unref(w->folders);
  close(w->ifd);
  g_mutex_clear(&w->lock);
  g_free(w);
}
