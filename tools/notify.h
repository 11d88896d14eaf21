/* notify.h — systemd's readiness protocol, by hand (tools/ only): one
 * datagram to $NOTIFY_SOCKET ("READY=1", "STATUS=...", "STOPPING=1",
 * "RELOADING=1").  Nothing happens without $NOTIFY_SOCKET. */
#pragma once

#include <glib.h>

void cv_notify(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
