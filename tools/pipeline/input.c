/* input.c — opening inputs without trusting them (never following a link
 * inside a tree, never reading a FIFO or a device, so never blocking on
 * one) and walking the paths given to `caviar ingest`. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cv-pipeline.h"

#define MAX_WALK_DEPTH 64

static const char *
kind_of(mode_t mode)
{
  if (S_ISDIR(mode))
    return "a directory";
  if (S_ISLNK(mode))
    return "a symbolic link (not followed)";
  if (S_ISFIFO(mode))
    return "a FIFO (not read)";
  if (S_ISCHR(mode) || S_ISBLK(mode))
    return "a device (not read)";
  if (S_ISSOCK(mode))
    return "a socket (not read)";
  return "not a regular file";
}

int
cv_pipeline_open(int dirfd, const char *name, gboolean follow, GError **error)
{
  struct stat st;
  /* Look before opening: opening a device can have effects of its own. */
  if (fstatat(dirfd, name, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0) {
    int e = errno;
    g_set_error_literal(error, G_FILE_ERROR, g_file_error_from_errno(e),
                        g_strerror(e));
    return -1;
  }
  if (!S_ISREG(st.st_mode)) {
    g_set_error(error, CV_PIPELINE_ERROR, CV_PIPELINE_ERROR_INPUT, "%s",
                kind_of(st.st_mode));
    return -1;
  }
  int fd = openat(dirfd, name,
                  O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY |
                      (follow ? 0 : O_NOFOLLOW));
  if (fd < 0) {
    int e = errno;
    if (e == ELOOP && !follow)
      g_set_error_literal(error, CV_PIPELINE_ERROR, CV_PIPELINE_ERROR_INPUT,
                          kind_of(S_IFLNK));
    else
      g_set_error_literal(error, G_FILE_ERROR, g_file_error_from_errno(e),
                          g_strerror(e));
    return -1;
  }
  /* It may have been swapped between the look and the open. */
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    g_set_error(error, CV_PIPELINE_ERROR, CV_PIPELINE_ERROR_INPUT, "%s",
                kind_of(st.st_mode));
    return -1;
  }
  return fd;
}

void
cv_walk_entry_free(CvWalkEntry *entry)
{
  if (entry == NULL)
    return;
  g_free(entry->path);
  g_free(entry->source);
  g_free(entry->origin);
  g_clear_error(&entry->error);
  g_free(entry);
}

static CvWalkEntry *
entry_new(const char *path, const char *source, const char *origin,
          gboolean operand)
{
  CvWalkEntry *e = g_new0(CvWalkEntry, 1);
  e->path = g_strdup(path);
  e->source = g_strdup(source);
  e->origin = g_strdup(origin);
  e->operand = operand;
  return e;
}

static int
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* @path: to open; @source: name under the root; @origin: absolute. */
static void
walk_dir(const char *path, const char *source, const char *origin, int depth,
         GPtrArray *out)
{
  if (depth >= MAX_WALK_DEPTH) {
    CvWalkEntry *e = entry_new(path, source, origin, FALSE);
    g_set_error(&e->error, CV_PIPELINE_ERROR, CV_PIPELINE_ERROR_INPUT,
                _("directories nested deeper than %d levels"), MAX_WALK_DEPTH);
    g_ptr_array_add(out, e);
    return;
  }
  GError *error = NULL;
  g_autoptr(GDir) dir = g_dir_open(path, 0, &error);
  if (dir == NULL) {
    CvWalkEntry *e = entry_new(path, source, origin, FALSE);
    e->error = error;
    g_ptr_array_add(out, e);
    return;
  }
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *name;
  while ((name = g_dir_read_name(dir)) != NULL)
    g_ptr_array_add(names, g_strdup(name));
  g_ptr_array_sort(names, compare_names);
  for (guint i = 0; i < names->len; i++) {
    const char *n = g_ptr_array_index(names, i);
    g_autofree char *cpath = g_build_filename(path, n, NULL);
    g_autofree char *csource =
        *source ? g_strconcat(source, "/", n, NULL) : g_strdup(n);
    g_autofree char *corigin = g_build_filename(origin, n, NULL);
    struct stat st;
    if (g_lstat(cpath, &st) != 0) {
      int e = errno;
      CvWalkEntry *w = entry_new(cpath, csource, corigin, FALSE);
      g_set_error_literal(&w->error, G_FILE_ERROR, g_file_error_from_errno(e),
                          g_strerror(e));
      g_ptr_array_add(out, w);
      continue;
    }
    /* Links inside a tree are not followed: they could loop or lead out. */
    if (S_ISLNK(st.st_mode))
      continue;
    if (S_ISDIR(st.st_mode))
      walk_dir(cpath, csource, corigin, depth + 1, out);
    else
      g_ptr_array_add(out, entry_new(cpath, csource, corigin, FALSE));
  }
}

GPtrArray *
cv_pipeline_walk(char **paths, guint n_paths, const char *cwd)
{
  GPtrArray *out =
      g_ptr_array_new_with_free_func((GDestroyNotify)cv_walk_entry_free);
  g_autofree char *here = cwd ? g_strdup(cwd) : g_get_current_dir();
  for (guint i = 0; i < n_paths; i++) {
    const char *path = paths[i];
    g_autofree char *origin = g_canonicalize_filename(path, here);
    g_autofree char *base = g_path_get_basename(origin);
    if (strcmp(base, "/") == 0 || strcmp(base, ".") == 0) {
      g_free(base);
      base = g_strdup("");
    }
    struct stat st;
    /* A path named on the command line may be a link: the user chose it. */
    if (g_stat(path, &st) != 0) {
      int e = errno;
      CvWalkEntry *w = entry_new(path, base, origin, TRUE);
      g_set_error_literal(&w->error, G_FILE_ERROR, g_file_error_from_errno(e),
                          g_strerror(e));
      g_ptr_array_add(out, w);
    } else if (S_ISDIR(st.st_mode)) {
      walk_dir(path, base, origin, 0, out);
    } else {
      g_ptr_array_add(out, entry_new(path, base, origin, TRUE));
    }
  }
  return out;
}

CvItem *
cv_pipeline_item_for(const CvWalkEntry *entry)
{
  CvItem *item = cv_item_new();
  item->source = g_strdup(entry->source);
  item->origin = g_strdup(entry->origin);
  if (entry->error != NULL)
    item->error = g_error_copy(entry->error);
  else
    item->fd =
        cv_pipeline_open(AT_FDCWD, entry->path, entry->operand, &item->error);
  return item;
}
