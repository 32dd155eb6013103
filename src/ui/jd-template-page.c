/* jd-template-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-template-page"

#include "config.h"

#include "jd-ui-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jd-review.h"
#include "jd-template-page-private.h"

/* A template, read-only, in the language picked in its drop-down, with its
 * related roles and the interview questions for the role. */
struct _JdTemplatePage
{
  GtkWidget     parent_instance;

  JdLibrary    *library;
  JdTemplate   *template;
  /* The templates shown before this one, the last most recent. */
  GPtrArray    *back_stack;

  GtkWidget    *back_button;
  GtkWidget    *use_button;
  GtkLabel     *category_label;
  GtkLabel     *title_label;
  GtkLabel     *alt_label;
  GtkLabel     *review_label;
  GtkDropDown  *language_dropdown;
  GtkWidget    *copy_questions_button;
  GtkBox       *body;
  GtkLabel     *related_heading;
  GtkFlowBox   *related_box;
  GtkWidget    *questions_header;
  GtkListBox   *questions_list;
  GtkScrolledWindow *scroller;
};

G_DEFINE_FINAL_TYPE (JdTemplatePage, jd_template_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_TEMPLATE,
  N_PROPS
};

enum {
  RELATED_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)))
    {
      if (GTK_IS_BOX (parent))
        gtk_box_remove (GTK_BOX (parent), child);
      else if (GTK_IS_FLOW_BOX (parent))
        gtk_flow_box_remove (GTK_FLOW_BOX (parent), child);
      else
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
    }
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
add_section (JdTemplatePage  *self,
             JdSectionKind    kind,
             JdTemplateField  field,
             gboolean         bullets)
{
  const char *lang = jd_template_page_get_language (self);
  guint n = jd_template_get_n_texts (self->template, field);
  GtkWidget *title;

  if (n == 0)
    return;

  title = make_label (jd_terms_get_kind_heading (jd_library_get_terms (self->library), kind, lang), "title-4");
  gtk_widget_set_margin_top (title, 12);
  gtk_label_set_selectable (GTK_LABEL (title), FALSE);
  gtk_box_append (self->body, title);

  for (guint i = 0; i < n; i++)
    {
      const char *text = jd_template_get_text (self->template, field, i, lang);

      if (bullets)
        {
          GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);
          GtkWidget *bullet = gtk_label_new ("•");

          GtkWidget *label = make_label (text, NULL);

          gtk_widget_set_valign (bullet, GTK_ALIGN_START);
          gtk_widget_set_hexpand (label, TRUE);
          gtk_box_append (GTK_BOX (row), bullet);
          gtk_box_append (GTK_BOX (row), label);
          gtk_box_append (self->body, row);
        }
      else
        gtk_box_append (self->body, make_label (text, "body"));
    }
}

/* The buttons of related roles name their template by its id. */
static void
related_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  JdTemplatePage *self = JD_TEMPLATE_PAGE (widget);
  JdTemplate *template;

  if (self->library == NULL)
    return;

  template = jd_library_lookup (self->library, g_variant_get_string (param, NULL));
  if (template != NULL)
    g_signal_emit (self, signals[RELATED_ACTIVATED], 0, template);
}

/* Back goes to the template shown before, and says which. */
static void
update_back (JdTemplatePage *self)
{
  JdTemplate *previous = NULL;
  g_autofree char *tooltip = NULL;

  if (self->back_stack->len > 0)
    previous = g_ptr_array_index (self->back_stack, self->back_stack->len - 1);

  gtk_widget_set_visible (self->back_button, previous != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "template.back", previous != NULL);
  if (previous == NULL)
    return;

  /* Translators: the tooltip of the back button of a template page; the
   * placeholder is the title of the template shown before. */
  tooltip = g_strdup_printf (_("Back to “%s” (Alt+Left)"),
                             jd_template_get_title (previous, jd_template_page_get_language (self)));
  _jd_widget_set_tooltip_text (self->back_button, tooltip);
}

/* What the review says of the template in @lang. Pay and completeness
 * are left out of the count: they ask for the company's own details
 * (place, salary, how to apply), which no template can hold. */
static void
update_review (JdTemplatePage *self,
               const char     *lang)
{
  g_autoptr(JdDocument) document = jd_template_create_document (self->template, lang);
  g_autoptr(JdReview) review = jd_review_new (document, lang);
  GListModel *findings = jd_review_get_findings (review);
  g_autofree char *text = NULL;
  guint n = g_list_model_get_n_items (findings);

  n -= jd_review_count_category (review, JD_REVIEW_CATEGORY_PAY_TRANSPARENCY);
  n -= jd_review_count_category (review, JD_REVIEW_CATEGORY_COMPLETENESS);

  /* Translators: the first placeholder is the review score (out of 100),
   * the second the number of findings about the wording of the template. */
  text = g_strdup_printf (ngettext ("Review score %u of 100, %u finding on the wording",
                                    "Review score %u of 100, %u findings on the wording", n),
                          jd_review_get_score (review), n);
  gtk_label_set_label (self->review_label, text);
}

