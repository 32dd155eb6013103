/* jd-metadata-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-editor"

#include "config.h"

#include "jd-ui-private.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jd-amount.h"
#include "jd-library.h"
#include "jd-localized.h"
#include "jd-metadata-form-private.h"

/* The metadata of a job description, bound both ways to the document, so
 * undo and reloads show up here by themselves. Fields that have a format
 * (dates, the apply address, the currency) turn red while they are wrong. */
struct _JdMetadataForm
{
  GtkWidget       parent_instance;

  JdDocument     *document;
  GBindingGroup  *bindings;
  GSignalGroup   *signals;
  GPtrArray      *location_rows;
  GtkWidget      *employment_checks[JD_EMPLOYMENT_N_TYPES];
  guint           syncing : 1;

  GtkWidget      *box;
  AdwEntryRow    *title_row;
  AdwComboRow    *language_row;
  AdwEntryRow    *company_row;
  AdwEntryRow    *company_url_row;
  AdwEntryRow    *department_row;
  AdwEntryRow    *reference_row;
  AdwPreferencesGroup *place_group;
  AdwComboRow    *workplace_row;
  AdwEntryRow    *applicants_row;
  AdwExpanderRow *employment_row;
  GtkEntry       *salary_min;
  GtkEntry       *salary_max;
  GtkWidget      *add_location_button;
  AdwEntryRow    *currency_row;
  AdwComboRow    *unit_row;
  AdwEntryRow    *apply_row;
  AdwEntryRow    *date_posted_row;
  AdwEntryRow    *valid_through_row;
  GtkWidget      *date_posted_button;
  GtkWidget      *valid_through_button;
  GtkWidget      *currency_button;
};

G_DEFINE_FINAL_TYPE (JdMetadataForm, jd_metadata_form, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
employment_type_name (guint bit)
{
  switch (1u << bit)
    {
    case JD_EMPLOYMENT_FULL_TIME:
      return _("Full-time");
    case JD_EMPLOYMENT_PART_TIME:
      return _("Part-time");
    case JD_EMPLOYMENT_CONTRACTOR:
      return _("Contractor");
    case JD_EMPLOYMENT_TEMPORARY:
      return _("Temporary");
    case JD_EMPLOYMENT_INTERN:
      return _("Internship");
    case JD_EMPLOYMENT_VOLUNTEER:
      return _("Volunteer");
    case JD_EMPLOYMENT_PER_DIEM:
      return _("Per diem");
    case JD_EMPLOYMENT_OTHER:
    default:
      return _("Other");
    }
}

/* An application goes to a web page or an email address; nothing else
 * (javascript:, file:) may end up as a link in an export. */
static gboolean
is_valid_apply_target (const char *text)
{
  const char *at;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  if (g_str_has_prefix (text, "https://") || g_str_has_prefix (text, "http://"))
    return g_uri_is_valid (text, G_URI_FLAGS_NONE, NULL) && strchr (text, ' ') == NULL;

  if (g_str_has_prefix (text, "mailto:"))
    text += strlen ("mailto:");

  at = strchr (text, '@');
  return at != NULL && at > text && strchr (at, '.') != NULL &&
         strchr (text, ' ') == NULL && strchr (text, ':') == NULL;
}

/* A calendar date written as YYYY-MM-DD. */
static gboolean
is_valid_date (const char *text)
{
  unsigned year, month, day;
  char tail;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  if (strlen (text) != 10 || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return FALSE;

  return g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year);
}

static gboolean
is_valid_web_address (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return TRUE;

  return (g_str_has_prefix (text, "https://") || g_str_has_prefix (text, "http://")) &&
         g_uri_is_valid (text, G_URI_FLAGS_NONE, NULL);
}

static gboolean
is_valid_currency (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return TRUE;

  return strlen (text) == 3 && g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]) &&
         g_ascii_isupper (text[2]);
}

/* @tooltip is the field's own, shown while it is valid; @hint says how
 * to mend it. The tooltip is only set when it changes: on X11 each
 * setting is a round trip to the display, and the form is validated at
 * every keystroke. */
static void
mark_valid (gpointer    row,
            gboolean    valid,
            const char *tooltip,
            const char *hint)
{
  const char *text = valid ? tooltip : hint;

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");

  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), text) != 0)
    _jd_widget_set_tooltip_text (GTK_WIDGET (row), text);
}

