/* scan-tables.c — owns the tables with a header row (pipes, ';', ',',
 * TABs, aligned columns, one cell per line): the header's label applies to
 * the cells below it (names, dates of birth, addresses, identifiers). */
#define _GNU_SOURCE 1
#include "scan-words.h"

#include <string.h>

/* ---- tables with a header row ------------------------------------------------ */

/* "Nom | Prénom | DDN | NAS", "Last name;First name;DOB", tab-separated cells,
 * columns aligned with runs of spaces: a header row whose cells are short
 * labels, some of them a name, birth-date or address column, then rows of
 * the same shape; the header's label applies to the cells below it until a
 * blank line or two lines of another shape. */

enum {
  TCOL_NONE = 0,
  TCOL_NAME,
  TCOL_DOB,
  TCOL_ADDR,
  TCOL_OTHER,
  TCOL_PLACE,
  TCOL_ID
};
/* TCOL_ID + a CvPiiType: a column of identifiers of that type */
#define TABLE_MAX_COLS 16

typedef struct {
  const char *s, *e; /* trimmed cell */
} Cell;

/* Splits [p, e) on @delim (0: runs of two or more spaces) into at most
 * TABLE_MAX_COLS trimmed cells; returns their number (0 if more). */
static int
split_cells(const char *p, const char *e, char delim, Cell *cells)
{
  int n = 0;
  const char *c = p;
  for (;;) {
    const char *q = c;
    const char *next;
    if (delim) {
      /* a quoted CSV cell holds the delimiter ("Roy, Julie"; "" inside
       * is a quote): the cell is what the quotes enclose */
      const char *qs = cv_skip_hspace(c, e);
      if ((delim == ',' || delim == ';') && qs < e && *qs == '"') {
        const char *z = qs + 1;
        while (z < e && !(*z == '"' && !(z + 1 < e && z[1] == '"')))
          z += *z == '"' ? 2 : 1;
        if (z < e) {
          const char *after = cv_skip_hspace(z + 1, e);
          if (after >= e || *after == delim || *after == '\r') {
            if (n >= TABLE_MAX_COLS)
              return 0;
            cells[n].s = qs + 1;
            cells[n].e = z;
            n++;
            if (after >= e || *after == '\r')
              break;
            c = after + 1;
            continue;
          }
        }
      }
      while (q < e && *q != delim)
        q++;
      next = q < e ? q + 1 : NULL;
    } else {
      while (q < e && !(*q == ' ' && q + 1 < e && q[1] == ' ') && *q != '\t')
        q++;
      next = q;
      while (next < e && (*next == ' ' || *next == '\t'))
        next++;
      if (next >= e)
        next = NULL;
    }
    if (n >= TABLE_MAX_COLS)
      return 0;
    const char *s = cv_skip_hspace(c, q);
    const char *t = q;
    while (t > s) {
      if (t[-1] == ' ' || t[-1] == '\t' || t[-1] == '\r')
        t--;
      else if (t - s >= 2 && (guint8)t[-2] == 0xC2 && (guint8)t[-1] == 0xA0)
        t -= 2;
      else
        break;
    }
    cells[n].s = s;
    cells[n].e = t;
    n++;
    if (!next)
      break;
    c = next;
  }
  return n;
}

/* The column a header cell names, from its folded text without what is
 * between parentheses ("Prénom(s)", "Né(e) le"). */
