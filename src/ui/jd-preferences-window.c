/* jd-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-company-profile.h"
#include "jd-library.h"
#include "jd-paper-size.h"
#include "jd-preferences-window.h"
#include "jd-ui-private.h"

/* Every preference is a GSettings key and takes effect at once; the
 * company profile is written per language (see jd-company-profile.c). */
struct _JdPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  char                 *company_lang;  /* NULL: the default texts */
  guint                 loading : 1;

  AdwComboRow          *language_row;
  AdwComboRow          *page_size_row;
  GtkSpinButton        *autosave_spin;
  AdwComboRow          *style_row;
  AdwComboRow          *company_language_row;
  AdwEntryRow          *name_row;
  AdwEntryRow          *url_row;
  AdwEntryRow          *location_row;
  AdwEntryRow          *currency_row;
  GtkTextView          *about_view;
  GtkTextView          *benefits_view;
  GtkTextView          *equal_view;
};

G_DEFINE_FINAL_TYPE (JdPreferencesWindow, jd_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The values of the string keys shown by combo rows, in row order: the
 * languages as jd_terms_get_languages_by_name() lists them. */
static const char * const document_languages[] = { "", "de", "en", "es", "fr", "pt", "el", NULL };
static const char * const page_sizes[] = { "auto", "a4", "letter", NULL };
static const char * const styles[] = { "follow", "light", "dark", NULL };

static gboolean
string_to_index (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *str = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_strcmp0 (choices[i], str) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
index_to_string (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  const char * const *choices = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((char **)choices))
    return NULL;

  return g_variant_new_string (choices[index]);
}

static void
bind_choice (JdPreferencesWindow *self,
             const char          *key,
             AdwComboRow         *row,
             const char * const  *choices)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                string_to_index, index_to_string, (gpointer)choices, NULL);
}

static gboolean
uint_to_double (GValue   *value,
                GVariant *variant,
                gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant));
  return TRUE;
}

static GVariant *
double_to_uint (const GValue       *value,
                const GVariantType *expected_type,
                gpointer            user_data)
{
  return g_variant_new_uint32 ((guint32)CLAMP (g_value_get_double (value), 1, 300));
}

/* What the profile holds for @field in the language being edited: for a
 * translation, only the translation itself. */
static char *
company_text (JdPreferencesWindow *self,
              JdCompanyField       field)
{
  g_autofree char *text = jd_company_profile_get (self->settings, field, self->company_lang);
  g_autofree char *fallback = NULL;

  if (self->company_lang == NULL)
    return g_steal_pointer (&text);

  fallback = jd_company_profile_get (self->settings, field, NULL);
  return g_strcmp0 (text, fallback) == 0 ? g_strdup ("") : g_steal_pointer (&text);
}

static void
load_company (JdPreferencesWindow *self)
{
  struct {
    JdCompanyField  field;
    GtkWidget      *widget;
  } fields[] = {
    { JD_COMPANY_NAME, GTK_WIDGET (self->name_row) },
    { JD_COMPANY_URL, GTK_WIDGET (self->url_row) },
    { JD_COMPANY_LOCATION, GTK_WIDGET (self->location_row) },
    { JD_COMPANY_CURRENCY, GTK_WIDGET (self->currency_row) },
    { JD_COMPANY_ABOUT, GTK_WIDGET (self->about_view) },
    { JD_COMPANY_BENEFITS, GTK_WIDGET (self->benefits_view) },
    { JD_COMPANY_EQUAL_OPPORTUNITY, GTK_WIDGET (self->equal_view) },
  };

  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = company_text (self, fields[i].field);

      if (GTK_IS_TEXT_VIEW (fields[i].widget))
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (fields[i].widget)), text, -1);
      else
        gtk_editable_set_text (GTK_EDITABLE (fields[i].widget), text);
    }
  self->loading = FALSE;
}

static void
store_field (JdPreferencesWindow *self,
             JdCompanyField       field,
             const char          *text)
{
  if (!self->loading)
    jd_company_profile_set (self->settings, field, self->company_lang, text);
}

/* Which field of the company profile an entry or a text view edits. */
typedef struct
{
  JdPreferencesWindow *self;
  JdCompanyField       field;
} FieldEditor;

static void
field_editor_free (gpointer  data,
                   GClosure *closure)
{
  g_free (data);
}

static void
entry_changed_cb (GtkEditable *editable,
                  FieldEditor *editor)
{
  store_field (editor->self, editor->field, gtk_editable_get_text (editable));
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   FieldEditor   *editor)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  store_field (editor->self, editor->field, text);
}

static FieldEditor *
field_editor_new (JdPreferencesWindow *self,
                  JdCompanyField       field)
{
  FieldEditor *editor = g_new0 (FieldEditor, 1);

  editor->self = self;
  editor->field = field;

  return editor;
}

static void
company_language_changed_cb (JdPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->company_language_row);

  g_clear_pointer (&self->company_lang, g_free);
  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    self->company_lang = g_strdup (jd_terms_get_languages_by_name ()[selected - 1]);

  load_company (self);
}

