/* control.h — the control socket (tools/ only): how `caviar` commands
 * reach the store a running service holds.
 *
 * STORE/control.sock, a Unix SOCK_SEQPACKET socket, mode 0600 (0660 with
 * the configured group); the service checks each peer's credentials
 * (SO_PEERCRED: its own user, root, or a member of that group).
 *
 * Client → service: 'R' (argv, working directory, locale and CAVIAR_*
 * variables) with the client's stdin, stdout and stderr descriptors
 * (SCM_RIGHTS).  The service runs the same command code against its open
 * store, printing to those descriptors, and answers 'X' (exit status).
 * For `ingest` the service asks 'W' (walk these operands): the client walks
 * them itself and sends 'N' (count), then per entry 'F' (its relative and
 * absolute path, with the opened descriptor) or 'E' (the entry failed:
 * missing, unreadable), then 'D'.  So the service needs no access to the
 * user's files and trusts no path it is sent: it reads the descriptor.
 * A client that goes away (Ctrl-C) cancels its request.
 */
#pragma once

#include <sys/types.h>

#include <glib.h>

#include "cli.h"

/* ---- client side ---- */

/* Is there a service answering on @store_dir's control socket? */
gboolean cv_control_available(const char *store_dir);
/* Sends the command to the service holding @store_dir and relays its
 * exit status into *exit_code.  FALSE when no service listens there (the
 * caller runs the command itself). */
gboolean cv_control_call(const char *store_dir, int argc, char **argv,
                         int *exit_code);

/* ---- service side ---- */

typedef struct _CvControl CvControl;
/* Runs a command for a client (on a thread of its own). */
typedef int (*CvControlRunFunc)(CvCli *cli, int argc, char **argv,
                                gpointer user_data);

/* Listens on @store_dir/control.sock (@group: -1 for none); @owner is the
 * store the commands use, @config the service's configuration file (or
 * NULL).  Requests are accepted from the default main context. */
CvControl *cv_control_new(const char *store_dir, gid_t group, CvOwner *owner,
                          const char *config, CvControlRunFunc run,
                          gpointer user_data, GError **error);
/* Requests being served. */
guint cv_control_active(CvControl *control);
/* Stops listening, cancels the requests in flight and waits for them. */
void cv_control_free(CvControl *control);
