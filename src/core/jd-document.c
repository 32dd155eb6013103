/* jd-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-document"

#include "config.h"

#include <math.h>

#include "jd-document.h"
#include "jd-enum-types.h"
#include "jd-util-private.h"

/* The document model: metadata that mirrors schema.org JobPosting and an
 * ordered list of sections. Views bind to the properties and to the
 * sections list model; ::changed tells that anything at all changed. */
struct _JdDocument
{
  GObject           parent_instance;

  /* Indexed by the property ids from PROP_TITLE to LAST_STRING_PROP. */
  char             *strings[13];

  GPtrArray        *locations;
  char            **applicant_locations;
  JdWorkplaceType   workplace_type;
  JdEmploymentType  employment_types;
  double            salary_min;
  double            salary_max;
  JdSalaryUnit      salary_unit;

  GListStore       *sections;

  /* Of JdIgnoredFinding: what the writing review should not report. */
  GPtrArray        *ignored_findings;
};

G_DEFINE_FINAL_TYPE (JdDocument, jd_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_LANGUAGE,
  PROP_COMPANY_NAME,
  PROP_COMPANY_URL,
  PROP_DEPARTMENT,
  PROP_SALARY_CURRENCY,
  PROP_DATE_POSTED,
  PROP_VALID_THROUGH,
  PROP_APPLY_TO,
  PROP_REFERENCE,
  PROP_OCCUPATION_CODE,
  PROP_TEMPLATE_ID,
  LAST_STRING_PROP = PROP_TEMPLATE_ID,
  PROP_LOCATIONS,
  PROP_WORKPLACE_TYPE,
  PROP_APPLICANT_LOCATIONS,
  PROP_EMPLOYMENT_TYPES,
  PROP_SALARY_MIN,
  PROP_SALARY_MAX,
  PROP_SALARY_UNIT,
  PROP_IGNORED_FINDINGS,
  N_PROPS
};

G_STATIC_ASSERT (G_N_ELEMENTS (((JdDocument *)0)->strings) == LAST_STRING_PROP + 1);

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (JdDocument *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
notify_changed (JdDocument *self,
                guint       prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  emit_changed (self);
}

static const char *
get_string (JdDocument *self,
            guint       prop_id)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), NULL);
  return self->strings[prop_id];
}

static void
set_string (JdDocument *self,
            guint       prop_id,
            const char *value)
{
  g_return_if_fail (JD_IS_DOCUMENT (self));

  if (prop_id == PROP_LANGUAGE && _jd_empty_to_null (value) == NULL)
    value = "en";

  if (_jd_set_str (&self->strings[prop_id], _jd_empty_to_null (value)))
    notify_changed (self, prop_id);
}

#define STRING_ACCESSORS(name, PROP)                            \
  const char *                                                  \
  jd_document_get_##name (JdDocument *self)                     \
  {                                                             \
    return get_string (self, PROP);                             \
  }                                                             \
                                                                \
  void                                                          \
  jd_document_set_##name (JdDocument *self,                     \
                          const char *value)                    \
  {                                                             \
    set_string (self, PROP, value);                             \
  }

STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (language, PROP_LANGUAGE)
STRING_ACCESSORS (company_name, PROP_COMPANY_NAME)
STRING_ACCESSORS (company_url, PROP_COMPANY_URL)
STRING_ACCESSORS (department, PROP_DEPARTMENT)
STRING_ACCESSORS (salary_currency, PROP_SALARY_CURRENCY)
STRING_ACCESSORS (date_posted, PROP_DATE_POSTED)
STRING_ACCESSORS (valid_through, PROP_VALID_THROUGH)
STRING_ACCESSORS (apply_to, PROP_APPLY_TO)
STRING_ACCESSORS (reference, PROP_REFERENCE)
STRING_ACCESSORS (occupation_code, PROP_OCCUPATION_CODE)
STRING_ACCESSORS (template_id, PROP_TEMPLATE_ID)

static void
section_changed_cb (JdDocument *self,
                    JdSection  *section)
{
  emit_changed (self);
}

