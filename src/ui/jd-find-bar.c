/* jd-find-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-find-bar.h"
#include "jd-ui-private.h"

/* The bar above the editor that finds and replaces: what to find, how
 * many matches and which one is current, the options, and what to
 * replace with. It only holds what the user asked; the editor finds,
 * shows and replaces (jd-editor-find.c). */
struct _JdFindBar
{
  GtkWidget       parent_instance;

  GtkSearchEntry *find_entry;
  GtkLabel       *count_label;
  GtkToggleButton *replace_button;
  GtkEntry       *replace_entry;
  GtkWidget      *previous_button;
  GtkWidget      *next_button;
  GtkWidget      *options_button;
  GtkWidget      *close_button;

  gboolean        match_case;
  gboolean        whole_word;
};

G_DEFINE_FINAL_TYPE (JdFindBar, jd_find_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MATCH_CASE,
  PROP_WHOLE_WORD,
  N_PROPS
};

enum {
  CHANGED,
  CLOSE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
find_changed_cb (JdFindBar *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
find_activate_cb (JdFindBar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.find-next", NULL);
}

static void
next_match_cb (JdFindBar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.find-next", NULL);
}

static void
previous_match_cb (JdFindBar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.find-previous", NULL);
}

static void
stop_search_cb (JdFindBar *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

static void
replace_activate_cb (JdFindBar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.replace", NULL);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  g_signal_emit (widget, signals[CLOSE], 0);
}

static void
jd_find_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), JD_TYPE_FIND_BAR);
  _jd_widget_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (jd_find_bar_parent_class)->dispose (object);
}

