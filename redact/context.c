/* context.c — owns the word-level pass of the redactor: byte classes,
 * UTF-8 letter tests, word folding (lower case, accents removed), the table
 * of context words in French and English (with the first-name/surname
 * gazetteer merged into it), and the list of context hits (sorted) that the
 * scanners query to raise or lower confidence.
 *
 * One pass over the text; each word is folded into a small buffer while it
 * is read and looked up in an open-addressing hash table built once. */
#define _GNU_SOURCE 1
#include "redact-private.h"
#include "cv-text.h"

#include <string.h>

/* ---- byte classes ---------------------------------------------------- */

#define D CV_C_DIGIT
#define U CV_C_UPPER
#define L CV_C_LOWER
#define H CV_C_HIGH
#define S CV_C_SPACE
const guint8 cv_cls[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, S, S, S, S, S, 0, 0, /* 0x00 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x10 */
  S, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x20 */
  D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0, /* 0x30 */
  0, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, /* 0x40 */
  U, U, U, U, U, U, U, U, U, U, U, 0, 0, 0, 0, 0, /* 0x50 */
  0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* 0x60 */
  L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, 0, /* 0x70 */
  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
};
#undef D
#undef U
#undef L
#undef H
#undef S

gsize
cv_nbsp_len(const char *p, const char *end)
{
  const guint8 *u = (const guint8 *)p;
  if (end - p >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
    return 2;
  if (end - p >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0xAF || u[2] == 0x89 || u[2] == 0x87 || u[2] == 0x8A ||
       u[2] == 0x88))
    return 3;
  return 0;
}

gsize
cv_hspace_len(const char *p, const char *end)
{
  if (p >= end)
    return 0;
  if (*p == ' ' || *p == '\t')
    return 1;
  return cv_nbsp_len(p, end);
}

gboolean
cv_alnum_before(const char *text, const char *p)
{
  if (p <= text)
    return FALSE;
  guint8 c = (guint8)p[-1];
  if (c < 0x80)
    return cv_is_alnum_ascii(c) != 0;
  /* continuation byte: find the lead byte (max 3 back) */
  const char *q = p - 1;
  int n = 0;
  while (q > text && ((guint8)*q & 0xC0) == 0x80 && n < 3) {
    q--;
    n++;
  }
  gsize cl;
  gboolean up;
  return cv_letter_at(q, p, &cl, &up);
}

/* Folds one letter to ASCII lower case (cv-text.h owns the folding);
 * returns bytes written (0..2). */
#define fold_char(u, clen, out) cv_text_fold_letter(u, clen, out)

gsize
cv_fold(const char *p, const char *end, char *out, gsize out_size)
{
  gsize n = 0;
  while (p < end) {
    guint8 a = (guint8)*p;
    if (a < 0x80) { /* ASCII: the common case */
      if (n >= out_size)
        return 0;
      out[n++] = (char)((cv_cls[a] & CV_C_UPPER) ? a + 32 : (a == '|' ? 'l' : a));
      p++;
      continue;
    }
    gsize cl = 1;
    gboolean up;
    char tmp[2];
    gsize k;
    if ((guint8)*p < 0x80 && !cv_is_alpha_ascii(*p)) {
      tmp[0] = *p == '|' ? 'l' : *p;
      k = 1;
    } else if (cv_letter_at(p, end, &cl, &up)) {
      k = fold_char((const guint8 *)p, cl, tmp);
      if (k == 0)
        return 0;
    } else if (end - p >= 3 && (guint8)p[0] == 0xE2 && (guint8)p[1] == 0x80 &&
               (guint8)p[2] == 0x99) { /* ’ */
      tmp[0] = '\'';
      k = 1;
      cl = 3;
    } else {
      return 0;
    }
    if (n + k > out_size)
      return 0;
    memcpy(out + n, tmp, k);
    n += k;
    p += cl;
  }
  return n;
}

/* ---- the word table ---------------------------------------------------- */

typedef struct {
  const char *word;
  guint32 cats;
  guint16 value;
} CtxWord;

