/* sandbox-attack.c — the compromised parser, for tests/test-sandbox.py.
 *
 * Linked only into the test build `caviar-attack` (tests/meson.build, with
 * -DCV_SANDBOX_TEST_HOOK): the shipped `caviar` has no such code and no
 * switch to reach it.  In the confined worker, a file that starts with
 * "CAVIAR-ATTACK NAME [ARG]" runs attack NAME, as code injected through a
 * parser bug would, after confinement.  Each attack must end the worker
 * (SIGSYS); if the call returns instead, the worker answers the file with
 * the error "ATTACK SURVIVED: NAME returned R (errno)" and the test fails.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/xattr.h>
#include <termios.h>
#include <unistd.h>

#include <linux/openat2.h>

#include <glib.h>

#include "sandbox.h"

extern char **environ;

gboolean cv_sandbox_test_attack(GBytes *input, int out_fd, pid_t parent);

#define PREFIX "CAVIAR-ATTACK "

static long
attack(const char *name, const char *arg, pid_t parent)
{
  char buf[256];
  if (strcmp(name, "read-key") == 0 || strcmp(name, "read-key-openat") == 0) {
    if (name[8] == '-') /* openat(2) on the descriptor of nothing: no libc */
      return syscall(SYS_openat, AT_FDCWD, arg, O_RDONLY);
    int fd = open(arg, O_RDONLY);
    if (fd >= 0 && read(fd, buf, sizeof buf) > 0)
      return 1000; /* it read the key */
    return fd;
  }
  if (strcmp(name, "proc-mem") == 0) {
    g_snprintf(buf, sizeof buf, "/proc/%d/mem", (int)parent);
    return open(buf, O_RDONLY);
  }
  if (strcmp(name, "pidfd-open") == 0)
    return syscall(SYS_pidfd_open, parent, 0);
  if (strcmp(name, "pidfd-getfd") == 0)
    return syscall(SYS_pidfd_getfd, 0, 3, 0);
  if (strcmp(name, "open") == 0)
    return openat(AT_FDCWD, "/etc/hostname", O_RDONLY);
  if (strcmp(name, "create") == 0)
    return open(arg, O_CREAT | O_WRONLY | O_TRUNC, 0600);
  if (strcmp(name, "openat2") == 0) {
    struct open_how how = { .flags = O_CREAT | O_WRONLY, .mode = 0600 };
    return syscall(SYS_openat2, AT_FDCWD, arg, &how, sizeof how);
  }
  if (strcmp(name, "mknodat") == 0)
    return mknodat(AT_FDCWD, arg, S_IFREG | 0600, 0);
  if (strcmp(name, "chmod") == 0)
    return chmod(arg, 0666);
  if (strcmp(name, "fchmod") == 0)
    return fchmod(0, 0666);
  if (strcmp(name, "setxattr") == 0)
    return setxattr(arg, "user.caviar", "x", 1, 0);
  if (strcmp(name, "fsetxattr") == 0)
    return fsetxattr(0, "user.caviar", "x", 1, 0);
  if (strcmp(name, "utimensat") == 0)
    return utimensat(AT_FDCWD, arg, NULL, 0);
  if (strcmp(name, "unlink") == 0)
    return unlink(arg);
  if (strcmp(name, "stat") == 0) {
    struct stat st;
    return stat(arg, &st);
  }
  /* Harmless signals (SIGCONT), so that a failure of the test hurts
   * nobody: what matters is that the call is made. */
  if (strcmp(name, "kill") == 0)
    return kill(parent, SIGCONT);
  if (strcmp(name, "kill-group") == 0)
    return kill(0, SIGCONT);
  if (strcmp(name, "tgkill") == 0)
    return syscall(SYS_tgkill, parent, parent, SIGCONT);
  if (strcmp(name, "pidfd-send-signal") == 0)
    return syscall(SYS_pidfd_send_signal, 0, SIGCONT, NULL, 0);
  if (strcmp(name, "tiocsti") == 0) {
    char c = '\n';
    return ioctl(0, TIOCSTI, &c);
  }
  if (strcmp(name, "socket") == 0)
    return socket(AF_INET, SOCK_STREAM, 0);
  if (strcmp(name, "socket-unix") == 0)
    return socket(AF_UNIX, SOCK_STREAM, 0);
  if (strcmp(name, "execve") == 0) {
    char *argv[] = { (char *)"/bin/true", NULL };
    char *envp[] = { NULL };
    return execve("/bin/true", argv, envp);
  }
  if (strcmp(name, "fork") == 0) {
    pid_t pid = fork();
    if (pid == 0)
      _exit(0);
    return pid;
  }
  if (strcmp(name, "ptrace") == 0)
    return ptrace(PTRACE_ATTACH, parent, NULL, NULL);
  if (strcmp(name, "process-vm-readv") == 0) {
    struct iovec local = { buf, sizeof buf }, remote = { (void *)0x400000, 16 };
    return process_vm_readv(parent, &local, 1, &remote, 1, 0);
  }
  if (strcmp(name, "spin") == 0) {
    /* Control: a worker stuck without a system call, for the test that
     * kills caviar under it. */
    for (volatile unsigned long i = 0;; i++)
      ;
  }
  if (strcmp(name, "getpid") == 0)
    return getpid(); /* control: 1 in its PID namespace */
  if (strcmp(name, "setuid") == 0)
    return setuid(0);
  if (strcmp(name, "unshare") == 0)
    return unshare(CLONE_NEWUSER);
  if (strcmp(name, "mprotect-ok") == 0) {
    /* Control: an allowed call must not end the worker. */
    return 0;
  }
  if (strcmp(name, "env") == 0) {
    /* Control: 1000 if a variable of the parent's reached the worker,
     * else the number of variables. */
    long n = 0;
    for (char **e = environ; e != NULL && *e != NULL; e++, n++)
      if (strncmp(*e, "CAVIAR", 6) == 0 || strncmp(*e, "HOME=", 5) == 0 ||
          strncmp(*e, "PATH=", 5) == 0)
        return 1000;
    return n;
  }
  if (strcmp(name, "layers") == 0) {
    /* Control: the layers in force, one bit each. */
    const CvSandboxLayers *l = cv_sandbox_layers();
    return (l->seccomp ? 1 : 0) | (l->user_ns ? 2 : 0) | (l->mount_ns ? 4 : 0) |
           (l->net_ns ? 8 : 0) | (l->ipc_ns ? 16 : 0) | (l->landlock ? 32 : 0) |
           (l->pid_ns ? 64 : 0);
  }
  errno = EINVAL;
  return -2;
}

