/* caviar.c — entry point of the `caviar` command line (being written). */
#include <stdio.h>
#include <string.h>
#include <glib.h>

int
main(int argc, char **argv)
{
  if (argc > 1 && strcmp(argv[1], "--version") == 0) {
    printf("caviar %s\n", CAVIAR_VERSION);
    return 0;
  }
  return 2;
}