#define T CV_CTX_TITLE
#define LB CV_CTX_LABEL
#define ST CV_CTX_STOPNAME
static const CtxWord ctx_words[] = {
  /* SIN */
  { "nas", CV_CTX_SIN | ST, 0 },
  { "sin", CV_CTX_SIN | ST, 0 },
  { "ssn", CV_CTX_SIN | ST, 0 },  /* US social security number */
  { "nino", CV_CTX_SIN | ST, 0 }, /* UK National Insurance number */
  { "uk", ST, 0 },
  { "sociale", CV_CTX_SIN | ST, 0 },
  { "social", CV_CTX_SIN | ST, 0 },
  { "insurance", CV_CTX_SIN | ST, 0 },
  { "assurance", ST, 0 },
  /* RAMQ */
  { "ramq", CV_CTX_RAMQ | ST, 0 },
  { "nam", CV_CTX_RAMQ | ST, 0 },
  { "maladie", CV_CTX_RAMQ | ST, 0 },
  { "health", CV_CTX_RAMQ | ST, 0 },
  { "medicare", CV_CTX_RAMQ | ST, 0 },
  /* "carte soleil", the health card's everyday name */
  { "soleil", CV_CTX_RAMQ, 0 },
  { "hin", CV_CTX_RAMQ | ST, 0 },
  /* other provinces' health cards ("OHIP number 1234-567-890-AB") */
  { "ohip", CV_CTX_RAMQ | ST, 0 },
  /* driver's licence */
  { "permis", CV_CTX_LICENCE | ST, 0 },
  { "conduire", CV_CTX_LICENCE | ST, 0 },
  { "licence", CV_CTX_LICENCE | ST, 0 },
  { "license", CV_CTX_LICENCE | ST, 0 },
  { "driver", CV_CTX_LICENCE | ST, 0 },
  { "drivers", CV_CTX_LICENCE | ST, 0 },
  { "saaq", CV_CTX_LICENCE | ST, 0 },
  { "dl", CV_CTX_LICENCE, 0 },
  /* passport */
  { "passeport", CV_CTX_PASSPORT | ST, 0 },
  { "passport", CV_CTX_PASSPORT | ST, 0 },
  { "passeports", CV_CTX_PASSPORT | ST, 0 },
  { "passports", CV_CTX_PASSPORT | ST, 0 },
  { "veh", ST, 0 }, /* a dispatch log's vehicle: "VEH W44 EKX QC" */
  /* a commit's trailers: "Co-authored-by: …" */
  { "co-authored-by", LB | ST, 0 },
  { "signed-off-by", LB | ST, 0 },
  { "reviewed-by", LB | ST, 0 },
  { "reported-by", LB | ST, 0 },
  { "tested-by", LB | ST, 0 },
  { "acked-by", LB | ST, 0 },
  /* phone */
  { "telephone", CV_CTX_PHONE | ST, 0 },
  { "tel", CV_CTX_PHONE | ST, 0 },
  { "phone", CV_CTX_PHONE | ST, 0 },
  { "cell", CV_CTX_PHONE | ST, 0 },
  { "cellulaire", CV_CTX_PHONE | ST, 0 },
  { "mobile", CV_CTX_PHONE | ST, 0 },
  { "fax", CV_CTX_PHONE | ST, 0 },
  { "telecopieur", CV_CTX_PHONE | ST, 0 },
  { "appeler", CV_CTX_PHONE, 0 },
  { "call", CV_CTX_PHONE, 0 },
  { "calls", CV_CTX_PHONE, 0 },
  { "joindre", CV_CTX_PHONE, 0 },
  { "joignez", CV_CTX_PHONE, 0 },
  { "rappeler", CV_CTX_PHONE, 0 },
  { "rappelez", CV_CTX_PHONE, 0 },
  { "rappelez-moi", CV_CTX_PHONE, 0 },
  { "appelez-moi", CV_CTX_PHONE, 0 },
  { "rappelee", CV_CTX_PHONE, 0 },
  { "rappele", CV_CTX_PHONE, 0 },
  { "poste", CV_CTX_PHONE, 0 },
  { "ext", CV_CTX_PHONE, 0 },
  { "cellular", CV_CTX_PHONE, 0 },
  { "telephoner", CV_CTX_PHONE, 0 },
  { "domicile", CV_CTX_PHONE | CV_CTX_ADDRLABEL, 0 },
  { "travail", CV_CTX_PHONE, 0 },
  { "work", CV_CTX_PHONE, 0 },
  { "sms", CV_CTX_PHONE | ST, 0 },
  { "texto", CV_CTX_PHONE | ST, 0 },
  { "whatsapp", CV_CTX_PHONE | ST, 0 },
  { "dial", CV_CTX_PHONE, 0 },
  /* "not answering at 78 651 450", "messages to 699 956 915" */
  { "answering", CV_CTX_PHONE, 0 },
  { "messages", CV_CTX_PHONE, 0 },
  { "texting", CV_CTX_PHONE, 0 },
  { "voicemail", CV_CTX_PHONE, 0 },
  { "composer", CV_CTX_PHONE, 0 },
  { "cellphone", CV_CTX_PHONE | ST, 0 },
  { "landline", CV_CTX_PHONE | ST, 0 },
  /* postcodes (the value after "ZIP:", "Code postal :") */
  { "zip", CV_CTX_POSTAL | ST, 0 },
  { "zipcode", CV_CTX_POSTAL | ST, 0 },
  { "postcode", CV_CTX_POSTAL | ST, 0 },
  { "postal", CV_CTX_POSTAL | ST, 0 },
  { "plz", CV_CTX_POSTAL | ST, 0 },
  { "cep", CV_CTX_POSTAL | ST, 0 }, /* Brazil's */
  /* cards */
  { "carte", CV_CTX_CARD | ST, 0 },
  { "card", CV_CTX_CARD | ST, 0 },
  { "visa", CV_CTX_CARD | ST, 0 },
  { "mastercard", CV_CTX_CARD | ST, 0 },
  { "amex", CV_CTX_CARD | ST, 0 },
  { "credit", CV_CTX_CARD | ST, 0 },
  { "paiement", CV_CTX_CARD | ST, 0 },
  { "payment", CV_CTX_CARD | ST, 0 },
  { "debit", CV_CTX_CARD | ST, 0 },
  { "cc", CV_CTX_CARD | ST, 0 },
  { "contact", CV_CTX_PHONE | ST, 0 },
  { "reach", CV_CTX_PHONE, 0 },
  { "live", CV_CTX_ADDRLABEL, 0 },
  { "cvv", CV_CTX_CARD | ST, 0 },
  { "expiry", CV_CTX_CARD | ST, 0 },
  /* bank */
  { "compte", CV_CTX_BANK | ST, 0 },
  { "account", CV_CTX_BANK | ST, 0 },
  { "transit", CV_CTX_BANK | ST, 0 },
  { "institution", CV_CTX_BANK | ST, 0 },
  { "banque", CV_CTX_BANK | ST, 0 },
  { "bank", CV_CTX_BANK | ST, 0 },
  { "bancaire", CV_CTX_BANK | ST, 0 },
  { "bancaires", CV_CTX_BANK | ST, 0 },
  { "succursale", CV_CTX_BANK | ST, 0 },
  { "branch", CV_CTX_BANK | ST, 0 }, /* "Branch: 97843" (a transit) */
  { "depot", CV_CTX_BANK | ST, 0 },
  { "deposit", CV_CTX_BANK | ST, 0 },
  { "folio", CV_CTX_BANK | ST, 0 },
  { "cheque", CV_CTX_BANK | ST, 0 },
  { "caisse", CV_CTX_BANK | ST, 0 },
  /* date of birth */
  { "naissance", CV_CTX_DOB | ST, 0 },
  { "naiss", CV_CTX_DOB | ST, 0 },
  { "ne", CV_CTX_DOB, 0 },
  { "nee", CV_CTX_DOB, 0 },
  { "birth", CV_CTX_DOB | ST, 0 },
  { "born", CV_CTX_DOB, 0 },
  { "ddn", CV_CTX_DOB | ST, 0 },
  { "dob", CV_CTX_DOB | ST, 0 },
  { "birthdate", CV_CTX_DOB | ST, 0 },
  { "birthday", CV_CTX_DOB | ST, 0 },
  { "anniversaire", CV_CTX_DOB | ST, 0 },
  { "bday", CV_CTX_DOB | ST, 0 }, /* a vCard's "BDAY:19600620" */
  /* (a vCard's or a calendar's frame: "BEGIN:VCARD") */
  { "vcard", ST, 0 },
  { "vcalendar", ST, 0 },
  { "vevent", ST, 0 },
  /* IBAN */
  { "iban", CV_CTX_IBAN | ST, 0 },
  { "swift", CV_CTX_IBAN | ST, 0 },
  { "bic", CV_CTX_IBAN | ST, 0 },
  /* numbers that are not personal */
  { "dossier", CV_CTX_NEG | ST, 0 },
  { "confirmation", CV_CTX_NEG | ST, 0 },
  { "reference", CV_CTX_NEG | ST, 0 },
  { "ref", CV_CTX_NEG | ST, 0 },
  { "neq", CV_CTX_NEG | ST, 0 },
  { "facture", CV_CTX_NEG | ST, 0 },
  { "invoice", CV_CTX_NEG | ST, 0 },
  { "file", CV_CTX_NEG | ST, 0 },
  { "case", CV_CTX_NEG | ST, 0 },
  { "commande", CV_CTX_NEG | ST, 0 },
  { "order", CV_CTX_NEG | ST, 0 },
  { "requete", CV_CTX_NEG | ST, 0 },
  { "transaction", CV_CTX_NEG | ST, 0 },
  { "recu", CV_CTX_NEG, 0 },
  { "receipt", CV_CTX_NEG | ST, 0 },
  { "contrat", CV_CTX_NEG | ST, 0 },
  { "contract", CV_CTX_NEG | ST, 0 },
  { "police", CV_CTX_NEG | ST, 0 },
  { "policy", CV_CTX_NEG | ST, 0 },
  { "claim", CV_CTX_NEG | ST, 0 },
  { "reclamation", CV_CTX_NEG | ST, 0 },
  { "billet", CV_CTX_NEG | ST, 0 },
  { "ticket", CV_CTX_NEG | ST, 0 },
  { "projet", CV_CTX_NEG | ST, 0 },
  { "project", CV_CTX_NEG | ST, 0 },
  { "entreprise", CV_CTX_NEG | ST, 0 },
  { "matricule", CV_CTX_NEG | ST, 0 },
  { "lot", CV_CTX_NEG | ST, 0 },
  { "cadastre", CV_CTX_NEG | ST, 0 },
  { "montant", CV_CTX_NEG | ST, 0 },
  { "amount", CV_CTX_NEG | ST, 0 },
  { "solde", CV_CTX_NEG | ST, 0 },
  { "total", CV_CTX_NEG | ST, 0 },
  { "article", CV_CTX_NEG | CV_CTX_VERSION | ST, 0 },
  { "suivi", CV_CTX_NEG | ST, 0 },
  { "tracking", CV_CTX_NEG | ST, 0 },
  { "demande", ST, 0 },
  { "request", ST, 0 },
  /* titles */
  { "m", T, 0 },
  { "mme", T | ST, 0 },
  { "mlle", T | ST, 0 },
  { "me", T, 0 },
  { "dr", T, 0 },
  { "dre", T | ST, 0 },
  { "pr", T, 0 },
  { "monsieur", T | ST, 0 },
  { "madame", T | ST, 0 },
  { "mademoiselle", T | ST, 0 },
  { "maitre", T | ST, 0 },
  { "docteur", T | ST, 0 },
  { "docteure", T | ST, 0 },
  { "professeur", T | ST, 0 },
  { "professeure", T | ST, 0 },
  { "mr", T | ST, 0 },
  { "mrs", T | ST, 0 },
  { "ms", T | ST, 0 },
  { "miss", T | ST, 0 },
  { "mx", T | ST, 0 },
  { "mmes", T | ST, 0 },
  { "mm", T | ST, 0 },
  { "messrs", T | ST, 0 },
  { "honorable", T | ST, 0 },
  { "honourable", T | ST, 0 },
  { "hon", T | ST, 0 },
  /* ranks, offices and clergy before a surname ("Sgt Tremblay", "Capt.
   * Miller", "Judge Harper", "Pastor Williams", "Imam Haddad") */
  { "sgt", T | ST, 0 },
  { "sergeant", T | ST, 0 },
  { "sergent", T | ST, 0 },
  { "cpl", T | ST, 0 },
  { "cst", T | ST, 0 },
  { "constable", T | ST, 0 },
  { "capt", T | ST, 0 },
  { "captain", T | ST, 0 },
  { "capitaine", T | ST, 0 },
  { "lt", T | ST, 0 },
  { "lieutenant", T | ST, 0 },
  { "det", T | ST, 0 },
  { "detective", T | ST, 0 },
  { "judge", T | ST, 0 },
  { "juge", T | ST, 0 },
  { "coroner", T | ST, 0 }, /* "la coroner Andrée Kronström" */
  { "pastor", T | ST, 0 },
  { "pasteur", T | ST, 0 },
  { "rev", T | ST, 0 },
  { "reverend", T | ST, 0 },
  { "rabbi", T | ST, 0 },
  { "rabbin", T | ST, 0 },
  { "imam", T | ST, 0 },
  { "abbe", T | ST, 0 },
  /* form labels that introduce a person's name */
  { "nom", LB | ST, 0 },
  { "noms", LB | ST, 0 },
  { "prenom", LB | ST, 0 },
  { "prenoms", LB | ST, 0 },
  { "name", LB | ST, 0 },
  { "names", LB | ST, 0 },
  { "surname", LB | ST, 0 },
  { "applicant", LB | ST, 0 },
  { "destinataire", LB | ST, 0 },
  { "requerant", LB | ST, 0 },
  { "requerante", LB | ST, 0 },
  { "demandeur", LB | ST, 0 },
  { "demanderesse", LB | ST, 0 },
  { "repondant", LB | ST, 0 },
  { "repondante", LB | ST, 0 },
  { "beneficiaire", LB | ST, 0 },
  { "patient", LB | ST, 0 },
  { "patiente", LB | ST, 0 },
  { "titulaire", LB | ST, 0 },
  { "holder", LB | ST, 0 },
  { "signataire", LB | ST, 0 },
  { "representant", LB | ST, 0 },
  { "representante", LB | ST, 0 },
  { "mandataire", LB | ST, 0 },
  { "recipient", LB | ST, 0 },
  { "addressee", LB | ST, 0 },
  { "claimant", LB | ST, 0 },
  { "plaignant", LB | ST, 0 },
  { "plaignante", LB | ST, 0 },
  { "attention", LB | ST, 0 },
  { "att", LB | ST, 0 },
  { "attn", LB | ST, 0 },
  { "employe", LB | ST, 0 },
  { "employee", LB | ST, 0 },
  { "client", LB | ST, 0 },
  { "donateur", LB | ST, 0 },
  { "donatrice", LB | ST, 0 },
  { "donor", LB | ST, 0 },
  { "accompagnateur", LB | ST, 0 },
  { "accompagnatrice", LB | ST, 0 },
  { "cliente", LB | ST, 0 },
  { "contact", LB | ST, 0 },
  { "requester", LB | ST, 0 },
  { "requestor", LB | ST, 0 },
  { "complainant", LB | ST, 0 },
  { "auteur", LB | ST, 0 },
  { "author", LB | ST, 0 },
  { "usager", LB | ST, 0 },
  { "usagere", LB | ST, 0 },
  { "proprietaire", LB | ST, 0 },
  { "owner", LB | ST, 0 },
  { "locataire", LB | ST, 0 },
  { "locateur", LB | ST, 0 },
  { "locatrice", LB | ST, 0 },
  { "lessor", LB | ST, 0 },
  { "lessee", LB | ST, 0 },
  { "landlord", LB | ST, 0 },
  { "landlady", LB | ST, 0 },
  { "intime", LB | ST, 0 },
  { "intimee", LB | ST, 0 },
  { "respondent", LB | ST, 0 },
  { "defendeur", LB | ST, 0 },
  { "defenderesse", LB | ST, 0 },
  { "defendant", LB | ST, 0 },
  { "worker", LB | ST, 0 },
  { "tenant", LB | ST, 0 },
  { "eleve", LB | ST, 0 },
  { "etudiant", LB | ST, 0 },
  { "etudiante", LB | ST, 0 },
  { "student", LB | ST, 0 },
  { "children", LB | ST, 0 }, /* "Children: Flolya / Sady" */
  { "enfants", LB | ST, 0 },
  /* a baptism's: "Parrain : Miloïc Racivet ; marraine : …" */
  { "parrain", LB | ST, 0 },
  { "marraine", LB | ST, 0 },
  { "godfather", LB | ST, 0 },
  { "godmother", LB | ST, 0 },
  /* a vehicle's: "Driver: Loan Thân", "Conductrice : …" */
  { "driver", LB | ST, 0 },
  { "conducteur", LB | ST, 0 },
  { "conductrice", LB | ST, 0 },
  { "chauffeur", LB | ST, 0 },
  { "chauffeuse", LB | ST, 0 },
  { "signature", LB | ST, 0 },
  { "signe", LB | ST, 0 },
  { "signed", LB | ST, 0 },
  { "by", CV_CTX_REL | ST, 0 },
  /* words that introduce a person named after them (value 1: not a
   * relative; scan-fields.c naming_phrases): "the testimony of Barbee",
   * "témoignage de Moniko", "referred by Ching", "according to Tera,",
   * "selon Jovin,", "c'était Nevada." */
  { "testimony", CV_CTX_REL | ST, 1 },
  { "temoignage", CV_CTX_REL | ST, 1 },
  { "referred", CV_CTX_REL | ST, 1 },
  { "according", CV_CTX_REL | ST, 1 },
  { "selon", CV_CTX_REL | ST, 1 },
  { "etait", CV_CTX_REL | ST, 1 },
  /* (round 8) speech verbs and phone openings: "j'ai parlé à Adib",
   * "I talked to Rutha", "spoke with Nand", "Bonjour, ici Aleya du
   * service", "Est-ce bien Amid Packard ?" */
  { "parle", CV_CTX_REL | ST, 1 },
  { "parler", CV_CTX_REL | ST, 1 },
  { "talked", CV_CTX_REL | ST, 1 },
  { "spoke", CV_CTX_REL | ST, 1 },
  { "spoken", CV_CTX_REL | ST, 1 },
  /* (round 10) calls: "can I speak to Meilin?", "it's Khanh speaking",
   * "c'est Mishta qui parle" */
  { "speak", CV_CTX_REL | ST, 1 },
  { "speaking", CV_CTX_REL | ST, 1 },
  { "ici", CV_CTX_REL | ST, 1 },
  { "bien", CV_CTX_REL | ST, 1 },
  /* "calling on behalf of Huệ An Beckett", "svp contactez Amen Vickers" */
  { "behalf", CV_CTX_REL | ST, 1 },
  { "contactez", CV_CTX_REL | ST, 1 },
  { "contacter", CV_CTX_REL | ST, 1 },
  { "contacted", CV_CTX_REL | ST, 1 },
  { "contacte", CV_CTX_REL | ST, 1 },
  /* "Il dit que Iraida Clerc peut confirmer" */
  { "dit", CV_CTX_REL | ST, 1 },
  /* "Bureau : Patria vous rappellera" */
  { "rappellera", CV_CTX_REL | ST, 1 },
  /* holidays: "it was Christmas.", "c'était Noël." */
  /* replies in a transcript or a chat ("Client : Oui", "Agent: Correct",
   * "[10:25] Client: Yes"): never a name */
  { "oui", ST, 0 },
  { "yes", ST, 0 },
  { "okay", ST, 0 },
  { "ok", ST, 0 },
  { "yeah", ST, 0 },
  { "yep", ST, 0 },
  { "nope", ST, 0 },
  { "correct", ST, 0 },
  { "exact", ST, 0 },
  { "exactement", ST, 0 },
  { "absolument", ST, 0 },
  { "certainement", ST, 0 },
  { "certainly", ST, 0 },
  { "sure", ST, 0 },
  { "bye", ST, 0 },
  /* and the acknowledgements ("Préposée : Parfait.", "Agent: Perfect.",
   * "Client : Super, merci."): the name lists hold "Parfait", which then
   * went as a name everywhere in the call */
  /* statute citations: "RSQ c. A-2.1" read as "X c. Y", a case's
   * parties */
  { "rsq", ST, 0 },
  { "rlrq", ST, 0 },
  { "lrq", ST, 0 },
  { "rsc", ST, 0 },
  { "lrc", ST, 0 },
  { "cqlr", ST, 0 },
  { "rrq", ST, 0 },
  /* Québec and federal statutes cited by their initials ("selon LPJ,
   * art. 38": youth protection, health services, labour standards, youth
   * criminal justice, federal privacy) */
  { "lpj", ST, 0 },
  { "lsss", ST, 0 },
  { "lssss", ST, 0 },
  { "lnt", ST, 0 },
  { "latmp", ST, 0 },
  { "lsjpa", ST, 0 },
  { "ycja", ST, 0 },
  { "lprpde", ST, 0 },
  { "pipeda", ST, 0 },
  /* countries and continents, in English and French (not those that are
   * also given names or surnames: France, Jordan, Chad, Georgia, Israel,
   * India, Holland, Ireland, Salvador, Trinidad, Dominique, Maurice) */
  { "afghanistan", ST, 0 },
  { "afrique", ST, 0 },
  { "africa", ST, 0 },
  { "albania", ST, 0 },
  { "albanie", ST, 0 },
  { "algeria", ST, 0 },
  { "algerie", ST, 0 },
  { "allemagne", ST, 0 },
  { "amerique", ST, 0 },
  { "angleterre", ST, 0 },
  { "angola", ST, 0 },
  { "argentina", ST, 0 },
  { "argentine", ST, 0 },
  { "armenia", ST, 0 },
  { "armenie", ST, 0 },
  { "asie", ST, 0 },
  { "australia", ST, 0 },
  { "australie", ST, 0 },
  { "austria", ST, 0 },
  { "autriche", ST, 0 },
  { "azerbaijan", ST, 0 },
  { "bahamas", ST, 0 },
  { "bahrain", ST, 0 },
  { "bangladesh", ST, 0 },
  { "barbade", ST, 0 },
  { "barbados", ST, 0 },
  { "belgique", ST, 0 },
  { "belgium", ST, 0 },
  { "belize", ST, 0 },
  { "benin", ST, 0 },
  { "bhutan", ST, 0 },
  { "birmanie", ST, 0 },
  { "bolivia", ST, 0 },
  { "bolivie", ST, 0 },
  { "bosnia", ST, 0 },
  { "bosnie", ST, 0 },
  { "botswana", ST, 0 },
  { "brazil", ST, 0 },
  { "bresil", ST, 0 },
  { "britain", ST, 0 },
  { "bulgaria", ST, 0 },
  { "bulgarie", ST, 0 },
  { "burundi", ST, 0 },
  { "cambodge", ST, 0 },
  { "cambodia", ST, 0 },
  { "cameroon", ST, 0 },
  { "cameroun", ST, 0 },
  { "chile", ST, 0 },
  { "chili", ST, 0 },
  { "china", ST, 0 },
  { "chine", ST, 0 },
  { "colombia", ST, 0 },
  { "colombie", ST, 0 },
  { "congo", ST, 0 },
  { "coree", ST, 0 },
  { "croatia", ST, 0 },
  { "croatie", ST, 0 },
  { "cuba", ST, 0 },
  { "cyprus", ST, 0 },
  { "chypre", ST, 0 },
  { "czechia", ST, 0 },
  { "danemark", ST, 0 },
  { "denmark", ST, 0 },
  { "ecosse", ST, 0 },
  { "ecuador", ST, 0 },
  { "egypt", ST, 0 },
  { "egypte", ST, 0 },
  { "equateur", ST, 0 },
  { "eritrea", ST, 0 },
  { "erythree", ST, 0 },
  { "espagne", ST, 0 },
  { "estonia", ST, 0 },
  { "estonie", ST, 0 },
  { "ethiopia", ST, 0 },
  { "ethiopie", ST, 0 },
  { "europe", ST, 0 },
  { "finland", ST, 0 },
  { "finlande", ST, 0 },
  { "gabon", ST, 0 },
  { "gambia", ST, 0 },
  { "gambie", ST, 0 },
  { "germany", ST, 0 },
  { "ghana", ST, 0 },
  { "grece", ST, 0 },
  { "greece", ST, 0 },
  { "guatemala", ST, 0 },
  { "guyana", ST, 0 },
  { "haiti", ST, 0 },
  { "honduras", ST, 0 },
  { "hongrie", ST, 0 },
  { "hungary", ST, 0 },
  { "iceland", ST, 0 },
  { "indonesia", ST, 0 },
  { "indonesie", ST, 0 },
  { "inde", ST, 0 },
  { "irak", ST, 0 },
  { "iraq", ST, 0 },
  { "iran", ST, 0 },
  { "islande", ST, 0 },
  { "italie", ST, 0 },
  { "italy", ST, 0 },
  { "jamaica", ST, 0 },
  { "jamaique", ST, 0 },
  { "japan", ST, 0 },
  { "japon", ST, 0 },
  { "kazakhstan", ST, 0 },
  { "korea", ST, 0 },
  { "kosovo", ST, 0 },
  { "kuwait", ST, 0 },
  { "koweit", ST, 0 },
  { "laos", ST, 0 },
  { "latvia", ST, 0 },
  { "lebanon", ST, 0 },
  { "lettonie", ST, 0 },
  { "liban", ST, 0 },
  { "liberia", ST, 0 },
  { "libya", ST, 0 },
  { "libye", ST, 0 },
  { "lithuania", ST, 0 },
  { "lituanie", ST, 0 },
  { "luxembourg", ST, 0 },
  { "macedoine", ST, 0 },
  { "macedonia", ST, 0 },
  { "madagascar", ST, 0 },
  { "malaisie", ST, 0 },
  { "malawi", ST, 0 },
  { "malaysia", ST, 0 },
  { "mali", ST, 0 },
  { "malta", ST, 0 },
  { "maroc", ST, 0 },
  { "mauritania", ST, 0 },
  { "mauritanie", ST, 0 },
  { "mexico", ST, 0 },
  { "mexique", ST, 0 },
  { "moldavie", ST, 0 },
  { "moldova", ST, 0 },
  { "mongolia", ST, 0 },
  { "mongolie", ST, 0 },
  { "montenegro", ST, 0 },
  { "morocco", ST, 0 },
  { "mozambique", ST, 0 },
  { "myanmar", ST, 0 },
  { "namibia", ST, 0 },
  { "namibie", ST, 0 },
  { "nepal", ST, 0 },
  { "netherlands", ST, 0 },
  { "nicaragua", ST, 0 },
  { "nigeria", ST, 0 },
  { "norvege", ST, 0 },
  { "norway", ST, 0 },
  { "ouganda", ST, 0 },
  { "pakistan", ST, 0 },
  { "paraguay", ST, 0 },
  { "perou", ST, 0 },
  { "peru", ST, 0 },
  { "philippines", ST, 0 },
  { "pologne", ST, 0 },
  { "poland", ST, 0 },
  { "portugal", ST, 0 },
  { "qatar", ST, 0 },
  { "roumanie", ST, 0 },
  { "romania", ST, 0 },
  { "russia", ST, 0 },
  { "russie", ST, 0 },
  { "rwanda", ST, 0 },
  { "scotland", ST, 0 },
  { "senegal", ST, 0 },
  { "serbia", ST, 0 },
  { "serbie", ST, 0 },
  { "singapore", ST, 0 },
  { "singapour", ST, 0 },
  { "slovakia", ST, 0 },
  { "slovaquie", ST, 0 },
  { "slovenia", ST, 0 },
  { "slovenie", ST, 0 },
  { "somalia", ST, 0 },
  { "somalie", ST, 0 },
  { "soudan", ST, 0 },
  { "spain", ST, 0 },
  { "sudan", ST, 0 },
  { "suede", ST, 0 },
  { "suisse", ST, 0 },
  { "suriname", ST, 0 },
  { "sweden", ST, 0 },
  { "syria", ST, 0 },
  { "syrie", ST, 0 },
  { "taiwan", ST, 0 },
  { "tanzania", ST, 0 },
  { "tanzanie", ST, 0 },
  { "tchequie", ST, 0 },
  { "thailand", ST, 0 },
  { "thailande", ST, 0 },
  { "tunisia", ST, 0 },
  { "tunisie", ST, 0 },
  { "turquie", ST, 0 },
  { "uganda", ST, 0 },
  { "ukraine", ST, 0 },
  { "uruguay", ST, 0 },
  { "venezuela", ST, 0 },
  { "vietnam", ST, 0 },
  { "yemen", ST, 0 },
  { "zambia", ST, 0 },
  { "zambie", ST, 0 },
  { "zimbabwe", ST, 0 },
  /* medicines by their brand or generic names ("Douleur contrôlée avec
   * Vyvanse") and car makes ("véhicule : Kia Soul"; not Ford, Lincoln,
   * Dodge, Mercedes, Renault: names too) */
  { "advil", ST, 0 },
  { "tylenol", ST, 0 },
  { "motrin", ST, 0 },
  { "aspirine", ST, 0 },
  { "aspirin", ST, 0 },
  { "ativan", ST, 0 },
  { "xanax", ST, 0 },
  { "valium", ST, 0 },
  { "rivotril", ST, 0 },
  { "clonazepam", ST, 0 },
  { "lorazepam", ST, 0 },
  { "ritalin", ST, 0 },
  { "concerta", ST, 0 },
  { "vyvanse", ST, 0 },
  { "adderall", ST, 0 },
  { "strattera", ST, 0 },
  { "biphentin", ST, 0 },
  { "seroquel", ST, 0 },
  { "quetiapine", ST, 0 },
  { "risperdal", ST, 0 },
  { "abilify", ST, 0 },
  { "zyprexa", ST, 0 },
  { "olanzapine", ST, 0 },
  { "lithium", ST, 0 },
  { "prozac", ST, 0 },
  { "zoloft", ST, 0 },
  { "paxil", ST, 0 },
  { "celexa", ST, 0 },
  { "cipralex", ST, 0 },
  { "effexor", ST, 0 },
  { "wellbutrin", ST, 0 },
  { "cymbalta", ST, 0 },
  { "trazodone", ST, 0 },
  { "remeron", ST, 0 },
  { "synthroid", ST, 0 },
  { "levothyroxine", ST, 0 },
  { "lipitor", ST, 0 },
  { "crestor", ST, 0 },
  { "atorvastatine", ST, 0 },
  { "rosuvastatin", ST, 0 },
  { "eliquis", ST, 0 },
  { "xarelto", ST, 0 },
  { "coumadin", ST, 0 },
  { "warfarine", ST, 0 },
  { "plavix", ST, 0 },
  { "metformine", ST, 0 },
  { "metformin", ST, 0 },
  { "januvia", ST, 0 },
  { "jardiance", ST, 0 },
  { "ozempic", ST, 0 },
  { "insuline", ST, 0 },
  { "insulin", ST, 0 },
  { "lantus", ST, 0 },
  { "humalog", ST, 0 },
  { "ventolin", ST, 0 },
  { "salbutamol", ST, 0 },
  { "symbicort", ST, 0 },
  { "advair", ST, 0 },
  { "flovent", ST, 0 },
  { "pulmicort", ST, 0 },
  { "epipen", ST, 0 },
  { "dilaudid", ST, 0 },
  { "hydromorphone", ST, 0 },
  { "oxycodone", ST, 0 },
  { "oxycontin", ST, 0 },
  { "percocet", ST, 0 },
  { "morphine", ST, 0 },
  { "fentanyl", ST, 0 },
  { "methadone", ST, 0 },
  { "suboxone", ST, 0 },
  { "naloxone", ST, 0 },
  { "narcan", ST, 0 },
  { "tramadol", ST, 0 },
  { "codeine", ST, 0 },
  { "lyrica", ST, 0 },
  { "gabapentine", ST, 0 },
  { "gabapentin", ST, 0 },
  { "neurontin", ST, 0 },
  { "prednisone", ST, 0 },
  { "amoxicilline", ST, 0 },
  { "amoxicillin", ST, 0 },
  { "cephalexine", ST, 0 },
  { "keflex", ST, 0 },
  { "cipro", ST, 0 },
  { "losec", ST, 0 },
  { "nexium", ST, 0 },
  { "pantoloc", ST, 0 },
  { "ranitidine", ST, 0 },
  { "zantac", ST, 0 },
  { "altace", ST, 0 },
  { "ramipril", ST, 0 },
  { "lasix", ST, 0 },
  { "furosemide", ST, 0 },
  { "norvasc", ST, 0 },
  { "amlodipine", ST, 0 },
  { "viagra", ST, 0 },
  { "cialis", ST, 0 },
  { "diclectin", ST, 0 },
  { "dexilant", ST, 0 },
  { "kia", ST, 0 },
  { "honda", ST, 0 },
  { "toyota", ST, 0 },
  { "nissan", ST, 0 },
  { "hyundai", ST, 0 },
  { "subaru", ST, 0 },
  { "mazda", ST, 0 },
  { "chevrolet", ST, 0 },
  { "chevy", ST, 0 },
  { "gmc", ST, 0 },
  { "jeep", ST, 0 },
  { "tesla", ST, 0 },
  { "volkswagen", ST, 0 },
  { "vw", ST, 0 },
  { "bmw", ST, 0 },
  { "audi", ST, 0 },
  { "lexus", ST, 0 },
  { "acura", ST, 0 },
  { "infiniti", ST, 0 },
  { "mitsubishi", ST, 0 },
  { "volvo", ST, 0 },
  { "porsche", ST, 0 },
  { "chrysler", ST, 0 },
  { "buick", ST, 0 },
  { "cadillac", ST, 0 },
  { "suzuki", ST, 0 },
  { "fiat", ST, 0 },
  { "peugeot", ST, 0 },
  /* languages and their peoples ("Language: Vietnamese", "spoke Arabic");
   * not English, French, German, Greek, Polish: surnames too */
  { "vietnamese", ST, 0 },
  { "chinese", ST, 0 },
  { "cantonese", ST, 0 },
  { "mandarin", ST, 0 },
  { "arabic", ST, 0 },
  { "spanish", ST, 0 },
  { "portuguese", ST, 0 },
  { "haitian", ST, 0 },
  { "punjabi", ST, 0 },
  { "tagalog", ST, 0 },
  { "farsi", ST, 0 },
  { "persian", ST, 0 },
  { "russian", ST, 0 },
  { "ukrainian", ST, 0 },
  { "italian", ST, 0 },
  { "turkish", ST, 0 },
  { "korean", ST, 0 },
  { "japanese", ST, 0 },
  { "somali", ST, 0 },
  { "amharic", ST, 0 },
  { "tigrinya", ST, 0 },
  { "lingala", ST, 0 },
  { "wolof", ST, 0 },
  { "inuktitut", ST, 0 },
  { "innu", ST, 0 },
  { "mohawk", ST, 0 },
  { "romanian", ST, 0 },
  { "hungarian", ST, 0 },
  { "pashto", ST, 0 },
  { "kurdish", ST, 0 },
  { "hebrew", ST, 0 },
  { "armenian", ST, 0 },
  { "vietnamien", ST, 0 },
  { "cantonais", ST, 0 },
  { "arabe", ST, 0 },
  { "espagnol", ST, 0 },
  { "portugais", ST, 0 },
  { "haitien", ST, 0 },
  { "creole", ST, 0 },
  { "russe", ST, 0 },
  { "ukrainien", ST, 0 },
  { "italien", ST, 0 },
  { "turc", ST, 0 },
  { "coreen", ST, 0 },
  { "japonais", ST, 0 },
  { "roumain", ST, 0 },
  { "hongrois", ST, 0 },
  { "kurde", ST, 0 },
  { "armenien", ST, 0 },
  { "tamoul", ST, 0 },
  { "ourdou", ST, 0 },
  { "bengali", ST, 0 },
  { "swahili", ST, 0 },
  { "hindi", ST, 0 },
  { "urdu", ST, 0 },
  { "tamil", ST, 0 },
  /* demonstrative pronouns opening a reply ("B: Celle du bureau") */
  { "celle", ST, 0 },
  { "celles", ST, 0 },
  { "celui", ST, 0 },
  { "ceux", ST, 0 },
  /* "Copyright (C) 2007 Free Software Foundation" */
  { "copyright", ST, 0 },
  { "parfait", ST, 0 },
  { "parfaitement", ST, 0 },
  { "super", ST, 0 },
  { "perfect", ST, 0 },
  { "great", ST, 0 },
  { "voila", ST, 0 },
  { "entendu", ST, 0 },
  { "genial", ST, 0 },
  { "formidable", ST, 0 },
  { "wonderful", ST, 0 },
  { "awesome", ST, 0 },
  { "alright", ST, 0 },
  /* English function words that open a sentence and are never names
   * (the model read "If Licensee" as a name, then every "If" of the text
   * went as its mention) */
  { "if", ST, 0 },
  { "when", ST, 0 },
  { "unless", ST, 0 },
  { "although", ST, 0 },
  { "whether", ST, 0 },
  { "where", ST, 0 },
  { "why", ST, 0 },
  { "how", ST, 0 },
  { "what", ST, 0 },
  { "which", ST, 0 },
  { "while", ST, 0 },
  { "whereas", ST, 0 },
  { "however", ST, 0 },
  { "therefore", ST, 0 },
  { "thus", ST, 0 },
  { "these", ST, 0 },
  { "those", ST, 0 },
  { "there", ST, 0 },
  { "christmas", ST, 0 },
  { "atm", ST, 0 },  /* "Retrait ATM Laval" */
  { "noel", ST, 0 }, /* (a given name too: scan-fields.c noel_names) */
  { "easter", ST, 0 },
  { "paques", ST, 0 },
  { "halloween", ST, 0 },
  { "thanksgiving", ST, 0 },
  { "par", CV_CTX_REL | ST, 0 },
  /* greetings */
  { "bonjour", CV_CTX_GREET | ST, 0 },
  { "bonsoir", CV_CTX_GREET | ST, 0 },
  { "dear", CV_CTX_GREET | ST, 0 },
  { "cher", CV_CTX_GREET | ST, 0 },
  { "chere", CV_CTX_GREET | ST, 0 },
  { "hello", CV_CTX_GREET | ST, 0 },
  { "hi", CV_CTX_GREET | ST, 0 },
  { "salut", CV_CTX_GREET | ST, 0 },
  { "hey", CV_CTX_GREET | ST, 0 },
  { "coucou", CV_CTX_GREET | ST, 0 },
  { "allo", CV_CTX_GREET | ST, 0 },
  /* relatives and roles followed by a name */
  { "conjoint", CV_CTX_REL | ST, 0 },
  { "conjointe", CV_CTX_REL | ST, 0 },
  { "epoux", CV_CTX_REL | ST, 0 },
  { "epouse", CV_CTX_REL | ST, 0 },
  { "spouse", CV_CTX_REL | ST, 0 },
  { "husband", CV_CTX_REL | ST, 0 },
  { "wife", CV_CTX_REL | ST, 0 },
  { "partner", CV_CTX_REL | ST, 0 },
  { "partenaire", CV_CTX_REL | ST, 0 },
  { "fils", CV_CTX_REL | ST, 0 },
  { "fille", CV_CTX_REL | ST, 0 },
  { "pere", CV_CTX_REL | ST, 0 },
  { "mere", CV_CTX_REL | ST, 0 },
  { "father", CV_CTX_REL | ST, 0 },
  { "mother", CV_CTX_REL | ST, 0 },
  { "frere", CV_CTX_REL | ST, 0 },
  { "soeur", CV_CTX_REL | ST, 0 },
  { "brother", CV_CTX_REL | ST, 0 },
  { "sister", CV_CTX_REL | ST, 0 },
  { "enfant", CV_CTX_REL | ST, 0 },
  { "enfants", CV_CTX_REL | ST, 0 },
  { "child", CV_CTX_REL | ST, 0 },
  { "children", CV_CTX_REL | ST, 0 },
  { "kids", CV_CTX_REL | ST, 0 },
  { "daughter", CV_CTX_REL | ST, 0 },
  /* (2: English only, after a possessive: "her son Aria"; French "son"
   * is "his/her") */
  { "son", CV_CTX_REL | ST, 2 },
  { "kid", CV_CTX_REL | ST, 0 },
  { "stepson", CV_CTX_REL | ST, 0 },
  { "stepdaughter", CV_CTX_REL | ST, 0 },
  { "grandson", CV_CTX_REL | ST, 0 },
  { "granddaughter", CV_CTX_REL | ST, 0 },
  { "nephew", CV_CTX_REL | ST, 0 },
  { "niece", CV_CTX_REL | ST, 0 },
  { "neveu", CV_CTX_REL | ST, 0 },
  { "uncle", CV_CTX_REL | ST, 0 },
  { "aunt", CV_CTX_REL | ST, 0 },
  { "oncle", CV_CTX_REL | ST, 0 },
  { "tante", CV_CTX_REL | ST, 0 },
  { "boyfriend", CV_CTX_REL | ST, 0 },
  { "girlfriend", CV_CTX_REL | ST, 0 },
  { "roommate", CV_CTX_REL | ST, 0 },
  /* (3: after a possessive, French or English: "mon ex Kimo", "my ex
   * oisin igov") */
  { "ex", CV_CTX_REL | ST, 3 },
  { "colocataire", CV_CTX_REL | ST, 0 },
  { "temoin", CV_CTX_REL | ST, 0 },
  { "witness", CV_CTX_REL | ST, 0 },
  { "agent", CV_CTX_REL | ST, 0 },
  { "agente", CV_CTX_REL | ST, 0 },
  { "tuteur", CV_CTX_REL | ST, 0 },
  { "tutrice", CV_CTX_REL | ST, 0 },
  { "guardian", CV_CTX_REL | ST, 0 },
  { "avocat", CV_CTX_REL | ST, 0 },
  { "avocate", CV_CTX_REL | ST, 0 },
  { "lawyer", CV_CTX_REL | ST, 0 },
  { "notaire", CV_CTX_REL | ST, 0 },
  { "medecin", CV_CTX_REL | ST, 0 },
  { "physician", CV_CTX_REL | ST, 0 },
  { "infirmiere", CV_CTX_REL | ST, 0 },
  { "nurse", CV_CTX_REL | ST, 0 },
  { "voisin", CV_CTX_REL | ST, 0 },
  { "proprio", CV_CTX_REL | ST, 0 }, /* "mon proprio hunter veut rien savoir" */
  { "concierge", CV_CTX_REL | ST, 0 },
  { "voisine", CV_CTX_REL | ST, 0 },
  { "neighbour", CV_CTX_REL | ST, 0 },
  { "neighbor", CV_CTX_REL | ST, 0 },
  { "collegue", CV_CTX_REL | ST, 0 },
  /* staff named by their role in notes and complaints ("Le préposé Khanh
   * a dit", "The clerk Heather told"), friends and parents after a
   * possessive ("mon amie zhiwei", "my mom lihua") */
  { "prepose", CV_CTX_REL | ST, 0 },
  { "preposee", CV_CTX_REL | ST, 0 },
  { "clerk", CV_CTX_REL | ST, 0 },
  { "intervenante", CV_CTX_REL | ST, 0 },
  { "intervenant", CV_CTX_REL | ST, 0 },
  { "travailleuse", CV_CTX_REL | ST, 0 }, /* "la travailleuse sociale X" */
  { "travailleur", CV_CTX_REL | ST, 0 },
  { "educatrice", CV_CTX_REL | ST, 0 },
  { "educateur", CV_CTX_REL | ST, 0 },
  /* care staff by their trade ("de l'inhalothérapeute Victoria Talhurst",
   * "Hygiéniste : Daiane Lopes", "l'auxiliaire Yordanos D.") */
  { "hygieniste", CV_CTX_REL | LB | ST, 0 },
  { "hygienist", CV_CTX_REL | LB | ST, 0 },
  { "inhalotherapeute", CV_CTX_REL | LB | ST, 0 },
  { "ergotherapeute", CV_CTX_REL | LB | ST, 0 },
  { "physiotherapeute", CV_CTX_REL | LB | ST, 0 },
  { "nutritionniste", CV_CTX_REL | LB | ST, 0 },
  { "psychoeducatrice", CV_CTX_REL | LB | ST, 0 },
  { "psychoeducateur", CV_CTX_REL | LB | ST, 0 },
  { "orthophoniste", CV_CTX_REL | LB | ST, 0 },
  { "auxiliaire", CV_CTX_REL | LB | ST, 0 },
  { "ambulancier", CV_CTX_REL | LB | ST, 0 },
  { "ambulanciere", CV_CTX_REL | LB | ST, 0 },
  { "paramedic", CV_CTX_REL | LB | ST, 0 },
  { "ami", CV_CTX_REL | ST, 3 },
  { "amie", CV_CTX_REL | ST, 3 },
  { "friend", CV_CTX_REL | ST, 3 },
  { "copain", CV_CTX_REL | ST, 3 },
  { "copine", CV_CTX_REL | ST, 3 },
  { "chum", CV_CTX_REL | ST, 3 },
  { "blonde", CV_CTX_REL | ST, 3 },
  { "mom", CV_CTX_REL | ST, 3 },
  { "dad", CV_CTX_REL | ST, 3 },
  { "maman", CV_CTX_REL | ST, 3 },
  { "papa", CV_CTX_REL | ST, 3 },
  { "garcon", CV_CTX_REL | ST, 3 },
  /* naming: "un préposé nommé Issa", "a clerk named Su", "je m'appelle
   * Abou" */
  { "nomme", CV_CTX_REL | ST, 0 },
  { "nommee", CV_CTX_REL | ST, 0 },
  { "prenomme", CV_CTX_REL | ST, 0 },
  { "prenommee", CV_CTX_REL | ST, 0 },
  { "named", CV_CTX_REL | ST, 0 },
  { "appelle", CV_CTX_REL | ST, 0 },
  { "colleague", CV_CTX_REL | ST, 0 },
  { "superviseur", CV_CTX_REL | ST, 0 },
  { "superviseure", CV_CTX_REL | ST, 0 },
  { "supervisor", CV_CTX_REL | ST, 0 },
  { "gestionnaire", CV_CTX_REL | ST, 0 },
  { "manager", CV_CTX_REL | ST, 0 },
  { "responsable", CV_CTX_REL | ST, 0 },
  { "employeur", CV_CTX_REL | ST, 0 },
  { "de", CV_CTX_PARTICLE | ST, 0 },
  { "to", LB | ST, 0 },
  { "from", LB | ST, 0 },
  { "cc", LB | ST, 0 },
  { "expediteur", LB | ST, 0 },
  { "expeditrice", LB | ST, 0 },
  { "sender", LB | ST, 0 },
  { "interviewee", LB | ST, 0 },
  { "interviewer", LB | ST, 0 },
  { "intervieweur", LB | ST, 0 },
  { "investigator", LB | ST, 0 },
  { "enqueteur", LB | ST, 0 },
  { "enquetrice", LB | ST, 0 },
  { "examine", CV_CTX_REL, 0 },
  { "examinee", CV_CTX_REL, 0 },
  { "examined", CV_CTX_REL, 0 },
  { "rencontre", CV_CTX_REL, 0 },
  { "rencontree", CV_CTX_REL, 0 },
  { "met", CV_CTX_REL, 0 },
  { "evalue", CV_CTX_REL, 0 },
  { "evaluee", CV_CTX_REL, 0 },
  { "assessed", CV_CTX_REL, 0 },
  { "personne", LB | ST, 0 },
  { "personnes", LB | ST, 0 },
  { "person", LB | ST, 0 },
  { "soussigne", CV_CTX_REL | ST, 0 },
  { "soussignee", CV_CTX_REL | ST, 0 },
  { "undersigned", CV_CTX_REL | ST, 0 },
  { "presents", LB | ST, 0 },
  { "absents", LB | ST, 0 },
  { "participants", LB | ST, 0 },
  { "attendees", LB | ST, 0 },
  { "invites", LB | ST, 0 },
  { "present", LB | ST, 0 },
  { "absent", LB | ST, 0 },
  { "membres", LB | ST, 0 },
  { "members", LB | ST, 0 },
  /* more person-introducing labels (job titles keep their ROLE use) */
  { "box", CV_CTX_UNIT | ST, 0 },
  { "postale", CV_CTX_POSTAL | ST, 0 },
  { "regrets", LB | ST, 0 },
  { "surnom", LB | ST, 0 },
  { "surnoms", LB | ST, 0 },
  { "nickname", LB | ST, 0 },
  { "nicknames", LB | ST, 0 },
  /* a vote's dissenters in minutes ("Opposed: Tran.", "Abstention : Roy") */
  { "opposed", LB | ST, 0 },
  { "abstained", LB | ST, 0 },
  { "abstention", LB | ST, 0 },
  { "abstentions", LB | ST, 0 },
  { "dissidents", LB | ST, 0 },
  { "none", ST, 0 },
  { "nobody", ST, 0 },
  { "aucun", ST, 0 },
  { "aucune", ST, 0 },
  { "billed", LB | ST, 0 },
  { "intervenant", LB | ST, 0 },
  { "intervenante", LB | ST, 0 },
  { "travailleur", LB | ST, 0 },
  { "travailleuse", LB | ST, 0 },
  { "inspecteur", LB | ST, 0 },
  { "inspectrice", LB | ST, 0 },
  { "inspector", LB | ST, 0 },
  { "parent", LB | ST, 0 },
  { "tuteur", LB | ST, 0 },
  { "tutrice", LB | ST, 0 },
  { "guardian", LB | ST, 0 },
  { "mere", LB | ST, 0 },
  { "pere", LB | ST, 0 },
  { "mother", LB | ST, 0 },
  { "father", LB | ST, 0 },
  { "enfant", LB | ST, 0 },
  { "child", LB | ST, 0 },
  { "approuve", LB | ST, 0 },
  { "approuvee", LB | ST, 0 },
  { "assigne", LB | ST, 0 },
  { "assignee", LB | ST, 0 },
  { "verifie", LB | ST, 0 },
  { "verifiee", LB | ST, 0 },
  { "traite", LB | ST, 0 },
  { "traitee", LB | ST, 0 },
  { "caseworker", LB | ST, 0 },
  { "counsellor", LB | ST, 0 },
  { "counselor", LB | ST, 0 },
  { "excuses", LB | ST, 0 },
  { "cardholder", LB | ST, 0 },
  { "beneficiary", LB | ST, 0 },
  { "utilisateur", LB | ST, 0 },
  { "utilisatrice", LB | ST, 0 },
  { "participant", LB | ST, 0 },
  { "participante", LB | ST, 0 },
  { "participantes", LB | ST, 0 },
  { "presentes", LB | ST, 0 },
  { "absentes", LB | ST, 0 },
  { "presences", LB | ST, 0 },
  { "analyste", LB | ST, 0 },
  { "analyst", LB | ST, 0 },
  { "agent", LB | ST, 0 },
  { "agente", LB | ST, 0 },
  { "temoin", LB | ST, 0 },
  { "witness", LB | ST, 0 },
  { "conjoint", LB | ST, 0 },
  { "conjointe", LB | ST, 0 },
  { "responsable", LB | ST, 0 },
  { "technicien", LB | ST, 0 },
  { "technicienne", LB | ST, 0 },
  { "requerant", LB | ST, 0 },
  { "requerante", LB | ST, 0 },
  { "spouse", LB | ST, 0 },
  { "payee", LB | ST, 0 },
  { "assure", LB | ST, 0 },
  { "assuree", LB | ST, 0 },
  { "insured", LB | ST, 0 },
  { "contribuable", LB | ST, 0 },
  { "taxpayer", LB | ST, 0 },
  { "prestataire", LB | ST, 0 },
  { "debiteur", LB | ST, 0 },
  { "debitrice", LB | ST, 0 },
  { "debtor", LB | ST, 0 },
  { "plaintiff", LB | ST, 0 },
  { "intervieweuse", LB | ST, 0 },
  { "redige", CV_CTX_REL | ST, 0 },
  { "prepare", CV_CTX_REL | ST, 0 },
  { "prepared", CV_CTX_REL | ST, 0 },
  { "written", CV_CTX_REL | ST, 0 },
  { "interviewed", CV_CTX_REL | ST, 0 },
  /* job titles (the line after a signature name) */
  { "directeur", CV_CTX_ROLE, 0 },
  { "directrice", CV_CTX_ROLE, 0 },
  { "director", CV_CTX_ROLE, 0 },
  { "agent", CV_CTX_ROLE, 0 },
  { "agente", CV_CTX_ROLE, 0 },
  { "counsellor", CV_CTX_ROLE, 0 },
  { "counselor", CV_CTX_ROLE, 0 },
  { "analyste", CV_CTX_ROLE, 0 },
  { "analyst", CV_CTX_ROLE, 0 },
  { "conseiller", CV_CTX_ROLE, 0 },
  { "conseillere", CV_CTX_ROLE, 0 },
  { "councillor", CV_CTX_ROLE, 0 },
  { "councilor", CV_CTX_ROLE, 0 },
  { "advisor", CV_CTX_ROLE, 0 },
  { "adviser", CV_CTX_ROLE, 0 },
  { "coordonnateur", CV_CTX_ROLE, 0 },
  { "coordonnatrice", CV_CTX_ROLE, 0 },
  { "coordinator", CV_CTX_ROLE, 0 },
  { "delegue", CV_CTX_ROLE, 0 },
  { "deleguee", CV_CTX_ROLE, 0 },
  { "delegate", CV_CTX_ROLE, 0 },
  { "technicien", CV_CTX_ROLE, 0 },
  { "technicienne", CV_CTX_ROLE, 0 },
  { "technician", CV_CTX_ROLE, 0 },
  { "responsable", CV_CTX_ROLE, 0 },
  { "officer", CV_CTX_ROLE, 0 },
  { "clerk", CV_CTX_ROLE, 0 },
  { "secretaire", CV_CTX_ROLE, 0 },
  { "secretary", CV_CTX_ROLE, 0 },
  { "president", CV_CTX_ROLE, 0 },
  { "presidente", CV_CTX_ROLE, 0 },
  { "gestionnaire", CV_CTX_ROLE, 0 },
  { "manager", CV_CTX_ROLE, 0 },
  { "adjoint", CV_CTX_ROLE, 0 },
  { "adjointe", CV_CTX_ROLE, 0 },
  { "assistant", CV_CTX_ROLE, 0 },
  { "assistante", CV_CTX_ROLE, 0 },
  { "commis", CV_CTX_ROLE, 0 },
  { "prepose", CV_CTX_ROLE, 0 },
  { "preposee", CV_CTX_ROLE, 0 },
  { "inspecteur", CV_CTX_ROLE, 0 },
  { "inspectrice", CV_CTX_ROLE, 0 },
  { "inspector", CV_CTX_ROLE, 0 },
  { "enqueteur", CV_CTX_ROLE, 0 },
  { "enqueteuse", CV_CTX_ROLE, 0 },
  { "enquetrice", CV_CTX_ROLE, 0 },
  { "investigator", CV_CTX_ROLE, 0 },
  { "juriste", CV_CTX_ROLE, 0 },
  { "avocat", CV_CTX_ROLE, 0 },
  { "avocate", CV_CTX_ROLE, 0 },
  { "notaire", CV_CTX_ROLE, 0 },
  { "lawyer", CV_CTX_ROLE, 0 },
  { "counsel", CV_CTX_ROLE, 0 },
  { "chef", CV_CTX_ROLE, 0 },
  { "chief", CV_CTX_ROLE, 0 },
  { "head", CV_CTX_ROLE, 0 },
  { "sous-ministre", CV_CTX_ROLE, 0 },
  { "ministre", CV_CTX_ROLE, 0 },
  { "deputy", CV_CTX_ROLE, 0 },
  { "registraire", CV_CTX_ROLE, 0 },
  { "greffier", CV_CTX_ROLE, 0 },
  { "coroner", CV_CTX_ROLE, 0 }, /* a signature's: "Joève de Poutot" / "Coroner" */
  { "greffiere", CV_CTX_ROLE, 0 },
  { "archiviste", CV_CTX_ROLE, 0 },
  { "archivist", CV_CTX_ROLE, 0 },
  { "professionnel", CV_CTX_ROLE, 0 },
  { "professionnelle", CV_CTX_ROLE, 0 },
  { "specialist", CV_CTX_ROLE, 0 },
  { "specialiste", CV_CTX_ROLE, 0 },
  { "superviseur", CV_CTX_ROLE, 0 },
  { "superviseure", CV_CTX_ROLE, 0 },
  { "supervisor", CV_CTX_ROLE, 0 },
  { "attache", CV_CTX_ROLE, 0 },
  { "attachee", CV_CTX_ROLE, 0 },
  { "vice-president", CV_CTX_ROLE, 0 },
  { "vice-presidente", CV_CTX_ROLE, 0 },
  { "ingenieur", CV_CTX_ROLE, 0 },
  { "ingenieure", CV_CTX_ROLE, 0 },
  { "engineer", CV_CTX_ROLE, 0 },
  { "infirmiere", CV_CTX_ROLE, 0 },
  { "infirmier", CV_CTX_ROLE, 0 },
  { "nurse", CV_CTX_ROLE, 0 },
  { "medecin", CV_CTX_ROLE, 0 },
  { "physician", CV_CTX_ROLE, 0 },
  { "travailleur", CV_CTX_ROLE, 0 },
  { "travailleuse", CV_CTX_ROLE, 0 },
  { "worker", CV_CTX_ROLE, 0 },
  { "intervenant", CV_CTX_ROLE, 0 },
  { "intervenante", CV_CTX_ROLE, 0 },
  { "educateur", CV_CTX_ROLE, 0 },
  { "educatrice", CV_CTX_ROLE, 0 },
  /* closings */
  { "sincerely", CV_CTX_CLOSE | ST, 0 },
  { "cordialement", CV_CTX_CLOSE | ST, 0 },
  { "regards", CV_CTX_CLOSE | ST, 0 },
  { "salutations", CV_CTX_CLOSE | ST, 0 },
  { "distinguees", CV_CTX_CLOSE | ST, 0 },
  { "respectfully", CV_CTX_CLOSE | ST, 0 },
  { "yours", CV_CTX_CLOSE | ST, 0 },
  { "agreer", CV_CTX_CLOSE | ST, 0 },
  { "sentiments", CV_CTX_CLOSE | ST, 0 },
  { "merci", CV_CTX_CLOSE | ST, 0 },
  { "thanks", CV_CTX_CLOSE | ST, 0 },
  { "cheers", CV_CTX_CLOSE | ST, 0 },
  { "regard", CV_CTX_CLOSE | ST, 0 },
  /* streets, French order (type first) */
  { "rue", CV_CTX_STREET_FR | CV_CTX_STREET_EN | ST, 0 },
  /* "rue" as OCR reads it on a degraded scan (e read as c): not a French or
   * English word, so it costs no content */
  { "ruc", CV_CTX_STREET_FR | ST, 0 },
  { "avenue", CV_CTX_STREET_FR | CV_CTX_STREET_EN | ST, 0 },
  { "av", CV_CTX_STREET_FR | CV_CTX_STREET_EN | ST, 0 },
  { "ave", CV_CTX_STREET_FR | CV_CTX_STREET_EN | ST, 0 },
  { "boulevard", CV_CTX_STREET_FR | CV_CTX_STREET_EN | ST, 0 },
  { "boul", CV_CTX_STREET_FR | ST, 0 },
  { "bd", CV_CTX_STREET_FR | ST, 0 },
  { "blvd", CV_CTX_STREET_FR | CV_CTX_STREET_EN | ST, 0 },
  { "chemin", CV_CTX_STREET_FR | ST, 0 },
  { "ch", CV_CTX_STREET_FR | ST, 0 },
  { "rang", CV_CTX_STREET_FR | CV_CTX_STREET_EN | ST, 0 },
  { "route", CV_CTX_STREET_FR | CV_CTX_STREET_EN | ST, 0 },
  { "rte", CV_CTX_STREET_FR | ST, 0 },
  { "montee", CV_CTX_STREET_FR | ST, 0 },
  { "cote", CV_CTX_STREET_FR, 0 },
  { "place", CV_CTX_STREET_FR | CV_CTX_STREET_EN | ST, 0 },
  { "croissant", CV_CTX_STREET_FR | ST, 0 },
  { "impasse", CV_CTX_STREET_FR | ST, 0 },
  { "allee", CV_CTX_STREET_FR | ST, 0 },
  { "promenade", CV_CTX_STREET_FR | ST, 0 },
  { "carre", CV_CTX_STREET_FR | ST, 0 },
  { "terrasse", CV_CTX_STREET_FR | ST, 0 },
  { "voie", CV_CTX_STREET_FR | ST, 0 },
  { "square", CV_CTX_STREET_FR | CV_CTX_STREET_EN | ST, 0 },
  { "ruelle", CV_CTX_STREET_FR | ST, 0 },
  { "sentier", CV_CTX_STREET_FR | ST, 0 },
  { "autoroute", CV_CTX_STREET_FR | ST, 0 },
  { "cours", CV_CTX_STREET_FR | ST, 0 },
  { "quai", CV_CTX_STREET_FR | ST, 0 },
  { "faubourg", CV_CTX_STREET_FR | ST, 0 },
  { "esplanade", CV_CTX_STREET_FR | ST, 0 },
  { "passage", CV_CTX_STREET_FR | ST, 0 },
  { "circuit", CV_CTX_STREET_FR | ST, 0 },
  { "descente", CV_CTX_STREET_FR | ST, 0 },
  { "parc", CV_CTX_STREET_FR | ST, 0 },
  { "rond-point", CV_CTX_STREET_FR | ST, 0 },
  { "private", CV_CTX_STREET_FR | ST, 0 },
  { "cote", CV_CTX_STREET_FR, 0 },
  /* streets, English order (type last) */
  { "street", CV_CTX_STREET_EN | ST, 0 },
  { "st", CV_CTX_STREET_EN | ST, 0 },
  { "road", CV_CTX_STREET_EN | ST, 0 },
  { "rd", CV_CTX_STREET_EN | ST, 0 },
  { "drive", CV_CTX_STREET_EN | ST, 0 },
  { "crescent", CV_CTX_STREET_EN | ST, 0 },
  { "cres", CV_CTX_STREET_EN | ST, 0 },
  { "lane", CV_CTX_STREET_EN | ST, 0 },
  { "ln", CV_CTX_STREET_EN | ST, 0 },
  { "way", CV_CTX_STREET_EN | ST, 0 },
  { "court", CV_CTX_STREET_EN | ST, 0 },
  { "ct", CV_CTX_STREET_EN | ST, 0 },
  { "pl", CV_CTX_STREET_EN | ST, 0 },
  { "terrace", CV_CTX_STREET_EN | ST, 0 },
  { "circle", CV_CTX_STREET_EN | ST, 0 },
  { "cir", CV_CTX_STREET_EN | ST, 0 },
  { "parkway", CV_CTX_STREET_EN | ST, 0 },
  { "pkwy", CV_CTX_STREET_EN | ST, 0 },
  { "highway", CV_CTX_STREET_EN | CV_CTX_STREET_FR | ST, 0 },
  { "hwy", CV_CTX_STREET_EN | CV_CTX_STREET_FR | ST, 0 },
  { "trail", CV_CTX_STREET_EN | ST, 0 },
  { "sq", CV_CTX_STREET_EN | ST, 0 },
  { "grove", CV_CTX_STREET_EN | ST, 0 },
  { "heights", CV_CTX_STREET_EN | ST, 0 },
  { "gardens", CV_CTX_STREET_EN | ST, 0 },
  { "row", CV_CTX_STREET_EN | ST, 0 },
  { "close", CV_CTX_STREET_EN | ST, 0 },
  { "path", CV_CTX_STREET_EN | ST, 0 },
  { "alley", CV_CTX_STREET_EN | ST, 0 },
  { "walk", CV_CTX_STREET_EN | ST, 0 },
  { "park", CV_CTX_STREET_EN | ST, 0 },
  { "plaza", CV_CTX_STREET_EN | ST, 0 },
  /* months */
  { "janvier", CV_CTX_MONTH | ST, 1 },
  { "janv", CV_CTX_MONTH | ST, 1 },
  { "fevrier", CV_CTX_MONTH | ST, 2 },
  { "fevr", CV_CTX_MONTH | ST, 2 },
  { "fev", CV_CTX_MONTH | ST, 2 },
  { "mars", CV_CTX_MONTH | ST, 3 },
  { "avril", CV_CTX_MONTH | ST, 4 },
  { "avr", CV_CTX_MONTH | ST, 4 },
  { "mai", CV_CTX_MONTH | ST, 5 },
  { "juin", CV_CTX_MONTH | ST, 6 },
  { "juillet", CV_CTX_MONTH | ST, 7 },
  { "juil", CV_CTX_MONTH | ST, 7 },
  { "juill", CV_CTX_MONTH | ST, 7 },
  { "aout", CV_CTX_MONTH | ST, 8 },
  { "aou", CV_CTX_MONTH | ST, 8 }, /* "03-AOÛ-49" */
  { "septembre", CV_CTX_MONTH | ST, 9 },
  { "octobre", CV_CTX_MONTH | ST, 10 },
  { "novembre", CV_CTX_MONTH | ST, 11 },
  { "decembre", CV_CTX_MONTH | ST, 12 },
  { "january", CV_CTX_MONTH | ST, 1 },
  { "jan", CV_CTX_MONTH | ST, 1 },
  { "february", CV_CTX_MONTH | ST, 2 },
  { "feb", CV_CTX_MONTH | ST, 2 },
  { "march", CV_CTX_MONTH | ST, 3 },
  { "mar", CV_CTX_MONTH | ST, 3 },
  { "april", CV_CTX_MONTH | ST, 4 },
  { "apr", CV_CTX_MONTH | ST, 4 },
  { "may", CV_CTX_MONTH | ST, 5 },
  { "june", CV_CTX_MONTH | ST, 6 },
  { "jun", CV_CTX_MONTH | ST, 6 },
  { "july", CV_CTX_MONTH | ST, 7 },
  { "jul", CV_CTX_MONTH | ST, 7 },
  { "august", CV_CTX_MONTH | ST, 8 },
  { "aug", CV_CTX_MONTH | ST, 8 },
  { "september", CV_CTX_MONTH | ST, 9 },
  { "sept", CV_CTX_MONTH | ST, 9 },
  { "sep", CV_CTX_MONTH | ST, 9 },
  { "october", CV_CTX_MONTH | ST, 10 },
  { "oct", CV_CTX_MONTH | ST, 10 },
  { "november", CV_CTX_MONTH | ST, 11 },
  { "nov", CV_CTX_MONTH | ST, 11 },
  { "december", CV_CTX_MONTH | ST, 12 },
  { "dec", CV_CTX_MONTH | ST, 12 },
  /* name particles */
  { "du", CV_CTX_PARTICLE | ST, 0 },
  { "des", CV_CTX_PARTICLE | ST, 0 },
  { "la", CV_CTX_PARTICLE | ST, 0 },
  { "le", CV_CTX_PARTICLE | ST, 0 },
  { "van", CV_CTX_PARTICLE, 0 },
  { "von", CV_CTX_PARTICLE, 0 },
  { "der", CV_CTX_PARTICLE, 0 },
  { "den", CV_CTX_PARTICLE, 0 },
  { "da", CV_CTX_PARTICLE, 0 },
  { "di", CV_CTX_PARTICLE, 0 },
  { "del", CV_CTX_PARTICLE, 0 },
  { "dos", CV_CTX_PARTICLE, 0 },
  { "bin", CV_CTX_PARTICLE, 0 },
  { "ben", CV_CTX_PARTICLE, 0 },
  { "el", CV_CTX_PARTICLE, 0 },
  { "al", CV_CTX_PARTICLE, 0 },
  { "ait", CV_CTX_PARTICLE, 0 }, /* "Hicham Ait Ouali" */
  { "ould", CV_CTX_PARTICLE, 0 },
  /* IP addresses, versions */
  { "ip", CV_CTX_IP | ST, 0 },
  { "ipv4", CV_CTX_IP | ST, 0 },
  { "ipv6", CV_CTX_IP | ST, 0 },
  { "serveur", CV_CTX_IP | ST, 0 },
  { "server", CV_CTX_IP | ST, 0 },
  { "host", CV_CTX_IP | ST, 0 },
  { "hote", CV_CTX_IP | ST, 0 },
  { "version", CV_CTX_VERSION | ST, 0 },
  { "v", CV_CTX_VERSION, 0 },
  { "release", CV_CTX_VERSION | ST, 0 },
  { "firmware", CV_CTX_VERSION | ST, 0 },
  { "build", CV_CTX_VERSION | ST, 0 },
  /* addresses */
  { "adresse", CV_CTX_ADDRLABEL | ST, 0 },
  { "address", CV_CTX_ADDRLABEL | ST, 0 },
  { "residence", CV_CTX_ADDRLABEL | ST, 0 },
  { "demeurant", CV_CTX_ADDRLABEL | ST, 0 },
  { "residant", CV_CTX_ADDRLABEL | ST, 0 },
  { "habite", CV_CTX_ADDRLABEL | ST, 0 },
  { "lives", CV_CTX_ADDRLABEL | ST, 0 },
  { "resides", CV_CTX_ADDRLABEL | ST, 0 },
  { "app", CV_CTX_UNIT | ST, 0 },
  { "appartement", CV_CTX_UNIT | ST, 0 },
  { "apt", CV_CTX_UNIT | ST, 0 },
  { "apartment", CV_CTX_UNIT | ST, 0 },
  { "bureau", CV_CTX_UNIT | ST, 0 },
  { "suite", CV_CTX_UNIT | ST, 0 },
  { "unite", CV_CTX_UNIT | ST, 0 },
  { "unit", CV_CTX_UNIT | ST, 0 },
  { "local", CV_CTX_UNIT | ST, 0 },
  { "logement", CV_CTX_UNIT | ST, 0 },
  { "flat", CV_CTX_UNIT | ST, 0 },
  { "plot", CV_CTX_UNIT | ST, 0 },
  { "floor", CV_CTX_UNIT | ST, 0 },
  { "etage", CV_CTX_UNIT | ST, 0 },
  { "courriel", CV_CTX_EMAILCTX | ST, 0 },
  { "email", CV_CTX_EMAILCTX | ST, 0 },
  { "e-mail", CV_CTX_EMAILCTX | ST, 0 },
  { "mail", CV_CTX_EMAILCTX | ST, 0 },
  /* chairs of a meeting (job titles: "Chair: Jun Park") */
  { "chair", CV_CTX_ROLE, 0 },
  { "rep", CV_CTX_ROLE, 0 },
  { "chairperson", CV_CTX_ROLE, 0 },
  { "treasurer", CV_CTX_ROLE, 0 },
  { "tresorier", CV_CTX_ROLE, 0 },
  { "tresoriere", CV_CTX_ROLE, 0 },
  { "administrateur", CV_CTX_ROLE, 0 },
  { "administratrice", CV_CTX_ROLE, 0 },
  { "administrator", CV_CTX_ROLE, 0 },
  { "animateur", CV_CTX_ROLE, 0 },
  { "animatrice", CV_CTX_ROLE, 0 },
  { "facilitator", CV_CTX_ROLE, 0 },
  { "moderator", CV_CTX_ROLE, 0 },
  /* French conjunctions and adverbs opening a clause ("Si Marie appelle",
   * "Quand Julie arrive", "Lorsque Yves a signé") */
  { "si", ST, 0 },
  { "quand", ST, 0 },
  { "mais", ST, 0 },
  { "donc", ST, 0 },
  { "puis", ST, 0 },
  { "lorsque", ST, 0 },
  { "alors", ST, 0 },
  { "ensuite", ST, 0 },
  { "cependant", ST, 0 },
  { "pourtant", ST, 0 },
  { "toutefois", ST, 0 },
  { "sinon", ST, 0 },
  { "puisque", ST, 0 },
  { "parce", ST, 0 },
  { "comme", ST, 0 },
  { "que", ST, 0 },
  /* resolutions in minutes ("ATTENDU QUE", "IL EST RÉSOLU", "BE IT
   * RESOLVED") */
  { "attendu", ST, 0 },
  { "considerant", ST, 0 },
  { "resolu", ST, 0 },
  { "resolved", ST, 0 },
  /* chat and e-mail abbreviations ("lol", "btw Kevin", "Thx Mike") */
  { "lol", ST, 0 },
  { "btw", ST, 0 },
  { "fyi", ST, 0 },
  { "asap", ST, 0 },
  { "tbh", ST, 0 },
  { "idk", ST, 0 },
  { "omg", ST, 0 },
  { "thx", CV_CTX_CLOSE | ST, 0 },
  { "tks", ST, 0 },
  { "imo", ST, 0 },
  { "brb", ST, 0 },
  { "ttyl", ST, 0 },
  { "mdr", ST, 0 },
  { "ptdr", ST, 0 },
  { "stp", ST, 0 },
  { "svp", ST, 0 },
  { "bcp", ST, 0 },
  { "tkt", ST, 0 },
  { "dsl", ST, 0 },
  { "rdv", ST, 0 },
  /* degrees and professional designations after a name ("Marc Dubois,
   * PhD, CRHA", "Ana Silva, RN, BScN") */
  { "phd", ST, 0 },
  { "msc", ST, 0 },
  { "mba", ST, 0 },
  { "bsc", ST, 0 },
  { "bscn", ST, 0 },
  { "msw", ST, 0 },
  { "bsw", ST, 0 },
  { "llb", ST, 0 },
  { "llm", ST, 0 },
  { "cpa", ST, 0 },
  { "cga", ST, 0 },
  { "crha", ST, 0 },
  { "cria", ST, 0 },
  { "frcpc", ST, 0 },
  { "frcsc", ST, 0 },
  { "ccmf", ST, 0 },
  { "mdcm", ST, 0 },
  { "rn", ST, 0 },
  { "dmd", ST, 0 },
  { "psyd", ST, 0 },
  { "pht", ST, 0 },
  { "erg", ST, 0 },
  { "inf", ST, 0 },
  { "adm", ST, 0 },
  { "pmp", ST, 0 },
  /* Québec public bodies and networks by their initials ("le CSSS
   * Jeanne-Mance", "l'OMH de Gatineau", "BAnQ") */
  { "ciusss", ST, 0 },
  { "cisss", ST, 0 },
  { "csss", ST, 0 },
  /* (an organisation's head but no stop word: Chu is a surname too) */
  { "chu", CV_CTX_ORG, 0 },
  { "chuq", ST, 0 },
  { "omh", ST, 0 },
  { "ohq", ST, 0 },
  { "opc", ST, 0 },
  { "banq", ST, 0 },
  { "cnesst", ST, 0 },
  { "csst", ST, 0 },
  { "dpj", ST, 0 },
  { "taq", ST, 0 },
  { "msss", ST, 0 },
  { "shq", ST, 0 },
  { "rqap", ST, 0 },
  { "ccq", ST, 0 },
  { "stm", ST, 0 },
  { "rtc", ST, 0 },
  { "ivac", ST, 0 },
  { "cdpdj", ST, 0 },
  { "amf", ST, 0 },
  { "mrc", ST, 0 },
  { "uqam", ST, 0 },
  { "uqar", ST, 0 },
  { "uqtr", ST, 0 },
  { "cssdm", ST, 0 },
  { "spvm", ST, 0 },
  { "spvq", ST, 0 },
  { "sq", ST, 0 },
  { "grc", ST, 0 },
  { "rcmp", ST, 0 },
  { "arc", ST, 0 },
  { "cra", ST, 0 },
  { "ircc", ST, 0 },
  { "edsc", ST, 0 },
  { "esdc", ST, 0 },
  /* never names: organisation words, places, function words */
  { "clients", ST, 0 },
  { "clientele", ST, 0 },
  { "service", ST, 0 },
  { "services", ST, 0 },
  { "branch", ST, 0 },
  { "direction", ST, 0 },
  { "ministere", ST, 0 },
  { "ministry", ST, 0 },
  { "department", ST, 0 },
  { "office", ST, 0 },
  { "commission", ST, 0 },
  { "secretariat", ST, 0 },
  { "protecteur", ST, 0 },
  { "protectrice", ST, 0 },
  { "citoyen", ST, 0 },
  { "loi", ST, 0 },
  { "act", ST, 0 },
  { "section", CV_CTX_VERSION | ST, 0 }, /* "section 4.2.1.3": no IP */
  { "chapter", CV_CTX_VERSION | ST, 0 },
  { "chapitre", CV_CTX_VERSION | ST, 0 },
  { "reglement", ST, 0 },
  { "regulation", ST, 0 },
  { "gouvernement", ST, 0 },
  { "government", ST, 0 },
  { "quebec", ST, 0 },
  { "canada", ST, 0 },
  { "montreal", ST, 0 },
  { "ottawa", ST, 0 },
  { "toronto", ST, 0 },
  { "ontario", ST, 0 },
  { "the", ST, 0 },
  { "les", ST, 0 },
  { "un", ST, 0 },
  { "une", ST, 0 },
  { "a", ST, 0 },
  { "an", ST, 0 },
  { "this", ST, 0 },
  { "ce", ST, 0 },
  { "cette", ST, 0 },
  { "votre", ST, 0 },
  { "your", ST, 0 },
  { "our", ST, 0 },
  { "notre", ST, 0 },
  { "nos", ST, 0 },
  { "vos", ST, 0 },
  { "objet", ST, 0 },
  { "re", ST, 0 },
  { "subject", ST, 0 },
  { "formulaire", ST, 0 },
  { "form", ST, 0 },
  { "renseignements", ST, 0 },
  { "information", ST, 0 },
  { "personnels", ST, 0 },
  { "personal", ST, 0 },
  { "centre", ST, 0 },
  { "centre-ville", ST, 0 },
  { "center", ST, 0 },
  { "hopital", ST, 0 },
  { "hospital", ST, 0 },
  { "universite", ST, 0 },
  { "university", ST, 0 },
  { "ecole", ST, 0 },
  { "school", ST, 0 },
  { "college", ST, 0 },
  { "inc", ST, 0 },
  { "ltee", ST, 0 },
  { "ltd", ST, 0 },
  { "corporation", ST, 0 },
  { "groupe", ST, 0 },
  { "group", ST, 0 },
  { "association", ST, 0 },
  { "conseil", ST, 0 },
  { "council", ST, 0 },
  { "comite", ST, 0 },
  { "committee", ST, 0 },
  { "tribunal", ST, 0 },
  { "cour", ST, 0 },
  { "regie", ST, 0 },
  { "agence", ST, 0 },
  { "agency", ST, 0 },
  { "societe", ST, 0 },
  { "fondation", ST, 0 },
  { "foundation", ST, 0 },
  { "institut", ST, 0 },
  { "institute", ST, 0 },
  { "programme", ST, 0 },
  { "program", ST, 0 },
  { "unite", ST, 0 },
  { "equipe", ST, 0 },
  { "team", ST, 0 },
  { "division", ST, 0 },
  { "secteur", ST, 0 },
  { "region", ST, 0 },
  { "ville", ST, 0 },
  { "city", ST, 0 },
  { "municipalite", ST, 0 },
  { "province", ST, 0 },
  { "etat", ST, 0 },
  { "sante", ST, 0 },
  { "revenu", ST, 0 },
  { "finances", ST, 0 },
  { "justice", ST, 0 },
  { "education", ST, 0 },
  { "famille", ST, 0 },
  { "emploi", ST, 0 },
  { "solidarite", ST, 0 },
  { "transports", ST, 0 },
  { "environnement", ST, 0 },
  { "securite", ST, 0 },
  { "publique", ST, 0 },
  { "public", ST, 0 },
  { "affaires", ST, 0 },
  { "relations", ST, 0 },
  { "immigration", ST, 0 },
  { "saint", ST, 0 },
  { "sainte", ST, 0 },
  { "ste", ST, 0 },
  { "note", ST, 0 },
  { "appel", ST, 0 },
  { "veuillez", ST, 0 },
  { "please", ST, 0 },
  { "thank", CV_CTX_CLOSE | ST, 0 },
  { "nous", ST, 0 },
  { "we", ST, 0 },
  { "je", ST, 0 },
  { "i", ST, 0 },
  { "vous", ST, 0 },
  { "you", ST, 0 },
  { "il", ST, 0 },
  { "elle", ST, 0 },
  { "elles", ST, 0 },
  { "ils", ST, 0 },
  { "he", ST, 0 },
  { "she", ST, 0 },
  { "they", ST, 0 },
  { "sir", ST, 0 },
  { "madam", ST, 0 },
  { "mesdames", ST, 0 },
  { "messieurs", ST, 0 },
  { "gentlemen", ST, 0 },
  { "all", ST, 0 },
  { "tous", ST, 0 },
  { "toutes", ST, 0 },
  { "colleagues", ST, 0 },
  { "collegues", ST, 0 },
  { "customer", LB | ST, 0 },
  { "date", ST, 0 },
  { "numero", ST, 0 },
  { "number", ST, 0 },
  { "no", ST, 0 },
  { "pour", ST, 0 },
  { "for", ST, 0 },
  { "and", ST, 0 },
  { "et", ST, 0 },
  { "ou", ST, 0 },
  { "or", ST, 0 },
  { "of", ST, 0 },
  { "in", ST, 0 },
  { "en", ST, 0 },
  { "au", ST, 0 },
  { "aux", ST, 0 },
  { "with", ST, 0 },
  { "avec", ST, 0 },
  { "sur", ST, 0 },
  { "on", ST, 0 },
  { "at", ST, 0 },
  { "to", ST, 0 },
  { "from", ST, 0 },
  { "lundi", ST, 0 },
  { "mardi", ST, 0 },
  { "mercredi", ST, 0 },
  { "jeudi", ST, 0 },
  { "vendredi", ST, 0 },
  { "samedi", ST, 0 },
  { "dimanche", ST, 0 },
  { "monday", ST, 0 },
  { "tuesday", ST, 0 },
  { "wednesday", ST, 0 },
  { "thursday", ST, 0 },
  { "friday", ST, 0 },
  { "saturday", ST, 0 },
  { "sunday", ST, 0 },
  { "rlrq", ST, 0 },
  { "cqlr", ST, 0 },
  { "qc", ST, 0 },
  { "ca", ST, 0 },
  { "inc", ST, 0 },
  { "objet", ST, 0 },
  { "tel", ST, 0 },
  { "internet", ST, 0 },
  { "web", ST, 0 },
  { "site", ST, 0 },
  { "page", ST, 0 },
  { "annexe", ST, 0 },
  { "appendix", ST, 0 },
  { "schedule", ST, 0 },
  { "partie", ST, 0 },
  { "part", ST, 0 },
  { "titre", ST, 0 },
  { "title", ST, 0 },
  { "table", ST, 0 },
  { "total", ST, 0 },
  { "acces", ST, 0 },
  { "access", ST, 0 },
  { "documents", ST, 0 },
  { "document", ST, 0 },
  { "protection", ST, 0 },
  { "privacy", ST, 0 },
  { "commissaire", ST, 0 },
  { "commissioner", ST, 0 },
  { "registre", ST, 0 },
  { "registry", ST, 0 },
  { "archives", ST, 0 },
  { "bibliotheque", ST, 0 },
  { "library", ST, 0 },
  { "hydro-quebec", ST, 0 },
  /* firms and services a citizen's file names as the subject of a
   * sentence ("Vidéotron a coupé le service", "Equifax says"); not those
   * that are surnames or given names too (Desjardins, Rogers, Brunet,
   * Coutu, Rona, Bombardier) */
  { "videotron", ST, 0 },
  { "cogeco", ST, 0 },
  { "telus", ST, 0 },
  { "koodo", ST, 0 },
  { "fizz", ST, 0 },
  { "pharmaprix", ST, 0 },
  { "uniprix", ST, 0 },
  { "familiprix", ST, 0 },
  { "proxim", ST, 0 },
  { "loto-quebec", ST, 0 },
  { "energir", ST, 0 },
  { "gazifere", ST, 0 },
  { "beneva", ST, 0 },
  { "sepaq", ST, 0 },
  { "purolator", ST, 0 },
  { "fedex", ST, 0 },
  { "costco", ST, 0 },
  { "walmart", ST, 0 },
  { "dollarama", ST, 0 },
  { "provigo", ST, 0 },
  { "loblaws", ST, 0 },
  { "sobeys", ST, 0 },
  { "canac", ST, 0 },
  { "couche-tard", ST, 0 },
  { "interac", ST, 0 },
  { "equifax", ST, 0 },
  { "transunion", ST, 0 },
  { "mastercard", ST, 0 },
  { "paypal", ST, 0 },
  { "airbnb", ST, 0 },
  { "kijiji", ST, 0 },
  { "facebook", ST, 0 },
  { "instagram", ST, 0 },
  { "whatsapp", ST, 0 },
  { "snapchat", ST, 0 },
  { "tiktok", ST, 0 },
  { "netflix", ST, 0 },
  { "uber", ST, 0 },
  { "microsoft", ST, 0 },
  { "google", ST, 0 },
  { "samsung", ST, 0 },
  { "westjet", ST, 0 },
  { "bixi", ST, 0 },
  { "communauto", ST, 0 },
  { "covid", ST, 0 },
  { "covid-19", ST, 0 },
  { "desjardins", 0, 0 },
  /* banks and insurers named alone ("Forwarded to Scotiabank on …") */
  { "scotiabank", ST, 0 },
  { "cibc", ST, 0 },
  { "manulife", ST, 0 },
  { "bmo", ST, 0 },
  { "rbc", ST, 0 },
  { "tangerine", ST, 0 },
  { "simplii", ST, 0 },
  { "wawanesa", ST, 0 },
  { "beneva", ST, 0 },
  { "madame", T | ST, 0 },
  { "ministre", ST, 0 },
  { "minister", ST, 0 },
  { "premier", ST, 0 },
  { "premiere", ST, 0 },
  { "president", ST, 0 },
  { "presidente", ST, 0 },
  { "directeur", ST, 0 },
  { "directrice", ST, 0 },
  { "director", ST, 0 },
  /* trades named before a name ("Producer Mikkel Mazzi", "guitarist Jon
   * Buck") */
  { "producer", ST, 0 },
  { "guitarist", ST, 0 },
  { "drummer", ST, 0 },
  { "bassist", ST, 0 },
  { "actor", ST, 0 },
  { "actress", ST, 0 },
  { "writer", ST, 0 },
  { "player", ST, 0 },
  { "journalist", ST, 0 },
  { "reporter", ST, 0 },
  { "editor", ST, 0 },
  { "photographer", ST, 0 },
  { "artist", ST, 0 },
  { "musician", ST, 0 },
  { "chef", ST, 0 },
  { "chief", ST, 0 },
  { "general", ST, 0 },
  { "generale", ST, 0 },
  { "adjoint", ST, 0 },
  { "adjointe", ST, 0 },
  { "sous-ministre", ST, 0 },
  { "deputy", ST, 0 },
  { "est", ST, 0 },
  { "ouest", ST, 0 },
  { "nord", ST, 0 },
  { "sud", ST, 0 },
  { "east", ST, 0 },
  { "west", ST, 0 },
  { "north", ST, 0 },
  { "south", ST, 0 },
  { "sincere", ST, 0 },
  { "avis", ST, 0 },
  { "notice", ST, 0 },
  { "decision", ST, 0 },
  { "lettre", ST, 0 },
  { "letter", ST, 0 },
  { "rapport", ST, 0 },
  { "report", ST, 0 },
  { "bulletin", ST, 0 },
  { "courrier", ST, 0 },
  { "message", CV_CTX_PHONE | ST, 0 },
  { "copie", ST, 0 },
  { "copy", ST, 0 },
  { "cc", ST, 0 },
  { "pj", ST, 0 },
  { "ps", ST, 0 },
  { "stn", ST, 0 }, /* a post office's station: "PO Box 12, Stn Main" */
  { "succ", ST, 0 },
  { "nb", ST, 0 },
/* organisations and places named after people: the name follows */
#define OG CV_CTX_ORG | ST
  { "pharmacie", OG, 0 },
  { "arena", OG, 0 },
  { "stade", OG, 0 },
  { "ecole", OG, 0 },
  { "college", OG, 0 },
  { "cegep", OG, 0 },
  { "universite", OG, 0 },
  { "hopital", OG, 0 },
  { "centre", OG, 0 },
  { "gmf", OG, 0 }, /* groupe de médecine de famille */
  { "gmf-u", OG, 0 },
  { "clsc", OG, 0 },
  { "chsld", OG, 0 },
  { "pavillon", OG, 0 },
  { "bibliotheque", OG, 0 },
  { "fondation", OG, 0 },
  { "institut", OG, 0 },
  { "caisse", OG, 0 },
  { "maison", OG, 0 },
  { "parc", OG, 0 },
  { "eglise", OG, 0 },
  { "paroisse", OG, 0 },
  { "clinique", OG, 0 },
  { "polyvalente", OG, 0 },
  { "academie", OG, 0 },
  { "musee", OG, 0 },
  { "theatre", OG, 0 },
  { "station", OG, 0 },
  { "metro", OG, 0 },
  { "aeroport", OG, 0 },
  { "pont", OG, 0 },
  { "campus", OG, 0 },
  { "complexe", OG, 0 },
  { "carrefour", OG, 0 },
  { "galeries", OG, 0 },
  { "uniprix", OG, 0 },
  { "scolaire", OG, 0 },
  { "commission", OG, 0 },
  { "university", OG, 0 },
  { "museum", OG, 0 },
  { "library", OG, 0 },
  { "foundation", OG, 0 },
  { "institute", OG, 0 },
  { "saint", OG, 0 },
  { "sainte", OG, 0 },
  { "residence", OG, 0 },
  { "foyer", OG, 0 },
  { "garderie", OG, 0 },
  { "cpe", OG, 0 },
  { "depanneur", OG, 0 },
  { "restaurant", OG, 0 },
  { "garage", OG, 0 },
  { "boulangerie", OG, 0 },
  { "epicerie", OG, 0 },
  { "salle", OG, 0 },
  { "marche", OG, 0 },
  { "lac", OG, 0 },
  { "mont", OG, 0 },
  { "riviere", OG, 0 },
  { "ile", OG, 0 },
  { "autoroute", OG, 0 },
  { "district", OG, 0 },
  { "gestion", OG, 0 },
  { "entreprises", OG, 0 },
  { "immeubles", OG, 0 },
  { "placements", OG, 0 },
  { "investissements", OG, 0 },
  { "consultants", OG, 0 },
  { "transports", OG, 0 },
  { "distribution", OG, 0 },
  { "productions", OG, 0 },
  { "editions", OG, 0 },
  { "notaires", OG, 0 }, /* "Notaires Sarkisyan et Associés" */
  { "demenagement", OG, 0 },
  { "demenagements", OG, 0 },
  { "avocats", OG, 0 },
  { "voyages", OG, 0 },     /* "Voyages Levbaum" */
  { "refuge", OG, 0 },      /* "Refuge Sebag" (animals) */
  { "plomberie", OG, 0 },   /* "Plomberie Cheetham" */
  { "mecanique", OG, 0 },   /* "Mécanique Sternwitz" */
  { "autocars", OG, 0 },    /* "Autocars Orléans Express" */
  { "pourvoirie", OG, 0 },  /* "Pourvoirie Manitau" (outfitters) */
  { "usinage", OG, 0 },     /* "Usinage Finnigan" */
  { "domaine", OG, 0 },     /* "Domaine Chouinard" (a venue, a vineyard) */
  { "groupe", OG, 0 },      /* "Groupe Kielty" */
  { "renovations", OG, 0 }, /* "Rénovations Taillefer et fils" */
#undef OG
#define OT CV_CTX_ORGTAIL | ST
  { "inc", OT, 0 },
  { "ltee", OT, 0 },
  { "ltd", OT, 0 },
  { "llc", OT, 0 },
  { "corp", OT, 0 },
  { "enr", OT, 0 },
  { "senc", OT, 0 },
  { "construction", OT, 0 },
  { "outfitters", OT, 0 },
  { "trucking", OT, 0 },
  { "machining", OT, 0 },
  { "transport", OT, 0 },
  { "pharmacy", OT, 0 },
  { "hospital", OT, 0 },
  { "college", OT, 0 },
  { "arena", OT, 0 },
  { "school", OT, 0 },
  { "board", OT, 0 },
  { "university", OT, 0 },
  { "campus", OT, 0 },
  { "foundation", OT, 0 },
  { "institute", OT, 0 },
  { "residence", OT, 0 },
  { "bank", OT, 0 },
  { "airport", OT, 0 },
  { "centre", OT, 0 },
  { "center", OT, 0 },
  { "library", OT, 0 },
  { "clinic", OT, 0 },
  { "church", OT, 0 },
  { "aid", OT, 0 }, /* "Legal Aid" */
  { "shelter", OT, 0 },
  { "hortons", OT, 0 },
  { "group", OT, 0 },
  { "associates", OT, 0 },
  { "partners", OT, 0 },
  { "stadium", OT, 0 },
  { "bridge", OT, 0 },
  { "tower", OT, 0 },
  { "building", OT, 0 },
  { "hall", OT, 0 },
  { "river", OT, 0 },
  { "lake", OT, 0 },
  { "mountain", OT, 0 },
  { "county", OT, 0 },
  { "township", OT, 0 },
  { "district", OT, 0 },
  { "mall", OT, 0 },
  { "market", OT, 0 },
  { "house", OT, 0 },
  { "centres", OT, 0 },
  { "centers", OT, 0 },
  { "hotel", OT, 0 },
  { "museum", OT, 0 },
  { "park", OT, 0 },
  { "square", OT, 0 },
  { "academy", OT, 0 },
  { "society", OT, 0 },
  { "company", OT, 0 },
  { "corporation", OT, 0 },
  { "industries", OT, 0 },
  { "enterprises", OT, 0 },
  { "holdings", OT, 0 },
  { "technologies", OT, 0 },
  { "technology", OT, 0 },
  { "systems", OT, 0 },
  { "solutions", OT, 0 },
  { "consulting", OT, 0 },
  { "labs", OT, 0 },
  { "software", OT, 0 },
  { "networks", OT, 0 },
  { "logistics", OT, 0 },
  { "pharmaceuticals", OT, 0 },
  { "communications", OT, 0 },
  { "chapel", OT, 0 },
  { "cathedral", OT, 0 },
  { "mosque", OT, 0 },
  { "temple", OT, 0 },
  { "synagogue", OT, 0 },
  { "manor", OT, 0 },
  { "lodge", OT, 0 },
  { "gardens", OT, 0 },
  { "theatre", OT, 0 },
  { "theater", OT, 0 },
  /* media, bodies and events named with a capitalised word before ("Fuse
   * TV", "Entertainment Weekly", "European Union", "Border Force"; not
   * "Day", a surname too: "At noon Doris Day left") */
  { "tv", OT, 0 },
  { "fm", OT, 0 },
  { "radio", OT, 0 },
  { "news", OT, 0 },
  { "weekly", OT, 0 },
  { "magazine", OT, 0 },
  { "journal", OT, 0 },
  { "gazette", OT, 0 },
  { "tribune", OT, 0 },
  { "union", OT, 0 },
  { "orchestra", OT, 0 },
  { "club", OT, 0 },
  /* insurers, care services and missions ("Wawanesa Insurance", "Bright
   * Beginnings Child Care", "Old Brewery Mission") */
  { "insurance", OT, 0 },
  { "assurance", OT, 0 },
  { "care", OT, 0 },
  { "mission", OT, 0 },
  { "council", OT, 0 },
  { "agency", OT, 0 },
  { "force", OT, 0 },
  { "festival", OT, 0 },
  { "assurances", OT, 0 }, /* "Desjardins Assurances" */
  /* trades and services named after their owner ("Nzungo Hardware",
   * "Vartians Bus Lines", "Ashalak Legal Services", "Nazarian et Associés") */
  { "hardware", OT, 0 },
  { "plumbing", OT, 0 },
  { "bakery", OT, 0 },
  { "lines", OT, 0 },
  { "services", OT, 0 },
  { "movers", OT, 0 },
  { "roofing", OT, 0 },
  { "garage", OT, 0 },
  { "motors", OT, 0 },
  { "cleaners", OT, 0 },
  { "catering", OT, 0 },
  { "landscaping", OT, 0 },
  { "renovations", OT, 0 },
  { "associes", OT, 0 },
  { "association", OT, 0 }, /* "Maple Leaf Minor Hockey Association" */
  { "dental", OT, 0 },      /* "Ursini Family Dental" */
  { "financial", OT, 0 },   /* "Simplii Financial" */
  { "freres", OT, 0 },      /* "Déménagement Poutat et frères" */
  { "associees", OT, 0 },
  /* firms named after their owners ("Girault & Lanteigne LLP", "Bezerra
   * Realty", "Hachem Property Management", "Arseneau Moving & Storage",
   * "Scarpelli Family Practice", "Venante Optometry", "Bell Media") */
  { "llp", OT, 0 },
  { "realty", OT, 0 },
  { "management", OT, 0 },
  { "storage", OT, 0 },
  { "moving", OT, 0 },
  { "practice", OT, 0 },
  { "optometry", OT, 0 },
  { "optometrie", OT, 0 },
  { "chiropractic", OT, 0 },
  { "physiotherapy", OT, 0 },
  { "veterinary", OT, 0 },
  { "media", OT, 0 },
  { "legion", OT, 0 },
  { "mart", OT, 0 },
  { "drugs", OT, 0 },
  { "trust", OT, 0 },    /* "Appleyard Community Trust" */
  { "rental", OT, 0 },   /* "Quebedeaux Car Rental" */
  { "electric", OT, 0 }, /* "Sachs Electric" */
  { "electrique", OT, 0 },
  { "body", OT, 0 }, /* "Carberry Auto Body" */
#undef OT
  /* digits spelled out: no category, value 100 + digit; their hits open
   * the pass of spelled phone numbers (scan-fields.c spelled_phone_run; "un",
   * "sept", "one" are too common or taken and are read only inside a run) */
  /* a truck's word: its plate may follow ("camion 334 ZLA"); value 120
   * makes a hit of it (scan-numbers.c) */
  { "camion", 0, 120 },
  { "camionnette", 0, 120 },
  { "truck", 0, 120 },
  { "zero", 0, 100 },
  { "deux", 0, 102 },
  { "trois", 0, 103 },
  { "quatre", 0, 104 },
  { "cinq", 0, 105 },
  { "six", 0, 106 },
  { "huit", 0, 108 },
  { "neuf", 0, 109 },
  { "two", 0, 102 },
  { "three", 0, 103 },
  { "four", 0, 104 },
  { "five", 0, 105 },
  { "seven", 0, 107 },
  { "eight", 0, 108 },
  { "nine", 0, 109 },
};
#undef T
#undef LB
#undef ST

