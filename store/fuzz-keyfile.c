/* fuzz-keyfile.c — owns the fuzz target of the key file reader (store/).
 * The bytes go through cv_keyfile_check_data: what cv_keyfile_load reads
 * from a key file before any key is derived (raw key, or a wrapped key
 * file's group, format, limits and base64 fields).
 *
 * Built with -Dfuzzing=true (clang) as a libFuzzer target; otherwise with
 * tests/fuzz-replay.c
 * as a replay driver (fuzz-keyfile FILE...), which the
 * `fuzz-keyfile` test runs over tests/fuzz-keyfile-corpus.
 */
#include <stdint.h>
#include <stdio.h>

#include "store-private.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  GError *error = NULL;
  gboolean ok = cv_keyfile_check_data((const char *)data, size, &error);
  /* refused input always says why, in the store's error domain */
  g_assert(ok ? error == NULL : error == NULL || error->domain == CV_STORE_ERROR);
  g_clear_error(&error);
  return 0;
}
