/* control.c — the control socket: the `caviar` client side (send the
 * command with our descriptors, walk and open files for `ingest`, relay the
 * exit status) and the service side (check the peer, run the command on a
 * thread against the service's store, cancel it if the client goes away).
 * Protocol: control.h.  Every message is one SOCK_SEQPACKET datagram: a
 * type byte, then a GVariant of a fixed type (checked, normal form). */
#define _GNU_SOURCE 1 /* struct ucred */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib-unix.h>
#include <glib/gstdio.h>

#include "control.h"

#define SOCKET_NAME "control.sock"
#define PROTOCOL 1
#define MSG_MAX (64 * 1024)
#define MAX_FDS 3
#define MAX_ARGS 4096
#define MAX_REQUESTS 32  /* clients served at once */
#define RECV_TICK_MS 500 /* how often a blocked read looks at cancel */
#define FIRST_MSG_TIMEOUT_S 10

#define T_REQUEST "(uaayaya{ss})"
#define T_WALK "(aay)"
#define T_COUNT "(u)"
#define T_FILE "(ayay)"
#define T_ERROR "(ayays)"
#define T_EXIT "(i)"

/* Variables a client passes along (never the key or the passphrase that
 * opens the store: the service holds its own). */
static const char *const client_env[] = { "LANG",
                                          "LC_ALL",
                                          "LC_MESSAGES",
                                          "CAVIAR_PDF_PASSWORD",
                                          "CAVIAR_NEW_PASSPHRASE",
                                          NULL };

/* ---------- messages ---------- */

static gboolean
send_msg(int fd, char type, GVariant *body, const int *fds, guint n_fds,
         GError **error)
{
  g_autoptr(GVariant) sunk = body ? g_variant_ref_sink(body) : NULL;
  gsize len = sunk ? g_variant_get_size(sunk) : 0;
  if (len + 1 > MSG_MAX) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                _("control message too large"));
    return FALSE;
  }
  g_autofree guint8 *buf = g_malloc(len + 1);
  buf[0] = (guint8)type;
  if (sunk) /* g_variant_get_data: aligned, unlike buf + 1 */
    memcpy(buf + 1, g_variant_get_data(sunk), len);
  struct iovec iov = { buf, len + 1 };
  union {
    char b[CMSG_SPACE(sizeof(int) * MAX_FDS)];
    struct cmsghdr align;
  } ctl;
  struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
  if (n_fds > 0) {
    memset(&ctl, 0, sizeof ctl);
    msg.msg_control = ctl.b;
    msg.msg_controllen = CMSG_SPACE(sizeof(int) * n_fds);
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int) * n_fds);
    memcpy(CMSG_DATA(c), fds, sizeof(int) * n_fds);
  }
  for (;;) {
    if (sendmsg(fd, &msg, MSG_NOSIGNAL) >= 0)
      return TRUE;
    if (errno == EINTR)
      continue;
    int e = errno;
    g_set_error(error, G_IO_ERROR, g_io_error_from_errno(e),
                _("control socket: %s"), g_strerror(e));
    return FALSE;
  }
}

/* Receives one message: its type and body (checked against @vtype, which
 * the type byte selects), and up to @max_fds descriptors (others closed).
 * @cancel (may be NULL) is looked at every RECV_TICK_MS when the socket
 * has a receive timeout.  NULL on end of stream (no error) or error. */
