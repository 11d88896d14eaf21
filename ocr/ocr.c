/* ocr.c — Tesseract engine wrapper. */
#include "cv-ocr.h"

G_DEFINE_QUARK(cv-ocr-error-quark, cv_ocr_error)