static void
jd_document_dispose (GObject *object)
{
  JdDocument *self = (JdDocument *)object;

  /* Sections may outlive the document (a copy in the history, a widget):
   * they stop telling it of their changes. */
  if (self->sections != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(JdSection) section = g_list_model_get_item (G_LIST_MODEL (self->sections), i);

          g_signal_handlers_disconnect_by_func (section, section_changed_cb, self);
        }
    }
  g_clear_object (&self->sections);

  G_OBJECT_CLASS (jd_document_parent_class)->dispose (object);
}

static void
jd_document_finalize (GObject *object)
{
  JdDocument *self = (JdDocument *)object;

  for (guint i = 0; i < G_N_ELEMENTS (self->strings); i++)
    g_clear_pointer (&self->strings[i], g_free);
  g_clear_pointer (&self->locations, g_ptr_array_unref);
  g_clear_pointer (&self->applicant_locations, g_strfreev);
  g_clear_pointer (&self->ignored_findings, g_ptr_array_unref);

  G_OBJECT_CLASS (jd_document_parent_class)->finalize (object);
}

static void
jd_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  JdDocument *self = JD_DOCUMENT (object);

  if (prop_id > PROP_0 && prop_id <= LAST_STRING_PROP)
    {
      g_value_set_string (value, self->strings[prop_id]);
      return;
    }

  switch (prop_id)
    {
    case PROP_LOCATIONS:
      g_value_set_boxed (value, self->locations);
      break;

    case PROP_WORKPLACE_TYPE:
      g_value_set_enum (value, self->workplace_type);
      break;

    case PROP_APPLICANT_LOCATIONS:
      g_value_set_boxed (value, self->applicant_locations);
      break;

    case PROP_EMPLOYMENT_TYPES:
      g_value_set_flags (value, self->employment_types);
      break;

    case PROP_SALARY_MIN:
      g_value_set_double (value, self->salary_min);
      break;

    case PROP_SALARY_MAX:
      g_value_set_double (value, self->salary_max);
      break;

    case PROP_SALARY_UNIT:
      g_value_set_enum (value, self->salary_unit);
      break;

    case PROP_IGNORED_FINDINGS:
      g_value_set_boxed (value, self->ignored_findings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  JdDocument *self = JD_DOCUMENT (object);

  if (prop_id > PROP_0 && prop_id <= LAST_STRING_PROP)
    {
      set_string (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_LOCATIONS:
      jd_document_set_locations (self, g_value_get_boxed (value));
      break;

    case PROP_WORKPLACE_TYPE:
      jd_document_set_workplace_type (self, g_value_get_enum (value));
      break;

    case PROP_APPLICANT_LOCATIONS:
      jd_document_set_applicant_locations (self, g_value_get_boxed (value));
      break;

    case PROP_EMPLOYMENT_TYPES:
      jd_document_set_employment_types (self, g_value_get_flags (value));
      break;

    case PROP_SALARY_MIN:
      jd_document_set_salary_min (self, g_value_get_double (value));
      break;

    case PROP_SALARY_MAX:
      jd_document_set_salary_max (self, g_value_get_double (value));
      break;

    case PROP_SALARY_UNIT:
      jd_document_set_salary_unit (self, g_value_get_enum (value));
      break;

    case PROP_IGNORED_FINDINGS:
      jd_document_set_ignored_findings (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_document_class_init (JdDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const string_props[] = {
    [PROP_TITLE] = "title",
    [PROP_LANGUAGE] = "language",
    [PROP_COMPANY_NAME] = "company-name",
    [PROP_COMPANY_URL] = "company-url",
    [PROP_DEPARTMENT] = "department",
    [PROP_SALARY_CURRENCY] = "salary-currency",
    [PROP_DATE_POSTED] = "date-posted",
    [PROP_VALID_THROUGH] = "valid-through",
    [PROP_APPLY_TO] = "apply-to",
    [PROP_REFERENCE] = "reference",
    [PROP_OCCUPATION_CODE] = "occupation-code",
    [PROP_TEMPLATE_ID] = "template-id",
  };

  object_class->dispose = jd_document_dispose;
  object_class->finalize = jd_document_finalize;
  object_class->get_property = jd_document_get_property;
  object_class->set_property = jd_document_set_property;

  /* Dates are ISO 8601 calendar dates (YYYY-MM-DD), the currency is an
   * ISO 4217 code, the language a BCP 47 tag, the occupation code ISCO-08,
   * and apply-to a web address or an email address. */
  for (guint i = PROP_TITLE; i <= LAST_STRING_PROP; i++)
    properties[i] =
      g_param_spec_string (string_props[i], NULL, NULL,
                           i == PROP_LANGUAGE ? "en" : NULL,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOCATIONS] =
    g_param_spec_boxed ("locations", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKPLACE_TYPE] =
    g_param_spec_enum ("workplace-type", NULL, NULL,
                       JD_TYPE_WORKPLACE_TYPE,
                       JD_WORKPLACE_ON_SITE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * JdDocument:applicant-locations:
   *
   * For remote work: the countries (ISO 3166-1 codes) or regions where
   * applicants may live.
   */
  properties[PROP_APPLICANT_LOCATIONS] =
    g_param_spec_boxed ("applicant-locations", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EMPLOYMENT_TYPES] =
    g_param_spec_flags ("employment-types", NULL, NULL,
                        JD_TYPE_EMPLOYMENT_TYPE,
                        JD_EMPLOYMENT_NONE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Zero means that no amount was given. */
  properties[PROP_SALARY_MIN] =
    g_param_spec_double ("salary-min", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SALARY_MAX] =
    g_param_spec_double ("salary-max", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SALARY_UNIT] =
    g_param_spec_enum ("salary-unit", NULL, NULL,
                       JD_TYPE_SALARY_UNIT,
                       JD_SALARY_UNIT_YEAR,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * JdDocument:ignored-findings: (element-type JdIgnoredFinding)
   *
   * The findings of the writing review that the user chose to ignore.
   */
  properties[PROP_IGNORED_FINDINGS] =
    g_param_spec_boxed ("ignored-findings", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JdDocument::changed:
   *
   * Emitted after any change to the metadata, the list of sections or
   * anything inside a section.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
jd_document_init (JdDocument *self)
{
  self->strings[PROP_LANGUAGE] = g_strdup ("en");
  self->locations = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_location_free);
  self->applicant_locations = g_new0 (char *, 1);
  self->ignored_findings = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_ignored_finding_free);
  self->sections = g_list_store_new (JD_TYPE_SECTION);
  g_signal_connect_object (self->sections, "items-changed",
                           G_CALLBACK (emit_changed), self,
                           G_CONNECT_SWAPPED);
}

JdDocument *
jd_document_new (void)
{
  return g_object_new (JD_TYPE_DOCUMENT, NULL);
}

/* Returns: (transfer none) (element-type JdLocation): the places of work. */
GPtrArray *
jd_document_get_locations (JdDocument *self)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), NULL);
  return self->locations;
}

void
jd_document_set_locations (JdDocument *self,
                           GPtrArray  *locations)
{
  g_autoptr(GPtrArray) copy = NULL;

  g_return_if_fail (JD_IS_DOCUMENT (self));

  if (locations == self->locations)
    return;

  copy = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_location_free);
  for (guint i = 0; locations != NULL && i < locations->len; i++)
    g_ptr_array_add (copy, jd_location_copy (g_ptr_array_index (locations, i)));

  if (copy->len == self->locations->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; same && i < copy->len; i++)
        same = jd_location_equal (g_ptr_array_index (copy, i),
                                  g_ptr_array_index (self->locations, i));
      if (same)
        return;
    }

  g_ptr_array_unref (self->locations);
  self->locations = g_steal_pointer (&copy);
  notify_changed (self, PROP_LOCATIONS);
}

void
jd_document_add_location (JdDocument       *self,
                          const JdLocation *location)
{
  g_return_if_fail (JD_IS_DOCUMENT (self));
  g_return_if_fail (location != NULL);

  g_ptr_array_add (self->locations, jd_location_copy (location));
  notify_changed (self, PROP_LOCATIONS);
}

JdWorkplaceType
jd_document_get_workplace_type (JdDocument *self)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), JD_WORKPLACE_ON_SITE);
  return self->workplace_type;
}

