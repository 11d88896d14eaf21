/* i18n.c — gettext set-up and per-thread message language (i18n.h). */
#define _GNU_SOURCE 1
#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "i18n.h"

void
cv_i18n_init(void)
{
  /* Messages of an uninstalled build come from its own catalogues. */
  g_autofree char *exe = g_file_read_link("/proc/self/exe", NULL);
  g_autofree char *build_root = g_path_get_dirname(CV_BUILD_LOCALEDIR);
  const char *dir = CV_LOCALEDIR;
  if (exe != NULL && g_str_has_prefix(exe, build_root) &&
      exe[strlen(build_root)] == '/')
    dir = CV_BUILD_LOCALEDIR;
  bindtextdomain(GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset(GETTEXT_PACKAGE, "UTF-8");
}

const char *
cv_i18n_lang_from_tag(const char *tag)
{
  if (tag == NULL || *tag == '\0')
    return NULL;
  if (g_ascii_strncasecmp(tag, "fr", 2) == 0 &&
      (tag[2] == '\0' || strchr("_-.@", tag[2]) != NULL))
    return "fr";
  if (g_ascii_strncasecmp(tag, "en", 2) == 0 &&
      (tag[2] == '\0' || strchr("_-.@", tag[2]) != NULL))
    return "en";
  if (strcmp(tag, "C") == 0 || strcmp(tag, "POSIX") == 0 ||
      g_ascii_strncasecmp(tag, "C.", 2) == 0)
    return "en";
  return NULL;
}

const char *
cv_i18n_lang_from_accept(const char *header)
{
  if (header == NULL)
    return NULL;
  const char *best = NULL;
  double best_q = 0.0;
  /* At most 32 ranges are looked at: the header is client input. */
  g_auto(GStrv) ranges = g_strsplit(header, ",", 33);
  for (guint i = 0; ranges[i] != NULL && i < 32; i++) {
    g_auto(GStrv) parts = g_strsplit(ranges[i], ";", 4);
    char *tag = g_strstrip(parts[0]);
    double q = 1.0;
    for (guint j = 1; parts[j] != NULL; j++) {
      char *p = g_strstrip(parts[j]);
      if (p[0] == 'q' && p[1] == '=')
        q = g_ascii_strtod(p + 2, NULL);
    }
    const char *lang = strcmp(tag, "*") == 0 ? "fr" : cv_i18n_lang_from_tag(tag);
    if (lang != NULL && strcmp(tag, "C") != 0 && q > best_q) {
      best = lang;
      best_q = q;
    }
  }
  return best;
}

/* Locales with only LC_MESSAGES changed, built once, never freed. */
static locale_t
messages_locale(const char *lang)
{
  static gsize once = 0;
  static locale_t fr, en;
  if (g_once_init_enter(&once)) {
    /* newlocale() consumes its base only when it succeeds. */
    locale_t base = duplocale(LC_GLOBAL_LOCALE);
    fr = newlocale(LC_MESSAGES_MASK, "fr_CA.UTF-8", base);
    if (fr == (locale_t)0)
      fr = newlocale(LC_MESSAGES_MASK, "fr_FR.UTF-8", base);
    if (fr == (locale_t)0)
      freelocale(base);
    en = newlocale(LC_MESSAGES_MASK, "C.UTF-8", duplocale(LC_GLOBAL_LOCALE));
    g_once_init_leave(&once, 1);
  }
  return strcmp(lang, "fr") == 0 ? fr : en;
}

const char *
cv_i18n_current(void)
{
  locale_t cur = uselocale((locale_t)0);
  if (cur != LC_GLOBAL_LOCALE)
    return cur == messages_locale("fr") ? "fr" : "en";
  /* gettext's order: LANGUAGE first, unless the locale is C. */
  const char *name = setlocale(LC_MESSAGES, NULL);
  const char *language = g_getenv("LANGUAGE");
  if (language != NULL && *language != '\0' && name != NULL &&
      g_strcmp0(cv_i18n_lang_from_tag(name), "en") != 0 && strcmp(name, "C") != 0)
    name = language;
  const char *lang = cv_i18n_lang_from_tag(name);
  return lang != NULL ? lang : "en";
}

gboolean
cv_i18n_set_process(const char *lang)
{
  const char *l = cv_i18n_lang_from_tag(lang);
  if (l == NULL)
    return FALSE;
  const char *const fr[] = { "fr_CA.UTF-8", "fr_FR.UTF-8", NULL };
  const char *const en[] = { "C.UTF-8", "C", NULL };
  const char *const *names = strcmp(l, "fr") == 0 ? fr : en;
  for (guint i = 0; names[i] != NULL; i++)
    if (setlocale(LC_MESSAGES, names[i]) != NULL) {
      /* gettext reads LANGUAGE before the locale: it must not win */
      g_unsetenv("LANGUAGE");
      break;
    }
  return TRUE;
}

CvI18nScope
cv_i18n_use(const char *lang)
{
  CvI18nScope scope = { NULL };
  const char *l = cv_i18n_lang_from_tag(lang);
  if (l == NULL)
    return scope;
  locale_t loc = messages_locale(l);
  if (loc == (locale_t)0)
    return scope; /* the locale is not installed: messages stay as they are */
  scope.previous = uselocale(loc);
  return scope;
}

void
cv_i18n_restore(CvI18nScope scope)
{
  if (scope.previous != NULL)
    uselocale((locale_t)scope.previous);
}
