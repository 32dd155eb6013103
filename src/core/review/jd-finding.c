/* jd-finding.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-finding-private.h"
#include "jd-review-enum-types.h"

/* One thing the review found: which rule, how much it matters, what to
 * say, where it is and what could replace it.
 *
 * Where: a block of a section (section and block indexes, then start and
 * end in characters of the block's text), a section's heading (its index,
 * block -1, the field "heading", then start and end in the heading), a
 * metadata field (the field, such as "title", then start and end in its
 * text), or the document as a whole (section, block, start and end all
 * -1). */
struct _JdFinding
{
  GObject            parent_instance;

  char              *rule;
  JdReviewCategory   category;
  JdSeverity         severity;
  char              *message;
  int                section;
  int                block;
  int                start;
  int                end;
  char              *field;
  char              *scope;
  char              *text;
  char             **suggestions;
};

G_DEFINE_FINAL_TYPE (JdFinding, jd_finding, G_TYPE_OBJECT)

G_DEFINE_QUARK (jd-review-error-quark, jd_review_error)

enum {
  PROP_0,
  PROP_RULE,
  PROP_CATEGORY,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_SECTION,
  PROP_BLOCK,
  PROP_START,
  PROP_END,
  PROP_FIELD,
  PROP_SCOPE,
  PROP_TEXT,
  PROP_SUGGESTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jd_finding_finalize (GObject *object)
{
  JdFinding *self = (JdFinding *)object;

  g_free (self->rule);
  g_free (self->message);
  g_free (self->field);
  g_free (self->scope);
  g_free (self->text);
  g_strfreev (self->suggestions);

  G_OBJECT_CLASS (jd_finding_parent_class)->finalize (object);
}

static void
jd_finding_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  JdFinding *self = JD_FINDING (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_string (value, self->rule);
      break;
    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_SECTION:
      g_value_set_int (value, self->section);
      break;
    case PROP_BLOCK:
      g_value_set_int (value, self->block);
      break;
    case PROP_START:
      g_value_set_int (value, self->start);
      break;
    case PROP_END:
      g_value_set_int (value, self->end);
      break;
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;
    case PROP_SCOPE:
      g_value_set_string (value, self->scope);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_SUGGESTIONS:
      g_value_set_boxed (value, self->suggestions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_finding_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  JdFinding *self = JD_FINDING (object);

  switch (prop_id)
    {
    case PROP_RULE:
      self->rule = g_value_dup_string (value);
      break;
    case PROP_CATEGORY:
      self->category = g_value_get_enum (value);
      break;
    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;
    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;
    case PROP_SECTION:
      self->section = g_value_get_int (value);
      break;
    case PROP_BLOCK:
      self->block = g_value_get_int (value);
      break;
    case PROP_START:
      self->start = g_value_get_int (value);
      break;
    case PROP_END:
      self->end = g_value_get_int (value);
      break;
    case PROP_FIELD:
      self->field = g_value_dup_string (value);
      break;
    case PROP_SCOPE:
      self->scope = g_value_dup_string (value);
      break;
    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;
    case PROP_SUGGESTIONS:
      self->suggestions = g_value_dup_boxed (value);
      if (self->suggestions == NULL)
        self->suggestions = g_new0 (char *, 1);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
position_property (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, -1, G_MAXINT, -1,
                           (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
}

static void
jd_finding_class_init (JdFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jd_finding_finalize;
  object_class->get_property = jd_finding_get_property;
  object_class->set_property = jd_finding_set_property;

  /* A stable id, such as "gender.masculine" or "cliche". */
  properties[PROP_RULE] = string_property ("rule");
  properties[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL,
                       JD_TYPE_REVIEW_CATEGORY, JD_REVIEW_CATEGORY_COMPLETENESS,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       JD_TYPE_SEVERITY, JD_SEVERITY_INFO,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* What and why, in the language of the interface. */
  properties[PROP_MESSAGE] = string_property ("message");
  /* Indexes of the section and of the block in it, or -1. */
  properties[PROP_SECTION] = position_property ("section");
  properties[PROP_BLOCK] = position_property ("block");
  /* Characters (not bytes) from the start of the block or field text. */
  properties[PROP_START] = position_property ("start");
  properties[PROP_END] = position_property ("end");
  /* The metadata field the finding is about ("title", "company"...). */
  properties[PROP_FIELD] = string_property ("field");
  /* What an ignored finding is kept under: the kind of the section or
   * the metadata field; see jd_document_ignore_finding(). */
  properties[PROP_SCOPE] = string_property ("scope");
  /* The text the finding covers. */
  properties[PROP_TEXT] = string_property ("text");
  /* Texts that can replace it, in the language of the document. */
  properties[PROP_SUGGESTIONS] =
    g_param_spec_boxed ("suggestions", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jd_finding_init (JdFinding *self)
{
  self->section = self->block = self->start = self->end = -1;
}

JdFinding *
_jd_finding_new (const char         *rule,
                 JdReviewCategory    category,
                 JdSeverity          severity,
                 const char         *message,
                 const JdPlace      *place,
                 const char         *text,
                 const char * const *suggestions)
{
  static const JdPlace nowhere = { -1, -1, -1, -1, NULL, NULL };

  if (place == NULL)
    place = &nowhere;

  return g_object_new (JD_TYPE_FINDING,
                       "rule", rule,
                       "category", category,
                       "severity", severity,
                       "message", message,
                       "section", place->section,
                       "block", place->block,
                       "start", place->start,
                       "end", place->end,
                       "field", place->field,
                       "scope", place->scope,
                       "text", text,
                       "suggestions", suggestions,
                       NULL);
}

const char *
jd_finding_get_rule (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), NULL);
  return self->rule;
}

JdReviewCategory
jd_finding_get_category (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), JD_REVIEW_CATEGORY_COMPLETENESS);
  return self->category;
}

JdSeverity
jd_finding_get_severity (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), JD_SEVERITY_INFO);
  return self->severity;
}

const char *
jd_finding_get_message (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), NULL);
  return self->message;
}

