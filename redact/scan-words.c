/* scan-words.c — owns the word reader shared by the word detectors
 * (scan-*.c): a word with its folded form and context categories, spaces,
 * name particles and words, the name reader, skip of titles, line ends. */
#define _GNU_SOURCE 1
#include "scan-words.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- words ----------------------------------------------------------------- */

/* Reads the word at @p (no leading space skipped).  Returns FALSE if no
 * word starts there. */
gboolean
cv_word_at(const char *p, const char *end, Word *w)
{
  gsize cl;
  gboolean up;
  w->s = p;
  w->digit = FALSE;
  if (p < end && cv_is_digit(*p)) {
    /* ordinals: 1re, 2e, 3rd, 21st, 1er */
    const char *q = p;
    while (q < end && cv_is_digit(*q) && q - p < 3)
      q++;
    const char *r = q;
    while (r < end && cv_is_alpha_ascii(*r) && r - q < 3)
      r++;
    if (r == q || (r < end && cv_is_alnum_ascii(*r)))
      return FALSE;
    w->e = r;
    w->digit = TRUE;
    w->cap = FALSE;
    w->upper = FALSE;
    w->fn = cv_fold(p, r, w->f, sizeof w->f);
    w->cats = 0;
    return TRUE;
  }
  if (p >= end || !cv_letter_at(p, end, &cl, &up))
    return FALSE;
  w->cap = up;
  w->upper = up;
  const char *q = p;
  for (;;) {
    for (;;) {
      if (q < end && cv_letter_at(q, end, &cl, &up)) {
        if (!up)
          w->upper = FALSE;
        q += cl;
      } else if (q < end && *q == '|' && q > p) {
        q++; /* OCR: "|" for "l" inside a word */
        w->upper = FALSE;
      } else {
        break;
      }
    }
    gsize jl = cv_name_joiner_len(q, end);
    if (jl && q + jl < end && cv_letter_at(q + jl, end, &cl, &up)) {
      q += jl;
      continue;
    }
    break;
  }
  w->e = q;
  w->fn = cv_fold(p, q, w->f, sizeof w->f);
  w->cats = w->fn ? cv_ctx_lookup(w->f, w->fn, &w->value) : 0;
  return TRUE;
}

/* Skips horizontal space (not line breaks); returns the new position. */
const char *
cv_skip_hspace(const char *p, const char *end)
{
  gsize l;
  while (p < end && (l = cv_hspace_len(p, end)) != 0)
    p += l;
  return p;
}

/* Can a capitalised word start at @p?  (cheap test before cv_word_at) */
gboolean
cv_cap_at(const char *p, const char *end)
{
  gsize cl;
  gboolean up = FALSE;
  return p < end && cv_letter_at(p, end, &cl, &up) && up;
}

gboolean
cv_maybe_cap(const char *p, const char *end)
{
  guint8 c = (guint8)*p;
  if (c >= 'A' && c <= 'Z')
    return TRUE;
  if (c == 0xC3)
    return p + 1 < end && (guint8)p[1] < 0xA0;
  gsize cl;
  int x = cv_text_ext_index((const guint8 *)p, (gsize)(end - p), &cl);
  return x >= 0 && (cv_text_ext_fold[x] & 0x80);
}

gboolean
cv_is_particle_word(const Word *w)
{
  if (w->cap && !w->upper)
    return FALSE;
  if (w->cats & CV_CTX_PARTICLE)
    return TRUE;
  /* l'Église, d'Youville */
  if (w->fn >= 3 && (w->f[0] == 'l' || w->f[0] == 'd') && w->f[1] == '\'')
    return TRUE;
  return w->fn == 1 && (w->f[0] == 'a'); /* "à" folded */
}

/* A particle inside a person name: the lower-case ones, and the capitalised
 * "De", "Des", "Du", "Van", "Von", "Da", "Di", "Del", "Dos", "El", "Ben"
 * (not "Le"/"La": "Jean Roy La Presse"). */
gboolean
cv_name_particle(const Word *w)
{
  if (cv_is_particle_word(w))
    return TRUE;
  if (!(w->cats & CV_CTX_PARTICLE) || w->upper)
    return FALSE;
  return !(w->fn == 2 && w->f[0] == 'l');
}