static void
validate (JdMetadataForm *self)
{
  mark_valid (self->apply_row,
              is_valid_apply_target (gtk_editable_get_text (GTK_EDITABLE (self->apply_row))), NULL,
              _("Enter a web address starting with https:// or an email address"));
  mark_valid (self->date_posted_row,
              is_valid_date (gtk_editable_get_text (GTK_EDITABLE (self->date_posted_row))), NULL,
              _("Enter a date as YYYY-MM-DD, such as 2026-03-01"));
  mark_valid (self->valid_through_row,
              is_valid_date (gtk_editable_get_text (GTK_EDITABLE (self->valid_through_row))), NULL,
              _("Enter a date as YYYY-MM-DD, such as 2026-03-01"));
  mark_valid (self->currency_row,
              is_valid_currency (gtk_editable_get_text (GTK_EDITABLE (self->currency_row))), NULL,
              _("Enter a three-letter currency code, such as EUR or USD"));
  mark_valid (self->company_url_row,
              is_valid_web_address (gtk_editable_get_text (GTK_EDITABLE (self->company_url_row))), NULL,
              _("Enter a web address starting with https://"));
  mark_valid (self->salary_min,
              jd_amount_parse (gtk_editable_get_text (GTK_EDITABLE (self->salary_min)), &(double){0}),
              _("Lowest salary"),
              _("Enter an amount, such as 70,000 or 17.50"));
  mark_valid (self->salary_max,
              jd_amount_parse (gtk_editable_get_text (GTK_EDITABLE (self->salary_max)), &(double){0}),
              _("Highest salary"),
              _("Enter an amount, such as 70,000 or 17.50"));
}

/* Amounts are text the user types as people write them in the
 * document's language (70,000 / 70.000 / 70 000), never spin buttons,
 * which a scroll of the form would change without a word. */
static gboolean
amount_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  JdMetadataForm *self = user_data;
  double amount = g_value_get_double (from);

  if (amount <= 0)
    g_value_set_string (to, "");
  else
    g_value_take_string (to, jd_amount_format (amount, self->document ? jd_document_get_language (self->document) : NULL));

  return TRUE;
}

/* An amount goes to the document when the user is done with it (Enter or
 * leaving the field), not at every keystroke: typing "85000" must not
 * pass through 8, 85 and 850, each of which the document would take as
 * the new end of the range. */
static void
commit_amount (JdMetadataForm *self,
               GtkEditable    *entry)
{
  double amount;

  if (self->document == NULL || !jd_amount_parse (gtk_editable_get_text (entry), &amount))
    return;

  if (entry == GTK_EDITABLE (self->salary_min))
    jd_document_set_salary_min (self->document, amount);
  else
    jd_document_set_salary_max (self->document, amount);
}

static void
amount_activate_cb (JdMetadataForm *self,
                    GtkEntry       *entry)
{
  commit_amount (self, GTK_EDITABLE (entry));
}