static int
header_kind(const Cell *c)
{
  char f[48], g[48], h[48];
  gsize n = (gsize)(c->e - c->s);
  if (n == 0 || n > 40)
    return -1;
  /* (inclusive writing's middle dot goes: "Né·e le", "Employé·e") */
  gsize hn = 0;
  for (const char *q = c->s; q < c->e; q++) {
    if ((guint8)q[0] == 0xc2 && q + 1 < c->e && (guint8)q[1] == 0xb7)
      q++;
    else
      h[hn++] = *q;
  }
  gsize fn = cv_fold(h, h + hn, f, sizeof f);
  if (fn == 0)
    return -1;
  gsize k = 0;
  int paren = 0;
  for (gsize i = 0; i < fn; i++) {
    char ch = f[i];
    if (ch == '(') {
      paren++;
      continue;
    }
    if (ch == ')') {
      if (paren)
        paren--;
      continue;
    }
    if (paren)
      continue;
    if (cv_is_digit(ch))
      return -1; /* a value, not a label */
    if (ch == '.' || ch == ':' || ch == '#' || ch == '*' || ch == '"')
      continue; /* (and a quoted CSV header's quotes: "\"ddn\"") */
    if (ch == ' ' || ch == '_' || ch == '-' || ch == '/' || ch == ',' ||
        ch == '&') {
      if (k > 0 && g[k - 1] != ' ')
        g[k++] = ' ';
      continue;
    }
    g[k++] = ch;
  }
  while (k > 0 && g[k - 1] == ' ')
    k--;
  g[k] = '\0';
  static const char *const names[] = {
    "nom", "prenom", "prenoms", "nom de famille", "prenom usuel", "nom complet",
    "nom et prenom", "prenom et nom", "name", "first name", "last name",
    "given name", "given names", "family name", "surname", "full name", "first",
    "last", "participant", "participante", "employe", "employee",
    "beneficiaire", "beneficiary", "titulaire", "locataire", "tenant",
    "patient", "patiente", "client", "cliente", "membre", "member",
    "nom du participant", "nom de l'employe", "employee name",
    "participant name", "nom usuel", "middle name", "second prenom",
    /* "Nom, prénom", "Last name, first
     * name", nicknames, the persons a
     * file lists */
    "nom prenom", "prenom nom", "nom et prenoms", "last name first name",
    "first name last name", "surname first name", "name surname", "surnom",
    "nickname", "alias", "nom d'usage", "personne contact", "personne ressource",
    "contact person", "enfant", "nom de l'enfant", "child", "child name",
    "eleve", "nom de l'eleve", "student", "student name", "parent", "parents",
    "tuteur", "guardian", "mere", "pere", "mother", "father", "conjoint",
    "conjointe", "spouse", "temoin", "witness", "benevole", "volunteer",
    "requerant", "requerante", "plaignant", "plaignante", "victime", "victim",
    "proprietaire", "landlord", "usager", "usagere", "resident", "residente",
    /* a visitors' register: who came, whom they saw */
    "visiteur", "visiteuse", "visitor", "visite", "personne visitee", "host",
    "resident visite", "resident visitee", "residente visitee",
    "resident visited", "patient visite", "patient visited", "hote", "hotesse",
    /* a register's or a docket's parties: who asked, who is accused */
    "demandeur", "demandeuse", "requester", "requestor", "applicant",
    "complainant", "defendeur", "defenderesse", "respondent", "intime",
    "intimee", "accuse", "accusee", "accused", "suspect", "suspecte",
    "conducteur", "conductrice", "driver", "expediteur", "expeditrice",
    "sender", "destinataire", "recipient", "auteur", "auteure", "author",
    "signataire", "interlocuteur", "interlocutrice", "appelant", "appelante",
    "caller", "nom du demandeur", "requester name", "applicant name",
    /* a mainframe's or a sign-in sheet's: "GIVEN", "Signature" */
    "given", "signature", "nom du parent", "parent name",
    /* who answers for a pupil or a patient: "Parent ou tuteur", "Contact
     * d'urgence" */
    "parent ou tuteur", "parent tuteur", "parent ou tutrice",
    "parent or guardian", "parent guardian", "contact d'urgence",
    "contact urgence", "emergency contact", "personne a contacter",
    "personne a joindre", "repondant", "repondante",
    /* the staff in charge: "Intervenant·e", "Caseworker" */
    "intervenant", "intervenante", "caseworker", "case worker",
    "travailleur social", "travailleuse sociale", "social worker",
    /* a guest list's: "Invité(e) | Accompagnateur", "Guest | Plus-one" */
    "invite", "invitee", "guest", "guest name", "plus one", "accompagnateur",
    "accompagnatrice", "companion"
  };
  static const char *const dobs[] = { "date de naissance",
                                      "ddn",
                                      "dob",
                                      "date of birth",
                                      "birth date",
                                      "birthdate",
                                      "naissance",
                                      "ne le",
                                      "nee le",
                                      "born",
                                      "date naiss",
                                      "d d n",
                                      "date naissance",
                                      "ne",
                                      "nee",
                                      "birthday",
                                      "date de naiss",
                                      "birthdt",
                                      "birth dt",
                                      "datenaiss",
                                      "date nais",
                                      "dt naiss" };
  static const char *const addrs[] = { "adresse",
                                       "address",
                                       "adresse postale",
                                       "home address",
                                       "adresse du domicile",
                                       "domicile",
                                       "street address",
                                       "mailing address",
                                       "adresse personnelle",
                                       "residential address",
                                       "adresse residentielle" };
  if (k == 0)
    return TCOL_NONE;
  for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
    if (names[i][0] == g[0] && strcmp(g, names[i]) == 0)
      return TCOL_NAME;
  for (gsize i = 0; i < G_N_ELEMENTS(dobs); i++)
    if (dobs[i][0] == g[0] && strcmp(g, dobs[i]) == 0)
      return TCOL_DOB;
  for (gsize i = 0; i < G_N_ELEMENTS(addrs); i++)
    if (addrs[i][0] == g[0] && strcmp(g, addrs[i]) == 0)
      return TCOL_ADDR;
  /* other usual column labels (tables written one cell per line) */
  static const char *const others[] = { "nas",
                                        "sin",
                                        "telephone",
                                        "tel",
                                        "phone",
                                        "code postal",
                                        "postal code",
                                        "courriel",
                                        "email",
                                        "e mail",
                                        "ramq",
                                        "nam",
                                        "permis",
                                        "passeport",
                                        "passport",
                                        "sexe",
                                        "sex",
                                        "genre",
                                        "gender",
                                        "province",
                                        "poste",
                                        "fonction",
                                        "titre",
                                        "title",
                                        "role",
                                        "statut",
                                        "status",
                                        "no",
                                        "numero",
                                        "id",
                                        "matricule",
                                        "dossier",
                                        "date",
                                        "age",
                                        "cellulaire",
                                        "cell",
                                        "mobile",
                                        "courriel personnel",
                                        "no de dossier",
                                        "salaire",
                                        "montant",
                                        "amount",
                                        "signature",
                                        "cp",
                                        "zip",
                                        "telephone cellulaire",
                                        "nas sin",
                                        "numero d'assurance sociale",
                                        "social insurance number",
                                        "health card",
                                        "carte ramq" };
  /* identifier columns: the cells below are redacted whatever their shape */
  static const struct {
    const char *label;
    int type;
  } ids[] = { { "nas", CV_PII_SIN },
              { "sin", CV_PII_SIN },
              { "nas sin", CV_PII_SIN },
              { "numero d'assurance sociale", CV_PII_SIN },
              { "social insurance number", CV_PII_SIN },
              { "telephone", CV_PII_PHONE },
              { "tel", CV_PII_PHONE },
              { "phone", CV_PII_PHONE },
              { "cellulaire", CV_PII_PHONE },
              { "cell", CV_PII_PHONE },
              { "mobile", CV_PII_PHONE },
              { "telephone cellulaire", CV_PII_PHONE },
              { "phone number", CV_PII_PHONE },
              { "courriel", CV_PII_EMAIL },
              { "email", CV_PII_EMAIL },
              { "e mail", CV_PII_EMAIL },
              { "courriel personnel", CV_PII_EMAIL },
              { "ramq", CV_PII_RAMQ },
              { "nam", CV_PII_RAMQ },
              { "health card", CV_PII_RAMQ },
              { "carte ramq", CV_PII_RAMQ },
              { "permis", CV_PII_DRIVER_LICENSE },
              { "passeport", CV_PII_PASSPORT },
              { "passport", CV_PII_PASSPORT },
              { "code postal", CV_PII_POSTAL_CODE },
              { "postal code", CV_PII_POSTAL_CODE },
              { "carte", CV_PII_CREDIT_CARD },
              { "card", CV_PII_CREDIT_CARD },
              { "carte de credit", CV_PII_CREDIT_CARD },
              { "credit card", CV_PII_CREDIT_CARD },
              { "compte", CV_PII_BANK_ACCOUNT },
              { "account", CV_PII_BANK_ACCOUNT },
              /* a deposit's pieces: "transit;institution;compte" */
              { "transit", CV_PII_BANK_ACCOUNT },
              { "no transit", CV_PII_BANK_ACCOUNT },
              { "institution", CV_PII_BANK_ACCOUNT },
              { "no institution", CV_PII_BANK_ACCOUNT },
              { "inst", CV_PII_BANK_ACCOUNT },
              { "succursale", CV_PII_BANK_ACCOUNT },
              { "folio", CV_PII_BANK_ACCOUNT },
              { "no compte", CV_PII_BANK_ACCOUNT },
              { "no de compte", CV_PII_BANK_ACCOUNT },
              { "numero de compte", CV_PII_BANK_ACCOUNT },
              { "account number", CV_PII_BANK_ACCOUNT },
              { "account no", CV_PII_BANK_ACCOUNT },
              { "bank account", CV_PII_BANK_ACCOUNT },
              { "iban", CV_PII_IBAN },
              { "plaque", CV_PII_PLATE },
              { "plate", CV_PII_PLATE },
              { "immatriculation", CV_PII_PLATE },
              { "plaque d'immatriculation", CV_PII_PLATE },
              { "no de plaque", CV_PII_PLATE },
              { "license plate", CV_PII_PLATE },
              { "licence plate", CV_PII_PLATE } };
  for (gsize i = 0; i < G_N_ELEMENTS(ids); i++)
    if (ids[i].label[0] == g[0] && strcmp(g, ids[i].label) == 0)
      return TCOL_ID + ids[i].type;
  /* (a town's column: its cells are places, never persons) */
  static const char *const places[] = { "ville", "city", "town", "municipalite",
                                        "municipality" };
  for (gsize i = 0; i < G_N_ELEMENTS(places); i++)
    if (places[i][0] == g[0] && strcmp(g, places[i]) == 0)
      return TCOL_PLACE;
  for (gsize i = 0; i < G_N_ELEMENTS(others); i++)
    if (others[i][0] == g[0] && strcmp(g, others[i]) == 0)
      return TCOL_OTHER;
  return TCOL_NONE;
}