gboolean
cv_folded_in(const char *f, gsize fn, const char *const *list, gsize n)
{
  /* (byte by byte: most entries differ at the first, no strlen) */
  for (gsize k = 0; k < n; k++) {
    const char *s = list[k];
    gsize i = 0;
    while (i < fn && s[i] != '\0' && s[i] == f[i])
      i++;
    if (i == fn && s[i] == '\0')
      return TRUE;
  }
  return FALSE;
}

gboolean
cv_word_in(const Word *w, const char *const *list, gsize n)
{
  return cv_folded_in(w->f, w->fn, list, n);
}

/* The bytes of @v equal to @c: their high bits (exact, no borrow). */
static inline guint64
bytes_eq(guint64 v, guint64 c)
{
  guint64 x = v ^ (c * G_GUINT64_CONSTANT(0x0101010101010101));
  guint64 t = ((x & G_GUINT64_CONSTANT(0x7F7F7F7F7F7F7F7F)) +
               G_GUINT64_CONSTANT(0x7F7F7F7F7F7F7F7F)) |
              x;
  return ~t & G_GUINT64_CONSTANT(0x8080808080808080);
}

/* Does a cue open the text at @p (after a boundary)?  Appends it. */
static inline void
cue_at(const char *text, const char *end, const char *p, const guint64 *first,
       const guint64 *second, const char *const *cues, const gsize *cl,
       GArray *out)
{
  if (p + 1 >= end)
    return;
  /* (the candidates in the cues' order, lowest bit first) */
  for (guint64 m = first[(guint8)p[0]] & second[(guint8)p[1]]; m; m &= m - 1) {
    gsize k = (gsize)__builtin_ctzll(m);
    if ((gsize)(end - p) >= cl[k] && memcmp(p, cues[k], cl[k]) == 0) {
      guint64 v = (guint64)(p - text) << 8 | k;
      g_array_append_val(out, v);
      return;
    }
  }
}

/* The places where one of @cues (at most 62, compared byte for byte)
 * opens a word (at the text's start or after a blank, a line break, a TAB
 * or '('): one read of the text for all of them, however many.  Appends
 * to @out guint64 values (offset << 8 | index of the cue), in text order;
 * the blank of each " (" too, with the index @n, and the bracket of each
 * "):" with the index @n + 1. */
static void
find_cues(const char *text, gsize len, const char *const *cues, gsize n,
          GArray *out)
{
  guint64 first[256] = { 0 }, second[256] = { 0 };
  gsize cl[64];
  n = MIN(n, 62);
  for (gsize k = 0; k < n; k++) {
    first[(guint8)cues[k][0]] |= G_GUINT64_CONSTANT(1) << k;
    second[(guint8)cues[k][1]] |= G_GUINT64_CONSTANT(1)
                                  << k; /* (two bytes at least) */
    cl[k] = strlen(cues[k]);
  }
  const char *end = text + len;
  if (len > 0)
    cue_at(text, end, text, first, second, cues, cl, out);
  /* the word starts: after a blank, a line break, a TAB, '(' or a quote
   * (a CSV's quoted cell: "\"C.P. 1151\"") — found eight bytes at a time */
  const char *p = text;
  for (; end - p >= 8; p += 8) {
    guint64 v;
    memcpy(&v, p, 8);
    guint64 paren = bytes_eq(v, '(');
    /* "):", the end of a bracket before a colon (index @n + 1) */
    for (guint64 cm = bytes_eq(v, ')'); cm; cm &= cm - 1) {
      const char *c = p + (__builtin_ctzll(cm) >> 3);
      if (c + 1 < end && c[1] == ':') {
        guint64 cv = (guint64)(c - text) << 8 | (n + 1);
        g_array_append_val(out, cv);
      }
    }
    guint64 m = bytes_eq(v, ' ') | bytes_eq(v, '\n') | bytes_eq(v, '\t') |
                bytes_eq(v, '"') | paren;
    while (m) {
      int b = __builtin_ctzll(m) >> 3;
      /* " (": the blank before a bracket, a cue of its own (index @n) */
      if (G_UNLIKELY((paren >> (b * 8)) & 0x80) && p + b > text &&
          p[b - 1] == ' ') {
        guint64 pv = (guint64)(p + b - 1 - text) << 8 | n;
        g_array_append_val(out, pv);
      }
      cue_at(text, end, p + b + 1, first, second, cues, cl, out);
      m &= m - 1;
    }
  }
  for (; p < end; p++) {
    if (*p == ')' && p + 1 < end && p[1] == ':') {
      guint64 cv = (guint64)(p - text) << 8 | (n + 1);
      g_array_append_val(out, cv);
    }
    if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '(' || *p == '"') {
      if (*p == '(' && p > text && p[-1] == ' ') {
        guint64 pv = (guint64)(p - 1 - text) << 8 | n;
        g_array_append_val(out, pv);
      }
      cue_at(text, end, p + 1, first, second, cues, cl, out);
    }
  }
}

