/* fuzz-keyfile.c — owns the fuzz target of the key file reader (store/).
 * The bytes go through cv_keyfile_check_data: what cv_keyfile_load reads
 * from a key file before any key is derived (raw key, or a wrapped key
 * file's group, format, limits and base64 fields).
 *
 * Built with -Dfuzzing=true (clang) as a libFuzzer target; otherwise with
 * CV_FUZZ_STANDALONE as a replay driver (fuzz-keyfile FILE...), which the
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

#ifdef CV_FUZZ_STANDALONE
int
main(int argc, char **argv)
{
  for (int i = 1; i < argc; i++) {
    g_autofree char *data = NULL;
    gsize len = 0;
    if (!g_file_get_contents(argv[i], &data, &len, NULL)) {
      fprintf(stderr, "fuzz-keyfile: cannot read %s\n", argv[i]);
      return 1;
    }
    LLVMFuzzerTestOneInput((const uint8_t *)data, len);
  }
  printf("fuzz-keyfile: %d inputs\n", argc - 1);
  return 0;
}
#endif
