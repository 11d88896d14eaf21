/* fuzz-replay.c — owns the replay driver of the fuzz targets: without
 * libFuzzer (-Dfuzzing=false, the default) each target is linked with this
 * main, which feeds it every file named on the command line, once.  The
 * `fuzz-*` tests run it over tests/fuzz-*-corpus; a crash or a failed
 * assertion in the target fails the test. */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
main(int argc, char **argv)
{
  const char *name = argc > 0 ? argv[0] : "fuzz";
  for (int i = 1; i < argc; i++) {
    g_autofree char *data = NULL;
    gsize len = 0;
    g_autoptr(GError) error = NULL;
    if (!g_file_get_contents(argv[i], &data, &len, &error)) {
      fprintf(stderr, "%s: %s\n", name, error->message);
      return 1;
    }
    LLVMFuzzerTestOneInput((const uint8_t *)data, len);
  }
  printf("%s: %d inputs\n", name, argc - 1);
  return 0;
}
