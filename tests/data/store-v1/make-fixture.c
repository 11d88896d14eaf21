/* Writes tests/data/store-v1: a tiny store in the format before the record
 * layer (no version byte), with a committed test key. */
#include <stdio.h>
#include <string.h>
#include <glib.h>
#include "cv-store.h"

static void
put(CvCollection *coll, const char *content, const char *source, guint n,
    const char *(*text)(guint, char *, gsize))
{
  GError *error = NULL;
  char id[CV_DOC_ID_LEN + 1];
  g_autoptr(GBytes) b = g_bytes_new(content, strlen(content));
  cv_store_document_id(coll, b, id);
  CvChunk *chunks = g_new0(CvChunk, n);
  char(*bufs)[256] = g_malloc0(n * 256);
  for (guint i = 0; i < n; i++) {
    text(i, bufs[i], 256);
    chunks[i] = (CvChunk){ bufs[i], strlen(bufs[i]), i + 1, i + 1 };
  }
  char skey[CV_DOC_ID_LEN + 1];
  cv_store_path_key(coll, source, skey);
  CvDocInfo info = { .source = source,
                     .mime = "text/plain",
                     .lang = "fr",
                     .n_pages = n,
                     .n_bytes = 1000,
                     .ingested_at = 1700000000,
                     .redactions = "{\"SIN\": 1}",
                     .source_key = skey };
  if (!cv_store_put_document(coll, id, &info, chunks, n, &error))
    g_error("%s", error->message);
  printf("%s %s %u\n", id, source, n);
  g_free(chunks);
  g_free(bufs);
}

static const char *
castor(guint i, char *b, gsize n)
{
  g_snprintf(b, n,
             i == 0 ? "Rapport du comité: le castor construit un "
                      "barrage près de la rivière. [NAS] retiré."
                    : "Le castor, castor du barrage.");
  return b;
}
static const char *
heron(guint i, char *b, gsize n)
{
  g_snprintf(b, n, "Le héron cendré pêche dans l'étang, observation %u.", i);
  return b;
}
static const char *
lettre(guint i, char *b, gsize n)
{
  g_snprintf(b, n, "Objet : demande d'accès aux procès-verbaux, page %u.", i);
  return b;
}

int
main(int argc, char **argv)
{
  GError *error = NULL;
  CvStoreOptions o = { .dir = argv[1], .key_file = argv[2], .sync = TRUE };
  CvStore *store = cv_store_open(&o, NULL, &error);
  if (!store)
    g_error("%s", error->message);
  CvCollection *coll = cv_store_collection(store, "fixture", &error);
  put(coll, "castor", "/archives/castor.txt", 600, castor);
  put(coll, "heron", "/archives/heron.txt", 2, heron);
  put(coll, "lettre", "/archives/lettre.txt", 3, lettre);
  cv_store_close(store);
  return 0;
}