void
jd_document_set_workplace_type (JdDocument      *self,
                                JdWorkplaceType  type)
{
  g_return_if_fail (JD_IS_DOCUMENT (self));

  if (self->workplace_type != type)
    {
      self->workplace_type = type;
      notify_changed (self, PROP_WORKPLACE_TYPE);
    }
}

const char * const *
jd_document_get_applicant_locations (JdDocument *self)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), NULL);
  return (const char * const *)self->applicant_locations;
}

void
jd_document_set_applicant_locations (JdDocument         *self,
                                     const char * const *countries)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (JD_IS_DOCUMENT (self));

  if (countries == NULL)
    countries = empty;

  if (g_strv_equal ((const char * const *)self->applicant_locations, countries))
    return;

  g_strfreev (self->applicant_locations);
  self->applicant_locations = g_strdupv ((char **)countries);
  notify_changed (self, PROP_APPLICANT_LOCATIONS);
}

JdEmploymentType
jd_document_get_employment_types (JdDocument *self)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), JD_EMPLOYMENT_NONE);
  return self->employment_types;
}

void
jd_document_set_employment_types (JdDocument       *self,
                                  JdEmploymentType  types)
{
  g_return_if_fail (JD_IS_DOCUMENT (self));

  if (self->employment_types != types)
    {
      self->employment_types = types;
      notify_changed (self, PROP_EMPLOYMENT_TYPES);
    }
}