const char *const cv_cue_words[CV_CUE_N] = {
  "dot ", "point ", "Box ", "C.P. ", "CP ", "postale ",
  /* the clause cues, in lower_clause_names()'s order */
  "que ", "says ", "said ", "told her ", "told him ", "rappeler ", "appeler ",
  "vu ", "revu ", "call ", "called ", "saw ", "parl\xc3\xa9 avec ", "spoke to ",
  "spoke with ", "talked to ", "l'appelait ", "officer ", "rappel par ",
  /* who speaks on the phone */
  "l'appareil",
  "l\xe2\x80\x99"
  "appareil",
  "speaking",
  /* naming phrases */
  "was ",
  /* who calls ("bonjour c'est kirsty gillespie du bureau") */
  "c'est ",
  "c\xe2\x80\x99"
  "est ",
  "it's ",
  "it\xe2\x80\x99"
  "s ",
  "this is ", "ici ",
  /* vehicles' plates */
  "plaque", "Plaque", "plate", "Plate", "immatricul", "Immatricul",
  "d'immatricul",
  "d\xe2\x80\x99"
  "immatricul",
  /* a family's name ("la famille Gagnon", "the Smith family") */
  "famille ", "Famille ", "family", "Family",
  /* a person's name after them ("auprès de Macalintal", "c/o Bañez", "fu
   * w/ Rossignol", "tell Heron", "Merci à Anne-Delphina Couvreur") */
  "aupr\xc3\xa8"
  "s de ",
  "Aupr\xc3\xa8"
  "s de ",
  "c/o ", "C/O ", "w/ ", "tell ", "Tell ", "merci \xc3\xa0 ", "Merci \xc3\xa0 ",
  "thanks to ", "Thanks to ", "recommande ", "recommend "
};
G_STATIC_ASSERT(CV_CUE_N <= 62);

gboolean
cv_caps_like_name(const char *s, const char *e)
{
  for (const char *k = s + 1; k < e; k++)
    if ((cv_cls[(guint8)*k] & CV_C_UPPER) && k[-1] != '-' && k[-1] != '\'' &&
        !(k - s == 2 && memcmp(s, "Mc", 2) == 0) &&
        !(k - s == 3 && memcmp(s, "Mac", 3) == 0))
      return FALSE;
  return TRUE;
}

/* A growing list of offsets: its GArray is sized ahead, @n used. */
typedef struct {
  GArray *a;
  guint n;
} Offsets;

static inline void
offsets_add_mask(Offsets *o, guint32 m, guint32 base)
{
  if (o->n + 32 > o->a->len)
    g_array_set_size(o->a, MAX(o->a->len * 2, o->n + 32));
  guint32 *d = (guint32 *)(void *)o->a->data;
  for (; m; m &= m - 1)
    d[o->n++] = base + (guint32)__builtin_ctz(m);
}

static const char mark_bytes[CV_MARK_N] = { '.', ':', ',', '(',
                                            '[', '{', '@', '+' };
G_STATIC_ASSERT(CV_MARK_N <= G_N_ELEMENTS(((CvScan *)NULL)->punct));