#define STORED_CATS                                                            \
  (CV_CTX_SIN | CV_CTX_RAMQ | CV_CTX_LICENCE | CV_CTX_PASSPORT |               \
   CV_CTX_PHONE | CV_CTX_CARD | CV_CTX_BANK | CV_CTX_DOB | CV_CTX_IBAN |       \
   CV_CTX_NEG | CV_CTX_TITLE | CV_CTX_LABEL | CV_CTX_GREET | CV_CTX_REL |      \
   CV_CTX_CLOSE | CV_CTX_IP | CV_CTX_VERSION | CV_CTX_ADDRLABEL |              \
   CV_CTX_EMAILCTX | CV_CTX_ROLE | CV_CTX_ORG | CV_CTX_ORGTAIL |               \
   CV_CTX_STREET_FR | CV_CTX_STREET_EN | CV_CTX_POSTAL | CV_CTX_UNIT)

/* Gazetteer bits. */
#define GAZ_FIRST 1u
#define GAZ_LAST 2u

typedef struct {
  const char *key; /* folded word (static storage) */
  guint32 cats;    /* CV_CTX_* */
  guint16 value;   /* month number */
  guint8 len;      /* strlen(key) */
  guint8 gaz;      /* GAZ_* */
  guint64 h;       /* cv_word_hash() of the key */
} Entry;