/* Returns: the index of the section, or -1 for a metadata field or the
 * whole document. */
int
jd_finding_get_section (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), -1);
  return self->section;
}

/* Returns: the index of the block in its section, or -1. */
int
jd_finding_get_block (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), -1);
  return self->block;
}

/* Returns: the first character of the text covered, or -1. */
int
jd_finding_get_start (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), -1);
  return self->start;
}

/* Returns: the character after the text covered, or -1. */
int
jd_finding_get_end (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), -1);
  return self->end;
}

/* Returns: (nullable): the metadata field, such as "title" or "company". */
const char *
jd_finding_get_field (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), NULL);
  return self->field;
}

/* Returns: (nullable): the kind of the section or the metadata field. */
const char *
jd_finding_get_scope (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), NULL);
  return self->scope;
}

/* Returns: (nullable): the text covered. */
const char *
jd_finding_get_text (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), NULL);
  return self->text;
}

/* Returns: (transfer none): the replacements, possibly none. */
const char * const *
jd_finding_get_suggestions (JdFinding *self)
{
  g_return_val_if_fail (JD_IS_FINDING (self), NULL);
  return (const char * const *)self->suggestions;
}

static void
set_stale_error (GError **error)
{
  g_set_error_literal (error, JD_REVIEW_ERROR, JD_REVIEW_ERROR_STALE,
                       _("The text has changed since the review; review the document again"));
}

/* Replaces characters [start, end) of @text by @replacement, if they are
 * still @expected. */
static char *
replace_range (const char  *text,
               int          start,
               int          end,
               const char  *expected,
               const char  *replacement,
               GError     **error)
{
  glong n_chars = text != NULL ? g_utf8_strlen (text, -1) : 0;
  const char *from;
  const char *to;
  GString *out;

  if (text == NULL || start < 0 || end < start || end > n_chars)
    goto stale;

  from = g_utf8_offset_to_pointer (text, start);
  to = g_utf8_offset_to_pointer (from, end - start);
  if (expected == NULL || (gsize)(to - from) != strlen (expected) ||
      memcmp (from, expected, (gsize)(to - from)) != 0)
    goto stale;

  out = g_string_new_len (text, from - text);
  g_string_append (out, replacement);
  g_string_append (out, to);
  return g_string_free (out, FALSE);

stale:
  set_stale_error (error);
  return NULL;
}

/**
 * jd_finding_apply_suggestion:
 * @document: the document that was reviewed
 * @suggestion: the replacement, usually one of the finding's suggestions
 *
 * Replaces the text the finding covers with @suggestion, as one change of
 * @document. Fails, changing nothing, when that text is no longer where
 * the review found it, or when the finding covers no text.
 */