gboolean
cv_sandbox_test_attack(GBytes *input, int out_fd, pid_t parent)
{
  gsize len = 0;
  const char *data = g_bytes_get_data(input, &len);
  if (len < strlen(PREFIX) || memcmp(data, PREFIX, strlen(PREFIX)) != 0)
    return FALSE;
  /* Parse "NAME [ARG]" without allocating much. */
  char line[512];
  gsize n = MIN(len - strlen(PREFIX), sizeof line - 1);
  memcpy(line, data + strlen(PREFIX), n);
  line[n] = '\0';
  line[strcspn(line, "\r\n")] = '\0';
  char *arg = strchr(line, ' ');
  if (arg != NULL)
    *arg++ = '\0';
  errno = 0;
  long r = attack(line, arg != NULL ? arg : "", parent);
  int e = errno;
  /* Still alive: say so as the file's error (status 1, code FAILED). */
  char msg[600];
  /* Nothing here may make a system call the sandbox kills, or a survival
   * would pass for a kill: snprintf and write only. */
  int mlen = snprintf(msg, sizeof msg,
                      "ATTACK SURVIVED: %s returned %ld (errno %d)", line, r, e);
  if (mlen < 0)
    mlen = 0;
  mlen = MIN(mlen, (int)sizeof msg - 1);
  guint8 frame[4 + 1 + 4 + sizeof msg];
  guint32 flen = GUINT32_TO_LE((guint32)(1 + 4 + mlen));
  guint32 code = GUINT32_TO_LE(5u); /* CV_INGEST_ERROR_FAILED */
  memcpy(frame, &flen, 4);
  frame[4] = 1;
  memcpy(frame + 5, &code, 4);
  memcpy(frame + 9, msg, (gsize)mlen);
  gsize total = 9 + (gsize)mlen, done = 0;
  while (done < total) {
    ssize_t w = write(out_fd, frame + done, total - done);
    if (w <= 0 && errno != EINTR)
      break;
    if (w > 0)
      done += (gsize)w;
  }
  return TRUE;
}