static void
connect_entry (JdPreferencesWindow *self,
               AdwEntryRow         *row,
               JdCompanyField       field)
{
  g_signal_connect_data (row, "changed", G_CALLBACK (entry_changed_cb),
                         field_editor_new (self, field), field_editor_free, 0);
}

static void
connect_view (JdPreferencesWindow *self,
              GtkTextView         *view,
              JdCompanyField       field)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  g_signal_connect_data (buffer, "changed", G_CALLBACK (buffer_changed_cb),
                         field_editor_new (self, field), field_editor_free, 0);
}

static void
jd_preferences_window_dispose (GObject *object)
{
  JdPreferencesWindow *self = (JdPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->company_lang, g_free);

  G_OBJECT_CLASS (jd_preferences_window_parent_class)->dispose (object);
}

static void
jd_preferences_window_class_init (JdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, page_size_row);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, company_language_row);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, url_row);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, location_row);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, about_view);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, benefits_view);
  gtk_widget_class_bind_template_child (widget_class, JdPreferencesWindow, equal_view);
}

/* The delay shows its unit: "10 s". */
static gboolean
autosave_output_cb (GtkSpinButton *spin)
{
  guint seconds = (guint)gtk_spin_button_get_value (spin);
  /* Translators: a number of seconds, as in "10 s". */
  g_autofree char *text = g_strdup_printf (_("%u s"), seconds);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* What is typed counts without its unit. */
static int
autosave_input_cb (GtkSpinButton *spin,
                   double        *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  double typed = g_ascii_strtod (text, &end);

  if (end == text)
    return GTK_INPUT_ERROR;

  *value = typed;
  return TRUE;
}

static void
jd_preferences_window_init (JdPreferencesWindow *self)
{
  const char * const *languages = jd_terms_get_languages_by_name ();
  g_autoptr(GtkStringList) document_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) company_names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  gtk_string_list_append (document_names, _("Same as the Interface"));
  gtk_string_list_append (company_names, _("All Languages (Default)"));
  for (guint i = 0; languages[i] != NULL; i++)
    {
      gtk_string_list_append (document_names, jd_terms_get_language_name (languages[i]));
      gtk_string_list_append (company_names, jd_terms_get_language_name (languages[i]));
    }
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (document_names));

  /* "Automatic" says what it gives here, short enough not to be cut. */
  {
    GtkStringList *sizes = GTK_STRING_LIST (adw_combo_row_get_model (self->page_size_row));
    const char *paper = jd_paper_size_get_default () == JD_PAPER_LETTER ? _("US Letter") : _("A4");
    /* Translators: the page size of the region, which the placeholder
     * names: "A4" or "US Letter". */
    g_autofree char *automatic = g_strdup_printf (_("Automatic (%s)"), paper);
    const char * const items[] = { automatic, NULL };

    gtk_string_list_splice (sizes, 0, 1, items);
  }
  adw_combo_row_set_model (self->company_language_row, G_LIST_MODEL (company_names));

  bind_choice (self, "document-language", self->language_row, document_languages);
  bind_choice (self, "page-size", self->page_size_row, page_sizes);
  bind_choice (self, "style-variant", self->style_row, styles);
  g_settings_bind_with_mapping (self->settings, "autosave-delay", self->autosave_spin, "value",
                                G_SETTINGS_BIND_DEFAULT, uint_to_double, double_to_uint, NULL, NULL);
  _jd_widget_pass_scroll (GTK_WIDGET (self->autosave_spin));
  g_signal_connect (self->autosave_spin, "output", G_CALLBACK (autosave_output_cb), NULL);
  g_signal_connect (self->autosave_spin, "input", G_CALLBACK (autosave_input_cb), NULL);
  autosave_output_cb (self->autosave_spin);

  connect_entry (self, self->name_row, JD_COMPANY_NAME);
  connect_entry (self, self->url_row, JD_COMPANY_URL);
  connect_entry (self, self->location_row, JD_COMPANY_LOCATION);
  connect_entry (self, self->currency_row, JD_COMPANY_CURRENCY);
  connect_view (self, self->about_view, JD_COMPANY_ABOUT);
  connect_view (self, self->benefits_view, JD_COMPANY_BENEFITS);
  connect_view (self, self->equal_view, JD_COMPANY_EQUAL_OPPORTUNITY);
  g_signal_connect_swapped (self->company_language_row, "notify::selected",
                            G_CALLBACK (company_language_changed_cb), self);

  load_company (self);
}

GtkWidget *
jd_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (JD_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}

/* Shows the company texts of @lang, or the defaults for %NULL. */
void
jd_preferences_window_set_company_language (JdPreferencesWindow *self,
                                            const char          *lang)
{
  const char * const *languages = jd_terms_get_languages_by_name ();
  guint selected = 0;

  g_return_if_fail (JD_IS_PREFERENCES_WINDOW (self));

  for (guint i = 0; lang != NULL && languages[i] != NULL; i++)
    if (g_str_equal (languages[i], lang))
      selected = i + 1;

  adw_combo_row_set_selected (self->company_language_row, selected);
}