static void
amount_focus_leave_cb (JdMetadataForm          *self,
                       GtkEventControllerFocus *controller)
{
  commit_amount (self, GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
setup_amount (JdMetadataForm *self,
              GtkEntry       *entry,
              const char     *property)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_binding_group_bind_full (self->bindings, property, entry, "text", G_BINDING_SYNC_CREATE,
                             amount_to_text, NULL, self, NULL);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (amount_activate_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (amount_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (validate), self);
}

static gboolean
null_to_empty (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *str = g_value_get_string (from);

  g_value_set_string (to, str ? str : "");
  return TRUE;
}

static void
bind_text (JdMetadataForm *self,
           AdwEntryRow    *row,
           const char     *property)
{
  g_binding_group_bind_full (self->bindings, property, row, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             null_to_empty, NULL, NULL, NULL);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (validate), self);
  /* Undo is the document's (JdHistory), not the entry's. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
}

static gboolean
enum_to_uint (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  g_value_set_uint (to, (guint)g_value_get_enum (from));
  return TRUE;
}

static gboolean
uint_to_enum (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  guint value = g_value_get_uint (from);

  if (value == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_enum (to, (int)value);
  return TRUE;
}

static void
bind_combo (JdMetadataForm *self,
            AdwComboRow    *row,
            const char     *property)
{
  g_binding_group_bind_full (self->bindings, property, row, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             enum_to_uint, uint_to_enum, NULL, NULL);
}

static gboolean
language_to_index (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  const char * const *languages = jd_terms_get_languages_by_name ();
  g_autofree char *lang = jd_language_normalize (g_value_get_string (from));

  for (guint i = 0; languages[i] != NULL; i++)
    if (g_str_equal (languages[i], lang))
      {
        g_value_set_uint (to, i);
        return TRUE;
      }

  return FALSE;
}

static gboolean
index_to_language (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  const char * const *languages = jd_terms_get_languages_by_name ();
  guint index = g_value_get_uint (from);

  if (index >= g_strv_length ((char **)languages))
    return FALSE;

  g_value_set_string (to, languages[index]);
  return TRUE;
}

static void
update_workplace (JdMetadataForm *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->applicants_row),
                          jd_document_get_workplace_type (self->document) != JD_WORKPLACE_ON_SITE);
}

static void
update_employment (JdMetadataForm *self)
{
  JdEmploymentType types = jd_document_get_employment_types (self->document);
  g_autoptr(GString) summary = g_string_new (NULL);

  self->syncing = TRUE;
  for (guint i = 0; i < JD_EMPLOYMENT_N_TYPES; i++)
    {
      gboolean active = (types & (1u << i)) != 0;

      if (self->employment_checks[i] != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (self->employment_checks[i]), active);
      if (active)
        {
          if (summary->len > 0)
            g_string_append (summary, ", ");
          g_string_append (summary, employment_type_name (i));
        }
    }
  self->syncing = FALSE;

  adw_expander_row_set_subtitle (self->employment_row, summary->str);
}

static void
employment_toggled_cb (JdMetadataForm *self)
{
  JdEmploymentType types = JD_EMPLOYMENT_NONE;

  if (self->syncing)
    return;

  for (guint i = 0; i < JD_EMPLOYMENT_N_TYPES; i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->employment_checks[i])))
      types |= 1u << i;

  jd_document_set_employment_types (self->document, types);
}

/* The employment types' rows are made when the user first opens the
 * row that lists them: eight rows most documents never show, which a
 * closed expander measures all the same. */
static void
add_employment_checks (JdMetadataForm *self)
{
  if (self->employment_checks[0] != NULL || !adw_expander_row_get_expanded (self->employment_row))
    return;

  for (guint i = 0; i < JD_EMPLOYMENT_N_TYPES; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), employment_type_name (i));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, employment_type_name (i),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (self->employment_row, row);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (employment_toggled_cb), self);
      self->employment_checks[i] = check;
    }

  update_employment (self);
}

static void
update_applicants (JdMetadataForm *self)
{
  g_autofree char *joined = NULL;

  if (self->syncing)
    return;

  joined = g_strjoinv (", ", (char **)jd_document_get_applicant_locations (self->document));
  self->syncing = TRUE;
  if (g_strcmp0 (joined, gtk_editable_get_text (GTK_EDITABLE (self->applicants_row))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->applicants_row), joined);
  self->syncing = FALSE;
}

static char **
split_list (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, ",;", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

static void
applicants_changed_cb (JdMetadataForm *self)
{
  g_auto(GStrv) list = NULL;

  if (self->syncing)
    return;

  list = split_list (gtk_editable_get_text (GTK_EDITABLE (self->applicants_row)));
  self->syncing = TRUE;
  jd_document_set_applicant_locations (self->document, (const char * const *)list);
  self->syncing = FALSE;
}

static char *
format_location (const JdLocation *location)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  if (location->city)
    g_strv_builder_add (builder, location->city);
  if (location->region)
    g_strv_builder_add (builder, location->region);
  if (location->country)
    g_strv_builder_add (builder, location->country);
  parts = g_strv_builder_end (builder);

  return g_strjoinv (", ", parts);
}

/* "Berlin, BE, DE" is city, region and country; a last part of two capital
 * letters is the country. */