#define TABLE_BITS 15
#define TABLE_SIZE (1u << TABLE_BITS)

/* Bloom filters keyed on (first three folded letters, folded length): the
 * word pass folds and looks up only the words that may be in the table. */
static guint64 *pass_bloom; /* words with a stored context category */
static guint64 *gaz_bloom;  /* gazetteer names */
#define bloom_key cv_ctx_key
#define PASS_KEY(k) CV_CTX_PASS_KEY(k)
#define PASS_KEY2(k) CV_CTX_PASS_KEY2(k)
#define PASS_TEST(k) cv_ctx_pass_test(pass_bloom, k)

guint32
cv_word_key(const char *folded, gsize len)
{
  return bloom_key(len > 0 ? (guint8)folded[0] : 0, len > 1 ? (guint8)folded[1] : 0,
                   len > 2 ? (guint8)folded[2] : 0, len);
}

#define bloom_test cv_ctx_bloom_test

static void
bloom_add(guint64 *bl, const char *key, gsize len)
{
  guint8 a = len > 0 ? (guint8)key[0] : 0, b = len > 1 ? (guint8)key[1] : 0,
         c = len > 2 ? (guint8)key[2] : 0;
  guint32 k = bloom_key(a, b, c, len);
  bl[k >> 6] |= (guint64)1 << (k & 63);
  /* "sœur" is 4 letters but folds to 5 bytes */
  if (memmem(key, len, "oe", 2) || memmem(key, len, "ae", 2)) {
    k = bloom_key(a, b, c, len - 1);
    bl[k >> 6] |= (guint64)1 << (k & 63);
  }
}

