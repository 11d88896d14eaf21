/* record.h — private to store/: the one record layer of the store and of
 * its index (sealing, padding, format version), and the helpers every
 * file of store/ shares for the bytes it handles (hex ids, wiping
 * plaintext).  store.c, maint.c and index.c seal and open every value
 * through it; nothing else in store/ calls the AEAD.
 *
 * A record (format 2, written since issue #15):
 *   version (1 byte, CV_RECORD_V2) || nonce (24) || XChaCha20-Poly1305 of
 *   the plaintext (padded when asked), associated data = version || the
 *   caller's associated data (record type, collection, document...).
 * Records written before (format 1) have no version byte: nonce ||
 * ciphertext, associated data the caller's only; they are still opened
 * (a format-2 reading is tried first when the first byte says 2, then
 * format 1: a forged record authenticates under neither).  The caller
 * learns the format of what it opened, so that a payload whose layout
 * changed can say which one it has (the index's 'R' records).
 */
#pragma once

#include <glib.h>
#include <sodium.h>

#include "cv-text.h" /* cv_text_wipe_*: what held keys or text */

#define CV_RECORD_V1 1 /* no version byte (before issue #15) */
#define CV_RECORD_V2 2 /* version byte, bound into the associated data */
#define CV_RECORD_VERSION CV_RECORD_V2
#define CV_RECORD_NONCE_LEN crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
#define CV_RECORD_TAG_LEN crypto_aead_xchacha20poly1305_ietf_ABYTES
/* Bytes a record adds to its (padded) plaintext. */
#define CV_RECORD_OVERHEAD (1 + CV_RECORD_NONCE_LEN + CV_RECORD_TAG_LEN)
/* Bytes a format-1 record added. */
#define CV_RECORD_V1_OVERHEAD (CV_RECORD_NONCE_LEN + CV_RECORD_TAG_LEN)
/* Longest associated data a caller may give. */
#define CV_RECORD_AD_MAX 512

typedef enum {
  CV_PAD_NONE,    /* the plaintext's length shows */
  CV_PAD_CLASSES, /* ISO/IEC 7816-4 padding to a size class: multiples of 32
                   * bytes up to 1 KiB, then 8 steps per power of two (at
                   * most 12.5%), so exact lengths do not show */
} CvPad;

/* Random nonces drawn 64 at a time (one getrandom call instead of one a
 * record), for a writer that seals many small records; one thread. */
typedef struct {
  guint8 buf[CV_RECORD_NONCE_LEN * 64];
  guint left;
} CvNonces;

/* Length of the record that seals @pt_len bytes. */
gsize cv_record_len(gsize pt_len, CvPad pad);

/* Seals @pt into @out (cv_record_len(@pt_len, @pad) bytes): a format-2
 * record.  @nonces: NULL (one random nonce) or a writer's batch. */
void cv_record_seal(const guint8 *key, const void *ad, gsize ad_len,
                    const void *pt, gsize pt_len, CvPad pad, CvNonces *nonces,
                    guint8 *out);
/* The same into a new g_malloc'd buffer of *out_len bytes. */
guint8 *cv_record_seal_new(const guint8 *key, const void *ad, gsize ad_len,
                           const void *pt, gsize pt_len, CvPad pad,
                           CvNonces *nonces, gsize *out_len);

/* Largest plaintext a record of @rec_len bytes can hold (the size @out
 * of cv_record_open needs). */
gsize cv_record_max_pt(gsize rec_len);

/* Opens a record (format 2, or format 1 written before) into @out
 * (cv_record_max_pt(@rec_len) bytes): *pt_len gets the plaintext's
 * length (unpadded), *version (may be NULL) the record's format.  FALSE
 * if the record does not authenticate under @key and @ad (forged,
 * damaged, moved to another key) or its padding is bad: then nothing in
 * @out may be used. */
gboolean cv_record_open(const guint8 *key, const void *ad, gsize ad_len,
                        const guint8 *rec, gsize rec_len, CvPad pad, guint8 *out,
                        gsize *pt_len, guint *version) G_GNUC_WARN_UNUSED_RESULT;

/* Whether a record of @rec_len bytes holds exactly @pt_len bytes of
 * unpadded plaintext (as format 1 or 2). */
static inline gboolean
cv_record_holds(gsize rec_len, gsize pt_len)
{
  return rec_len == pt_len + CV_RECORD_OVERHEAD ||
         rec_len == pt_len + CV_RECORD_V1_OVERHEAD;
}

/* Opens a record that must hold exactly @pt_len bytes of unpadded
 * plaintext into @out (@pt_len bytes).  The format is told by the length
 * alone, so nothing is written past @out even when the record is forged
 * (a format-2 length opened as format 1 would need one byte more, and
 * libsodium wipes the whole output when authentication fails).  FALSE if
 * the length is not one of the two or the record does not authenticate. */
gboolean cv_record_open_exact(const guint8 *key, const void *ad, gsize ad_len,
                              const guint8 *rec, gsize rec_len, guint8 *out,
                              gsize pt_len) G_GNUC_WARN_UNUSED_RESULT;

/* --- bytes shared by store/ --- */

/* Lower-case hex of @len bytes into @out (2 * @len + 1 bytes). */
void cv_hex(const guint8 *bin, gsize len, char *out);
/* Exactly 2 * @len hex digits of @hex into @out; FALSE otherwise. */
gboolean cv_unhex(const char *hex, guint8 *out, gsize len);