/* A table cell under a name column: one to five name words (capitalised,
 * or particles between them), nothing else. */
static gboolean
cell_is_name(const CvScan *scan, const Cell *c)
{
  const char *p = c->s;
  int n = 0, real = 0, lower = 0, listed = 0, maybe = 0;
  gboolean article = FALSE; /* the cell opens with "La", "Le", "The" */
  gboolean initial = FALSE; /* the word before was an initial and its dot */
  if (c->e - c->s < 2 || c->e - c->s > 64)
    return FALSE;
  while (p < c->e) {
    Word w;
    if (!cv_word_at(p, c->e, &w) || w.digit)
      return FALSE;
    /* (a given name or surname that is a context word too: "Noël",
     * "Marie-Noël", "April"; any capitalised word after an initial: "K.
     * Do", "M. Marsolais") */
    int before = real;
    if (cv_name_word_ok(&w) ||
        (w.cap && !(w.cats & CV_CTX_LABEL) &&
         (initial || (cv_name_model_lists(scan->model, w.s, w.e) & 3))))
      real++;
    /* (typed in lower case: "blanche déraspe", a word of the name lists
     * or out of the dictionaries, one of them listed; not a user name
     * alone, "netplan") */
    else if (!w.cap && w.fn >= 2 &&
             !(w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) &&
             ((cv_name_model_lists(scan->model, w.s, w.e) & 3) ||
              !cv_name_model_in_dict(scan->model, w.s, w.e))) {
      real++;
      lower++;
      listed += (cv_name_model_lists(scan->model, w.s, w.e) & 3) != 0;
    } else if (!w.cap && w.fn >= 3 && !w.cats && n > 0 && lower > 0) {
      /* (a dictionary word after a lower-case name word: "mélyka
       * bourrelier") */
      lower++;
    } else if (!(w.cats & CV_CTX_PARTICLE) && !(w.e - w.s == 1 && w.cap))
      return FALSE;
    /* (after an article, an outlet's words are all in the dictionaries:
     * "La Presse", "Le Devoir", "The Gazette") */
    article |= n == 0 && w.cap && (w.cats & CV_CTX_PARTICLE) && w.fn <= 3 &&
               (w.f[0] == 'l' || w.f[0] == 't');
    maybe += real > before && !(w.cats & CV_CTX_PARTICLE) &&
             (initial || cv_word_may_name(scan, &w));
    n++;
    p = w.e;
    initial = w.e - w.s == 1 && w.cap && p < c->e && *p == '.';
    if (p < c->e && (*p == '.' || *p == ','))
      p++;
    p = cv_skip_hspace(p, c->e);
    if (n > 5)
      return FALSE;
  }
  /* (in lower case: two words at least, one listed, or none listed but a
   * dictionary word only after a word out of the dictionaries: "ailill
   * pedrinho", "mélyka bourrelier") */
  return real > 0 && (!article || maybe > 0) &&
         (lower == 0 || (n >= 2 && (listed > 0 || lower == n)));
}

static void table_cell(CvScan *scan, const Cell *c, int kind);

/* Whether the line [s, e), split into @n cells, is a row of a table of
 * @ncols columns delimited by a comma or a semicolon, which prose uses
 * too: a line of the header's count of cells is (one more, empty, when it
 * ends with the delimiter); a line of another count is one (a missing
 * last field, an unquoted comma in a name) unless it ends as a sentence
 * does ("…, art. 53, montant de 1 250,00 $." under "nom,nas,tel" lost the
 * article and the amount as a SIN and a phone). */