gboolean
jd_finding_apply_suggestion (JdFinding   *self,
                             JdDocument  *document,
                             const char  *suggestion,
                             GError     **error)
{
  g_autofree char *replaced = NULL;

  g_return_val_if_fail (JD_IS_FINDING (self), FALSE);
  g_return_val_if_fail (JD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (suggestion != NULL, FALSE);

  if (self->section >= 0 && self->block >= 0)
    {
      JdSection *section;
      JdBlock *block;

      if ((guint)self->section >= jd_document_get_n_sections (document) ||
          (guint)self->block >= jd_section_get_n_blocks (jd_document_get_section (document,
                                                                                  (guint)self->section)))
        {
          set_stale_error (error);
          return FALSE;
        }
      section = jd_document_get_section (document, (guint)self->section);
      block = jd_section_get_block (section, (guint)self->block);

      replaced = replace_range (jd_block_get_text (block), self->start, self->end,
                                self->text, suggestion, error);
      if (replaced == NULL)
        return FALSE;
      jd_block_set_text (block, replaced);
      return TRUE;
    }

  if (self->section >= 0 && g_strcmp0 (self->field, "heading") == 0 && self->start >= 0)
    {
      JdSection *section;

      if ((guint)self->section >= jd_document_get_n_sections (document))
        {
          set_stale_error (error);
          return FALSE;
        }
      section = jd_document_get_section (document, (guint)self->section);
      replaced = replace_range (jd_section_get_heading (section), self->start, self->end,
                                self->text, suggestion, error);
      if (replaced == NULL)
        return FALSE;
      jd_section_set_heading (section, replaced);
      return TRUE;
    }

  if (g_strcmp0 (self->field, "title") == 0 && self->start >= 0)
    {
      replaced = replace_range (jd_document_get_title (document), self->start, self->end,
                                self->text, suggestion, error);
      if (replaced == NULL)
        return FALSE;
      jd_document_set_title (document, replaced);
      return TRUE;
    }

  if (g_strcmp0 (self->field, "department") == 0 && self->start >= 0)
    {
      replaced = replace_range (jd_document_get_department (document), self->start, self->end,
                                self->text, suggestion, error);
      if (replaced == NULL)
        return FALSE;
      jd_document_set_department (document, replaced);
      return TRUE;
    }

  g_set_error_literal (error, JD_REVIEW_ERROR, JD_REVIEW_ERROR_NO_TEXT,
                       _("This finding is not about a text that can be replaced"));
  return FALSE;
}

/* Marks the finding as ignored in @document, which keeps it in its file:
 * a later review of the document does not report it. */
void
jd_finding_ignore (JdFinding  *self,
                   JdDocument *document)
{
  g_return_if_fail (JD_IS_FINDING (self));
  g_return_if_fail (JD_IS_DOCUMENT (document));

  jd_document_ignore_finding (document, self->rule, self->scope, self->text);
}

gboolean
jd_finding_is_ignored (JdFinding  *self,
                       JdDocument *document)
{
  g_return_val_if_fail (JD_IS_FINDING (self), FALSE);
  g_return_val_if_fail (JD_IS_DOCUMENT (document), FALSE);

  return jd_document_is_finding_ignored (document, self->rule, self->scope, self->text);
}

/* The text fields of the form in its order; the document as a whole
 * (no field) before them, and a heading before its section's blocks
 * anyway. */
static int
field_rank (const char *field)
{
  static const char * const order[] = { "title", "company", "department", "reference" };

  if (field == NULL)
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_str_equal (field, order[i]))
      return (int)i;

  return (int)G_N_ELEMENTS (order);
}

/**
 * jd_finding_compare_places:
 * @a: a pointer to a #JdFinding, as g_ptr_array_sort() passes it
 * @b: another
 *
 * Orders findings as the document reads: by section, block and offset;
 * those about the whole document or a field (-1) come first, the fields
 * in the order of the form.
 */
int
jd_finding_compare_places (gconstpointer a,
                           gconstpointer b)
{
  JdFinding *fa = *(JdFinding **)a;
  JdFinding *fb = *(JdFinding **)b;
  int keys_a[] = { fa->section, fa->block, field_rank (fa->field), fa->start };
  int keys_b[] = { fb->section, fb->block, field_rank (fb->field), fb->start };

  for (guint i = 0; i < G_N_ELEMENTS (keys_a); i++)
    if (keys_a[i] != keys_b[i])
      return keys_a[i] < keys_b[i] ? -1 : 1;

  return 0;
}
