/* sandbox.c — confinement of the extractor worker (`caviar extract-worker`).
 *
 * The worker parses hostile bytes with large C libraries.  If one of them
 * is exploited, the attacker must find nothing to reach: no key (the worker
 * never has one), no file system, no network, no other process, no
 * terminal.  The worker first enters a PID namespace of its own
 * (cv_sandbox_enter_pid_namespace: it forks, the child is init there, the
 * first process stays outside as a reaper), loads everything it needs
 * (libmagic database, OCR models, fontconfig, charset converters: see
 * ingest/preload.c), then calls cv_sandbox_enter(), which in this order:
 *
 *  1. starts a new session (no controlling terminal: no TIOCSTI), makes the
 *     process not dumpable (no /proc/PID/mem, no ptrace by its user), sets
 *     rlimits: no core, file size 0, address space, open files;
 *  2. unshares user, mount, network and IPC namespaces when the kernel
 *     allows it, and pivots into an empty read-only tmpfs: paths resolve to
 *     nothing (as root without user namespaces: the same without NEWUSER);
 *  3. drops every capability (bounding, ambient, inheritable, permitted,
 *     effective), even when caviar runs as root, and sets no_new_privs;
 *  4. applies a Landlock ruleset that handles every file-system right and
 *     grants none (and, ABI >= 6, scopes signals and abstract sockets);
 *  5. loads a seccomp allow-list (libseccomp) built from strace runs of the
 *     worker over every format: memory, threads, futexes, reading and
 *     writing descriptors it already has, clocks, its own signals.  Any
 *     other system call — every call that takes a path, sockets, exec,
 *     fork, ptrace, pidfd_*, signals to other processes, ioctl other than
 *     TCGETS — kills the whole process (SCMP_ACT_KILL_PROCESS, SIGSYS);
 *     the parent reports "extractor broke the sandbox".  Read-only openat
 *     is trapped instead: library data directories get ENOENT, anything
 *     else the same death (sigsys_handler).
 * Steps 2-4 degrade cleanly (each layer is reported in CvSandboxLayers);
 * step 5 is mandatory: without it the worker refuses to run.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <ucontext.h>
#include <unistd.h>

#include <linux/capability.h>
#include <linux/landlock.h>
#include <seccomp.h>

#include <glib/gi18n-lib.h>
#include <glib.h>

#include "sandbox.h"

#define SANDBOX_ERROR (g_quark_from_static_string("cv-sandbox-error"))

void
cv_sandbox_close_from(int first)
{
#ifdef SYS_close_range
  if (syscall(SYS_close_range, (unsigned)first, ~0u, 0u) == 0)
    return;
#endif
  long max = sysconf(_SC_OPEN_MAX);
  for (long fd = first; fd < MIN(max, 65536); fd++)
    close((int)fd);
}

static void
set_limit(int resource, rlim_t value)
{
  struct rlimit r = { value, value };
  setrlimit(resource, &r);
}

/* The layers in force (cv_sandbox_layers()). */
static CvSandboxLayers active;

/* ---- before: what the C library would open later ---- */

/* glibc reads /proc/sys/vm/overcommit_memory the first time the arena of
 * a thread other than the main one shrinks, then keeps the answer.  A
 * short-lived thread that fills and frees its own arena makes that happen
 * now (strace showed OCR threads killed for it). */
static gpointer
arena_trim_thread(gpointer data)
{
  enum { N = 4096, SIZE = 512 }; /* 2 MiB: past the 128 KiB trim threshold */
  void **blocks = malloc(N * sizeof *blocks);
  if (blocks == NULL)
    return NULL;
  for (guint i = 0; i < N; i++)
    blocks[i] = malloc(SIZE);
  for (guint i = N; i-- > 0;)
    free(blocks[i]);
  free(blocks);
  return NULL;
}

void
cv_sandbox_prepare(void)
{
  g_thread_join(g_thread_new("caviar-warm", arena_trim_thread, NULL));
}

/* ---- 0. PID namespace: the worker becomes init of its own ---- */

/* The first process stays outside the namespace as a reaper: it holds no
 * descriptor, runs under a filter that allows waiting and dying only, and
 * leaves as its child did (same exit status, same signal), so the parent
 * sees the worker's fate.  Killing it (the parent's timeout) kills the
 * namespace's init, and with it the namespace. */