const GArray *
cv_scan_lines(CvScan *scan)
{
  if (scan->lines)
    return scan->lines;
  const char *text = scan->text, *end = text + scan->len;
  /* the '\n' (a line starts after each) and the marks, in one read */
  Offsets nl = {
    g_array_sized_new(FALSE, FALSE, sizeof(guint32), scan->len / 48 + 32), 0
  };
  Offsets mk[CV_MARK_N];
  for (guint k = 0; k < CV_MARK_N; k++)
    mk[k] = (Offsets){
      g_array_sized_new(FALSE, FALSE, sizeof(guint32), scan->len / 256 + 32), 0
    };
  g_array_set_size(nl.a, 1);
  ((guint32 *)(void *)nl.a->data)[0] = 0;
  nl.n = 1;
  const char *p = text;
#if defined(__SSE2__)
  const __m128i vnl = _mm_set1_epi8('\n');
  for (; end - p >= 16; p += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    guint32 base = (guint32)(p - text);
    guint32 m = (guint32)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vnl));
    if (m)
      offsets_add_mask(&nl, m, base + 1);
    for (guint k = 0; k < CV_MARK_N; k++) {
      m = (guint32)_mm_movemask_epi8(
          _mm_cmpeq_epi8(v, _mm_set1_epi8(mark_bytes[k])));
      if (m)
        offsets_add_mask(&mk[k], m, base);
    }
  }
#endif
  for (; p < end; p++) {
    guint32 base = (guint32)(p - text);
    if (*p == '\n')
      offsets_add_mask(&nl, 1, base + 1);
    for (guint k = 0; k < CV_MARK_N; k++)
      if (*p == mark_bytes[k])
        offsets_add_mask(&mk[k], 1, base);
  }
  /* (no line starts after a last '\n') */
  if (nl.n > 1 && ((guint32 *)(void *)nl.a->data)[nl.n - 1] >= scan->len)
    nl.n--;
  g_array_set_size(nl.a, nl.n);
  scan->lines = nl.a;
  for (guint k = 0; k < CV_MARK_N; k++) {
    g_array_set_size(mk[k].a, mk[k].n);
    scan->punct[k] = mk[k].a;
  }
  return scan->lines;
}

const GArray *
cv_scan_marks(CvScan *scan, guint mark)
{
  g_return_val_if_fail(mark < CV_MARK_N, NULL);
  if (!scan->punct[mark])
    cv_scan_lines(scan);
  return scan->punct[mark];
}

const GArray *
cv_scan_cues(CvScan *scan)
{
  if (!scan->cues) {
    scan->cues = g_array_new(FALSE, FALSE, sizeof(guint64));
    find_cues(scan->text, scan->len, cv_cue_words, CV_CUE_N, scan->cues);
  }
  return scan->cues;
}

gboolean
cv_opens_with_any(const char *p, const char *end, const char *const *list, gsize n)
{
  if (p >= end)
    return FALSE;
  for (gsize k = 0; k < n; k++) {
    if (list[k][0] != *p)
      continue;
    gsize l = strlen(list[k]);
    if ((gsize)(end - p) >= l && memcmp(p, list[k], l) == 0)
      return TRUE;
  }
  return FALSE;
}

/* Municipalities, regions and communities of Québec and the main cities of
 * Canada, folded (lower case, no accents), sorted: a veto for the weak name
 * rules ("la demande de Longueuil", "le bureau d'Amqui"), never a stop word
 * (several are surnames too: Laval, Brossard, Dorval, Verdun; places that
 * are given names, Victoria, Alma, Lorraine, Tracy, are left out). */
