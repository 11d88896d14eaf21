/* config.h — the configuration file (tools/ only), parsed strictly: a
 * section or key caviar does not know is an error naming the file and the
 * line, so a typo never silently means "use the default store".
 *
 *   [store]  dir, key-file, collection
 *   [ingest] jobs, ocr-lang, no-ocr, pdf-password-file, mode, lang,
 *            timeout, max-bytes, expire-after
 *   [serve]  listen, threads, control-group, settle-ms
 *   [watch "NAME"]  directory, collection, policy (move|delete|keep),
 *            versions (replace|keep)
 */
#pragma once

#include <glib.h>

typedef struct _CvConfig CvConfig;

/* Reads and validates @path (every problem in one error, one per line). */
CvConfig *cv_config_load(const char *path, GError **error);
void cv_config_free(CvConfig *config);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvConfig, cv_config_free)

GKeyFile *cv_config_keyfile(CvConfig *config);
const char *cv_config_path(CvConfig *config);
/* "FILE:LINE" of @key in @group (or of the group when @key is NULL). */
char *cv_config_where(CvConfig *config, const char *group, const char *key);