static void G_GNUC_NORETURN
reap(pid_t child)
{
  cv_sandbox_close_from(0);
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  set_limit(RLIMIT_CORE, 0);
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
  if (ctx != NULL) {
    static const char *const calls[] = {
      "wait4",        "waitid",         "exit",         "exit_group",
      "rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "restart_syscall",
      "getpid",       "gettid",         NULL,
    };
    seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
    for (guint i = 0; calls[i] != NULL; i++) {
      int nr = seccomp_syscall_resolve_name(calls[i]);
      if (nr != __NR_SCMP_ERROR)
        seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 0);
    }
    struct scmp_arg_cmp self = SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)getpid());
    seccomp_rule_add_array(ctx, SCMP_ACT_ALLOW, SCMP_SYS(kill), 1, &self);
    seccomp_rule_add_array(ctx, SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 1, &self);
    seccomp_load(ctx);
    seccomp_release(ctx);
  }
  int status = 0;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR)
    ;
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    kill(getpid(), sig);
  }
  _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

gboolean
cv_sandbox_enter_pid_namespace(void)
{
  /* The reaper dies with caviar (and its child with it, below). */
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  if (getppid() == 1)
    _exit(1); /* caviar is already gone */
  /* A user namespace lets an unprivileged process create the PID one; root
   * can do without. */
  gboolean user_ns = unshare(CLONE_NEWUSER | CLONE_NEWPID) == 0;
  if (!user_ns && unshare(CLONE_NEWPID) != 0)
    return FALSE;
  pid_t child = fork();
  if (child < 0)
    return FALSE; /* not in it ourselves: carry on without */
  if (child > 0)
    reap(child);
  /* init of the new namespace; dies with the reaper */
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  active.pid_ns = TRUE;
  active.user_ns = user_ns;
  return TRUE;
}

/* ---- 1. session, dumpability, rlimits ---- */

/* ---- 2. namespaces and an empty root ---- */

/* Replaces the root with an empty read-only tmpfs (inside a private mount
 * namespace).  /proc is used as the mount point because it always exists. */
static gboolean
empty_root(void)
{
  if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    return FALSE;
  if (mount("caviar-empty", "/proc", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
            "size=4k,nr_inodes=2,mode=0555") != 0)
    return FALSE;
  if (chdir("/proc") != 0)
    return FALSE;
  if (syscall(SYS_pivot_root, ".", ".") != 0)
    return FALSE;
  if (umount2(".", MNT_DETACH) != 0)
    return FALSE;
  if (chdir("/") != 0)
    return FALSE;
  /* Read-only too, so that even a writable descriptor could not add to it. */
  mount(NULL, "/", NULL,
        MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
        NULL);
  return TRUE;
}

static void
enter_namespaces(CvSandboxLayers *layers)
{
  const int others = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS;
  /* Already in a user namespace of our own (cv_sandbox_enter_pid_namespace):
   * a nested one would need a uid mapping; its capabilities suffice. */
  if (layers->user_ns && unshare(others) == 0) {
    layers->net_ns = layers->ipc_ns = TRUE;
  } else if (unshare(CLONE_NEWUSER | others) == 0) {
    layers->user_ns = layers->net_ns = layers->ipc_ns = TRUE;
  } else if (unshare(others) == 0) {
    /* Root without user namespaces (or a kernel that forbids them to
     * unprivileged users while we are root). */
    layers->net_ns = layers->ipc_ns = TRUE;
  } else {
    /* Each one on its own, for kernels that refuse some. */
    layers->net_ns = unshare(CLONE_NEWNET) == 0;
    layers->ipc_ns = unshare(CLONE_NEWIPC) == 0;
    if (unshare(CLONE_NEWNS) != 0)
      return;
  }
  layers->mount_ns = empty_root();
  if (!layers->mount_ns && chdir("/") != 0)
    return;
}

/* ---- 3. capabilities ---- */

static void
drop_capabilities(void)
{
  /* Bounding set first (needs CAP_SETPCAP, which we still have if any). */
  for (int cap = 0; cap <= 63; cap++)
    if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno == EINVAL)
      break;
  prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
  /* setuid-root and file capabilities mean nothing any more (needs
   * CAP_SETPCAP: before capset). */
  prctl(PR_SET_SECUREBITS, 0x2f /* NOROOT, NO_SETUID_FIXUP, KEEP_CAPS
                                   off, all locked */
        ,
        0, 0, 0);
  struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct data[2];
  memset(data, 0, sizeof data);
  syscall(SYS_capset, &hdr, data);
}