static const char *const places[] = {
  "abitibi",
  "acton-vale",
  "ahuntsic",
  "akwesasne",
  "amos",
  "amqui",
  "anjou",
  "asbestos",
  "baie-comeau",
  "baie-saint-paul",
  "bas-saint-laurent",
  "beauharnois",
  "beauport",
  "beloeil",
  "blainville",
  "bois-des-filion",
  "boisbriand",
  "boucherville",
  "brampton",
  "bromont",
  "brossard",
  "calgary",
  "candiac",
  "cap-de-la-madeleine",
  "chambly",
  "charlesbourg",
  "charlevoix",
  "chateauguay",
  "chaudiere-appalaches",
  "chibougamau",
  "chicoutimi",
  "chisasibi",
  "coaticook",
  "contrecoeur",
  "cote-nord",
  "cowansville",
  "delson",
  "deux-montagnes",
  "dolbeau-mistassini",
  "dollard-des-ormeaux",
  "dorval",
  "drummondville",
  "edmonton",
  "estrie",
  "forestville",
  "fredericton",
  "gaspe",
  "gaspesie",
  "gatineau",
  "gesgapegiag",
  "granby",
  "halifax",
  "hampstead",
  "hawkesbury",
  "huntingdon",
  "iqaluit",
  "joliette",
  "jonquiere",
  "kahnawake",
  "kanesatake",
  "kawawachikamach",
  "kitigan",
  "kuujjuaq",
  "kuujjuarapik",
  "la-prairie",
  "la-sarre",
  "la-tuque",
  "lachine",
  "lachute",
  "lanaudiere",
  "lasalle",
  "laurentides",
  "laval",
  "lavaltrie",
  "levis",
  "listuguj",
  "longueuil",
  "louiseville",
  "magog",
  "malartic",
  "manawan",
  "maniwaki",
  "markham",
  "mascouche",
  "mashteuiatsh",
  "matane",
  "mauricie",
  "mirabel",
  "mississauga",
  "mistissini",
  "moncton",
  "mont-joli",
  "mont-laurier",
  "mont-royal",
  "mont-tremblant",
  "monteregie",
  "montmagny",
  "montreal-nord",
  "murdochville",
  "nord-du-quebec",
  "nunavik",
  "odanak",
  "oka",
  "opitciwan",
  "ottawa-gatineau",
  "outaouais",
  "outremont",
  "pessamit",
  "pierrefonds",
  "pincourt",
  "plessisville",
  "pointe-claire",
  "port-cartier",
  "quebec",
  "regina",
  "repentigny",
  "rimouski",
  "riviere-du-loup",
  "roberval",
  "rosemere",
  "rosemont",
  "rouyn-noranda",
  "saguenay",
  "saguenay-lac-saint-jean",
  "saint-laurent",
  "sainte-foy",
  "salaberry-de-valleyfield",
  "saskatoon",
  "schefferville",
  "senneterre",
  "sept-iles",
  "shawinigan",
  "shefford",
  "sherbrooke",
  "sillery",
  "sorel",
  "sorel-tracy",
  "stanstead",
  "ste-foy",
  "sudbury",
  "temiscaming",
  "terrebonne",
  "thetford-mines",
  "timmins",
  "toronto",
  "trois-rivieres",
  "uashat",
  "val-d'or",
  "valleyfield",
  "vancouver",
  "varennes",
  "vaudreuil",
  "vaudreuil-dorion",
  "verdun",
  "victoriaville",
  "waskaganish",
  "wemindji",
  "wemotaci",
  "wendake",
  "westmount",
  "whitehorse",
  "winnipeg",
  "wolinak",
  "yamachiche",
  "yellowknife",
};

static int
place_cmp(const void *key, const void *elt)
{
  const Word *w = key;
  const char *p = *(const char *const *)elt;
  gsize n = strlen(p);
  int c = memcmp(w->f, p, MIN(w->fn, n));
  return c ? c : (w->fn < n ? -1 : w->fn > n ? 1 : 0);
}

gboolean
cv_word_is_place(const Word *w)
{
  return w->fn > 0 && bsearch(w, places, G_N_ELEMENTS(places), sizeof places[0],
                              place_cmp) != NULL;
}

/* The end of an inclusive-writing suffix glued to a word at @p ("(e)",
 * "(es)", "(ère)", "·e", "·trice"): "Préposé(e) :", "Intervenant·e :";
 * @p itself when there is none. */
const char *
cv_inclusive_suffix(const char *p, const char *end)
{
  const char *q = p;
  gboolean paren = q < end && *q == '(';
  if (paren)
    q++;
  else if (end - q >= 2 && (guint8)q[0] == 0xC2 && (guint8)q[1] == 0xB7)
    q += 2;
  else
    return p;
  const char *l = q;
  while (q < end && q - l < 8 &&
         ((cv_cls[(guint8)*q] & CV_C_LOWER) || (guint8)*q >= 0x80))
    q++;
  if (q == l)
    return p;
  if (paren)
    return q < end && *q == ')' ? q + 1 : p;
  return q;
}