static JdLocation *
parse_location (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", 3);
  guint n;
  const char *country = NULL;

  for (n = 0; parts[n] != NULL; n++)
    g_strstrip (parts[n]);

  if (n > 1 && strlen (parts[n - 1]) == 2 &&
      g_ascii_isupper (parts[n - 1][0]) && g_ascii_isupper (parts[n - 1][1]))
    country = parts[--n];

  return jd_location_new (n > 0 ? parts[0] : NULL, n > 1 ? parts[1] : NULL, country);
}

static void location_changed_cb (JdMetadataForm *self);

static void
remove_location_cb (GtkButton      *button,
                    JdMetadataForm *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ENTRY_ROW);

  g_ptr_array_remove (self->location_rows, row);
  adw_preferences_group_remove (self->place_group, row);
  location_changed_cb (self);
}

static GtkWidget *
add_location_row (JdMetadataForm *self,
                  const char     *text)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Location"));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  _jd_widget_set_tooltip_text (remove, _("Remove Location"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Location"),
                                  -1);
  gtk_widget_add_css_class (remove, "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_location_cb), self);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (location_changed_cb), self);

  adw_preferences_group_add (self->place_group, row);
  g_ptr_array_add (self->location_rows, row);

  return row;
}

static void
update_locations (JdMetadataForm *self)
{
  GPtrArray *locations;

  if (self->syncing)
    return;

  self->syncing = TRUE;
  while (self->location_rows->len > 0)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->location_rows, 0);
      adw_preferences_group_remove (self->place_group, row);
    }

  locations = jd_document_get_locations (self->document);
  for (guint i = 0; i < locations->len; i++)
    {
      g_autofree char *text = format_location (g_ptr_array_index (locations, i));
      add_location_row (self, text);
    }
  self->syncing = FALSE;
}

static void
location_changed_cb (JdMetadataForm *self)
{
  g_autoptr(GPtrArray) locations = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_location_free);

  if (self->syncing)
    return;

  for (guint i = 0; i < self->location_rows->len; i++)
    {
      const char *text = gtk_editable_get_text (g_ptr_array_index (self->location_rows, i));

      if (text[0] != '\0')
        g_ptr_array_add (locations, parse_location (text));
    }

  self->syncing = TRUE;
  jd_document_set_locations (self->document, locations);
  self->syncing = FALSE;
}

static void
add_location_cb (JdMetadataForm *self)
{
  GtkWidget *row;

  self->syncing = TRUE;
  row = add_location_row (self, "");
  self->syncing = FALSE;
  gtk_widget_grab_focus (row);
}

/* The first location's currency, where Jobscribe knows it. */
static const char *
location_currency (JdMetadataForm *self)
{
  GPtrArray *locations = jd_document_get_locations (self->document);

  for (guint i = 0; locations != NULL && i < locations->len; i++)
    {
      const JdLocation *location = g_ptr_array_index (locations, i);
      const char *currency = jd_currency_for_country (location->country);

      if (currency != NULL)
        return currency;
    }

  return NULL;
}

/* The currency menu: the location's currency first, then the common
 * ones; made each time it opens, as the locations change. */
static void
create_currency_menu_cb (GtkMenuButton *button,
                         gpointer       user_data)
{
  JdMetadataForm *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) common = g_menu_new ();
  const char * const *codes = jd_currency_get_common ();
  const char *from_location = location_currency (self);

  if (from_location != NULL)
    {
      g_autoptr(GMenu) section = g_menu_new ();
      /* Translators: a menu item of the salary's currency; the placeholder
       * is a currency code, such as “EUR”. */
      g_autofree char *label = g_strdup_printf (_("%s, the Location’s Currency"), from_location);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "form.currency", "s", from_location);
      g_menu_append_item (section, item);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (codes[i], NULL);

      g_menu_item_set_action_and_target (item, "form.currency", "s", codes[i]);
      g_menu_append_item (common, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (common));

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
currency_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  JdMetadataForm *self = JD_METADATA_FORM (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), g_variant_get_string (parameter, NULL));
}

static void
date_picked_cb (GtkCalendar *calendar,
                AdwEntryRow *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* The calendar opens on the row's date, or today. */
static void
date_popover_show_cb (GtkPopover  *popover,
                      AdwEntryRow *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GDateTime) date = NULL;
  unsigned int year, month, day;
  char tail;

  if (text[0] != '\0' && is_valid_date (text) &&
      sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &tail) == 3)
    date = g_date_time_new_local ((int)year, (int)month, (int)day, 0, 0, 0);
  else
    date = g_date_time_new_now_local ();

  g_signal_handlers_block_by_func (calendar, date_picked_cb, row);
  gtk_calendar_select_day (calendar, date);
  g_signal_handlers_unblock_by_func (calendar, date_picked_cb, row);
}