/* ---- 4. Landlock: handle every right, grant none ---- */

#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER (1ULL << 13)
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)
#endif
#ifndef LANDLOCK_ACCESS_FS_IOCTL_DEV
#define LANDLOCK_ACCESS_FS_IOCTL_DEV (1ULL << 15)
#endif

/* struct landlock_ruleset_attr as of ABI 6 (Debian 12's headers stop at 1). */
struct cv_landlock_attr {
  guint64 handled_access_fs;
  guint64 handled_access_net;
  guint64 scoped;
};

static gboolean
apply_landlock(void)
{
#ifdef SYS_landlock_create_ruleset
  long abi = syscall(SYS_landlock_create_ruleset, NULL, 0,
                     LANDLOCK_CREATE_RULESET_VERSION);
  if (abi < 1)
    return FALSE;
  struct cv_landlock_attr attr = { 0 };
  attr.handled_access_fs = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1; /* ABI 1 */
  if (abi >= 2)
    attr.handled_access_fs |= LANDLOCK_ACCESS_FS_REFER;
  if (abi >= 3)
    attr.handled_access_fs |= LANDLOCK_ACCESS_FS_TRUNCATE;
  if (abi >= 5)
    attr.handled_access_fs |= LANDLOCK_ACCESS_FS_IOCTL_DEV;
  gsize size = offsetof(struct cv_landlock_attr, handled_access_net);
  if (abi >= 4) {
    attr.handled_access_net = 3; /* BIND_TCP | CONNECT_TCP */
    size = offsetof(struct cv_landlock_attr, scoped);
  }
  if (abi >= 6) {
    attr.scoped = 3; /* ABSTRACT_UNIX_SOCKET | SIGNAL */
    size = sizeof attr;
  }
  int fd = (int)syscall(SYS_landlock_create_ruleset, &attr, size, 0);
  if (fd < 0)
    return FALSE;
  gboolean ok = syscall(SYS_landlock_restrict_self, fd, 0) == 0;
  close(fd);
  return ok;
#else
  return FALSE;
#endif
}

/* ---- 5. seccomp allow-list ---- */

/* Some read-only opens are answered "no such file" instead of ending the
 * worker: those libraries make lazily and can do without.  Read-only
 * openat() is trapped (SIGSYS to this handler, never opened): for a path
 * below one of the data directories below, or Tesseract's orientation
 * detector's probe of a zone file ("noname", TessBaseAPIDetectOS always
 * makes it), the call returns -ENOENT and the library goes on without the
 * file (a font not drawn, a charset not converted, a CMap not applied);
 * for any other path the handler ends the process by SIGSYS, as the
 * filter's kill would.  Nothing is opened either way, so the answer
 * reveals nothing and ".." in a path changes nothing. */
static const char *const harmless_exact[] = { "noname", NULL };
static const char *const harmless_prefixes[] = {
  "/usr/share/fonts/",
  "/usr/local/share/fonts/",
  "/usr/share/ghostscript/",
  "/usr/share/poppler/",
  "/usr/share/texmf/fonts/",
#if defined(__x86_64__)
  "/usr/lib/x86_64-linux-gnu/gconv/",
#elif defined(__aarch64__)
  "/usr/lib/aarch64-linux-gnu/gconv/",
#endif
  NULL,
};

static gboolean
harmless_path(const char *path)
{
  if (path == NULL)
    return FALSE;
  for (guint i = 0; harmless_exact[i] != NULL; i++)
    if (strcmp(path, harmless_exact[i]) == 0)
      return TRUE;
  for (guint i = 0; harmless_prefixes[i] != NULL; i++)
    if (strncmp(path, harmless_prefixes[i], strlen(harmless_prefixes[i])) == 0)
      return TRUE;
  return FALSE;
}

#if defined(__x86_64__)
#define SYSCALL_ARG1(uc) ((uc)->uc_mcontext.gregs[REG_RSI])
#define SYSCALL_RET(uc) ((uc)->uc_mcontext.gregs[REG_RAX])
#elif defined(__aarch64__)
#define SYSCALL_ARG1(uc) ((uc)->uc_mcontext.regs[1])
#define SYSCALL_RET(uc) ((uc)->uc_mcontext.regs[0])
#endif