static GVariant *
recv_msg(int fd, char *type, int *fds, guint max_fds, guint *n_fds,
         GCancellable *cancel, GError **error)
{
  g_autofree guint8 *buf = g_malloc(MSG_MAX);
  union {
    char b[CMSG_SPACE(sizeof(int) * MAX_FDS)];
    struct cmsghdr align;
  } ctl;
  struct iovec iov = { buf, MSG_MAX };
  struct msghdr msg = { .msg_iov = &iov,
                        .msg_iovlen = 1,
                        .msg_control = ctl.b,
                        .msg_controllen = sizeof ctl.b };
  ssize_t n;
  for (;;) {
    n = recvmsg(fd, &msg, MSG_CMSG_CLOEXEC);
    if (n >= 0)
      break;
    if (errno == EINTR)
      continue;
    if ((errno == EAGAIN || errno == EWOULDBLOCK) &&
        !(cancel && g_cancellable_is_cancelled(cancel)))
      continue;
    int e = errno;
    g_set_error(error, G_IO_ERROR, g_io_error_from_errno(e),
                _("control socket: %s"), g_strerror(e));
    return NULL;
  }
  guint got = 0;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
      continue;
    guint k = (guint)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
    int *in = (int *)CMSG_DATA(c);
    for (guint i = 0; i < k; i++) {
      if (got < max_fds)
        fds[got++] = in[i];
      else
        close(in[i]);
    }
  }
  if (n_fds)
    *n_fds = got;
  if (n == 0) {
    for (guint i = 0; i < got; i++)
      close(fds[i]);
    if (n_fds)
      *n_fds = 0;
    return NULL; /* end of stream */
  }
  const char *vtype = NULL;
  switch ((char)buf[0]) {
  case 'R':
    vtype = T_REQUEST;
    break;
  case 'W':
    vtype = T_WALK;
    break;
  case 'N':
    vtype = T_COUNT;
    break;
  case 'F':
    vtype = T_FILE;
    break;
  case 'E':
    vtype = T_ERROR;
    break;
  case 'X':
    vtype = T_EXIT;
    break;
  case 'D':
    vtype = "()";
    break;
  default:
    break;
  }
  GVariant *v = NULL;
  if (vtype != NULL && !(msg.msg_flags & (MSG_TRUNC | MSG_CTRUNC))) {
    GBytes *b = g_bytes_new(buf + 1, (gsize)n - 1);
    v = g_variant_ref_sink(
        g_variant_new_from_bytes(G_VARIANT_TYPE(vtype), b, FALSE));
    g_bytes_unref(b);
    if (!g_variant_is_normal_form(v))
      g_clear_pointer(&v, g_variant_unref);
  }
  if (v == NULL) {
    for (guint i = 0; i < got; i++)
      close(fds[i]);
    if (n_fds)
      *n_fds = 0;
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                _("control socket: malformed message"));
    return NULL;
  }
  *type = (char)buf[0];
  return v;
}

/* sockaddr for STORE/control.sock; a path too long for sun_path goes
 * through /proc/self/fd/N of the opened directory (*dir_fd, to close). */