static gboolean
prose_row_ok(const Cell *cells, int n, int ncols, const char *s, const char *e)
{
  if (n == ncols || (n == ncols + 1 && cells[n - 1].s >= cells[n - 1].e))
    return TRUE;
  while (e > s && (e[-1] == ' ' || e[-1] == '\r' || e[-1] == '\t'))
    e--;
  return !(e > s &&
           (e[-1] == '.' || e[-1] == '!' || e[-1] == '?' || e[-1] == ':'));
}

static const char *
table_rows(CvScan *scan, const char *row, char delim, const int *kinds, int ncols)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  int odd = 0, blank_run = 0;
  gboolean open_row = FALSE; /* the last row ended with the delimiter */
  gboolean prose_delim = delim == ',' || delim == ';';
  for (int r = 0; r < 1000 && row < end; r++) {
    const char *re = cv_line_end(row, end);
    const char *rs = cv_skip_hspace(row, re);
    Cell cells[TABLE_MAX_COLS];
    if (rs >= re || (rs + 1 == re && *rs == '\r')) {
      /* a blank line ends the table unless a row of the same shape follows
       * (PDF layout and OCR put blank lines between rows) */
      if (re >= end || blank_run++ > 0)
        return row;
      const char *nx = re + 1;
      const char *ne = cv_line_end(nx, end);
      int m = split_cells(nx, ne, delim, cells);
      if (m < 2 && delim && open_row && ne < end) {
        /* a row wrapped by OCR: "... | 1-514-234-6994 |", blank, "G7A 5T8" */
        const char *n2 = ne + 1;
        m = split_cells(n2, cv_line_end(n2, end), delim, cells);
      }
      if (m < 2 || (!delim && m != ncols) ||
          (prose_delim && !prose_row_ok(cells, m, ncols, nx, ne)))
        return row;
      /* (nor a table's own header: "Date | Visite | Durée" opens another) */
      int labels = 0;
      for (int k = 0; k < m; k++)
        labels += header_kind(&cells[k]) > TCOL_NONE;
      if (labels >= 2 && 2 * labels >= m)
        return row;
      row = nx;
      continue;
    }
    blank_run = 0;
    {
      const char *t = re;
      while (t > rs && (t[-1] == ' ' || t[-1] == '\r'))
        t--;
      open_row = delim && t > rs && t[-1] == delim;
    }
    int n = split_cells(row, re, delim, cells);
    /* aligned columns: a double blank inside the last cell ("RR 6,
     * CHISASIBI J3V  6N7") splits no column */
    while (!delim && n > ncols && ncols >= 2 &&
           cells[n - 1].s - cells[n - 2].e <= 3) {
      cells[n - 2].e = cells[n - 1].e;
      n--;
    }
    if (n < 2 || (prose_delim && !prose_row_ok(cells, n, ncols, row, re))) {
      if (++odd > 1)
        return row;
    } else {
      odd = 0;
      gboolean merged =
          delim && n == ncols - 1 && ncols >= 3 && kinds[0] == TCOL_NAME &&
          kinds[1] == TCOL_NAME &&
          memchr(cells[0].s, delim, (gsize)(cells[0].e - cells[0].s)) != NULL;
      if (merged) {
        /* "Fraser, David" quoted in one cell under "last_name,first_name":
         * the cells after it one column on */
        table_cell(scan, &cells[0], TCOL_NAME);
        for (int k = 1; k < n; k++)
          table_cell(scan, &cells[k], kinds[k + 1]);
      } else if (!delim && n != ncols) {
        /* aligned columns: cells only where the count matches */
      } else {
        for (int k = 0; k < n && k < ncols; k++)
          table_cell(scan, &cells[k], kinds[k]);
      }
    }
    if (re >= end)
      return row;
    row = re + 1;
  }
  return row;
}

/* Applies the column kinds to one cell. */
static void
table_cell(CvScan *scan, const Cell *c, int kind)
{
  const char *text = scan->text;
  if (c->s >= c->e)
    return;
  if (kind == TCOL_NAME && cell_is_name(scan, c)) {
    cv_add_name(scan, c->s, c->e, 0.85f, "name-table");
  } else if (kind == TCOL_DOB) {
    const char *de = cv_parse_date(c->s, c->e);
    /* an unquoted comma inside the date: "August 9, 1945" read as two
     * cells (its year the next one) */
    const char *le = cv_line_end(c->e, text + scan->len);
    if (!de && c->e < le && *c->e == ',')
      de = cv_parse_date(c->s, MIN(le, c->e + 7));
    if (!de) /* "19890121" */
      de = cv_parse_date_ymd8(c->s, c->e);
    if (!de) {
      /* fails closed, as the identifier columns: a short value of digits,
       * letters and separators holding a year or three numbers ("17 06
       * 1996", "9 avri. 1939", "03-11-99") */
      guint digits = 0, groups = 0;
      gboolean ok = c->e - c->s <= 24;
      for (const char *q = c->s; q < c->e && ok; q++) {
        if (cv_is_digit(*q)) {
          digits++;
          groups += q == c->s || !cv_is_digit(q[-1]);
        } else {
          ok = cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80 || *q == ' ' ||
               *q == '.' || *q == '/' || *q == '-' || *q == ',';
        }
      }
      if (ok && digits >= 4 && groups >= 2)
        de = c->e;
    }
    if (de)
      cv_scan_add(scan, CV_PII_DOB, (gsize)(c->s - text), (gsize)(de - text),
                  0.9f, "dob-table");
  } else if (kind >= TCOL_ID && kind < TCOL_ID + CV_PII_N_TYPES) {
    /* fails closed: any value with a digit (an '@' for e-mail) */
    gboolean ok = FALSE;
    for (const char *q = c->s; q < c->e && !ok; q++)
      ok = kind == TCOL_ID + CV_PII_EMAIL ? *q == '@' : cv_is_digit(*q);
    if (ok && c->e - c->s <= 64)
      cv_scan_add(scan, (CvPiiType)(kind - TCOL_ID), (gsize)(c->s - text),
                  (gsize)(c->e - text), 0.85f, "id-table");
  } else if (kind == TCOL_PLACE && c->e - c->s <= 48) {
    cv_scan_keep_insert(scan, (gsize)(c->s - text), (gsize)(c->e - text));
  } else if (kind == TCOL_ADDR && c->e - c->s >= 4) { /* ("RR 4") */
    gboolean digit = FALSE;
    for (const char *q = c->s; q < c->e && !digit; q++)
      digit = cv_is_digit(*q);
    if (digit)
      cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(c->s - text),
                  (gsize)(c->e - text), 0.8f, "address-table");
  }
}

