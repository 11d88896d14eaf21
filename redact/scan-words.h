/* scan-words.h — internals shared by the word detectors (scan-words.c,
 * scan-email.c, scan-address.c, scan-dob.c, scan-tables.c, scan-text.c):
 * the word reader and the name reader.  Not installed. */
#pragma once

#include "redact-private.h"

G_BEGIN_DECLS

typedef struct {
  const char *s;              /* first byte */
  const char *e;              /* end */
  char f[CV_REDACT_MAX_WORD]; /* folded */
  gsize fn;                   /* folded length, 0 if not foldable */
  guint32 cats;               /* context categories */
  guint16 value;              /* month number */
  gboolean cap;               /* starts with a capital */
  gboolean upper;             /* all capitals */
  gboolean digit;             /* starts with a digit (ordinal "3e", "1st") */
} Word;

/* Reads the word at @p (no leading space skipped); FALSE if none starts. */
gboolean cv_word_at(const char *p, const char *end, Word *w);
/* Skips horizontal space (not line breaks). */
const char *cv_skip_hspace(const char *p, const char *end);
/* Can a capitalised word start at @p?  (cheap test before cv_word_at) */
/* Does a capital letter (accented too) open the text at @p? */
gboolean cv_cap_at(const char *p, const char *end);
gboolean cv_maybe_cap(const char *p, const char *end);
/* Is the folded word one of @list (@n folded words)? */
gboolean cv_word_in(const Word *w, const char *const *list, gsize n);
/* Is the folded word @f (@fn bytes) one of @list (@n folded words)? */
gboolean cv_folded_in(const char *f, gsize fn, const char *const *list, gsize n);
/* Is @w a municipality, a region or a community of Québec or a main city
 * of Canada (scan-words.c)? */
gboolean cv_word_is_place(const Word *w);
/* the end of an inclusive-writing suffix at @p ("(e)", "·e"), or @p */
const char *cv_inclusive_suffix(const char *p, const char *end);
/* Does one of @list (@n strings, compared byte for byte) open the text at
 * @p? */
gboolean cv_opens_with_any(const char *p, const char *end,
                           const char *const *list, gsize n);
/* The cue words some passes start from, found in one read of the text
 * for all of them (cv_scan_cues): the spelled-out dots of e-mails, post
 * office boxes, the cues of lower-case names in clauses, who speaks on
 * the phone; and two marks that open no word: " (" and "):". */
enum {
  CV_CUE_DOT,                     /* "dot " */
  CV_CUE_POINT,                   /* "point " */
  CV_CUE_BOX,                     /* "Box ", "C.P. ", "CP ", "postale " */
  CV_CUE_CLAUSE = CV_CUE_BOX + 4, /* the clause cues (scan-text.c) */
  CV_CUE_CLAUSE_END = CV_CUE_CLAUSE + 19,
  CV_CUE_APPAREIL = CV_CUE_CLAUSE_END,   /* "l'appareil", "l’appareil" */
  CV_CUE_SPEAKING = CV_CUE_APPAREIL + 2, /* "speaking" */
  CV_CUE_WAS,                            /* "was " ("it was Collen.") */
  CV_CUE_INTRO, /* "c'est ", "c’est ", "it's ", "it’s ", "this is ", "ici " */
  CV_CUE_PLATE = CV_CUE_INTRO + 6,   /* "plaque", "plate", "immatricul..." */
  CV_CUE_FAMILY = CV_CUE_PLATE + 8,  /* "famille ", "Famille ", "family" */
  CV_CUE_PERSON = CV_CUE_FAMILY + 4, /* "auprès de ", "c/o ", "w/ ", "tell "...
                                     (a person's name after them) */
  CV_CUE_N = CV_CUE_PERSON + 13,
  CV_CUE_PAREN = CV_CUE_N,          /* " (": the blank before a bracket */
  CV_CUE_CLOSE_COLON = CV_CUE_N + 1 /* "):" (the bracket's offset) */
};
extern const char *const cv_cue_words[CV_CUE_N];
/* The places of every cue word in the scan's text, in text order
 * (guint64 offset << 8 | CV_CUE_*): computed once, on first asked. */
const GArray *cv_scan_cues(CvScan *scan);
/* One cue of cv_scan_cues(): its offset in the text and its CV_CUE_*. */
typedef struct {
  gsize off;
  guint index;
} CvCue;
/* The next cue of @found from *@i whose index is in [@lo, @hi): TRUE with
 * @cue set and *@i past it, FALSE at the end. */