/* Money is kept to the cent and within JD_DOCUMENT_MAX_AMOUNT so that
 * what is saved reads back equal. */
static void
set_amount (JdDocument *self,
            double     *field,
            guint       prop_id,
            double      amount)
{
  g_return_if_fail (JD_IS_DOCUMENT (self));

  amount = isfinite (amount) && amount > 0
           ? round (MIN (amount, JD_DOCUMENT_MAX_AMOUNT) * 100) / 100
           : 0;
  if (*field != amount)
    {
      *field = amount;
      notify_changed (self, prop_id);
    }
}

double
jd_document_get_salary_min (JdDocument *self)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), 0);
  return self->salary_min;
}

/* A range never runs backwards (readers refuse min > max): raising the
 * minimum above the maximum raises the maximum with it, and lowering the
 * maximum below the minimum lowers the minimum. 0 means "not given". */
void
jd_document_set_salary_min (JdDocument *self,
                            double      amount)
{
  set_amount (self, &self->salary_min, PROP_SALARY_MIN, amount);
  if (self->salary_max > 0 && self->salary_min > self->salary_max)
    set_amount (self, &self->salary_max, PROP_SALARY_MAX, self->salary_min);
}

double
jd_document_get_salary_max (JdDocument *self)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), 0);
  return self->salary_max;
}

void
jd_document_set_salary_max (JdDocument *self,
                            double      amount)
{
  set_amount (self, &self->salary_max, PROP_SALARY_MAX, amount);
  if (self->salary_max > 0 && self->salary_min > self->salary_max)
    set_amount (self, &self->salary_min, PROP_SALARY_MIN, self->salary_max);
}

JdSalaryUnit
jd_document_get_salary_unit (JdDocument *self)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), JD_SALARY_UNIT_YEAR);
  return self->salary_unit;
}

void
jd_document_set_salary_unit (JdDocument   *self,
                             JdSalaryUnit  unit)
{
  g_return_if_fail (JD_IS_DOCUMENT (self));

  if (self->salary_unit != unit)
    {
      self->salary_unit = unit;
      notify_changed (self, PROP_SALARY_UNIT);
    }
}

/* Returns: (transfer none): a list model of the #JdSection of the document. */
GListModel *
jd_document_get_sections (JdDocument *self)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->sections);
}

guint
jd_document_get_n_sections (JdDocument *self)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->sections));
}

/* Returns: (transfer none): the section at @position. */
JdSection *
jd_document_get_section (JdDocument *self,
                         guint       position)
{
  g_autoptr(JdSection) section = NULL;

  g_return_val_if_fail (JD_IS_DOCUMENT (self), NULL);

  section = g_list_model_get_item (G_LIST_MODEL (self->sections), position);
  g_return_val_if_fail (section != NULL, NULL);

  /* The store keeps its own reference. */
  return section;
}