/* A fixed-width table with a ruler under its header, as mainframes and
 * SQL clients print them ("NO-DOSS  NOM ...  DDN       NAS" then "--------
 * ------------ ---------"): the ruler's runs of dashes are the columns,
 * whatever the blanks between the values ("20000403 934286147"); the
 * header's label over each run applies to the cells below it, up to a
 * blank line.  Returns the end of what it read, @ls when there is no
 * ruler. */
static const char *
table_ruled(CvScan *scan, const char *ls, const char *le)
{
  const char *text = scan->text, *end = text + scan->len;
  if (le >= end)
    return ls;
  const char *rs = le + 1, *re = cv_line_end(rs, end);
  gsize cs[TABLE_MAX_COLS], ce[TABLE_MAX_COLS];
  int n = 0;
  for (const char *q = rs; q < re;) {
    if (*q == ' ' || *q == '\r') {
      q++;
      continue;
    }
    if (*q != '-' && *q != '=')
      return ls;
    const char *g = q;
    while (q < re && (*q == '-' || *q == '='))
      q++;
    if (q - g < 2 || n == TABLE_MAX_COLS)
      return ls;
    cs[n] = (gsize)(g - rs);
    ce[n++] = (gsize)(q - rs);
  }
  if (n < 3)
    return ls;
  /* the header's labels over the runs */
  int kinds[TABLE_MAX_COLS], useful = 0;
  for (int k = 0; k < n; k++) {
    Cell c = { ls + MIN(cs[k], (gsize)(le - ls)),
               ls + MIN(ce[k], (gsize)(le - ls)) };
    while (c.s < c.e && *c.s == ' ')
      c.s++;
    while (c.e > c.s && (c.e[-1] == ' ' || c.e[-1] == '\r'))
      c.e--;
    int kd = header_kind(&c);
    kinds[k] = kd < 0 ? TCOL_NONE : kd;
    useful += kd > 0 && kd != TCOL_OTHER && kd != TCOL_PLACE;
  }
  if (useful == 0)
    return ls;
  const char *row = re < end ? re + 1 : end;
  for (int r = 0; r < 1000 && row < end; r++) {
    const char *e = cv_line_end(row, end);
    if (cv_skip_hspace(row, e) >= e)
      break; /* a blank line ends it */
    /* each word goes to the run whose start is nearest (values are often
     * a few blanks off their run: "20000403 934286147  QUÉBEC"); the
     * words of one run make its cell */
    Cell c = { NULL, NULL };
    int ck = -1;
    for (const char *q = row; q <= e; q++) {
      if (q < e && *q != ' ' && *q != '\r') {
        const char *ws = q;
        while (q < e && *q != ' ' && *q != '\r')
          q++;
        gssize pos = ws - row;
        int k = 0;
        while (k + 1 < n && ((gssize)cs[k + 1] <= pos ||
                             (gssize)cs[k + 1] - pos < pos - (gssize)cs[k]))
          k++;
        /* (one blank after a word inside the run goes on with its cell:
         * "886 028 026") */
        if (ck >= 0 && k != ck && ws - row >= 2 && ws[-1] == ' ' &&
            ws[-2] != ' ' && pos < (gssize)ce[ck])
          k = ck;
        if (k != ck) {
          if (ck >= 0)
            table_cell(scan, &c, kinds[ck]);
          ck = k;
          c.s = ws;
        }
        c.e = q;
      }
      if (q >= e && ck >= 0) {
        table_cell(scan, &c, kinds[ck]);
        ck = -1;
      }
    }
    row = e < end ? e + 1 : end;
  }
  return row;
}

/* A table written one cell per line (DOCX/ODT tables as extracted): three
 * or more header lines that are all column labels, then the cells, row
 * after row, until a blank or a long line.  Returns the end of what it
 * read (the start when it is no such table). */
static const char *
table_vertical(CvScan *scan, const char *ls)
{
  const char *end = scan->text + scan->len;
  int kinds[TABLE_MAX_COLS];
  int ncols = 0, useful = 0;
  const char *p = ls;
  while (p < end && ncols < TABLE_MAX_COLS) {
    const char *le = cv_line_end(p, end);
    Cell c = { cv_skip_hspace(p, le), le };
    while (c.e > c.s && (c.e[-1] == ' ' || c.e[-1] == '\r' || c.e[-1] == '\t'))
      c.e--;
    int kd = c.s < c.e ? header_kind(&c) : -1;
    if (kd <= 0)
      break;
    kinds[ncols++] = kd;
    if (kd == TCOL_NAME || kd == TCOL_DOB || kd == TCOL_ADDR || kd >= TCOL_ID)
      useful++;
    if (le >= end)
      return ls;
    p = le + 1;
  }
  if (ncols < 3 || useful == 0)
    return ls;
  for (int k = 0; p < end && k < 4000; k++) {
    const char *le = cv_line_end(p, end);
    Cell c = { cv_skip_hspace(p, le), le };
    while (c.e > c.s && (c.e[-1] == ' ' || c.e[-1] == '\r' || c.e[-1] == '\t'))
      c.e--;
    if (c.s >= c.e || c.e - c.s > 80)
      break;
    table_cell(scan, &c, kinds[k % ncols]);
    if (le >= end)
      break;
    p = le + 1;
  }
  return p;
}

