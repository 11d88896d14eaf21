/* cmd-pending.c — TEMPORARY weak definitions while commands are written. */
#include <stdio.h>
#include "cli.h"
#define PENDING(fn) \
  __attribute__((weak)) int fn(int argc, char **argv) \
  { fprintf(stderr, "caviar %s: not available yet\n", argv[0]); return CV_EXIT_FAIL; }
PENDING(cv_cmd_list)
PENDING(cv_cmd_stats)
PENDING(cv_cmd_verify)
PENDING(cv_cmd_forget)
PENDING(cv_cmd_purge)
PENDING(cv_cmd_key)
PENDING(cv_cmd_search)
PENDING(cv_cmd_serve)
PENDING(cv_cmd_token)