void
jd_document_insert_section (JdDocument *self,
                            guint       position,
                            JdSection  *section)
{
  g_return_if_fail (JD_IS_DOCUMENT (self));
  g_return_if_fail (JD_IS_SECTION (section));
  g_return_if_fail (position <= jd_document_get_n_sections (self));

  /* A plain handler, disconnected as the section goes or the document
   * is disposed: g_signal_connect_object() would also watch the document
   * under a lock that all threads share. */
  g_signal_connect_swapped (section, "changed", G_CALLBACK (section_changed_cb), self);
  g_list_store_insert (self->sections, position, section);
}

void
jd_document_append_section (JdDocument *self,
                            JdSection  *section)
{
  g_return_if_fail (JD_IS_DOCUMENT (self));

  jd_document_insert_section (self, jd_document_get_n_sections (self), section);
}

void
jd_document_remove_section (JdDocument *self,
                            guint       position)
{
  JdSection *section;

  g_return_if_fail (JD_IS_DOCUMENT (self));
  g_return_if_fail (position < jd_document_get_n_sections (self));

  section = jd_document_get_section (self, position);
  g_signal_handlers_disconnect_by_func (section, section_changed_cb, self);
  g_list_store_remove (self->sections, position);
}

void
jd_document_move_section (JdDocument *self,
                          guint       from,
                          guint       to)
{
  g_autoptr(JdSection) section = NULL;
  guint n;

  g_return_if_fail (JD_IS_DOCUMENT (self));
  n = jd_document_get_n_sections (self);
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;

  section = g_object_ref (jd_document_get_section (self, from));
  g_signal_handlers_block_by_func (self->sections, emit_changed, self);
  g_list_store_remove (self->sections, from);
  g_signal_handlers_unblock_by_func (self->sections, emit_changed, self);
  g_list_store_insert (self->sections, to, section);
}

/* Returns: (transfer none) (nullable): the first section of @kind. */
JdSection *
jd_document_find_section (JdDocument    *self,
                          JdSectionKind  kind)
{
  guint n;

  g_return_val_if_fail (JD_IS_DOCUMENT (self), NULL);

  n = jd_document_get_n_sections (self);
  for (guint i = 0; i < n; i++)
    {
      JdSection *section = jd_document_get_section (self, i);

      if (jd_section_get_kind (section) == kind)
        return section;
    }

  return NULL;
}

/* Returns: (transfer none) (element-type JdIgnoredFinding): the findings
 * of the writing review that the user chose to ignore. */
GPtrArray *
jd_document_get_ignored_findings (JdDocument *self)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), NULL);
  return self->ignored_findings;
}

void
jd_document_set_ignored_findings (JdDocument *self,
                                  GPtrArray  *ignored)
{
  g_autoptr(GPtrArray) copy = NULL;

  g_return_if_fail (JD_IS_DOCUMENT (self));

  if (ignored == self->ignored_findings)
    return;

  /* Without repeats, as jd_document_ignore_finding() keeps it. */
  copy = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_ignored_finding_free);
  for (guint i = 0; ignored != NULL && i < ignored->len; i++)
    {
      const JdIgnoredFinding *finding = g_ptr_array_index (ignored, i);
      gboolean seen = FALSE;

      for (guint j = 0; !seen && j < copy->len; j++)
        seen = jd_ignored_finding_equal (g_ptr_array_index (copy, j), finding);
      if (!seen)
        g_ptr_array_add (copy, jd_ignored_finding_copy (finding));
    }

  if (copy->len == self->ignored_findings->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; same && i < copy->len; i++)
        same = jd_ignored_finding_equal (g_ptr_array_index (copy, i),
                                         g_ptr_array_index (self->ignored_findings, i));
      if (same)
        return;
    }

  g_ptr_array_unref (self->ignored_findings);
  self->ignored_findings = g_steal_pointer (&copy);
  notify_changed (self, PROP_IGNORED_FINDINGS);
}