/* The calendar is made the first time it opens: two calendars were a
 * fifth of the time the form takes to build, for every document opened. */
static void
create_date_popover_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  AdwEntryRow *row = user_data;
  GtkWidget *popover;
  GtkWidget *calendar;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  popover = gtk_popover_new ();
  calendar = gtk_calendar_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (button, popover);
  g_signal_connect (popover, "show", G_CALLBACK (date_popover_show_cb), row);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (date_picked_cb), row);
}

static GtkWidget *
add_date_picker (AdwEntryRow *row)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  _jd_widget_set_tooltip_text (button, _("Pick a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pick a Date"),
                                  -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_date_popover_cb, row, NULL);
  adw_entry_row_add_suffix (row, button);

  return button;
}

static void
add_currency_menu (JdMetadataForm *self)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  _jd_widget_set_tooltip_text (button, _("Choose a Currency"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a Currency"),
                                  -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_currency_menu_cb, self, NULL);
  adw_entry_row_add_suffix (self->currency_row, button);
  self->currency_button = button;
}

static void
jd_metadata_form_dispose (GObject *object)
{
  JdMetadataForm *self = (JdMetadataForm *)object;

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  if (self->signals != NULL)
    g_signal_group_set_target (self->signals, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->signals);
  g_clear_pointer (&self->location_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_METADATA_FORM);
  _jd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->document);

  G_OBJECT_CLASS (jd_metadata_form_parent_class)->dispose (object);
}

/* The form follows the document through binding and signal groups, which
 * let go of it as the form goes. */
static void
jd_metadata_form_constructed (GObject *object)
{
  JdMetadataForm *self = (JdMetadataForm *)object;

  G_OBJECT_CLASS (jd_metadata_form_parent_class)->constructed (object);

  self->bindings = g_binding_group_new ();
  bind_text (self, self->title_row, "title");
  bind_text (self, self->company_row, "company-name");
  bind_text (self, self->company_url_row, "company-url");
  bind_text (self, self->department_row, "department");
  bind_text (self, self->reference_row, "reference");
  bind_text (self, self->currency_row, "salary-currency");
  bind_text (self, self->apply_row, "apply-to");
  bind_text (self, self->date_posted_row, "date-posted");
  bind_text (self, self->valid_through_row, "valid-through");
  g_binding_group_bind_full (self->bindings, "language", self->language_row, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             language_to_index, index_to_language, NULL, NULL);
  bind_combo (self, self->workplace_row, "workplace-type");
  bind_combo (self, self->unit_row, "salary-unit");
  setup_amount (self, self->salary_min, "salary-min");
  setup_amount (self, self->salary_max, "salary-max");
  g_binding_group_set_source (self->bindings, self->document);

  self->signals = g_signal_group_new (JD_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->signals, "notify::workplace-type", G_CALLBACK (update_workplace), self);
  g_signal_group_connect_swapped (self->signals, "notify::employment-types", G_CALLBACK (update_employment), self);
  g_signal_group_connect_swapped (self->signals, "notify::applicant-locations", G_CALLBACK (update_applicants), self);
  g_signal_group_connect_swapped (self->signals, "notify::locations", G_CALLBACK (update_locations), self);
  g_signal_group_set_target (self->signals, self->document);
  g_signal_connect_swapped (self->applicants_row, "changed", G_CALLBACK (applicants_changed_cb), self);

  update_workplace (self);
  update_employment (self);
  update_applicants (self);
  update_locations (self);
  validate (self);
}