/* A form's labels on one line and their values one per line below, as
 * PDF text often comes ("Last name   First name   Date of birth" then
 * "GRELONASINGHE", "Thilaga", "25/02/72"): exactly @ncols short lines
 * without a column gap, then a blank line or the end, each cell under its
 * label.  Returns the end of what it read, NULL when it is no such
 * block. */
static const char *
table_transposed(CvScan *scan, const char *p, const int *kinds, int ncols)
{
  const char *end = scan->text + scan->len;
  Cell cells[TABLE_MAX_COLS], one[TABLE_MAX_COLS];
  int k = 0;
  while (p < end && k <= ncols) {
    const char *le = cv_line_end(p, end);
    Cell c = { cv_skip_hspace(p, le), le };
    while (c.e > c.s && (c.e[-1] == ' ' || c.e[-1] == '\r' || c.e[-1] == '\t'))
      c.e--;
    if (c.s >= c.e)
      break;
    if (k == ncols || c.e - c.s > 60 || split_cells(c.s, c.e, 0, one) != 1)
      return NULL;
    cells[k++] = one[0];
    p = le < end ? le + 1 : end;
  }
  if (k != ncols)
    return NULL;
  for (int i = 0; i < ncols; i++)
    table_cell(scan, &cells[i], kinds[i]);
  return p;
}

/* ---- SQL dumps ------------------------------------------------------------------ */

/* A SQL dump's rows under its column list ("INSERT INTO `patients` (`id`,
 * `last_name`, `birth_date`, `nas`) VALUES (1117, 'Barraclough',
 * '1985-08-23', '282138650'), (...);"): each column's label applies to
 * its values, as a table's header does.  Returns the end of what it read,
 * or @p. */
static const char *
table_sql(CvScan *scan, const char *p)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  if (end - p < 16 || memcmp(p, "INSERT INTO ", 12) != 0)
    return p;
  /* the table's name, then its columns in brackets */
  const char *q = p + 12;
  while (q < end && q - p < 140 && *q != '(' && *q != '\n' && *q != ';')
    q++;
  if (q >= end || *q != '(')
    return p;
  int kinds[TABLE_MAX_COLS];
  int n = 0, useful = 0;
  q++;
  for (;;) {
    while (q < end && (*q == ' ' || *q == '\n' || *q == '\r' || *q == '\t'))
      q++;
    const char *cs = q;
    while (q < end && q - cs < 64 && *q != ',' && *q != ')' && *q != '\n')
      q++;
    if (q >= end || (*q != ',' && *q != ')') || n >= TABLE_MAX_COLS)
      return p;
    Cell c = { cs, q };
    while (c.s < c.e && strchr("`\"[ ", *c.s))
      c.s++;
    while (c.e > c.s && strchr("`\"] ", c.e[-1]))
      c.e--;
    int kd = header_kind(&c);
    kinds[n] = kd < 0 ? TCOL_NONE : kd;
    useful += kd > 0 && kd != TCOL_OTHER && kd != TCOL_PLACE;
    n++;
    if (*q++ == ')')
      break;
  }
  while (q < end && (*q == ' ' || *q == '\n' || *q == '\r' || *q == '\t'))
    q++;
  if (useful == 0 || end - q < 8 || g_ascii_strncasecmp(q, "VALUES", 6) != 0)
    return p;
  q += 6;
  /* the rows: bracketed values, quoted strings or bare words */
  for (int r = 0; r < 100000 && q < end; r++) {
    while (q < end && (*q == ' ' || *q == '\n' || *q == '\r' || *q == '\t' ||
                       (*q == ',' && r > 0)))
      q++;
    if (q >= end || *q != '(')
      break;
    q++;
    Cell vals[TABLE_MAX_COLS];
    int m = 0;
    gboolean ok = TRUE;
    for (;;) {
      while (q < end && *q == ' ')
        q++;
      if (q >= end) {
        ok = FALSE;
        break;
      }
      Cell v;
      if (*q == '\'') {
        /* a string: '' or \' inside */
        v.s = ++q;
        while (q < end && q - v.s < 4096) {
          if (*q == '\\' && q + 1 < end) {
            q += 2;
          } else if (*q == '\'') {
            if (!(q + 1 < end && q[1] == '\''))
              break;
            q += 2;
          } else {
            q++;
          }
        }
        if (q >= end || *q != '\'') {
          ok = FALSE;
          break;
        }
        v.e = q++;
      } else {
        v.s = q;
        while (q < end && q - v.s < 64 && *q != ',' && *q != ')' && *q != '\n')
          q++;
        v.e = q;
        while (v.e > v.s && v.e[-1] == ' ')
          v.e--;
      }
      while (q < end && *q == ' ')
        q++;
      if (m < TABLE_MAX_COLS)
        vals[m] = v;
      m++;
      if (q < end && *q == ',') {
        q++;
        continue;
      }
      if (q < end && *q == ')') {
        q++;
        break;
      }
      ok = FALSE;
      break;
    }
    if (!ok)
      break;
    if (m == n)
      for (int k = 0; k < n; k++)
        table_cell(scan, &vals[k], kinds[k]);
  }
  return q;
}

/* ---- HL7 v2 messages ------------------------------------------------------------ */

/* The fields of a segment that hold a person's data: (segment, field,
 * what).  Names are XPN (family^given^middle) or, for staff, XCN
 * (id^family^given); addresses XAD (street^other^city^state^zip);
 * telecoms XTN (number^use^equipment^e-mail), repeated with '~'. */