static void
jd_find_bar_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  JdFindBar *self = JD_FIND_BAR (object);

  switch (prop_id)
    {
    case PROP_MATCH_CASE:
      g_value_set_boolean (value, self->match_case);
      break;

    case PROP_WHOLE_WORD:
      g_value_set_boolean (value, self->whole_word);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_find_bar_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  JdFindBar *self = JD_FIND_BAR (object);
  gboolean *option;

  switch (prop_id)
    {
    case PROP_MATCH_CASE:
      option = &self->match_case;
      break;

    case PROP_WHOLE_WORD:
      option = &self->whole_word;
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (*option != g_value_get_boolean (value))
    {
      *option = g_value_get_boolean (value);
      g_object_notify_by_pspec (object, pspec);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
jd_find_bar_class_init (JdFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_find_bar_dispose;
  object_class->get_property = jd_find_bar_get_property;
  object_class->set_property = jd_find_bar_set_property;

  properties[PROP_MATCH_CASE] =
    g_param_spec_boolean ("match-case", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WHOLE_WORD] =
    g_param_spec_boolean ("whole-word", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* What to find, or how, changed. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Escape or the close button. */
  signals[CLOSE] =
    g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-find-bar.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "jdfindbar");
  gtk_widget_class_bind_template_child (widget_class, JdFindBar, find_entry);
  gtk_widget_class_bind_template_child (widget_class, JdFindBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, JdFindBar, replace_button);
  gtk_widget_class_bind_template_child (widget_class, JdFindBar, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, JdFindBar, previous_button);
  gtk_widget_class_bind_template_child (widget_class, JdFindBar, next_button);
  gtk_widget_class_bind_template_child (widget_class, JdFindBar, options_button);
  gtk_widget_class_bind_template_child (widget_class, JdFindBar, close_button);
  gtk_widget_class_bind_template_callback (widget_class, find_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, find_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, replace_activate_cb);

  gtk_widget_class_install_property_action (widget_class, "find.match-case", "match-case");
  gtk_widget_class_install_property_action (widget_class, "find.whole-word", "whole-word");
  gtk_widget_class_install_action (widget_class, "find.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "find.close", NULL);
}

static void
jd_find_bar_init (JdFindBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not in the template: every editor makes a find bar, and a tooltip
   * set there asks the display where the pointer is (see
   * _jd_widget_set_tooltip_text()). */
  _jd_widget_set_tooltip_text (self->previous_button, _("Previous Match (Shift+Ctrl+G)"));
  _jd_widget_set_tooltip_text (self->next_button, _("Next Match (Ctrl+G)"));
  _jd_widget_set_tooltip_text (self->options_button, _("Search Options"));
  _jd_widget_set_tooltip_text (GTK_WIDGET (self->replace_button), _("Replace (Ctrl+H)"));
  _jd_widget_set_tooltip_text (self->close_button, _("Close (Escape)"));
}

GtkWidget *
jd_find_bar_new (void)
{
  return g_object_new (JD_TYPE_FIND_BAR, NULL);
}

const char *
jd_find_bar_get_text (JdFindBar *self)
{
  g_return_val_if_fail (JD_IS_FIND_BAR (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->find_entry));
}

/* Sets what to find, and finds it at once, without the entry's delay. */
void
jd_find_bar_set_text (JdFindBar  *self,
                      const char *text)
{
  g_return_if_fail (JD_IS_FIND_BAR (self));

  if (g_strcmp0 (text, jd_find_bar_get_text (self)) == 0)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->find_entry), text ? text : "");
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
jd_find_bar_get_replacement (JdFindBar *self)
{
  g_return_val_if_fail (JD_IS_FIND_BAR (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
}

void
jd_find_bar_set_replacement (JdFindBar  *self,
                             const char *replacement)
{
  g_return_if_fail (JD_IS_FIND_BAR (self));
  gtk_editable_set_text (GTK_EDITABLE (self->replace_entry), replacement ? replacement : "");
}

JdFindFlags
jd_find_bar_get_flags (JdFindBar *self)
{
  g_return_val_if_fail (JD_IS_FIND_BAR (self), 0);

  return (self->match_case ? JD_FIND_MATCH_CASE : 0) |
         (self->whole_word ? JD_FIND_WHOLE_WORD : 0);
}

/* Whether the replace row shows. */
gboolean
jd_find_bar_get_replace (JdFindBar *self)
{
  g_return_val_if_fail (JD_IS_FIND_BAR (self), FALSE);
  return gtk_toggle_button_get_active (self->replace_button);
}

void
jd_find_bar_set_replace (JdFindBar *self,
                         gboolean   replace)
{
  g_return_if_fail (JD_IS_FIND_BAR (self));
  gtk_toggle_button_set_active (self->replace_button, replace);
}

/**
 * jd_find_bar_set_count:
 * @current: the index of the current match, or -1
 *
 * Shows where the current match is among all, as "3 of 12".
 */
void
jd_find_bar_set_count (JdFindBar *self,
                       int        current,
                       guint      n_matches)
{
  g_autofree char *text = NULL;

  g_return_if_fail (JD_IS_FIND_BAR (self));

  if (*jd_find_bar_get_text (self) == '\0')
    text = g_strdup ("");
  else if (n_matches == 0)
    text = g_strdup (_("No matches"));
  else if (current >= 0)
    /* Translators: the current match of a search and how many there
     * are, as in “3 of 12”. */
    text = g_strdup_printf (_("%d of %u"), current + 1, n_matches);
  else
    /* Translators: how many matches a search has. */
    text = g_strdup_printf (ngettext ("%u match", "%u matches", n_matches), n_matches);

  jd_find_bar_set_status (self, text);
}

/* Shows @status where the count is, such as what Replace All did. */
void
jd_find_bar_set_status (JdFindBar  *self,
                        const char *status)
{
  g_return_if_fail (JD_IS_FIND_BAR (self));
  gtk_label_set_label (self->count_label, status);
}

const char *
jd_find_bar_get_status (JdFindBar *self)
{
  g_return_val_if_fail (JD_IS_FIND_BAR (self), NULL);
  return gtk_label_get_label (self->count_label);
}

/* Puts the caret in what to find, or in what to replace with, all of it
 * selected so typing replaces it. */
void
jd_find_bar_focus (JdFindBar *self,
                   gboolean   replacement)
{
  GtkWidget *entry;

  g_return_if_fail (JD_IS_FIND_BAR (self));

  entry = replacement ? GTK_WIDGET (self->replace_entry) : GTK_WIDGET (self->find_entry);
  gtk_widget_grab_focus (entry);
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
}
