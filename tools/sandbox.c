/* sandbox.c — confinement of the extractor worker (`caviar extract-worker`).
 *
 * The worker parses hostile bytes with large C libraries; if one of them is
 * exploited, the attacker should find no key (the worker never has one) and
 * be unable to reach the network, start programs, write or delete files, or
 * inspect other processes.  A seccomp-BPF filter (no libseccomp needed)
 * returns EPERM for those system calls; opening a file for writing fails
 * with EACCES; reads of model and font files stay possible.  On top of
 * that: no new privileges, not dumpable, no core files, capped address
 * space, killed with its parent.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>

#include <glib.h>

#include "sandbox.h"

#if defined(__x86_64__)
#define CV_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define CV_AUDIT_ARCH AUDIT_ARCH_AARCH64
#endif

#define LOAD_NR BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr))
#define LOAD_ARG_LO(n)                                                         \
  BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[n]))
#define RET(v) BPF_STMT(BPF_RET | BPF_K, (v))
#define ERRNO(e) (SECCOMP_RET_ERRNO | ((e) & SECCOMP_RET_DATA))
/* if nr == sys: return EPERM, else fall through */
#define DENY(sys)                                                              \
  BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (sys), 0, 1), RET(ERRNO(EPERM))

#define WRITE_FLAGS (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)

static gboolean
install_filter(void)
{
#ifdef CV_AUDIT_ARCH
  struct sock_filter filter[] = {
    /* Foreign architectures and the x32 ABI: kill. */
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, CV_AUDIT_ARCH, 1, 0),
    RET(SECCOMP_RET_KILL_PROCESS),
    LOAD_NR,
#ifdef __x86_64__
    BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000u, 0, 1),
    RET(SECCOMP_RET_KILL_PROCESS),
#endif
    /* openat(dirfd, path, flags): no writing. */
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_openat, 0, 3),
    LOAD_ARG_LO(2),
    BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, WRITE_FLAGS, 0, 1),
    RET(ERRNO(EACCES)),
    LOAD_NR,
#ifdef __NR_open
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_open, 0, 3),
    LOAD_ARG_LO(1),
    BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, WRITE_FLAGS, 0, 1),
    RET(ERRNO(EACCES)),
    LOAD_NR,
#endif
    /* clone: threads only, no new processes; clone3 hides its flags in
     * memory, so make libc fall back to clone. */
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 0, 3),
    LOAD_ARG_LO(0),
    BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, CLONE_THREAD, 1, 0),
    RET(ERRNO(EPERM)),
    LOAD_NR,
#ifdef __NR_clone3
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone3, 0, 1),
    RET(ERRNO(ENOSYS)),
#endif
    /* Network, programs, other processes, the file system's shape. */
    DENY(__NR_socket), DENY(__NR_socketpair), DENY(__NR_connect),
    DENY(__NR_bind), DENY(__NR_listen), DENY(__NR_accept), DENY(__NR_accept4),
    DENY(__NR_execve), DENY(__NR_execveat),
#ifdef __NR_fork
    DENY(__NR_fork), DENY(__NR_vfork),
#endif
    DENY(__NR_ptrace), DENY(__NR_process_vm_readv),
    DENY(__NR_process_vm_writev), DENY(__NR_kill), DENY(__NR_tkill),
#ifdef __NR_creat
    DENY(__NR_creat),
#endif
#ifdef __NR_unlink
    DENY(__NR_unlink), DENY(__NR_rename), DENY(__NR_mkdir), DENY(__NR_rmdir),
    DENY(__NR_link), DENY(__NR_symlink), DENY(__NR_chmod), DENY(__NR_chown),
#endif
    DENY(__NR_unlinkat), DENY(__NR_renameat), DENY(__NR_renameat2),
    DENY(__NR_mkdirat), DENY(__NR_linkat), DENY(__NR_symlinkat),
    DENY(__NR_fchmodat), DENY(__NR_fchownat), DENY(__NR_truncate),
    DENY(__NR_mount), DENY(__NR_umount2), DENY(__NR_chroot),
    DENY(__NR_pivot_root), DENY(__NR_unshare), DENY(__NR_setns),
    DENY(__NR_keyctl), DENY(__NR_add_key), DENY(__NR_request_key),
    DENY(__NR_bpf), DENY(__NR_perf_event_open), DENY(__NR_init_module),
    DENY(__NR_finit_module), DENY(__NR_delete_module), DENY(__NR_kexec_load),
    DENY(__NR_reboot), DENY(__NR_setuid), DENY(__NR_setgid),
    DENY(__NR_setreuid), DENY(__NR_setregid), DENY(__NR_setresuid),
    DENY(__NR_setresgid), DENY(__NR_setgroups), DENY(__NR_personality),
    DENY(__NR_userfaultfd), DENY(__NR_io_uring_setup),
    RET(SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = { .len = G_N_ELEMENTS(filter), .filter = filter };
  return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) == 0;
#else
  return FALSE;
#endif
}

gboolean
cv_sandbox_enter(guint64 max_address_space)
{
  struct rlimit no_core = { 0, 0 };
  setrlimit(RLIMIT_CORE, &no_core);
  if (max_address_space) {
    struct rlimit as = { max_address_space, max_address_space };
    setrlimit(RLIMIT_AS, &as);
  }
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  if (getppid() == 1)
    _exit(1); /* the parent is already gone */
  if (chdir("/") != 0)
    return FALSE;
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
    return FALSE;
  return install_filter();
}
