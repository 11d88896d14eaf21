/* notify.c — sd_notify(3) without libsystemd: the state is one datagram
 * on the AF_UNIX socket named by $NOTIFY_SOCKET (a path, or an abstract
 * name when it starts with '@'). */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "notify.h"

void
cv_notify(const char *fmt, ...)
{
  const char *path = g_getenv("NOTIFY_SOCKET");
  if (path == NULL || (path[0] != '/' && path[0] != '@'))
    return;
  struct sockaddr_un sun = { .sun_family = AF_UNIX };
  gsize len = strlen(path);
  if (len >= sizeof sun.sun_path)
    return;
  memcpy(sun.sun_path, path, len);
  if (path[0] == '@')
    sun.sun_path[0] = '\0';
  va_list ap;
  va_start(ap, fmt);
  g_autofree char *state = g_strdup_vprintf(fmt, ap);
  va_end(ap);
  int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0)
    return;
  socklen_t sl = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len);
  if (sendto(fd, state, strlen(state), MSG_NOSIGNAL, (struct sockaddr *)&sun,
             sl) < 0)
    g_debug("sd_notify: %s", g_strerror(errno));
  close(fd);
}