static Entry *entries;     /* all entries, index 0 unused */
static guint32 n_entries;  /* used entries */
static guint16 *slots;     /* TABLE_SIZE indices into entries, 0 = empty */

/* The table is indexed by cv_word_hash(), the hash the name model
 * computes for every token anyway: a token's look-up needs no hash of its
 * own (table_find_h). */
static Entry *
table_find_h(guint64 h, const char *key, gsize len)
{
  guint32 i0 = (guint32)(h >> 40) & (TABLE_SIZE - 1);
  for (;;) {
    guint16 i = slots[i0];
    if (i == 0)
      return NULL;
    Entry *e = &entries[i];
    if (e->h == h && e->len == len && memcmp(e->key, key, len) == 0)
      return e;
    i0 = (i0 + 1) & (TABLE_SIZE - 1);
  }
}

static inline Entry *
table_find(const char *key, gsize len)
{
  return table_find_h(cv_word_hash((const guint8 *)key, len), key, len);
}

static Entry *
table_insert(const char *key)
{
  gsize len = strlen(key);
  if (len == 0 || len > 255)
    return NULL;
  Entry *e = table_find(key, len);
  if (e)
    return e;
  g_assert(n_entries + 1 < TABLE_SIZE / 2);
  guint64 hh = cv_word_hash((const guint8 *)key, len);
  guint32 h = (guint32)(hh >> 40) & (TABLE_SIZE - 1);
  while (slots[h] != 0)
    h = (h + 1) & (TABLE_SIZE - 1);
  n_entries++;
  e = &entries[n_entries];
  e->key = key;
  e->len = (guint8)len;
  e->h = hh;
  slots[h] = (guint16)n_entries;
  return e;
}