static gboolean
socket_addr(const char *store_dir, struct sockaddr_un *sun, int *dir_fd)
{
  *dir_fd = -1;
  memset(sun, 0, sizeof *sun);
  sun->sun_family = AF_UNIX;
  g_autofree char *path = g_build_filename(store_dir, SOCKET_NAME, NULL);
  if (strlen(path) < sizeof sun->sun_path) {
    g_strlcpy(sun->sun_path, path, sizeof sun->sun_path);
    return TRUE;
  }
  *dir_fd = open(store_dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (*dir_fd < 0)
    return FALSE;
  g_snprintf(sun->sun_path, sizeof sun->sun_path, "/proc/self/fd/%d/%s",
             *dir_fd, SOCKET_NAME);
  return TRUE;
}

/* A connected socket, or -1 with errno. */
static int
connect_to(const char *store_dir)
{
  struct sockaddr_un sun;
  int dir_fd = -1;
  if (store_dir == NULL || !socket_addr(store_dir, &sun, &dir_fd))
    return -1;
  int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
  if (fd >= 0 && connect(fd, (struct sockaddr *)&sun, sizeof sun) != 0) {
    int e = errno;
    close(fd);
    fd = -1;
    errno = e;
  }
  if (dir_fd >= 0) {
    int e = errno;
    close(dir_fd);
    errno = e;
  }
  return fd;
}

/* ---------- client ---------- */

gboolean
cv_control_available(const char *store_dir)
{
  int fd = connect_to(store_dir);
  if (fd < 0)
    return errno == EACCES; /* there is one, but not for us: say so */
  close(fd);
  return TRUE;
}

static GVariant *
bytestrings(char **v, guint n)
{
  GVariantBuilder b;
  g_variant_builder_init(&b, G_VARIANT_TYPE("aay"));
  for (guint i = 0; i < n; i++)
    g_variant_builder_add_value(&b, g_variant_new_bytestring(v[i]));
  return g_variant_builder_end(&b);
}

/* Walks the operands the service asks for and sends what it finds. */
static gboolean
client_walk(int fd, GVariant *walk, GError **error)
{
  g_autoptr(GVariant) paths_v = g_variant_get_child_value(walk, 0);
  g_autofree char **paths =
      (char **)g_variant_get_bytestring_array(paths_v, NULL);
  guint n = g_strv_length(paths);
  g_autoptr(GPtrArray) entries = cv_pipeline_walk(paths, n, NULL);
  if (!send_msg(fd, 'N', g_variant_new(T_COUNT, entries->len), NULL, 0, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++) {
    CvWalkEntry *e = g_ptr_array_index(entries, i);
    g_autoptr(GError) open_error = NULL;
    int file = -1;
    if (e->error == NULL)
      file = cv_pipeline_open(AT_FDCWD, e->path, e->operand, &open_error);
    gboolean ok;
    if (file >= 0) {
      ok = send_msg(fd, 'F', g_variant_new("(^ay^ay)", e->source, e->origin),
                    &file, 1, error);
      close(file);
    } else {
      const char *why = e->error ? e->error->message : open_error->message;
      ok = send_msg(fd, 'E',
                    g_variant_new("(^ay^ays)", e->source, e->origin, why), NULL,
                    0, error);
    }
    if (!ok)
      return FALSE;
  }
  return send_msg(fd, 'D', g_variant_new("()"), NULL, 0, error);
}

gboolean
cv_control_call(const char *store_dir, int argc, char **argv, int *exit_code)
{
  int fd = connect_to(store_dir);
  if (fd < 0) {
    if (errno != EACCES)
      return FALSE;
    fprintf(stderr,
            _("caviar: a service holds the store %s but does not accept this "
              "user on its control socket (%s)\n"),
            store_dir, g_strerror(EACCES));
    *exit_code = CV_EXIT_FAIL;
    return TRUE;
  }
  GVariantBuilder env;
  g_variant_builder_init(&env, G_VARIANT_TYPE("a{ss}"));
  for (guint i = 0; client_env[i]; i++) {
    const char *v = g_getenv(client_env[i]);
    if (v != NULL && g_utf8_validate(v, -1, NULL))
      g_variant_builder_add(&env, "{ss}", client_env[i], v);
  }
  g_autofree char *cwd = g_get_current_dir();
  int fds[3] = { STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO };
  g_autoptr(GError) error = NULL;
  fflush(stdout);
  fflush(stderr);
  gboolean ok = send_msg(fd, 'R',
                         g_variant_new("(u@aay^ay@a{ss})", PROTOCOL,
                                       bytestrings(argv, (guint)argc), cwd,
                                       g_variant_builder_end(&env)),
                         fds, 3, &error);
  *exit_code = CV_EXIT_FAIL;
  while (ok) {
    char type = 0;
    g_autoptr(GVariant) v = recv_msg(fd, &type, NULL, 0, NULL, NULL, &error);
    if (v == NULL) {
      if (error == NULL)
        g_set_error_literal(&error, G_IO_ERROR, G_IO_ERROR_CLOSED,
                            _("the service closed the connection"));
      break;
    }
    if (type == 'X') {
      gint32 status = 0;
      g_variant_get(v, T_EXIT, &status);
      *exit_code = status;
      close(fd);
      return TRUE;
    }
    if (type == 'W')
      ok = client_walk(fd, v, &error);
  }
  fprintf(stderr, _("caviar: %s\n"),
          error ? error->message : "the service closed the connection");
  close(fd);
  return TRUE;
}

/* ---------- service ---------- */

typedef struct _Conn Conn;

struct _CvControl {
  int fd;
  char *path; /* the socket file, removed at the end */
  gid_t group;
  CvOwner *owner;
  char *config;
  char *store_dir;
  CvControlRunFunc run;
  gpointer run_data;
  guint accept_source;
  GMutex lock;      /* @conns */
  GPtrArray *conns; /* Conn* */
};

struct _Conn {
  CvControl *control;
  int fd;
  GCancellable *cancel;
  GThread *thread;
  guint hup_source;
  gboolean finished; /* under control->lock */
};

typedef struct {
  CvCliInputs parent;
  Conn *conn;
  gboolean ended;
} RemoteInputs;

static guint
remote_walk(CvCliInputs *self, char **paths, guint n_paths, const char *cwd)
{
  RemoteInputs *r = (RemoteInputs *)self;
  g_autoptr(GError) error = NULL;
  if (!send_msg(r->conn->fd, 'W',
                g_variant_new("(@aay)", bytestrings(paths, n_paths)), NULL, 0,
                &error)) {
    r->ended = TRUE;
    return 0;
  }
  char type = 0;
  g_autoptr(GVariant) v =
      recv_msg(r->conn->fd, &type, NULL, 0, NULL, r->conn->cancel, &error);
  if (v == NULL || type != 'N') {
    r->ended = TRUE;
    g_cancellable_cancel(r->conn->cancel);
    return 0;
  }
  guint32 count = 0;
  g_variant_get(v, T_COUNT, &count);
  return count;
}

static CvItem *
remote_next(CvCliInputs *self)
{
  RemoteInputs *r = (RemoteInputs *)self;
  if (r->ended)
    return NULL;
  char type = 0;
  int fd = -1;
  guint n_fds = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) v =
      recv_msg(r->conn->fd, &type, &fd, 1, &n_fds, r->conn->cancel, &error);
  if (v == NULL || (type != 'F' && type != 'E') || (type == 'F') != (n_fds == 1)) {
    if (n_fds == 1)
      close(fd);
    r->ended = TRUE;
    if (v == NULL || type != 'D') /* gone, or broke the protocol */
      g_cancellable_cancel(r->conn->cancel);
    return NULL;
  }
  CvItem *item = cv_item_new();
  if (type == 'F') {
    g_variant_get(v, "(^ay^ay)", &item->source, &item->origin);
    item->fd = fd;
  } else {
    const char *why = NULL;
    g_variant_get(v, "(^ay^ay&s)", &item->source, &item->origin, &why);
    g_set_error_literal(&item->error, CV_PIPELINE_ERROR,
                        CV_PIPELINE_ERROR_INPUT, why);
  }
  if (*item->origin == '\0')
    g_clear_pointer(&item->origin, g_free);
  return item;
}

static void
remote_free(CvCliInputs *self)
{
  g_free(self);
}

/* Root, our own user, or (with a control group) a member of it. */
static gboolean
peer_allowed(int fd, gid_t group)
{
  struct ucred cred;
  socklen_t len = sizeof cred;
  if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
    return FALSE;
  if (cred.uid == 0 || cred.uid == geteuid())
    return TRUE;
  if (group == (gid_t)-1)
    return FALSE;
  if (cred.gid == group)
    return TRUE;
  /* supplementary groups of the peer process */
  g_autofree char *status_path = g_strdup_printf("/proc/%d/status", cred.pid);
  g_autofree char *status = NULL;
  if (!g_file_get_contents(status_path, &status, NULL, NULL))
    return FALSE;
  const char *line = strstr(status, "\nGroups:");
  if (line == NULL)
    return FALSE;
  line += strlen("\nGroups:");
  while (*line && *line != '\n') {
    char *end = NULL;
    guint64 g = g_ascii_strtoull(line, &end, 10);
    if (end == line) {
      line++;
      continue;
    }
    if ((gid_t)g == group)
      return TRUE;
    line = end;
  }
  return FALSE;
}

/* The client's locale for this thread: messages in its language. */
static locale_t
client_locale(GHashTable *env)
{
  const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
    const char *v = g_hash_table_lookup(env, names[i]);
    if (v != NULL && *v != '\0')
      return newlocale(LC_ALL_MASK, v, (locale_t)0);
  }
  return (locale_t)0;
}