static void
jd_metadata_form_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  JdMetadataForm *self = JD_METADATA_FORM (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_metadata_form_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  JdMetadataForm *self = JD_METADATA_FORM (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_metadata_form_class_init (JdMetadataFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = jd_metadata_form_constructed;
  object_class->dispose = jd_metadata_form_dispose;
  object_class->get_property = jd_metadata_form_get_property;
  object_class->set_property = jd_metadata_form_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JD_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-metadata-form.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, box);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, title_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, language_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, company_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, company_url_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, department_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, reference_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, place_group);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, workplace_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, applicants_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, employment_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, salary_min);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, salary_max);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, add_location_button);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, currency_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, unit_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, apply_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, date_posted_row);
  gtk_widget_class_bind_template_child (widget_class, JdMetadataForm, valid_through_row);
  gtk_widget_class_bind_template_callback (widget_class, add_location_cb);

  gtk_widget_class_install_action (widget_class, "form.currency", "s", currency_action);
}

static void
jd_metadata_form_init (JdMetadataForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not in the template: see _jd_widget_set_tooltip_text(). The salary
   * fields have theirs from validate(). */
  _jd_widget_set_tooltip_text (self->add_location_button, _("Add Location"));

  self->location_rows = g_ptr_array_new ();
  self->date_posted_button = add_date_picker (self->date_posted_row);
  self->valid_through_button = add_date_picker (self->valid_through_row);
  add_currency_menu (self);

  {
    const char * const *languages = jd_terms_get_languages_by_name ();
    g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

    for (guint i = 0; languages[i] != NULL; i++)
      gtk_string_list_append (names, jd_terms_get_language_name (languages[i]));
    adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  }

  g_signal_connect_swapped (self->employment_row, "notify::expanded", G_CALLBACK (add_employment_checks), self);
}

GtkWidget *
jd_metadata_form_new (JdDocument *document)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  return g_object_new (JD_TYPE_METADATA_FORM, "document", document, NULL);
}

void
jd_metadata_form_focus_title (JdMetadataForm *self)
{
  g_return_if_fail (JD_IS_METADATA_FORM (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

GtkEditable *
_jd_metadata_form_get_salary_entry (JdMetadataForm *self,
                                    gboolean        maximum)
{
  g_return_val_if_fail (JD_IS_METADATA_FORM (self), NULL);

  return GTK_EDITABLE (maximum ? self->salary_max : self->salary_min);
}

/* Returns: (transfer none): the menu button of the dates' calendars, or
 * of the currency with @field "currency". */
GtkMenuButton *
_jd_metadata_form_get_picker (JdMetadataForm *self,
                              const char     *field)
{
  g_return_val_if_fail (JD_IS_METADATA_FORM (self), NULL);

  if (g_strcmp0 (field, "date-posted") == 0)
    return GTK_MENU_BUTTON (self->date_posted_button);
  if (g_strcmp0 (field, "valid-through") == 0)
    return GTK_MENU_BUTTON (self->valid_through_button);
  return GTK_MENU_BUTTON (self->currency_button);
}

/* The form's groups below the first are hidden, for whoever shows them a
 * frame at a time (_jd_metadata_form_show_next_group()): the first
 * layout of all of them at once took longer than a frame. */
void
_jd_metadata_form_hide_later_groups (JdMetadataForm *self)
{
  GtkWidget *first;

  g_return_if_fail (JD_IS_METADATA_FORM (self));

  first = gtk_widget_get_first_child (GTK_WIDGET (self->box));
  for (GtkWidget *group = gtk_widget_get_next_sibling (first); group != NULL;
       group = gtk_widget_get_next_sibling (group))
    gtk_widget_set_visible (group, FALSE);
}

/* Shows the first hidden group, if any.
 *
 * Returns: whether it showed one */
gboolean
_jd_metadata_form_show_next_group (JdMetadataForm *self)
{
  GtkWidget *group;

  g_return_val_if_fail (JD_IS_METADATA_FORM (self), FALSE);

  group = gtk_widget_get_first_child (GTK_WIDGET (self->box));
  while (group != NULL && gtk_widget_get_visible (group))
    group = gtk_widget_get_next_sibling (group);
  if (group == NULL)
    return FALSE;

  gtk_widget_set_visible (group, TRUE);
  return TRUE;
}

void
_jd_metadata_form_show_all_groups (JdMetadataForm *self)
{
  g_return_if_fail (JD_IS_METADATA_FORM (self));

  for (GtkWidget *group = gtk_widget_get_first_child (GTK_WIDGET (self->box)); group != NULL;
       group = gtk_widget_get_next_sibling (group))
    gtk_widget_set_visible (group, TRUE);
}
