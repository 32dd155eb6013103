/* jd-finding-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-finding-row.h"
#include "jd-ui-private.h"

/* One finding of the writing review in the review pane: the text it
 * covers with a button to ignore it, what is wrong with it and why, and
 * a button per suggested replacement. Activating the row shows the text in
 * the editor; the pane does what the buttons ask. */
struct _JdFindingRow
{
  GtkListBoxRow  parent_instance;

  JdFinding     *finding;

  GtkImage      *severity_image;
  GtkLabel      *text_label;
  GtkLabel      *message_label;
  GtkFlowBox    *buttons;
  GtkWidget     *ignore_button;
};

G_DEFINE_FINAL_TYPE (JdFindingRow, jd_finding_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_FINDING,
  N_PROPS
};

enum {
  APPLY,
  IGNORE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
suggestion_clicked_cb (JdFindingRow *self,
                       GtkButton    *button)
{
  const char *suggestion = g_object_get_data (G_OBJECT (button), "suggestion");

  g_signal_emit (self, signals[APPLY], 0, suggestion);
}

static void
ignore_clicked_cb (JdFindingRow *self)
{
  g_signal_emit (self, signals[IGNORE], 0);
}

static void
add_button (JdFindingRow *self,
            GtkWidget    *button)
{
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* As wide as its label, not as the column of the flow box. */
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_flow_box_append (self->buttons, button);
  /* The flow box's own child would take the focus and the click first. */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
}

static void
jd_finding_row_constructed (GObject *object)
{
  JdFindingRow *self = (JdFindingRow *)object;
  const char * const *suggestions = jd_finding_get_suggestions (self->finding);
  const char *text = jd_finding_get_text (self->finding);
  JdSeverity severity = jd_finding_get_severity (self->finding);

  G_OBJECT_CLASS (jd_finding_row_parent_class)->constructed (object);

  switch (severity)
    {
    case JD_SEVERITY_ERROR:
      gtk_image_set_from_icon_name (self->severity_image, "dialog-error-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->severity_image), "error");
      break;
    case JD_SEVERITY_WARNING:
      gtk_image_set_from_icon_name (self->severity_image, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->severity_image), "warning");
      break;
    case JD_SEVERITY_INFO:
    default:
      gtk_image_set_from_icon_name (self->severity_image, "dialog-information-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->severity_image), "dim-label");
      break;
    }
  _jd_widget_set_tooltip_text (GTK_WIDGET (self->severity_image), jd_severity_get_label (severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->severity_image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, jd_severity_get_label (severity),
                                  -1);

  if (text != NULL && *text != '\0')
    {
      /* Translators: the text a finding of the review covers, quoted. */
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), text);

      gtk_label_set_label (self->text_label, quoted);
    }
  else
    gtk_label_set_label (self->text_label, jd_review_category_get_label (jd_finding_get_category (self->finding)));
  gtk_label_set_label (self->message_label, jd_finding_get_message (self->finding));

  for (guint i = 0; suggestions != NULL && suggestions[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (suggestions[i]);
      /* Translators: the tooltip of a button that replaces the text of a
       * finding; the placeholder is the replacement. */
      g_autofree char *tooltip = g_strdup_printf (_("Replace with “%s”"), suggestions[i]);

      g_object_set_data_full (G_OBJECT (button), "suggestion", g_strdup (suggestions[i]), g_free);
      _jd_widget_set_tooltip_text (button, tooltip);
      gtk_widget_add_css_class (button, "suggested-action");
      g_signal_connect_object (button, "clicked", G_CALLBACK (suggestion_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      add_button (self, button);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->buttons), suggestions != NULL && suggestions[0] != NULL);
}

static void
jd_finding_row_dispose (GObject *object)
{
  JdFindingRow *self = (JdFindingRow *)object;

  g_clear_object (&self->finding);

  G_OBJECT_CLASS (jd_finding_row_parent_class)->dispose (object);
}

static void
jd_finding_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  JdFindingRow *self = JD_FINDING_ROW (object);

  switch (prop_id)
    {
    case PROP_FINDING:
      g_value_set_object (value, self->finding);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_finding_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  JdFindingRow *self = JD_FINDING_ROW (object);

  switch (prop_id)
    {
    case PROP_FINDING:
      self->finding = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_finding_row_class_init (JdFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = jd_finding_row_constructed;
  object_class->dispose = jd_finding_row_dispose;
  object_class->get_property = jd_finding_row_get_property;
  object_class->set_property = jd_finding_row_set_property;

  properties[PROP_FINDING] =
    g_param_spec_object ("finding", NULL, NULL,
                         JD_TYPE_FINDING,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user chose a replacement of the finding's text. */
  signals[APPLY] =
    g_signal_new ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[IGNORE] =
    g_signal_new ("ignore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-finding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, JdFindingRow, severity_image);
  gtk_widget_class_bind_template_child (widget_class, JdFindingRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, JdFindingRow, message_label);
  gtk_widget_class_bind_template_child (widget_class, JdFindingRow, buttons);
  gtk_widget_class_bind_template_child (widget_class, JdFindingRow, ignore_button);
  gtk_widget_class_bind_template_callback (widget_class, ignore_clicked_cb);
}

static void
jd_finding_row_init (JdFindingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not in the template: see _jd_widget_set_tooltip_text(). */
  _jd_widget_set_tooltip_text (self->ignore_button, _("Hide this finding for this document"));
}

GtkWidget *
jd_finding_row_new (JdFinding *finding)
{
  g_return_val_if_fail (JD_IS_FINDING (finding), NULL);

  return g_object_new (JD_TYPE_FINDING_ROW, "finding", finding, NULL);
}

JdFinding *
jd_finding_row_get_finding (JdFindingRow *self)
{
  g_return_val_if_fail (JD_IS_FINDING_ROW (self), NULL);
  return self->finding;
}

/* Puts @finding in the place of the row's own: the review found the same
 * thing again, maybe at other offsets since the text before it changed,
 * or with figures in its message that changed (the number of words). The
 * row stays, with its focus. */
void
jd_finding_row_set_finding (JdFindingRow *self,
                            JdFinding    *finding)
{
  g_return_if_fail (JD_IS_FINDING_ROW (self));
  g_return_if_fail (JD_IS_FINDING (finding));

  if (!g_set_object (&self->finding, finding))
    return;

  if (g_strcmp0 (gtk_label_get_label (self->message_label), jd_finding_get_message (finding)) != 0)
    gtk_label_set_label (self->message_label, jd_finding_get_message (finding));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINDING]);
}
