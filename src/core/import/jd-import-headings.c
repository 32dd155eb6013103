/* jd-import-headings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <string.h>

#include "jd-import-private.h"
#include "jd-import-resources.h"
#include "jd-terms.h"

/* What the words of a document say: which section kind a heading names
 * (data/import/section-headings.ini and the default headings of the
 * terms), which language the text is in (data/import/stop-words.ini),
 * and the facts under the title that Jobscribe's own exports write.
 * The tables are read once and shared by every import, in any thread. */

#define RESOURCE_PATH RESOURCE_BASE "/import/"

/* A heading matches a wording it contains when it has at most this many
 * words more: "Your tasks at Example Ltd" is "Your tasks", a sentence
 * that happens to hold "tasks" is not a heading. */
#define MAX_EXTRA_WORDS 4

/* Enough text to tell a language; the rest would not change the answer. */
#define LANGUAGE_SAMPLE_BYTES (64 * 1024)

typedef struct
{
  char          *folded;
  guint          n_words;
  JdSectionKind  kind;
} Wording;

typedef struct
{
  JdTerms    *terms;
  /* folded wording → Wording */
  GHashTable *wordings;
  GPtrArray  *by_length;
  /* folded word → language code */
  GHashTable *stop_words;
} Tables;

static guint
count_words (const char *folded)
{
  guint n = folded[0] != '\0' ? 1 : 0;

  for (const char *p = folded; *p; p++)
    if (*p == ' ')
      n++;

  return n;
}

/**
 * _jd_import_fold:
 *
 * Returns: (transfer full): @text without case, accents or punctuation,
 *   its words separated by single spaces and leading numbers dropped:
 *   "2. Ihre AUFGABEN:" is "ihre aufgaben"
 */
char *
_jd_import_fold (const char *text)
{
  g_autofree char *lower = g_utf8_casefold (text, -1);
  g_autofree char *decomposed = g_utf8_normalize (lower, -1, G_NORMALIZE_NFKD);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean leading = TRUE;

  if (decomposed == NULL)
    return g_strdup ("");

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;

      if (c == 0x03C2)
        c = 0x03C3;  /* ς is σ at the end of a word */
      else if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == '`' || c == 0x00B4)
        c = '\'';

      if (g_unichar_isalnum (c) || (c == '\'' && out->len > 0 && out->str[out->len - 1] != ' '))
        {
          /* "1." or "2)" before the words is numbering. */
          if (leading && g_unichar_isdigit (c))
            continue;
          leading = FALSE;
          g_string_append_unichar (out, c);
        }
      else if (!leading && out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }

  /* Apostrophes and spaces at the edges of words are not words. */
  while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\''))
    g_string_truncate (out, out->len - 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_wording (Tables        *tables,
             const char    *text,
             JdSectionKind  kind)
{
  g_autofree char *folded = _jd_import_fold (text);
  Wording *wording;

  if (folded[0] == '\0' || g_hash_table_contains (tables->wordings, folded))
    return;

  wording = g_new0 (Wording, 1);
  wording->folded = g_steal_pointer (&folded);
  wording->n_words = count_words (wording->folded);
  wording->kind = kind;
  g_hash_table_insert (tables->wordings, wording->folded, wording);
  g_ptr_array_add (tables->by_length, wording);
}

static GKeyFile *
load_key_file (const char *name)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strconcat (RESOURCE_PATH, name, NULL);

  (void)jd_import_get_resource ();
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL ||
      !g_key_file_load_from_bytes (key_file, bytes, G_KEY_FILE_NONE, &error))
    g_error ("The built-in %s is broken: %s", name, error->message);

  return g_steal_pointer (&key_file);
}

static void
load_headings (Tables *tables)
{
  g_autoptr(GKeyFile) key_file = load_key_file ("section-headings.ini");
  const char * const *languages = jd_terms_get_languages ();

  /* The exports' own headings first, in every language. */
  for (guint kind = 0; kind < JD_SECTION_CUSTOM; kind++)
    {
      g_autofree char *id = g_strconcat ("section-", jd_section_kind_to_string (kind), NULL);

      for (guint i = 0; languages[i] != NULL; i++)
        add_wording (tables, jd_terms_get (tables->terms, id, languages[i]), kind);
    }

  for (guint kind = 0; kind < JD_SECTION_CUSTOM; kind++)
    for (guint i = 0; languages[i] != NULL; i++)
      {
        g_auto(GStrv) list = g_key_file_get_string_list (key_file, jd_section_kind_to_string (kind),
                                                         languages[i], NULL, NULL);

        for (guint j = 0; list != NULL && list[j] != NULL; j++)
          add_wording (tables, list[j], kind);
      }
}