static gpointer
table_build(gpointer unused)
{
  entries = g_new0(Entry, TABLE_SIZE / 2);
  slots = g_new0(guint16, TABLE_SIZE);
  for (gsize i = 0; i < cv_names_first_len; i++) {
    Entry *e = table_insert(cv_names_first[i]);
    if (e)
      e->gaz |= GAZ_FIRST;
  }
  for (gsize i = 0; i < cv_names_last_len; i++) {
    Entry *e = table_insert(cv_names_last[i]);
    if (e)
      e->gaz |= GAZ_LAST;
  }
  for (gsize i = 0; i < G_N_ELEMENTS(ctx_words); i++) {
    Entry *e = table_insert(ctx_words[i].word);
    if (!e)
      continue;
    e->cats |= ctx_words[i].cats;
    if (ctx_words[i].value)
      e->value = ctx_words[i].value;
    /* A word that is a context word is no gazetteer name. */
    if (ctx_words[i].cats & (CV_CTX_STOPNAME | CV_CTX_MONTH))
      e->gaz = 0;
  }
  pass_bloom = g_new0(guint64, (1u << CV_CTX_PASS_BITS) / 64);
  gaz_bloom = g_new0(guint64, (1u << CV_CTX_KEY_BITS) / 64);
  for (guint32 i = 1; i <= n_entries; i++) {
    Entry *e = &entries[i];
    if ((e->cats & STORED_CATS) || e->value >= 100) {
      guint32 k0 = cv_word_key(e->key, e->len);
      guint32 k = PASS_KEY(k0);
      pass_bloom[k >> 6] |= (guint64)1 << (k & 63);
      k = PASS_KEY2(k0);
      pass_bloom[k >> 6] |= (guint64)1 << (k & 63);
      if (memmem(e->key, e->len, "oe", 2) || memmem(e->key, e->len, "ae", 2)) {
        k0 = bloom_key((guint8)e->key[0], (guint8)e->key[1], (guint8)e->key[2], e->len - 1);
        k = PASS_KEY(k0);
        pass_bloom[k >> 6] |= (guint64)1 << (k & 63);
        k = PASS_KEY2(k0);
        pass_bloom[k >> 6] |= (guint64)1 << (k & 63);
      }
    }
    if (e->gaz)
      bloom_add(gaz_bloom, e->key, e->len);
  }
  return NULL;
}

