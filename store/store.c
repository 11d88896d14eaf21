/* store.c — opening the store, collections and document records. */
#include "cv-store.h"

G_DEFINE_QUARK(cv-store-error-quark, cv_store_error)
