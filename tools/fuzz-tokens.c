/* fuzz-tokens.c — owns the fuzz target of the token file reader (tools/).
 * The bytes are read as a token file (cv_tokens_parse); each token kept
 * must be well formed, and a bearer token is matched against them.
 *
 * Built with -Dfuzzing=true (clang) as a libFuzzer target; otherwise with
 * tests/fuzz-replay.c
 * as a replay driver (fuzz-tokens FILE...), which the
 * `fuzz-tokens` test runs over tests/fuzz-tokens-corpus.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tokens.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  g_autoptr(GPtrArray) tokens = cv_tokens_parse((const char *)data, size);
  g_assert(tokens != NULL);
  for (guint i = 0; i < tokens->len; i++) {
    const CvToken *t = g_ptr_array_index(tokens, i);
    g_assert(t->collection != NULL);
    g_assert(strlen(t->id) == sizeof t->id - 1);
  }
  /* a presented token with a kept id and a secret of zeros: its salted
   * hash is compared, and matches nothing */
  if (tokens->len > 0) {
    const CvToken *t = g_ptr_array_index(tokens, 0);
    g_autofree char *zeros = g_strnfill(2 * TOKEN_SECRET_BYTES, '0');
    g_autofree char *presented = g_strconcat("cvt_", t->id, "_", zeros, NULL);
    g_assert_null(cv_tokens_match(tokens, presented));
  }
  return 0;
}