static void
load_stop_words (Tables *tables)
{
  g_autoptr(GKeyFile) key_file = load_key_file ("stop-words.ini");
  const char * const *languages = jd_terms_get_languages ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_auto(GStrv) list = g_key_file_get_string_list (key_file, "stop-words", languages[i], NULL, NULL);

      for (guint j = 0; list != NULL && list[j] != NULL; j++)
        g_hash_table_insert (tables->stop_words, _jd_import_fold (list[j]), (gpointer)languages[i]);
    }
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const Wording *wa = *(const Wording * const *)a;
  const Wording *wb = *(const Wording * const *)b;

  return (int)wb->n_words - (int)wa->n_words;
}

static gpointer
load_tables (gpointer data)
{
  Tables *tables = g_new0 (Tables, 1);
  g_autoptr(GError) error = NULL;

  tables->terms = jd_terms_new (NULL);
  if (!jd_terms_load (tables->terms, &error))
    g_error ("The built-in terms are broken: %s", error->message);

  tables->wordings = g_hash_table_new (g_str_hash, g_str_equal);
  tables->by_length = g_ptr_array_new ();
  tables->stop_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  load_headings (tables);
  g_ptr_array_sort (tables->by_length, compare_longest_first);
  load_stop_words (tables);

  return tables;
}

/* Built once, never freed: the tables live as long as the program. */
static Tables *
get_tables (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_tables, NULL);
}

/* Returns: where the words of @needle are in @haystack, in a row, or -1 */
static gssize
find_words (const char *haystack,
            const char *needle)
{
  gsize len = strlen (needle);

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    if ((p == haystack || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
      return p - haystack;

  return -1;
}

/**
 * _jd_import_match_heading:
 * @exact_only: whether the heading must say a wording and nothing more
 * @kind: (out) (optional): the section kind it names
 *
 * Returns: whether @heading names a section kind
 */
gboolean
_jd_import_match_heading (const char    *heading,
                          gboolean       exact_only,
                          JdSectionKind *kind)
{
  Tables *tables = get_tables ();
  g_autofree char *folded = _jd_import_fold (heading);
  Wording *wording;
  guint n_words;

  if (folded[0] == '\0')
    return FALSE;

  wording = g_hash_table_lookup (tables->wordings, folded);
  if (wording == NULL && !exact_only)
    {
      gssize best = -1;

      n_words = count_words (folded);

      /* The wording that comes first wins, and of those the longest:
       * "Requirements for the role" is not "The role", "Company profile"
       * is not "Profile". */
      for (guint i = 0; i < tables->by_length->len; i++)
        {
          Wording *candidate = g_ptr_array_index (tables->by_length, i);
          gssize at;

          if (candidate->n_words + MAX_EXTRA_WORDS < n_words)
            continue;

          at = find_words (folded, candidate->folded);
          if (at >= 0 && (best < 0 || at < best))
            {
              wording = candidate;
              best = at;
            }
        }
    }

  if (wording == NULL)
    return FALSE;

  if (kind != NULL)
    *kind = wording->kind;
  return TRUE;
}

/* Whether @heading is what an export writes for @kind in @lang anyway,
 * so the section can keep the default heading, which follows the
 * document into other languages. */
gboolean
_jd_import_is_default_heading (JdSectionKind  kind,
                               const char    *heading,
                               const char    *lang)
{
  Tables *tables = get_tables ();
  g_autofree char *id = g_strconcat ("section-", jd_section_kind_to_string (kind), NULL);
  g_autofree char *folded = _jd_import_fold (heading);
  g_autofree char *expected = _jd_import_fold (jd_terms_get (tables->terms, id, lang));

  return g_str_equal (folded, expected);
}

static const char * const employment_terms[JD_EMPLOYMENT_N_TYPES] = {
  "employment-full-time", "employment-part-time", "employment-contractor",
  "employment-temporary", "employment-intern", "employment-volunteer",
  "employment-per-diem", "employment-other",
};

static const struct {
  const char      *term;
  JdWorkplaceType  type;
} workplace_terms[] = {
  { "workplace-on-site", JD_WORKPLACE_ON_SITE },
  { "workplace-hybrid", JD_WORKPLACE_HYBRID },
  { "workplace-remote", JD_WORKPLACE_REMOTE },
};

static gboolean
is_term (Tables     *tables,
         const char *folded,
         const char *id)
{
  const char * const *languages = jd_terms_get_languages ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *term = _jd_import_fold (jd_terms_get (tables->terms, id, languages[i]));

      if (g_str_equal (folded, term))
        return TRUE;
    }

  return FALSE;
}

/* One fact of the line under the title: a workplace or employment types
 * ("Full-time, Part-time"). */
static gboolean
parse_fact (Tables           *tables,
            const char       *fact,
            JdWorkplaceType  *workplace,
            gboolean         *has_workplace,
            JdEmploymentType *types)
{
  g_autofree char *folded = _jd_import_fold (fact);
  g_auto(GStrv) parts = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (workplace_terms); i++)
    if (is_term (tables, folded, workplace_terms[i].term))
      {
        *workplace = workplace_terms[i].type;
        *has_workplace = TRUE;
        return TRUE;
      }

  parts = g_strsplit (fact, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = _jd_import_fold (parts[i]);
      gboolean found = FALSE;

      for (guint j = 0; j < JD_EMPLOYMENT_N_TYPES && !found; j++)
        if (is_term (tables, part, employment_terms[j]))
          {
            *types |= 1u << j;
            found = TRUE;
          }

      if (!found)
        return FALSE;
    }

  return TRUE;
}

