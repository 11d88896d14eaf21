/* i18n.h — the language of what caviar says (tools/ only).
 *
 * Messages go through gettext (<glib/gi18n-lib.h>, domain "caviar",
 * catalogues in po/).  The process language comes from the environment
 * (LANG, LC_ALL, LC_MESSAGES, LANGUAGE) at start-up.  A service speaks to
 * several people at once: a command run for a control-socket client, an
 * HTTP request with Accept-Language, the log in the language of the
 * configuration.  Each of those switches the language of its own thread
 * only, with cv_i18n_use()/cv_i18n_restore() (uselocale(3): gettext
 * follows the thread's locale).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Binds the "caviar" text domain (the build tree's catalogues when the
 * binary runs from it) in UTF-8.  Call once from main(). */
void cv_i18n_init(void);

/* "fr" or "en" for a locale name or language tag ("fr_CA.UTF-8", "fr-CA",
 * "en", "C"): French for any French tag, English otherwise; NULL and
 * unknown tags give NULL. */
const char *cv_i18n_lang_from_tag(const char *tag);

/* The language an Accept-Language header asks for first among those
 * caviar speaks ("fr" or "en", honouring q-values; "*" is French), or
 * NULL when it names none of them (then use the service's language). */
const char *cv_i18n_lang_from_accept(const char *header);

/* Sets the language of the whole process's messages (the service's
 * `[serve] language`): "fr" or "en" (or a tag as above).  Call before
 * starting threads.  FALSE for an unknown language; TRUE and no change
 * when its locale is not installed. */
gboolean cv_i18n_set_process(const char *lang);

/* The language of this thread's messages now ("fr" or "en"). */
const char *cv_i18n_current(void);

/* Switches this thread's messages to @lang ("fr", "en", or a locale name
 * or tag as above; NULL or unknown: unchanged) and returns a token for
 * cv_i18n_restore().  Cheap: locales are built once and shared. */
typedef struct {
  gpointer previous; /* locale_t of the thread before the switch */
} CvI18nScope;
CvI18nScope cv_i18n_use(const char *lang);
void cv_i18n_restore(CvI18nScope scope);

G_END_DECLS