enum { HL7_XPN, HL7_XCN, HL7_DOB, HL7_XAD, HL7_XTN, HL7_SIN, HL7_LICENCE };
static const struct {
  char seg[4];
  guint8 field;
  guint8 what;
} hl7_fields[] = {
  { "PID", 5, HL7_XPN },  { "PID", 6, HL7_XPN },  { "PID", 7, HL7_DOB },
  { "PID", 9, HL7_XPN },  { "PID", 11, HL7_XAD }, { "PID", 13, HL7_XTN },
  { "PID", 14, HL7_XTN }, { "PID", 19, HL7_SIN }, { "PID", 20, HL7_LICENCE },
  { "NK1", 2, HL7_XPN },  { "NK1", 4, HL7_XAD },  { "NK1", 5, HL7_XTN },
  { "NK1", 6, HL7_XTN },  { "NK1", 16, HL7_DOB }, { "NK1", 37, HL7_SIN },
  { "GT1", 3, HL7_XPN },  { "GT1", 5, HL7_XAD },  { "GT1", 6, HL7_XTN },
  { "GT1", 7, HL7_XTN },  { "GT1", 8, HL7_DOB },  { "GT1", 12, HL7_SIN },
  { "IN1", 16, HL7_XPN }, { "IN1", 18, HL7_DOB }, { "IN1", 19, HL7_XAD },
  { "PV1", 7, HL7_XCN },  { "PV1", 8, HL7_XCN },  { "PV1", 9, HL7_XCN },
  { "PV1", 17, HL7_XCN }, { "ORC", 12, HL7_XCN }, { "OBR", 16, HL7_XCN },
  { "OBR", 32, HL7_XCN }, { "OBR", 34, HL7_XCN }, { "PD1", 4, HL7_XCN },
};

/* Component @k (0-based) of [s, e) split on @sep: *@cs, *@ce; FALSE if
 * absent or empty. */
static gboolean
hl7_component(const char *s, const char *e, char sep, int k, const char **cs,
              const char **ce)
{
  for (int i = 0; i < k; i++) {
    const char *q = memchr(s, sep, (gsize)(e - s));
    if (!q)
      return FALSE;
    s = q + 1;
  }
  const char *q = memchr(s, sep, (gsize)(e - s));
  *cs = s;
  *ce = q ? q : e;
  return *ce > *cs;
}

static void
hl7_field(CvScan *scan, const char *s, const char *e, int what)
{
  const char *text = scan->text;
  /* each repetition */
  while (s < e) {
    const char *re = memchr(s, '~', (gsize)(e - s));
    if (!re)
      re = e;
    const char *cs, *ce;
    switch (what) {
    case HL7_XPN:
    case HL7_XCN:
      for (int k = what == HL7_XCN ? 1 : 0; k < (what == HL7_XCN ? 4 : 3); k++)
        if (hl7_component(s, re, '^', k, &cs, &ce) && ce - cs <= 64 &&
            !cv_is_digit(*cs))
          cv_scan_add_name(scan, (gsize)(cs - text), (gsize)(ce - text), 0.85f,
                           "name-hl7", FALSE);
      break;
    case HL7_DOB:
      if (hl7_component(s, re, '^', 0, &cs, &ce) && ce - cs <= 24 &&
          cv_count_digits(cs, ce) >= 4)
        cv_scan_add(scan, CV_PII_DOB, (gsize)(cs - text), (gsize)(ce - text),
                    0.9f, "dob-hl7");
      break;
    case HL7_XAD:
      for (int k = 0; k < 2; k++)
        if (hl7_component(s, re, '^', k, &cs, &ce) && ce - cs <= 96)
          cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(cs - text),
                      (gsize)(ce - text), 0.85f, "address-hl7");
      if (hl7_component(s, re, '^', 2, &cs, &ce) && ce - cs <= 48)
        cv_scan_keep_insert(scan, (gsize)(cs - text), (gsize)(ce - text));
      if (hl7_component(s, re, '^', 4, &cs, &ce) && ce - cs <= 16 &&
          cv_count_digits(cs, ce) >= 1)
        cv_scan_add(scan, CV_PII_POSTAL_CODE, (gsize)(cs - text),
                    (gsize)(ce - text), 0.85f, "postcode-hl7");
      break;
    case HL7_XTN:
      if (hl7_component(s, re, '^', 0, &cs, &ce) && ce - cs <= 32 &&
          cv_count_digits(cs, ce) >= 7)
        cv_scan_add(scan, CV_PII_PHONE, (gsize)(cs - text), (gsize)(ce - text),
                    0.85f, "phone-hl7");
      if (hl7_component(s, re, '^', 3, &cs, &ce) && ce - cs <= 96 &&
          memchr(cs, '@', (gsize)(ce - cs)))
        cv_scan_add(scan, CV_PII_EMAIL, (gsize)(cs - text), (gsize)(ce - text),
                    0.9f, "email-hl7");
      break;
    default:
      if (hl7_component(s, re, '^', 0, &cs, &ce) && ce - cs <= 32 &&
          cv_count_digits(cs, ce) >= 5)
        cv_scan_add(scan, what == HL7_SIN ? CV_PII_SIN : CV_PII_DRIVER_LICENSE,
                    (gsize)(cs - text), (gsize)(ce - text), 0.85f, "id-hl7");
      break;
    }
    s = re + 1;
  }
}

/* The segments of HL7 v2 messages ("PID|1||...||DUTTADAR^MAHBUB^^^M||19941118|M
 * |||399 CROISSANT ...^^DOLBEAU-MISTASSINI^QC^G1H 5G6"): a segment's fields
 * are known by their place, whatever their values look like. */
static void
hl7_segments(CvScan *scan)
{
  const GArray *lines = cv_scan_lines(scan);
  for (guint i = 0; i < lines->len; i++) {
    const char *ls, *le;
    cv_line_of(scan, lines, i, &ls, &le);
    if (le - ls < 8 || ls[3] != '|' || !(cv_cls[(guint8)ls[0]] & CV_C_UPPER))
      continue;
    gboolean any = FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(hl7_fields) && !any; k++)
      any = memcmp(ls, hl7_fields[k].seg, 3) == 0;
    if (!any)
      continue;
    /* the fields: field 1 after the segment's name */
    const char *fs = ls + 4;
    for (int f = 1; f <= 40 && fs <= le; f++) {
      const char *fe = memchr(fs, '|', (gsize)(le - fs));
      if (!fe)
        fe = le;
      for (gsize k = 0; k < G_N_ELEMENTS(hl7_fields); k++)
        if (hl7_fields[k].field == f && memcmp(ls, hl7_fields[k].seg, 3) == 0 &&
            fe > fs)
          hl7_field(scan, fs, fe, hl7_fields[k].what);
      fs = fe + 1;
    }
  }
}

