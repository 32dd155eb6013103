/* jd-review-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-document.h"
#include "jd-finding-private.h"
#include "jd-review-enums.h"
#include "jd-review-types.h"

G_BEGIN_DECLS

/* What the files of src/core/review share. */

/* The text of a block or field cut into words (tokens) and sentences:
 * jd-review-text.c. */

typedef enum
{
  JD_TOKEN_NUMBER  = 1 << 0, /* starts with a digit */
  JD_TOKEN_JOINED  = 1 << 1, /* holds a hyphen, slash, gender star... */
  JD_TOKEN_LETTERS = 1 << 2, /* has at least one letter: a word */
  JD_TOKEN_UPPER   = 1 << 3, /* starts with a capital letter */
} JdTokenFlags;

typedef struct
{
  guint start;        /* bytes of the text */
  guint end;
  guint cstart;       /* characters of the text */
  guint cend;
  guint fold;         /* the folded form, in JdScan.folded */
  guint sentence;
  guint n_letters;
  guint flags;
} JdToken;

typedef struct
{
  guint first_token;
  guint n_tokens;
  guint n_words;
  guint start;        /* bytes */
  guint end;
  guint cstart;       /* characters */
  guint cend;
} JdSentence;

typedef struct
{
  const char *text;
  GArray     *tokens;     /* of JdToken */
  GArray     *sentences;  /* of JdSentence */
  GString    *folded;     /* the folded tokens, each ended by a NUL */
} JdScan;

void        _jd_scan_init        (JdScan      *scan,
                                  const char  *text,
                                  const char  *language);
void        _jd_scan_clear       (JdScan      *scan);
const char *_jd_scan_folded      (JdScan      *scan,
                                  guint        token);
GArray     *_jd_scan_token_parts (JdScan      *scan,
                                  guint        token);
char       *_jd_fold             (const char  *text);
guint       _jd_count_syllables  (const char  *word,
                                  gssize       len,
                                  const char  *language);

/* One part of a joined token ("self" and "starter" of "self-starter"). */
typedef struct
{
  guint  cstart;
  guint  cend;
  char  *folded;
} JdTokenPart;

/* The rules and word lists of a language, from data/review/LL.txt:
 * jd-review-rules.c. */

typedef struct _JdRuleSet JdRuleSet;

typedef struct
{
  guint   rule;          /* index in the rule set's rule ids */
  guint   n_tokens;
  char  **tokens;        /* folded; "<n>" stands for a number */
  char  **suggestions;
  char   *label;         /* the stem of a research list, or NULL */
  guint   exception : 1; /* a phrase in which the rule does not fire */
} JdPhrase;

JdRuleSet    *_jd_rule_set_get           (const char  *language);
const char   *_jd_rule_set_get_language  (JdRuleSet   *set);
guint         _jd_rule_set_get_n_rules   (JdRuleSet   *set);
const char   *_jd_rule_set_get_rule      (JdRuleSet   *set,
                                          guint        rule);
int           _jd_rule_set_find_rule     (JdRuleSet   *set,
                                          const char  *rule_id);
gboolean      _jd_rule_set_get_parts     (JdRuleSet   *set,
                                          guint        rule);
GPtrArray    *_jd_rule_set_lookup        (JdRuleSet   *set,
                                          const char  *folded);
const char   *_jd_rule_set_get_setting   (JdRuleSet   *set,
                                          const char  *section,
                                          const char  *key);
char        **_jd_rule_set_get_list      (JdRuleSet   *set,
                                          const char  *section,
                                          const char  *key);
guint         _jd_rule_set_get_number    (JdRuleSet   *set,
                                          const char  *section,
                                          const char  *key,
                                          guint        fallback);
GPtrArray    *_jd_rule_set_get_phrases   (JdRuleSet   *set,
                                          const char  *rule_id);
GBytes       *_jd_review_data_lookup     (const char  *name,
                                          GError     **error);

/* What each rule is: its category, its default severity and its message,
 * translated: jd-review-messages.c. */

typedef struct
{
  const char       *id;
  JdReviewCategory  category;
  JdSeverity        severity;
  /* With one %s for the text found; NULL for rules whose findings the
   * checks word themselves. */
  const char       *message;
  /* Whether the rule's phrases are looked for in all the text; the
   * phrases of other rules are lists that one check uses. */
  gboolean          matched;
} JdRuleInfo;

const JdRuleInfo *_jd_rule_info_lookup   (const char  *rule_id);
const JdRuleInfo *_jd_rule_set_get_info  (JdRuleSet   *set,
                                          guint        rule);
const JdRuleInfo *_jd_rule_info_get_all  (guint       *n_rules);
char             *_jd_review_format_message (const char *format,
                                             const char *text);

/* A review in progress: jd-review.c runs the checks of the other files
 * over it. */
typedef struct
{
  JdDocument   *document;
  JdRuleSet    *rules;
  const char   *language;
  GPtrArray    *findings;    /* of JdFinding, ignored ones included */
  GPtrArray    *feminine;    /* of char*, every occurrence */
  GPtrArray    *masculine;
  gboolean      adapted;

  /* Readability, over the blocks. */
  guint         n_sentences;
  guint         n_words;
  guint         n_syllables;
  guint         n_long_words;
} JdReviewRun;

void _jd_review_add_finding   (JdReviewRun        *run,
                               const char         *rule,
                               const char         *message,
                               const JdPlace      *place,
                               const char         *text,
                               const char * const *suggestions);
void _jd_review_match         (JdReviewRun        *run,
                               JdScan             *scan,
                               const JdPlace      *place);
gboolean _jd_review_find_phrase (JdReviewRun    *run,
                                 JdScan         *scan,
                                 const char     *rule_id,
                                 guint          *cstart,
                                 guint          *cend);
void _jd_review_check_sentences (JdReviewRun      *run,
                                 JdScan           *scan,
                                 const JdPlace    *place);
void _jd_review_check_readability (JdReviewRun    *run,
                                   JdReadabilityFormula formula,
                                   double          score);
void _jd_review_check_title   (JdReviewRun        *run);
void _jd_review_check_locale  (JdReviewRun        *run);
void _jd_review_check_length  (JdReviewRun        *run);
void _jd_review_check_completeness (JdReviewRun   *run);
void _jd_review_check_pay     (JdReviewRun        *run);

JdReadabilityFormula _jd_readability_formula_for (JdRuleSet *set);
double               _jd_readability_compute     (JdReadabilityFormula formula,
                                                  guint                n_sentences,
                                                  guint                n_words,
                                                  guint                n_syllables,
                                                  guint                n_long_words);

G_END_DECLS