static int
serve_request(Conn *conn)
{
  CvControl *control = conn->control;
  char type = 0;
  int fds[MAX_FDS];
  guint n_fds = 0;
  g_autoptr(GError) error = NULL;
  struct timeval tv = { FIRST_MSG_TIMEOUT_S, 0 };
  setsockopt(conn->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  g_autoptr(GVariant) req =
      recv_msg(conn->fd, &type, fds, MAX_FDS, &n_fds, NULL, &error);
  tv = (struct timeval){ 0, RECV_TICK_MS * 1000 };
  setsockopt(conn->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  if (req == NULL || type != 'R' || n_fds != 3) {
    for (guint i = 0; i < n_fds; i++)
      close(fds[i]);
    return -1;
  }
  guint32 version = 0;
  g_autoptr(GVariant) argv_v = NULL;
  g_autoptr(GVariant) env_v = NULL;
  g_autofree char *cwd = NULL;
  g_variant_get(req, "(u@aay^ay@a{ss})", &version, &argv_v, &cwd, &env_v);
  g_autofree char **argv_borrowed =
      (char **)g_variant_get_bytestring_array(argv_v, NULL);
  guint argc = g_strv_length(argv_borrowed);
  FILE *out = fdopen(fds[1], "w");
  FILE *err = fdopen(fds[2], "w");
  if (out == NULL || err == NULL || version != PROTOCOL || argc == 0 ||
      argc > MAX_ARGS || *cwd != '/') {
    if (err != NULL)
      fprintf(err,
              _("caviar: the service refused the request (protocol %u, "
                "expected %u)\n"),
              version, PROTOCOL);
    out ? fclose(out) : close(fds[1]);
    err ? fclose(err) : close(fds[2]);
    close(fds[0]);
    return CV_EXIT_FAIL;
  }
  g_autoptr(GHashTable) env =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  GVariantIter it;
  const char *k, *val;
  g_variant_iter_init(&it, env_v);
  while (g_variant_iter_next(&it, "{&s&s}", &k, &val))
    if (g_strv_contains(client_env, k))
      g_hash_table_replace(env, g_strdup(k), g_strdup(val));
  /* argv is modified by option parsing: a copy of our own */
  g_auto(GStrv) owned = g_strdupv(argv_borrowed);
  /* option parsing removes entries from the array it is given: free the
   * strings through @owned, not through what parsing leaves */
  g_autofree char **argv = g_memdup2(owned, sizeof(char *) * (argc + 1));

  RemoteInputs *inputs = g_new0(RemoteInputs, 1);
  inputs->parent.walk = remote_walk;
  inputs->parent.next = remote_next;
  inputs->parent.free = remote_free;
  inputs->conn = conn;
  CvCli cli = {
    .out = out,
    .err = err,
    .in_fd = fds[0],
    .remote = TRUE,
    .owner = control->owner,
    .cancel = conn->cancel,
    .cwd = cwd,
    .config = control->config,
    .store_dir = control->store_dir,
    .env = env,
    .inputs = &inputs->parent,
  };
  locale_t loc = client_locale(env);
  locale_t old = loc ? uselocale(loc) : (locale_t)0;
  int status = control->run(&cli, (int)argc, argv, control->run_data);
  if (loc) {
    uselocale(old);
    freelocale(loc);
  }
  inputs->parent.free(&inputs->parent);
  fclose(out);
  fclose(err);
  close(fds[0]);
  return status;
}

static gboolean reap(gpointer data);

static gpointer
conn_thread(gpointer data)
{
  Conn *conn = data;
  int status = serve_request(conn);
  if (status >= 0)
    send_msg(conn->fd, 'X', g_variant_new(T_EXIT, status), NULL, 0, NULL);
  /* the client sees the end of the stream once the main thread closes */
  shutdown(conn->fd, SHUT_RDWR);
  g_mutex_lock(&conn->control->lock);
  conn->finished = TRUE;
  g_mutex_unlock(&conn->control->lock);
  /* Queued, never run here: g_main_context_invoke() would run reap() in
   * this thread whenever the main loop is not running (at shutdown, while
   * the pipeline drains), and reap() joins this very thread. */
  g_idle_add(reap, conn->control);
  return NULL;
}

static void
conn_free(Conn *conn)
{
  if (conn->hup_source)
    g_source_remove(conn->hup_source);
  g_thread_join(conn->thread);
  close(conn->fd);
  g_object_unref(conn->cancel);
  g_free(conn);
}

/* Joins the threads of finished requests (main thread). */
static gboolean
reap(gpointer data)
{
  CvControl *control = data;
  g_autoptr(GPtrArray) done = g_ptr_array_new();
  g_mutex_lock(&control->lock);
  for (guint i = control->conns->len; i-- > 0;) {
    Conn *c = g_ptr_array_index(control->conns, i);
    if (c->finished)
      g_ptr_array_add(done, g_ptr_array_steal_index(control->conns, i));
  }
  g_mutex_unlock(&control->lock);
  for (guint i = 0; i < done->len; i++)
    conn_free(g_ptr_array_index(done, i));
  return G_SOURCE_REMOVE;
}

static gboolean
on_hangup(gint fd, GIOCondition cond, gpointer data)
{
  Conn *conn = data;
  g_cancellable_cancel(conn->cancel);
  conn->hup_source = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
on_accept(gint fd, GIOCondition cond, gpointer data)
{
  CvControl *control = data;
  int c = accept4(fd, NULL, NULL, SOCK_CLOEXEC);
  if (c < 0)
    return G_SOURCE_CONTINUE;
  g_mutex_lock(&control->lock);
  guint active = control->conns->len;
  g_mutex_unlock(&control->lock);
  if (!peer_allowed(c, control->group) || active >= MAX_REQUESTS) {
    if (active >= MAX_REQUESTS)
      g_printerr(
          _("caviar: control socket: %u requests at once, one refused\n"),
          active);
    close(c);
    return G_SOURCE_CONTINUE;
  }
  Conn *conn = g_new0(Conn, 1);
  conn->control = control;
  conn->fd = c;
  conn->cancel = g_cancellable_new();
  conn->hup_source = g_unix_fd_add(c, G_IO_HUP | G_IO_ERR, on_hangup, conn);
  g_mutex_lock(&control->lock);
  g_ptr_array_add(control->conns, conn);
  g_mutex_unlock(&control->lock);
  conn->thread = g_thread_new("caviar-control", conn_thread, conn);
  return G_SOURCE_CONTINUE;
}

CvControl *
cv_control_new(const char *store_dir, gid_t group, CvOwner *owner,
               const char *config, CvControlRunFunc run, gpointer user_data,
               GError **error)
{
  struct sockaddr_un sun;
  int dir_fd = -1;
  if (!socket_addr(store_dir, &sun, &dir_fd)) {
    int e = errno;
    g_set_error(error, G_IO_ERROR, g_io_error_from_errno(e),
                _("control socket in %s: %s"), store_dir, g_strerror(e));
    return NULL;
  }
  /* We hold the store's owner lock: a socket left there is stale. */
  g_autofree char *path = g_build_filename(store_dir, SOCKET_NAME, NULL);
  GStatBuf st;
  if (g_lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
    g_unlink(path);
  int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
  mode_t old = umask(077);
  int rc = fd < 0 ? -1 : bind(fd, (struct sockaddr *)&sun, sizeof sun);
  umask(old);
  if (rc == 0 && group != (gid_t)-1 &&
      (chown(path, (uid_t)-1, group) != 0 || chmod(path, 0660) != 0))
    rc = -1;
  else if (rc == 0 && group == (gid_t)-1 && chmod(path, 0600) != 0)
    rc = -1;
  if (rc == 0)
    rc = listen(fd, 64);
  int e = errno;
  if (dir_fd >= 0)
    close(dir_fd);
  if (rc != 0) {
    if (fd >= 0)
      close(fd);
    g_set_error(error, G_IO_ERROR, g_io_error_from_errno(e), "%s: %s", path,
                g_strerror(e));
    return NULL;
  }
  CvControl *control = g_new0(CvControl, 1);
  control->fd = fd;
  control->path = g_steal_pointer(&path);
  control->group = group;
  control->owner = cv_owner_ref(owner);
  control->config = g_strdup(config);
  control->store_dir = g_strdup(store_dir);
  control->run = run;
  control->run_data = user_data;
  g_mutex_init(&control->lock);
  control->conns = g_ptr_array_new();
  control->accept_source = g_unix_fd_add(fd, G_IO_IN, on_accept, control);
  return control;
}

guint
cv_control_active(CvControl *control)
{
  g_mutex_lock(&control->lock);
  guint n = control->conns->len;
  g_mutex_unlock(&control->lock);
  return n;
}

void
cv_control_free(CvControl *control)
{
  if (control == NULL)
    return;
  g_source_remove(control->accept_source);
  close(control->fd);
  g_unlink(control->path);
  g_mutex_lock(&control->lock);
  for (guint i = 0; i < control->conns->len; i++)
    g_cancellable_cancel(((Conn *)control->conns->pdata[i])->cancel);
  g_mutex_unlock(&control->lock);
  /* conn_free joins: requests in flight finish (cancelled) first */
  for (;;) {
    g_mutex_lock(&control->lock);
    Conn *c =
        control->conns->len ? g_ptr_array_steal_index(control->conns, 0) : NULL;
    g_mutex_unlock(&control->lock);
    if (c == NULL)
      break;
    conn_free(c);
  }
  /* invokes of reap() still queued find nothing to do */
  while (g_main_context_iteration(NULL, FALSE))
    ;
  g_ptr_array_unref(control->conns);
  g_mutex_clear(&control->lock);
  cv_owner_unref(control->owner);
  g_free(control->config);
  g_free(control->store_dir);
  g_free(control->path);
  g_free(control);
}
