/* sandbox.h — confinement of the extractor worker process (tools/ only). */
#pragma once

#include <glib.h>

/* What the worker keeps after confinement. */
typedef struct {
  guint64 max_address_space; /* RLIMIT_AS in bytes; 0: unchanged (ASan) */
  guint max_open_files;      /* RLIMIT_NOFILE; 0: 64 */
} CvSandboxLimits;

/* Which layers are in force (for `caviar extract-worker --check` and the
 * tests); seccomp is the one that is never optional. */
typedef struct {
  gboolean pid_ns;   /* init of a new PID namespace (a reaper outside) */
  gboolean user_ns;  /* new user namespace (capabilities inside it dropped) */
  gboolean mount_ns; /* new mount namespace whose root is an empty,
                        read-only tmpfs */
  gboolean net_ns;   /* new network namespace: no interface but lo, down */
  gboolean ipc_ns;   /* new IPC namespace: no SysV/POSIX IPC of the host */
  gboolean landlock; /* Landlock ruleset that grants no file-system right
                        (and, ABI >= 6, scopes signals and abstract sockets) */
  gboolean seccomp;  /* allow-list filter, everything else kills */
} CvSandboxLayers;

/* Confines the calling process for good (see sandbox.c): a new session,
 * not dumpable, no core files, file size 0, capped address space and open
 * files, every capability dropped, namespaces and Landlock where the kernel
 * allows them, then the seccomp allow-list.  Call it single-threaded, after
 * everything the process will need from the file system is loaded.
 * Returns FALSE with @error if the seccomp filter cannot be installed (the
 * caller must then refuse to parse anything). */
gboolean cv_sandbox_enter(const CvSandboxLimits *limits, CvSandboxLayers *layers,
                          GError **error) G_GNUC_WARN_UNUSED_RESULT;

/* The layers in force since cv_sandbox_enter() (all FALSE before). */
const CvSandboxLayers *cv_sandbox_layers(void);

/* Moves the worker into a new PID namespace, where it is init: forks; the
 * first process stays outside as a reaper and never returns from here (it
 * exits as its child does); the child returns TRUE.  FALSE (nothing
 * changed) when the kernel refuses.  Call it first, single-threaded, with
 * the descriptors the worker keeps already in place. */
gboolean cv_sandbox_enter_pid_namespace(void);

/* Makes the C library load now what it would otherwise read from /proc
 * later (see sandbox.c).  Call it early: it starts and joins a thread, and
 * cv_sandbox_enter() wants a single-threaded process. */
void cv_sandbox_prepare(void);

/* Closes every descriptor from @first on (inherited ones included). */
void cv_sandbox_close_from(int first);