static void
table_init(void)
{
  static GOnce once = G_ONCE_INIT;
  g_once(&once, table_build, NULL);
}

guint32
cv_ctx_lookup(const char *folded, gsize len, guint16 *value)
{
  table_init();
  Entry *e = table_find(folded, len);
  if (!e)
    return 0;
  if (value)
    *value = e->value;
  return e->cats;
}

static gboolean
gaz_has(const char *folded, gsize len, guint8 bit)
{
  table_init();
  Entry *e = table_find(folded, len);
  if (e && (e->gaz & bit))
    return TRUE;
  /* Hyphenated: every part must be in the list (Marie-Ève, Jean-Pierre). */
  const char *dash = memchr(folded, '-', len);
  if (!dash)
    return FALSE;
  const char *p = folded, *end = folded + len;
  while (p < end) {
    const char *q = memchr(p, '-', (gsize)(end - p));
    if (!q)
      q = end;
    e = table_find(p, (gsize)(q - p));
    if (!e || !(e->gaz & bit))
      return FALSE;
    p = q + 1;
  }
  return TRUE;
}

void
cv_ctx_lookup_all_h(const char *folded, gsize len, guint64 h, guint32 *cats,
                    guint8 *gaz)
{
  table_init();
  Entry *e = table_find_h(h, folded, len);
  *cats = e ? e->cats : 0;
  *gaz = 0;
  if (e) {
    *gaz = (e->gaz & GAZ_FIRST ? 1 : 0) | (e->gaz & GAZ_LAST ? 2 : 0);
  } else if (memchr(folded, '-', len)) {
    *gaz = (gaz_has(folded, len, GAZ_FIRST) ? 1 : 0) |
           (gaz_has(folded, len, GAZ_LAST) ? 2 : 0);
  }
}

void
cv_ctx_lookup_all(const char *folded, gsize len, guint32 *cats, guint8 *gaz)
{
  cv_ctx_lookup_all_h(folded, len, cv_word_hash((const guint8 *)folded, len),
                      cats, gaz);
}

gboolean
cv_gazetteer_first(const char *folded, gsize len)
{
  return gaz_has(folded, len, GAZ_FIRST);
}

gboolean
cv_gazetteer_last(const char *folded, gsize len)
{
  return gaz_has(folded, len, GAZ_LAST);
}

/* ---- the word pass ------------------------------------------------------ */


static void
add_hit(CvScan *scan, gsize s, gsize e, guint32 cats, guint16 value,
        guint16 flags)
{
  CvCtxHit h = {(guint32)s, (guint32)e, cats, value, flags};
  g_array_append_val(scan->hits, h);
}

/* Step 1 — a plain lower-case ASCII word [p, q) (not followed by a
 * joiner): it is its own folded form; one filter test on its first three
 * letters and length, a table look-up only if it passes. */