static void
sigsys_handler(int sig, siginfo_t *info, void *context)
{
#ifdef SYSCALL_RET
  ucontext_t *uc = context;
  if (info->si_syscall == __NR_openat &&
      harmless_path((const char *)SYSCALL_ARG1(uc))) {
    SYSCALL_RET(uc) = -ENOENT;
    return;
  }
#endif
  /* Die as the filter's default action would: by making a call it kills
   * (a signal to ourselves would be ignored: in its PID namespace the
   * worker is init). */
  syscall(SYS_vhangup);
  _exit(128 + SIGSYS);
}

/* System calls the worker makes after confinement, found with strace -f
 * over every format (text, PDF text and scanned, OCR of PNG/JPEG/TIFF,
 * DOCX, ODT, HTML, e-mail) and the hostile corpus; grouped by purpose. */
static const char *const allowed[] = {
  /* memory */
  "brk",
  "mmap",
  "munmap",
  "mremap",
  "mprotect",
  "madvise",
  /* threads (clone is checked below), their synchronisation */
  "futex",
  "set_robust_list",
  "rseq",
  "sched_yield",
  "sched_getattr",
  "set_tid_address",
  "membarrier",
  "exit",
  "exit_group",
  "gettid",
  "getpid",
  "getuid",
  "geteuid",
  "getgid",
  "getegid",
  /* descriptors it already holds (pipes, /dev/null, an eventfd) */
  "read",
  "write",
  "readv",
  "writev",
  "pread64",
  "lseek",
  "close",
  "fstat",
  "poll",
  "ppoll",
  "eventfd2",
  /* time */
  "clock_gettime",
  "clock_getres",
  "clock_nanosleep",
  "nanosleep",
  "gettimeofday",
  "getrusage",
  "times",
  /* its own signals */
  "rt_sigaction",
  "rt_sigprocmask",
  "rt_sigreturn",
  "sigaltstack",
  /* randomness (hash tables, libsodium) */
  "getrandom",
  NULL,
};

static gboolean
add_rule(scmp_filter_ctx ctx, uint32_t action, const char *name, unsigned n,
         const struct scmp_arg_cmp *args)
{
  int nr = seccomp_syscall_resolve_name(name);
  if (nr == __NR_SCMP_ERROR)
    return TRUE; /* not on this architecture */
  return seccomp_rule_add_array(ctx, action, nr, n, args) == 0;
}

static gboolean
install_filter(GError **error)
{
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
  if (ctx == NULL) {
    g_set_error(error, SANDBOX_ERROR, 0, _("seccomp_init failed"));
    return FALSE;
  }
  /* Another architecture's calling convention (x32, i386): kill. */
  seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
  /* Every thread already running gets the filter too. */
  seccomp_attr_set(ctx, SCMP_FLTATR_CTL_TSYNC, 1);
  gboolean ok = TRUE;
  for (guint i = 0; allowed[i] != NULL; i++)
    ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, allowed[i], 0, NULL);

  pid_t self = getpid();
  /* clone: threads only (a new process needs clone without CLONE_THREAD);
   * clone3 hides its flags in memory: make libc fall back to clone. */
  struct scmp_arg_cmp thread =
      SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD);
  ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "clone", 1, &thread);
  ok = ok && add_rule(ctx, SCMP_ACT_ERRNO(ENOSYS), "clone3", 0, NULL);
  /* GLib's pool threads copy their creator's scheduling attributes; it
   * could change another process's too: refused (GLib carries on). */
  ok = ok && add_rule(ctx, SCMP_ACT_ERRNO(EPERM), "sched_setattr", 0, NULL);
  /* Signals to itself only (abort(), raise(), pthread_kill()). */
  struct scmp_arg_cmp to_self = SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)self);
  ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "kill", 1, &to_self);
  ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "tgkill", 1, &to_self);
  /* fstat() is fstatat(fd, "", AT_EMPTY_PATH) in glibc >= 2.33; a path
   * given anyway resolves in the empty root. */
  struct scmp_arg_cmp empty_path =
      SCMP_A3(SCMP_CMP_MASKED_EQ, AT_EMPTY_PATH, AT_EMPTY_PATH);
  ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "newfstatat", 1, &empty_path);
  /* isatty() on its pipes; nothing else (TIOCSTI, FIONBIO on others...). */
  struct scmp_arg_cmp tcgets = SCMP_A1(SCMP_CMP_EQ, TCGETS);
  ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "ioctl", 1, &tcgets);