static void
rebuild (JdTemplatePage *self)
{
  const char *lang = jd_template_page_get_language (self);
  g_autoptr(GPtrArray) related = NULL;
  g_auto(GStrv) alt = NULL;
  JdCategory *category;
  guint n_questions;

  remove_children (GTK_WIDGET (self->body));
  remove_children (GTK_WIDGET (self->related_box));
  remove_children (GTK_WIDGET (self->questions_list));

  update_back (self);

  if (self->template == NULL)
    return;

  category = jd_library_lookup_category (self->library, jd_template_get_category_id (self->template));
  gtk_label_set_label (self->category_label, category ? jd_category_get_name (category, lang) : "");
  gtk_label_set_label (self->title_label, jd_template_get_title (self->template, lang));

  alt = jd_template_dup_texts (self->template, JD_TEMPLATE_FIELD_ALT_TITLES, lang);
  {
    g_autofree char *joined = g_strjoinv (" · ", alt);
    gtk_label_set_label (self->alt_label, joined);
    gtk_widget_set_visible (GTK_WIDGET (self->alt_label), joined[0] != '\0');
  }

  update_review (self, lang);

  /* Headed as the document made from it will be. */
  add_section (self, JD_SECTION_BRIEF, JD_TEMPLATE_FIELD_BRIEF, FALSE);
  add_section (self, JD_SECTION_RESPONSIBILITIES, JD_TEMPLATE_FIELD_RESPONSIBILITIES, TRUE);
  add_section (self, JD_SECTION_REQUIREMENTS, JD_TEMPLATE_FIELD_REQUIREMENTS, TRUE);
  add_section (self, JD_SECTION_NICE_TO_HAVE, JD_TEMPLATE_FIELD_NICE_TO_HAVE, TRUE);

  related = jd_library_dup_related (self->library, self->template);
  gtk_widget_set_visible (GTK_WIDGET (self->related_heading), related->len > 0);
  for (guint i = 0; i < related->len; i++)
    {
      JdTemplate *other = g_ptr_array_index (related, i);
      const char *title = jd_template_get_title (other, lang);
      GtkWidget *button = gtk_button_new_with_label (title);

      /* Long titles (Greek ones reach 45 characters) are cut, not the
       * window kept wide. */
      gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), PANGO_ELLIPSIZE_END);
      _jd_widget_set_tooltip_text (button, title);
      gtk_widget_add_css_class (button, "pill");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", jd_template_get_id (other));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "template.related");
      gtk_flow_box_append (self->related_box, button);
    }

  n_questions = jd_template_get_n_texts (self->template, JD_TEMPLATE_FIELD_QUESTIONS);
  gtk_widget_set_visible (self->questions_header, n_questions > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->questions_list), n_questions > 0);
  for (guint i = 0; i < n_questions; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *badge = gtk_label_new (number);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     jd_template_get_text (self->template, JD_TEMPLATE_FIELD_QUESTIONS, i, lang));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (badge, "dim-label");
      gtk_widget_add_css_class (badge, "numeric");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), badge);
      gtk_list_box_append (self->questions_list, row);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
language_changed_cb (JdTemplatePage *self)
{
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  JdTemplatePage *self = JD_TEMPLATE_PAGE (widget);
  g_autoptr(JdTemplate) previous = NULL;

  if (self->back_stack->len == 0)
    return;

  previous = g_ptr_array_steal_index (self->back_stack, self->back_stack->len - 1);
  g_set_object (&self->template, previous);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
  gtk_widget_grab_focus (self->use_button);
}

static void
jd_template_page_dispose (GObject *object)
{
  JdTemplatePage *self = (JdTemplatePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_TEMPLATE_PAGE);
  _jd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->back_stack, g_ptr_array_unref);
  g_clear_object (&self->template);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (jd_template_page_parent_class)->dispose (object);
}