/**
 * _jd_import_parse_facts:
 *
 * Reads the line Jobscribe's exports write under the title, such as
 * "Hybrid · Full-time", back into @document. Only a line that says
 * nothing but such facts is taken; anything else stays text.
 *
 * Returns: whether @text was such a line
 */
gboolean
_jd_import_parse_facts (const char *text,
                        JdDocument *document)
{
  Tables *tables = get_tables ();
  g_auto(GStrv) facts = g_strsplit (text, "·", 8);
  JdWorkplaceType workplace = JD_WORKPLACE_ON_SITE;
  JdEmploymentType types = JD_EMPLOYMENT_NONE;
  gboolean has_workplace = FALSE;

  if (strchr (text, '\n') != NULL || g_utf8_strlen (text, -1) > 200)
    return FALSE;

  for (guint i = 0; facts[i] != NULL; i++)
    if (!parse_fact (tables, facts[i], &workplace, &has_workplace, &types))
      return FALSE;

  if (has_workplace)
    jd_document_set_workplace_type (document, workplace);
  if (types != JD_EMPLOYMENT_NONE)
    jd_document_set_employment_types (document, types);

  return TRUE;
}

/**
 * _jd_import_parse_apply:
 *
 * Reads the apply line of Jobscribe's exports, "Apply: jobs@example.com",
 * back into @document: the label in any language, then an address or an
 * http(s) link and nothing else.
 *
 * Returns: whether @text was such a line
 */
gboolean
_jd_import_parse_apply (const char *text,
                        JdDocument *document)
{
  Tables *tables = get_tables ();
  const char *colon = strchr (text, ':');
  g_autofree char *head = NULL;
  g_autofree char *label = NULL;
  g_autofree char *value = NULL;

  if (colon == NULL || strchr (text, '\n') != NULL)
    return FALSE;

  head = g_strndup (text, (gsize)(colon - text));
  label = _jd_import_fold (head);
  if (!is_term (tables, label, "label-apply"))
    return FALSE;

  value = g_strstrip (g_strdup (colon + 1));
  /* A link written "text (address)" by the readers. */
  if (g_str_has_suffix (value, ")") && strstr (value, " (") != NULL)
    {
      char *open = strstr (value, " (");

      value[strlen (value) - 1] = '\0';
      memmove (value, open + 2, strlen (open + 2) + 1);
    }

  if (value[0] == '\0' || strpbrk (value, " \t") != NULL ||
      !(strchr (value, '@') != NULL ||
        g_str_has_prefix (value, "https://") || g_str_has_prefix (value, "http://")))
    return FALSE;

  jd_document_set_apply_to (document, value);
  return TRUE;
}

static void
count_language (Tables     *tables,
                const char *text,
                GHashTable *scores,
                guint      *greek,
                guint      *latin)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script == G_UNICODE_SCRIPT_GREEK)
        (*greek)++;
      else if (script == G_UNICODE_SCRIPT_LATIN)
        (*latin)++;
    }

  folded = _jd_import_fold (text);
  words = g_strsplit (folded, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *lang = g_hash_table_lookup (tables->stop_words, words[i]);

      if (lang != NULL)
        g_hash_table_insert (scores, (gpointer)lang,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (scores, lang)) + 1));
    }
}

/**
 * _jd_import_detect_language:
 *
 * Returns: the language of the text of @flow: Greek when most of its
 *   letters are, otherwise the language whose small words it uses most,
 *   and English when nothing tells
 */
const char *
_jd_import_detect_language (JdImportFlow *flow)
{
  Tables *tables = get_tables ();
  g_autoptr(GHashTable) scores = g_hash_table_new (g_str_hash, g_str_equal);
  const char * const *languages = jd_terms_get_languages ();
  const char *best = "en";
  guint best_score = 0;
  guint greek = 0;
  guint latin = 0;
  gsize sampled = 0;

  for (guint i = 0; i < flow->pieces->len && sampled < LANGUAGE_SAMPLE_BYTES; i++)
    {
      JdImportPiece *piece = g_ptr_array_index (flow->pieces, i);

      count_language (tables, piece->text, scores, &greek, &latin);
      sampled += strlen (piece->text);
    }

  if (greek > latin)
    return "el";

  for (guint i = 0; languages[i] != NULL; i++)
    {
      guint score = GPOINTER_TO_UINT (g_hash_table_lookup (scores, languages[i]));

      if (score > best_score)
        {
          best = languages[i];
          best_score = score;
        }
    }

  return best;
}
