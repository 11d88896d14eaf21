/* record.c — the store's record layer (see record.h): sealing and opening
 * every value with its associated data, size-class padding, the format
 * version byte and the reading of format-1 records; hex ids and the
 * wiping of plaintext buffers, for all of store/. */
#include <string.h>

#include "record.h"

#define PAD_MIN 32 /* smallest size class and step up to 1 KiB */

static gsize
padded_len(gsize len, CvPad pad)
{
  if (pad == CV_PAD_NONE)
    return len;
  /* one 0x80 byte at least, then zeros up to the class */
  gsize need = len + 1;
  if (need <= PAD_MIN)
    return PAD_MIN;
  if (need <= 1024)
    return (need + PAD_MIN - 1) / PAD_MIN * PAD_MIN;
  gsize p = 1024;
  while (p * 2 < need)
    p <<= 1;
  gsize step = p / 8;
  return (need + step - 1) / step * step;
}

gsize
cv_record_len(gsize pt_len, CvPad pad)
{
  return CV_RECORD_OVERHEAD + padded_len(pt_len, pad);
}

gsize
cv_record_max_pt(gsize rec_len)
{
  return rec_len > CV_RECORD_V1_OVERHEAD ? rec_len - CV_RECORD_V1_OVERHEAD : 0;
}

/* version || @ad into @buf (CV_RECORD_AD_MAX + 1 bytes). */
static gsize
full_ad(guint8 version, const void *ad, gsize ad_len, guint8 *buf)
{
  buf[0] = version;
  memcpy(buf + 1, ad, ad_len);
  return ad_len + 1;
}

static void
next_nonce(CvNonces *nonces, guint8 *out)
{
  if (nonces == NULL) {
    randombytes_buf(out, CV_RECORD_NONCE_LEN);
    return;
  }
  if (nonces->left == 0) {
    randombytes_buf(nonces->buf, sizeof nonces->buf);
    nonces->left = sizeof nonces->buf / CV_RECORD_NONCE_LEN;
  }
  nonces->left--;
  memcpy(out, nonces->buf + (gsize)nonces->left * CV_RECORD_NONCE_LEN,
         CV_RECORD_NONCE_LEN);
  sodium_memzero(nonces->buf + (gsize)nonces->left * CV_RECORD_NONCE_LEN,
                 CV_RECORD_NONCE_LEN);
}

void
cv_record_seal(const guint8 *key, const void *ad, gsize ad_len, const void *pt,
               gsize pt_len, CvPad pad, CvNonces *nonces, guint8 *out)
{
  g_return_if_fail(ad_len <= CV_RECORD_AD_MAX);
  guint8 fad[CV_RECORD_AD_MAX + 1];
  gsize fad_len = full_ad(CV_RECORD_V2, ad, ad_len, fad);
  gsize plen = padded_len(pt_len, pad);
  guint8 *body = out + 1 + CV_RECORD_NONCE_LEN;
  out[0] = CV_RECORD_V2;
  next_nonce(nonces, out + 1);
  /* the plaintext is padded in place in @out, then encrypted there */
  memmove(body, pt, pt_len);
  if (pad != CV_PAD_NONE) {
    body[pt_len] = 0x80;
    memset(body + pt_len + 1, 0, plen - pt_len - 1);
  }
  crypto_aead_xchacha20poly1305_ietf_encrypt(body, NULL, body, plen, fad,
                                             fad_len, NULL, out + 1, key);
}

guint8 *
cv_record_seal_new(const guint8 *key, const void *ad, gsize ad_len,
                   const void *pt, gsize pt_len, CvPad pad, CvNonces *nonces,
                   gsize *out_len)
{
  *out_len = cv_record_len(pt_len, pad);
  guint8 *out = g_malloc(*out_len);
  cv_record_seal(key, ad, ad_len, pt, pt_len, pad, nonces, out);
  return out;
}

/* Decrypts nonce || ciphertext with @ad into @out; unpads.  FALSE if it
 * does not authenticate or the padding is bad. */
static gboolean
open_body(const guint8 *key, const guint8 *ad, gsize ad_len,
          const guint8 *nonce_ct, gsize len, CvPad pad, guint8 *out,
          gsize *pt_len)
{
  if (len < CV_RECORD_V1_OVERHEAD + (pad != CV_PAD_NONE))
    return FALSE;
  unsigned long long mlen = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          out, &mlen, NULL, nonce_ct + CV_RECORD_NONCE_LEN,
          len - CV_RECORD_NONCE_LEN, ad, ad_len, nonce_ct, key) != 0)
    return FALSE;
  gsize n = (gsize)mlen;
  if (pad != CV_PAD_NONE) {
    while (n > 0 && out[n - 1] == 0)
      n--;
    if (n == 0 || out[--n] != 0x80) {
      sodium_memzero(out, (gsize)mlen);
      return FALSE;
    }
  }
  *pt_len = n;
  return TRUE;
}

gboolean
cv_record_open(const guint8 *key, const void *ad, gsize ad_len,
               const guint8 *rec, gsize rec_len, CvPad pad, guint8 *out,
               gsize *pt_len, guint *version)
{
  if (ad_len > CV_RECORD_AD_MAX)
    return FALSE;
  if (rec_len > 0 && rec[0] == CV_RECORD_V2) {
    guint8 fad[CV_RECORD_AD_MAX + 1];
    gsize fad_len = full_ad(CV_RECORD_V2, ad, ad_len, fad);
    if (open_body(key, fad, fad_len, rec + 1, rec_len - 1, pad, out, pt_len)) {
      if (version)
        *version = CV_RECORD_V2;
      return TRUE;
    }
  }
  /* format 1 (one in 256 of them starts with the byte 2 by chance) */
  if (open_body(key, ad, ad_len, rec, rec_len, pad, out, pt_len)) {
    if (version)
      *version = CV_RECORD_V1;
    return TRUE;
  }
  return FALSE;
}

gboolean
cv_record_open_exact(const guint8 *key, const void *ad, gsize ad_len,
                     const guint8 *rec, gsize rec_len, guint8 *out, gsize pt_len)
{
  gsize got = 0;
  if (ad_len > CV_RECORD_AD_MAX)
    return FALSE;
  if (rec_len == pt_len + CV_RECORD_OVERHEAD && rec[0] == CV_RECORD_V2) {
    guint8 fad[CV_RECORD_AD_MAX + 1];
    gsize fad_len = full_ad(CV_RECORD_V2, ad, ad_len, fad);
    return open_body(key, fad, fad_len, rec + 1, rec_len - 1, CV_PAD_NONE, out,
                     &got) &&
           got == pt_len;
  }
  if (rec_len == pt_len + CV_RECORD_V1_OVERHEAD)
    return open_body(key, ad, ad_len, rec, rec_len, CV_PAD_NONE, out, &got) &&
           got == pt_len;
  return FALSE;
}

/* --- bytes shared by store/ --- */

void
cv_hex(const guint8 *bin, gsize len, char *out)
{
  sodium_bin2hex(out, 2 * len + 1, bin, len);
}

gboolean
cv_unhex(const char *hex, guint8 *out, gsize len)
{
  gsize bin_len = 0;
  return hex != NULL && strlen(hex) == 2 * len &&
         sodium_hex2bin(out, len, hex, 2 * len, NULL, &bin_len, NULL) == 0 &&
         bin_len == len;
}