#ifdef SYSCALL_RET
  /* Read-only openat (O_CLOEXEC, O_NONBLOCK, O_DIRECTORY, O_NOCTTY, O_NOFOLLOW
   * allowed, nothing that writes, creates or truncates): to sigsys_handler
   * (see above).  Every other openat kills. */
  const scmp_datum_t read_bits =
      O_CLOEXEC | O_NONBLOCK | O_DIRECTORY | O_NOCTTY | O_NOFOLLOW;
  struct scmp_arg_cmp rdonly =
      SCMP_A2(SCMP_CMP_MASKED_EQ, ~read_bits & 0xffffffffu, O_RDONLY);
  ok = ok && add_rule(ctx, SCMP_ACT_TRAP, "openat", 1, &rdonly);
#endif
  /* fcntl: status flags and FD_CLOEXEC, no new descriptors. */
  static const int fcntl_ops[] = { F_GETFL, F_SETFL, F_GETFD, F_SETFD };
  for (guint i = 0; i < G_N_ELEMENTS(fcntl_ops); i++) {
    struct scmp_arg_cmp op = SCMP_A1(SCMP_CMP_EQ, (scmp_datum_t)fcntl_ops[i]);
    ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "fcntl", 1, &op);
  }
  /* Its own resource limits and CPU affinity, never another process's:
   * pid 0 only. */
  struct scmp_arg_cmp pid0 = SCMP_A0(SCMP_CMP_EQ, 0);
  ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "prlimit64", 1, &pid0);
  /* Reading an affinity mask is harmless and pthread_getattr_np() asks for
   * its thread's by id (AddressSanitizer does on every new thread). */
  ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "sched_getaffinity", 0, NULL);
  ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "sched_setaffinity", 1, &pid0);
  /* Thread names (GLib names its threads). */
  struct scmp_arg_cmp set_name = SCMP_A0(SCMP_CMP_EQ, PR_SET_NAME);
  struct scmp_arg_cmp get_name = SCMP_A0(SCMP_CMP_EQ, PR_GET_NAME);
  ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "prctl", 1, &set_name);
  ok = ok && add_rule(ctx, SCMP_ACT_ALLOW, "prctl", 1, &get_name);

  if (!ok) {
    seccomp_release(ctx);
    g_set_error(error, SANDBOX_ERROR, 0, _("cannot build the seccomp filter"));
    return FALSE;
  }
#ifdef SYSCALL_RET
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = sigsys_handler;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGSYS, &sa, NULL) != 0)
    ok = FALSE;
#endif
  int rc = ok ? seccomp_load(ctx) : -EINVAL;
  seccomp_release(ctx);
  if (rc != 0) {
    g_set_error(error, SANDBOX_ERROR, 0,
                _("cannot load the seccomp filter: %s"), g_strerror(-rc));
    return FALSE;
  }
  return TRUE;
}

const CvSandboxLayers *
cv_sandbox_layers(void)
{
  return &active;
}

gboolean
cv_sandbox_enter(const CvSandboxLimits *limits, CvSandboxLayers *layers_out,
                 GError **error)
{
  CvSandboxLayers *layers = &active;
  gboolean pid_ns = layers->pid_ns, user_ns = layers->user_ns;
  memset(layers, 0, sizeof *layers);
  layers->pid_ns = pid_ns;
  layers->user_ns = user_ns;

  /* 1. No terminal, no dumps, no core, no file growth. */
  setsid();
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  set_limit(RLIMIT_CORE, 0);
  set_limit(RLIMIT_FSIZE, 0);
  if (limits->max_address_space)
    set_limit(RLIMIT_AS, limits->max_address_space);
  set_limit(RLIMIT_NOFILE, limits->max_open_files ? limits->max_open_files : 64);
  if (!layers->pid_ns) {
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (getppid() == 1)
      _exit(1); /* the parent is already gone */
  }

  /* 2. Namespaces; 3. capabilities; 4. Landlock. */
  enter_namespaces(layers);
  drop_capabilities();
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
    g_set_error(error, SANDBOX_ERROR, 0, _("cannot set no_new_privs: %s"),
                g_strerror(errno));
    return FALSE;
  }
  layers->landlock = apply_landlock();
  /* Not dumpable again: a change of credentials may have reset it. */
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);

  /* 5. The allow-list. */
  if (!install_filter(error)) {
    if (layers_out != NULL)
      *layers_out = *layers;
    return FALSE;
  }
  layers->seccomp = TRUE;
  if (layers_out != NULL)
    *layers_out = *layers;
  return TRUE;
}