void
cv_ctx_plain_lookup(CvScan *scan, const char *p, const char *q, guint64 h)
{
  gsize n = (gsize)(q - p);
  Entry *e = table_find_h(h, p, n);
  if (e && ((e->cats & STORED_CATS) || e->value >= 100))
    add_hit(scan, (gsize)(p - scan->text), (gsize)(q - scan->text),
            e->cats & STORED_CATS, e->value, 0);
}

static inline void
ctx_plain_word(CvScan *scan, const char *p, const char *q)
{
  if (cv_ctx_plain_maybe(pass_bloom, p, (gsize)(q - p)))
    cv_ctx_plain_lookup(scan, p, q,
                        cv_word_hash((const guint8 *)p, (gsize)(q - p)));
}

/* End of the run of ASCII letters (any case) after the first one at @p,
 * eight bytes at a time. */
static inline const char *
ascii_run_end(const char *p, const char *end)
{
  const char *q = p + 1;
  const guint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  for (;;) {
    if (end - q < 8) {
      while (q < end && (cv_cls[(guint8)*q] & (CV_C_UPPER | CV_C_LOWER)))
        q++;
      return q;
    }
    guint64 x;
    memcpy(&x, q, 8);
    guint64 y = (x | (ones * 0x20)) & ~highs;
    guint64 ge = (y + ones * (0x80 - 'a')) & highs;
    guint64 gt = (y + ones * (0x80 - 'z' - 1)) & highs;
    guint64 let = ge & ~gt & ~x & highs;
    if (let != highs)
      return q + (__builtin_ctzll(~let & highs) >> 3);
    q += 8;
  }
}

/* Step 2 — the filter for any other word at @p (capitalised, accented,
 * joined): folds its first three letters and counts the rest; records a
 * capitalised word (scan->capwords); skips a French elision (l', d',
 * qu'), a letter identifier (cv_letter_id_at) and a word that can be in
 * no table.  Returns where the scan goes on, or NULL if the word must be
 * read whole (step 3). */
static const char *
ctx_filter(CvScan *scan, const char *p)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  guint8 c = (guint8)*p;
  const char *q = p;
  guint8 f3[3] = { 0, 0, 0 };
  gsize nf = 0;
  gsize cl0;
  gboolean up0;
  if (!cv_letter_at(q, end, &cl0, &up0))
    return p + 1;
  gboolean cap0 = up0;
  if (c >= 'A' && c <= 'Z' && q + 1 < end &&
      !(cv_cls[(guint8)q[1]] & CV_C_LOWER)) {
    const char *idend = cv_letter_id_at(scan, q);
    if (idend)
      return idend;
  }
  while (q < end) {
    guint8 b = (guint8)*q;
    if (b < 0x80) {
      if (!(cv_cls[b] & (CV_C_UPPER | CV_C_LOWER)))
        break;
      if (nf >= 3) {
        /* tight loop over the rest of a plain ASCII run */
        const char *r = q + 1;
        while (r < end && (cv_cls[(guint8)*r] & (CV_C_UPPER | CV_C_LOWER)))
          r++;
        nf += (gsize)(r - q);
        q = r;
        continue;
      }
      f3[nf] = (guint8)(b | 0x20);
      nf++;
      q++;
    } else {
      gsize cl1;
      gboolean up1;
      if (!cv_letter_at(q, end, &cl1, &up1))
        break;
      char t[2];
      gsize k = fold_char((const guint8 *)q, cl1, t);
      for (gsize j = 0; j < k; j++, nf++)
        if (nf < 3)
          f3[nf] = (guint8)t[j];
      if (k == 0)
        nf++;
      q += cl1;
    }
  }
  gboolean joiner = FALSE;
  if (q < end && (*q == '-' || *q == '\'') && q + 1 < end &&
      (cv_is_alpha_ascii(q[1]) || (guint8)q[1] >= 0xC3))
    joiner = TRUE;
  else if (end - q >= 4 && (guint8)q[0] == 0xE2 && (guint8)q[1] == 0x80 &&
           (guint8)q[2] == 0x99 &&
           (cv_is_alpha_ascii(q[3]) || (guint8)q[3] >= 0xC3))
    joiner = TRUE;
  /* an identifier glued to a word by a hyphen ("maladie-BELS64091917",
   * an OCR join): tried as at a word start */
  if (joiner && *q == '-' && q + 2 < end && q[1] >= 'A' && q[1] <= 'Z' &&
      !(cv_cls[(guint8)q[2]] & CV_C_LOWER))
    (void)cv_letter_id_at(scan, q + 1);
  if (joiner && !cap0 && nf <= 2 && *q != '-') {
    /* French elision (l', d', qu'): the word starts after it */
    return q + (*q == '\'' ? 1 : 3);
  }
  if (cap0) {
    guint32 cw[2] = { (guint32)(p - text),
                      joiner ? CV_KEY_ANY : bloom_key(f3[0], f3[1], f3[2], nf) };
    g_array_append_vals(scan->capwords, cw, 2);
  }
  if (!joiner) {
    guint32 k = bloom_key(f3[0], f3[1], f3[2], nf);
    if (!PASS_TEST(k) && !(cap0 && bloom_test(gaz_bloom, k)))
      return q;
  }
  return NULL;
}

/* The joiner at @p that continues a word ("-", "'", "’", "‑", "·") and a
 * letter after it: its length, or 0. */
static inline gsize
ctx_joiner(const char *p, const char *end)
{
  gsize jl = 0;
  if (p < end && (*p == '-' || *p == '\''))
    jl = 1;
  else if (end - p >= 3 && (guint8)p[0] == 0xE2 && (guint8)p[1] == 0x80 &&
           ((guint8)p[2] == 0x99 || (guint8)p[2] == 0x91))
    jl = 3;
  else if (end - p >= 2 && (guint8)p[0] == 0xC2 && (guint8)p[1] == 0xB7)
    jl = 2;
  gsize cl;
  gboolean up;
  if (jl && p + jl < end && cv_letter_at(p + jl, end, &cl, &up))
    return jl;
  return 0;
}

/* Step 4 — a capitalised word in the name lists (not a stop word or a
 * month): a hit of the gazetteer categories. */
static void
ctx_gazetteer(CvScan *scan, const char *ws, const char *we, const char *buf,
              gsize bn, gboolean all_up)
{
  Entry *e = table_find(buf, bn);
  guint32 g = 0;
  if (e && !(e->cats & (CV_CTX_STOPNAME | CV_CTX_MONTH))) {
    if (e->gaz & GAZ_FIRST)
      g |= CV_CTX_GAZFIRST;
    if (e->gaz & GAZ_LAST)
      g |= CV_CTX_GAZLAST;
  } else if (!e && memchr(buf, '-', bn)) {
    if (gaz_has(buf, bn, GAZ_FIRST))
      g |= CV_CTX_GAZFIRST;
    if (gaz_has(buf, bn, GAZ_LAST))
      g |= CV_CTX_GAZLAST;
  }
  if (g)
    add_hit(scan, (gsize)(ws - scan->text), (gsize)(we - scan->text), g, 0,
            (guint16)(CV_WORD_CAP | (all_up ? CV_WORD_UPPER : 0)));
}

/* Step 3 — reads the word at @p whole (pieces joined by hyphens and
 * apostrophes, folded into a small buffer), records a hit for each piece
 * in the table, then the gazetteer bits of a capitalised word (step 4).
 * Returns its end. */
static const char *
ctx_read_word(CvScan *scan, const char *p)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  gsize cl;
  gboolean up;
  if (!cv_letter_at(p, end, &cl, &up))
    return p + 1;
  const char *ws = p;
  gboolean first_up = up, all_up = up;
  char buf[CV_REDACT_MAX_WORD];
  gsize bn = 0;
  gboolean overflow = FALSE;
  const char *piece = p;   /* start of the current piece */
  gboolean piece_cap = up; /* the piece starts with a capital */
  gsize piece_bn = 0;      /* its start in buf */
  guint32 cats_any = 0;
  for (;;) {
    /* read one piece */
    while (p < end && cv_letter_at(p, end, &cl, &up)) {
      if (!up)
        all_up = FALSE;
      if (!overflow) {
        char tmp[2];
        gsize k = fold_char((const guint8 *)p, cl, tmp);
        if (k == 0 || bn + k > sizeof buf) {
          overflow = TRUE;
        } else {
          buf[bn] = tmp[0];
          if (k == 2)
            buf[bn + 1] = tmp[1];
          bn += k;
        }
      }
      p += cl;
    }
    if (!overflow && bn > piece_bn) {
      Entry *e = table_find(buf + piece_bn, bn - piece_bn);
      if (e && ((e->cats & STORED_CATS) || e->value >= 100)) {
        add_hit(scan, (gsize)(piece - text), (gsize)(p - text),
                e->cats & STORED_CATS, e->value, piece_cap ? CV_WORD_CAP : 0);
        cats_any |= e->cats;
      }
    }
    /* an inner joiner followed by a letter continues the word */
    gsize jl = ctx_joiner(p, end);
    if (!jl)
      break;
    cv_letter_at(p + jl, end, &cl, &up);
    if (!overflow && bn + 1 <= sizeof buf)
      buf[bn++] = (jl == 2 || (jl == 3 && (guint8)p[2] == 0x91)) ? '-'
                  : (*p == '-')                                  ? '-'
                                                                 : '\'';
    else
      overflow = TRUE;
    p += jl;
    piece = p;
    piece_cap = up;
    piece_bn = bn;
  }
  if (!overflow && first_up && bn >= 2 && !(cats_any & CV_CTX_STOPNAME))
    ctx_gazetteer(scan, ws, p, buf, bn, all_up);
  return p;
}

/* Steps 2 and 3 for a lower-case word [p, q) with accents the name
 * model has already folded into @fold (@n bytes, hashed in @h; followed
 * by no letter, joiner or non-ASCII byte): its hit, if the filter and the
 * table have it. */
void
cv_ctx_folded_word(CvScan *scan, const char *p, const char *q, const char *fold,
                   gsize n, guint64 h)
{
  guint32 k = bloom_key((guint8)fold[0], n > 1 ? (guint8)fold[1] : 0,
                        n > 2 ? (guint8)fold[2] : 0, n);
  if (!PASS_TEST(k) || n > CV_REDACT_MAX_WORD)
    return;
  Entry *e = table_find_h(h, fold, n);
  if (e && ((e->cats & STORED_CATS) || e->value >= 100))
    add_hit(scan, (gsize)(p - scan->text), (gsize)(q - scan->text),
            e->cats & STORED_CATS, e->value, 0);
}

/* Steps 2 to 4 for a capitalised ASCII word [p, q) the name model has
 * already read (folded in @fold, hashed in @h; followed by no letter,
 * joiner or non-ASCII byte): the same hits as ctx_filter() then
 * ctx_read_word(), without reading it again.  Returns where the reader
 * goes on. */
const char *
cv_ctx_cap_word(CvScan *scan, const char *p, const char *q, const char *fold,
                guint64 h, gboolean all_up)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  gsize n = (gsize)(q - p);
  if (p + 1 < end && !(cv_cls[(guint8)p[1]] & CV_C_LOWER)) {
    const char *idend = cv_letter_id_at(scan, p);
    if (idend)
      return idend;
  }
  guint32 k = bloom_key((guint8)fold[0], n > 1 ? (guint8)fold[1] : 0,
                        n > 2 ? (guint8)fold[2] : 0, n);
  guint32 cw[2] = { (guint32)(p - text), k };
  g_array_append_vals(scan->capwords, cw, 2);
  if (!PASS_TEST(k) && !bloom_test(gaz_bloom, k))
    return q;
  Entry *e = table_find_h(h, fold, n);
  if (e && ((e->cats & STORED_CATS) || e->value >= 100))
    add_hit(scan, (gsize)(p - text), (gsize)(q - text), e->cats & STORED_CATS,
            e->value, CV_WORD_CAP);
  if (n >= 2 && !(e && (e->cats & CV_CTX_STOPNAME)) && e &&
      !(e->cats & CV_CTX_MONTH) && (e->gaz & (GAZ_FIRST | GAZ_LAST)))
    add_hit(scan, (gsize)(p - text), (gsize)(q - text),
            (e->gaz & GAZ_FIRST ? CV_CTX_GAZFIRST : 0) |
                (e->gaz & GAZ_LAST ? CV_CTX_GAZLAST : 0),
            0, (guint16)(CV_WORD_CAP | (all_up ? CV_WORD_UPPER : 0)));
  return q;
}

/* One step of the context-word reader at @p: skips a byte that starts no
 * word, else reads the word there (steps 1 to 4).  Returns where the next
 * step starts. */
static inline const char *
ctx_step(CvScan *scan, const char *p)
{
  const char *end = scan->text + scan->len;
  guint8 c = (guint8)*p;
  if (c < 0x80 && !(cv_cls[c] & (CV_C_UPPER | CV_C_LOWER)))
    return p + 1;
  if (c >= 'a' && c <= 'z') {
    if (p + 1 < end && cv_is_digit(p[1])) {
      const char *pc = cv_lower_postal_at(scan, p); /* "j2g 1a1" */
      if (pc)
        return pc;
    }
    const char *q = ascii_run_end(p, end);
    if (q >= end || ((guint8)*q < 0x80 && *q != '-' && *q != '\'')) {
      if ((gsize)(q - p) <= CV_REDACT_MAX_WORD) {
        ctx_plain_word(scan, p, q);
        return q;
      }
      /* (a longer run is filtered like any other word) */
      gsize n = (gsize)(q - p);
      guint32 k = bloom_key((guint8)p[0], (guint8)(p[1] | 0x20),
                            (guint8)(p[2] | 0x20), n);
      if (!PASS_TEST(k))
        return q;
    }
  }
  const char *next = ctx_filter(scan, p);
  if (next)
    return next;
  return ctx_read_word(scan, p);
}

const char *
cv_ctx_words(CvScan *scan, const char *p, const char *q)
{
  while (p < q)
    p = ctx_step(scan, p);
  return p;
}

const guint64 *
cv_ctx_begin(void)
{
  table_init();
  return pass_bloom;
}

/* The context pass alone (the name model's pass runs it with its own
 * tokens when there is a model: cv_name_model_pass()). */
void
cv_ctx_scan(CvScan *scan)
{
  table_init();
  cv_ctx_words(scan, scan->text, scan->text + scan->len);
}

guint
cv_ctx_lower_bound(const CvScan *scan, gsize pos)
{
  /* Queries come mostly in text order: gallop from the last answer. */
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  guint n = scan->hits->len;
  guint i = MIN(*scan->hint, n);
  guint lo, hi;
  if (i < n && h[i].start < pos) {
    guint step = 1;
    lo = i + 1;
    hi = lo;
    while (hi < n && h[hi].start < pos) {
      lo = hi + 1;
      hi = i + (step <<= 1);
    }
    hi = MIN(hi, n);
  } else {
    guint step = 1;
    hi = i;
    lo = hi;
    while (lo > 0 && h[lo - 1].start >= pos) {
      hi = lo - 1;
      lo = i > (step << 1) ? i - (step <<= 1) : (step <<= 1, 0);
    }
  }
  while (lo < hi) {
    guint mid = lo + (hi - lo) / 2;
    if (h[mid].start < pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  *scan->hint = lo;
  return lo;
}

guint32
cv_ctx_cats_in(const CvScan *scan, gsize from, gsize to)
{
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  guint32 cats = 0;
  for (guint i = cv_ctx_lower_bound(scan, from); i < scan->hits->len; i++) {
    if (h[i].start >= to)
      break;
    if (h[i].end <= to)
      cats |= h[i].cats;
  }
  return cats;
}

gsize
cv_ctx_dist_before(const CvScan *scan, gsize pos, gsize window, guint32 cats)
{
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  gsize from = pos > window ? pos - window : 0;
  guint i = cv_ctx_lower_bound(scan, pos);
  while (i > 0) {
    i--;
    if (h[i].start < from)
      break;
    if ((h[i].cats & cats) && h[i].end <= pos)
      return pos - h[i].end;
  }
  return G_MAXSIZE;
}

gsize
cv_ctx_dist_after(const CvScan *scan, gsize pos, gsize window, guint32 cats)
{
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  for (guint i = cv_ctx_lower_bound(scan, pos); i < scan->hits->len; i++) {
    if (h[i].start > pos + window)
      break;
    if (h[i].cats & cats)
      return h[i].start - pos;
  }
  return G_MAXSIZE;
}
