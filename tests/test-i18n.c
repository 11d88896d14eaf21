/* test-i18n.c — tools/i18n.c: language tags, Accept-Language, per-thread
 * message language (needs the fr_CA.UTF-8 locale: tools/install-deps.sh). */
#include <locale.h>

#include <glib/gi18n-lib.h>

#include "i18n.h"

static void
test_tags(void)
{
  g_assert_cmpstr(cv_i18n_lang_from_tag("fr_CA.UTF-8"), ==, "fr");
  g_assert_cmpstr(cv_i18n_lang_from_tag("fr-ca"), ==, "fr");
  g_assert_cmpstr(cv_i18n_lang_from_tag("FR"), ==, "fr");
  g_assert_cmpstr(cv_i18n_lang_from_tag("en_US.UTF-8"), ==, "en");
  g_assert_cmpstr(cv_i18n_lang_from_tag("C"), ==, "en");
  g_assert_null(cv_i18n_lang_from_tag("fri"));
  g_assert_null(cv_i18n_lang_from_tag("de-DE"));
  g_assert_null(cv_i18n_lang_from_tag(NULL));
}

static void
test_accept(void)
{
  g_assert_cmpstr(cv_i18n_lang_from_accept("fr-CA,fr;q=0.9,en;q=0.8"), ==, "fr");
  g_assert_cmpstr(cv_i18n_lang_from_accept("en-US,en;q=0.9,fr;q=0.5"), ==, "en");
  g_assert_cmpstr(cv_i18n_lang_from_accept("de;q=1, en;q=0.2, fr;q=0.7"), ==,
                  "fr");
  g_assert_cmpstr(cv_i18n_lang_from_accept("*"), ==, "fr");
  g_assert_null(cv_i18n_lang_from_accept("de, es"));
  g_assert_null(cv_i18n_lang_from_accept(""));
  g_assert_null(cv_i18n_lang_from_accept(NULL));
  /* Client input: a long header is read up to a bound, without harm. */
  g_autoptr(GString) big = g_string_new(NULL);
  for (int i = 0; i < 10000; i++)
    g_string_append(big, "xx;q=0.1,");
  g_string_append(big, "fr");
  g_assert_null(cv_i18n_lang_from_accept(big->str));
}

static gpointer
thread_in_english(gpointer data)
{
  CvI18nScope s = cv_i18n_use("en");
  const char *msg = _("List the documents of a collection");
  gboolean ok = g_str_equal(msg, "List the documents of a collection") &&
                g_str_equal(cv_i18n_current(), "en");
  cv_i18n_restore(s);
  return GINT_TO_POINTER(ok);
}

static void
test_per_thread(void)
{
  CvI18nScope s = cv_i18n_use("fr");
  if (s.previous == NULL) {
    g_test_skip("fr_CA.UTF-8 locale not installed (tools/install-deps.sh)");
    return;
  }
  g_assert_cmpstr(cv_i18n_current(), ==, "fr");
  g_assert_cmpstr(_("List the documents of a collection"), ==,
                  "Lister les documents d'une collection");
  /* Another thread in English at the same time is not affected by ours. */
  GThread *t = g_thread_new("en", thread_in_english, NULL);
  g_assert_true(GPOINTER_TO_INT(g_thread_join(t)));
  g_assert_cmpstr(_("List the documents of a collection"), ==,
                  "Lister les documents d'une collection");
  cv_i18n_restore(s);
  g_assert_cmpstr(cv_i18n_current(), ==, "en");
}

int
main(int argc, char **argv)
{
  setlocale(LC_ALL, "C.UTF-8");
  g_unsetenv("LANGUAGE");
  bindtextdomain(GETTEXT_PACKAGE, CV_BUILD_LOCALEDIR);
  bind_textdomain_codeset(GETTEXT_PACKAGE, "UTF-8");
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/i18n/tags", test_tags);
  g_test_add_func("/i18n/accept-language", test_accept);
  g_test_add_func("/i18n/per-thread", test_per_thread);
  return g_test_run();
}