void
cv_scan_tables(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  hl7_segments(scan);
  {
    const guint32 *cw = (const guint32 *)scan->capwords->data;
    const char *sql_done = text;
    for (guint i = 0; i + 1 < scan->capwords->len; i += 2) {
      const char *p = text + cw[i];
      if (p[0] == 'I' && p >= sql_done && end - p > 12 && p[1] == 'N' &&
          p[2] == 'S')
        sql_done = table_sql(scan, p);
    }
  }
  const CvCtxHit *hits = (const CvCtxHit *)scan->hits->data;
  const char *done = text; /* lines before this were examined */
  for (guint i = 0; i < scan->hits->len; i++) {
    const CvCtxHit *h = &hits[i];
    if (!(h->cats & (CV_CTX_LABEL | CV_CTX_DOB | CV_CTX_ADDRLABEL | CV_CTX_SIN |
                     CV_CTX_PHONE | CV_CTX_EMAILCTX)))
      continue;
    if (!(h->flags & CV_WORD_CAP) && h->end - h->start < 4 &&
        !(h->end < scan->len && (text[h->end] == ',' || text[h->end] == ';' ||
                                 text[h->end] == '\t' || text[h->end] == '|')))
      continue; /* "to", "ne", "de": a header word is capitalised, longer,
                 * or glued to a delimiter ("nom,nas,tel") */
    const char *w = text + h->start;
    if (w < done)
      continue;
    {
      /* cheap test: the word sits in a short cell, a delimiter or the line
       * start close before it and a delimiter or the line end close after
       * (prose lines fail here) */
      const char *b = w, *a = text + h->end;
      while (a < end && a - w < 24 && *a != '\n' && *a != '\t' && *a != '|' &&
             *a != ';' && *a != ',' && *a != '!' &&
             !(*a == ' ' && a + 1 < end && a[1] == ' '))
        a++;
      if (a - w >= 24)
        continue;
      while (b > text && w - b < 24 && b[-1] != '\n' && b[-1] != '\t' &&
             b[-1] != '|' && b[-1] != ';' && b[-1] != ',' && b[-1] != '!' &&
             !(b[-1] == ' ' && b - 1 > text && b[-2] == ' '))
        b--;
      if (w - b >= 24)
        continue;
      /* and that cell is a column label itself */
      Cell hc = { b, a };
      while (hc.s < hc.e && (*hc.s == ' ' || *hc.s == '\t'))
        hc.s++;
      while (hc.e > hc.s && (hc.e[-1] == ' ' || hc.e[-1] == '\r'))
        hc.e--;
      if (header_kind(&hc) <= 0)
        continue;
    }
    const char *ls = w;
    while (ls > text && ls[-1] != '\n' && w - ls < 256)
      ls--;
    if (ls > text && ls[-1] != '\n')
      continue;
    const char *le = cv_line_end(w, end);
    done = le;
    if (le - ls > 512)
      continue;
    {
      const char *ve = table_vertical(scan, ls);
      if (ve == ls)
        ve = table_ruled(scan, ls, le);
      if (ve > ls) {
        done = ve;
        continue;
      }
    }
    char delim = 0;
    int ncomma = 0, nsemi = 0, gap = 0;
    gboolean tab = FALSE, pipe = FALSE;
    for (const char *q = ls; q < le; q++) {
      switch (*q) {
      case '\t':
        tab = TRUE;
        break;
      case '|':
        pipe = TRUE;
        break;
      case ';':
        nsemi++;
        break;
      case ',':
        ncomma++;
        break;
      case ' ':
        if (q + 1 < le && q[1] == ' ')
          gap = 1;
        break;
      default:
        break;
      }
    }
    /* a wiki's header ("! Last name !! First name") over rows of pipes
     * ("| Rakhra || Manjot"): the same cells, an empty one between each */
    const char *hs = cv_skip_hspace(ls, le);
    gboolean wiki = !tab && !pipe && hs + 2 < le && *hs == '!' &&
                    memmem(hs, (gsize)(le - hs), "!!", 2) != NULL;
    if (tab)
      delim = '\t';
    else if (pipe)
      delim = '|';
    else if (wiki)
      delim = '!';
    else if (nsemi >= 1)
      delim = ';';
    else if (ncomma >= 2)
      delim = ',';
    else if (!gap)
      continue;
    Cell cells[TABLE_MAX_COLS];
    int n = split_cells(ls, le, delim, cells);
    if (n < 2)
      continue;
    int kinds[TABLE_MAX_COLS];
    int useful = 0, labels = 0;
    for (int k = 0; k < n; k++) {
      int kd = header_kind(&cells[k]);
      if (kd < 0 && cells[k].s < cells[k].e)
        goto next_hit; /* a cell with digits or too long: not a header */
      kinds[k] = kd < 0 ? TCOL_NONE : kd;
      if (kd > 0 && kd != TCOL_OTHER && kd != TCOL_PLACE)
        useful++;
      if (cells[k].s < cells[k].e)
        labels++;
    }
    if (useful == 0 || labels < 2)
      continue;
    /* the labels themselves are no names ("First name") */
    for (int k = 0; k < n; k++)
      if (kinds[k] > TCOL_NONE)
        cv_scan_keep_insert(scan, (gsize)(cells[k].s - text),
                            (gsize)(cells[k].e - text));
    if (!delim && le < end) {
      const char *te = table_transposed(scan, le + 1, kinds, n);
      if (te) {
        done = te;
        continue;
      }
    }
    if (le < end) {
      /* rows read are not tried as headers again (a file of header-like
       * lines would otherwise be read again from each of them) */
      const char *stop = table_rows(scan, le + 1, wiki ? '|' : delim, kinds, n);
      if (stop > done)
        done = stop;
    }
  next_hit:;
  }
}
