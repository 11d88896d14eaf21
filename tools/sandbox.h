/* sandbox.h — confinement of the extractor worker process (tools/ only). */
#pragma once

#include <glib.h>

/* Confines the calling process for good (see sandbox.c): no network, no
 * exec, no new processes, no file writes, no core dumps, address space
 * capped at @max_address_space bytes (0: unchanged).  Returns FALSE if the
 * seccomp filter could not be installed (the other limits still apply). */
gboolean cv_sandbox_enter(guint64 max_address_space);