static void
jd_template_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  JdTemplatePage *self = JD_TEMPLATE_PAGE (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, jd_template_page_get_language (self));
      break;

    case PROP_TEMPLATE:
      g_value_set_object (value, self->template);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_template_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  JdTemplatePage *self = JD_TEMPLATE_PAGE (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      jd_template_page_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_template_page_class_init (JdTemplatePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_template_page_dispose;
  object_class->get_property = jd_template_page_get_property;
  object_class->set_property = jd_template_page_set_property;

  gtk_widget_class_install_action (widget_class, "template.related", "s", related_action);
  gtk_widget_class_install_action (widget_class, "template.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "template.back", NULL);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "en",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEMPLATE] =
    g_param_spec_object ("template", NULL, NULL,
                         JD_TYPE_TEMPLATE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JdTemplatePage::related-activated:
   *
   * A related role was clicked.
   */
  signals[RELATED_ACTIVATED] =
    g_signal_new ("related-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, JD_TYPE_TEMPLATE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-template-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, use_button);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, category_label);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, alt_label);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, review_label);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, copy_questions_button);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, body);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, related_heading);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, related_box);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, questions_header);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, questions_list);
  gtk_widget_class_bind_template_child (widget_class, JdTemplatePage, scroller);
}

static void
jd_template_page_init (JdTemplatePage *self)
{
  const char * const *languages = jd_terms_get_languages_by_name ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not in the template: see _jd_widget_set_tooltip_text(). */
  _jd_widget_set_tooltip_text (GTK_WIDGET (self->language_dropdown), _("Language of the template"));
  _jd_widget_set_tooltip_text (self->copy_questions_button, _("Copy the questions as text"));

  self->back_stack = g_ptr_array_new_with_free_func (g_object_unref);
  update_back (self);

  for (guint i = 0; languages[i] != NULL; i++)
    gtk_string_list_append (names, jd_terms_get_language_name (languages[i]));
  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (names));
  g_signal_connect_swapped (self->language_dropdown, "notify::selected",
                            G_CALLBACK (language_changed_cb), self);
}

void
jd_template_page_set_template (JdTemplatePage *self,
                               JdLibrary      *library,
                               JdTemplate     *template)
{
  g_return_if_fail (JD_IS_TEMPLATE_PAGE (self));
  g_return_if_fail (template == NULL || JD_IS_TEMPLATE (template));

  /* A library read again has other templates: the old ones lead nowhere. */
  if (library != self->library)
    g_ptr_array_set_size (self->back_stack, 0);
  g_set_object (&self->library, library);

  if (self->template == template)
    return;

  if (self->template != NULL)
    g_ptr_array_add (self->back_stack, g_steal_pointer (&self->template));
  g_set_object (&self->template, template);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
}

/* Returns: (transfer none) (nullable) */
JdTemplate *
jd_template_page_get_template (JdTemplatePage *self)
{
  g_return_val_if_fail (JD_IS_TEMPLATE_PAGE (self), NULL);
  return self->template;
}

const char *
jd_template_page_get_language (JdTemplatePage *self)
{
  guint selected;

  g_return_val_if_fail (JD_IS_TEMPLATE_PAGE (self), "en");

  selected = gtk_drop_down_get_selected (self->language_dropdown);
  if (selected == GTK_INVALID_LIST_POSITION)
    return "en";

  return jd_terms_get_languages_by_name ()[selected];
}

void
jd_template_page_set_language (JdTemplatePage *self,
                               const char     *lang)
{
  const char * const *languages = jd_terms_get_languages_by_name ();

  g_return_if_fail (JD_IS_TEMPLATE_PAGE (self));

  for (guint i = 0; languages[i] != NULL; i++)
    if (g_strcmp0 (languages[i], lang) == 0)
      gtk_drop_down_set_selected (self->language_dropdown, i);
}

/* Puts the keyboard on "Use This Template": Enter then starts a document. */
void
jd_template_page_focus_use (JdTemplatePage *self)
{
  g_return_if_fail (JD_IS_TEMPLATE_PAGE (self));
  gtk_widget_grab_focus (self->use_button);
}

/**
 * jd_template_page_dup_questions_text:
 *
 * Returns: (transfer full) (nullable): the interview questions of the
 *   template in the language shown, numbered, one a line, as they are
 *   pasted into a mail or a document; %NULL if it has none
 */
char *
jd_template_page_dup_questions_text (JdTemplatePage *self)
{
  const char *lang;
  GString *text;
  guint n;

  g_return_val_if_fail (JD_IS_TEMPLATE_PAGE (self), NULL);

  if (self->template == NULL ||
      (n = jd_template_get_n_texts (self->template, JD_TEMPLATE_FIELD_QUESTIONS)) == 0)
    return NULL;

  lang = jd_template_page_get_language (self);
  text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%u. %s\n", i + 1,
                            jd_template_get_text (self->template, JD_TEMPLATE_FIELD_QUESTIONS, i, lang));

  return g_string_free (text, FALSE);
}

/* The line that sums up the template's review, for the tests. */
const char *
_jd_template_page_get_review_text (JdTemplatePage *self)
{
  g_return_val_if_fail (JD_IS_TEMPLATE_PAGE (self), NULL);
  return gtk_label_get_label (self->review_label);
}