static inline gboolean
cv_cue_next(const GArray *found, guint *i, guint lo, guint hi, CvCue *cue)
{
  for (; *i < found->len; (*i)++) {
    guint64 v = g_array_index(found, guint64, *i);
    guint k = (guint)(v & 0xff);
    if (k >= lo && k < hi) {
      cue->off = (gsize)(v >> 8);
      cue->index = k;
      (*i)++;
      return TRUE;
    }
  }
  return FALSE;
}
/* The starts of the scan's lines (guint32 offsets, the first is 0), found
 * eight bytes at a time once for the passes that go line by line; line
 * i ends where line i + 1 starts, less its '\n'. */
const GArray *cv_scan_lines(CvScan *scan);
/* The punctuation some passes start from: the offsets of each (guint32, in
 * text order), found in the same read as the line starts, sixteen bytes
 * at a time where the machine can (SSE2). */
enum {
  CV_MARK_DOT,     /* '.' */
  CV_MARK_COLON,   /* ':' */
  CV_MARK_COMMA,   /* ',' */
  CV_MARK_PAREN,   /* '(' */
  CV_MARK_BRACKET, /* '[' */
  CV_MARK_BRACE,   /* '{' */
  CV_MARK_AT,      /* '@' */
  CV_MARK_PLUS,    /* '+' */
  CV_MARK_N
};
const GArray *cv_scan_marks(CvScan *scan, guint mark);
/* The digits in [@p, @e). */
static inline guint
cv_count_digits(const char *p, const char *e)
{
  guint n = 0;
  for (; p < e; p++)
    n += cv_is_digit(*p);
  return n;
}
/* Line @i of @lines: its start and end (before its '\n'). */
static inline void
cv_line_of(const CvScan *scan, const GArray *lines, guint i, const char **ls,
           const char **le)
{
  const guint32 *o = (const guint32 *)lines->data;
  *ls = scan->text + o[i];
  *le = i + 1 < lines->len ? scan->text + o[i + 1] - 1 : scan->text + scan->len;
  if (i + 1 >= lines->len && *le > *ls && (*le)[-1] == '\n')
    (*le)--;
}
/* Is [s, e) capitalised like a name: no capital inside but after a
 * hyphen, an apostrophe, "Mc" or "Mac" ("Marie-Ève", "O'Neil",
 * "McComber"; not "GDBus", "GSettings")? */
gboolean cv_caps_like_name(const char *s, const char *e);
/* Lower-case particles (de, van, l'...), "à". */
gboolean cv_is_particle_word(const Word *w);
/* A particle inside a person name (and "De", "Van"..., not "Le"/"La"). */
gboolean cv_name_particle(const Word *w);
/* A capitalised word that can be part of a name. */
gboolean cv_name_word_ok(const Word *w);
gboolean cv_province_word(const Word *w);
/* Is the word at @p in a place before its province and postal code
 * ("Candiac, QC  J4L3E4"; scan-keep.c)? */
gboolean cv_place_before_province(const char *text, const char *p,
                                  const char *end);
/* Is @w a word a name may be: out of the dictionaries, or in the name lists
 * or the gazetteer ("Njoya", "Khan", "Mathieu"; not "Service")? */
gboolean cv_word_may_name(const CvScan *scan, const Word *w);
/* Reads up to @maxw name words from @p (same line); the end or NULL. */
const char *cv_read_name_x(const char *p, const char *end, int maxw, int *nw,
                           gboolean *gaz, gboolean allow_comma, gboolean le_ok);
#define cv_read_name(p, end, maxw, nw, gaz, allow_comma)                       \
  cv_read_name_x(p, end, maxw, nw, gaz, allow_comma, FALSE)
/* A PERSON candidate whose words count for the other mentions. */
void cv_add_name(CvScan *scan, const char *s, const char *e, float conf,
                 const char *det);
/* Skips a title ("M.", "Dr") and the space after it. */
const char *cv_skip_title(const char *p, const char *end);
/* End of the line at @p, at most 512 bytes on. */
const char *cv_line_end(const char *p, const char *end);
/* A date at @p (numeric, "12 mars 1985", "March 12, 1985"...): its end or NULL. */
const char *cv_parse_date(const char *p, const char *end);
/* "19320815": a whole date of 8 digits, year first (scan-dob.c); its end
 * or NULL. */
const char *cv_parse_date_ymd8(const char *p, const char *end);

G_END_DECLS
