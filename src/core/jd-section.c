/* jd-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-section"

#include "config.h"

#include "jd-block-private.h"
#include "jd-enum-types.h"
#include "jd-section-private.h"
#include "jd-util-private.h"

/* A section is a list model of its blocks, so a view binds to it directly.
 * It also emits ::changed for anything that changes inside it, blocks
 * included, which is what the document needs to know it was modified. */
struct _JdSection
{
  GObject        parent_instance;
  JdSectionKind  kind;
  char          *heading;
  GPtrArray     *blocks;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JdSection, jd_section, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_KIND,
  PROP_HEADING,
  PROP_N_ITEMS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GType
jd_section_get_item_type (GListModel *model)
{
  return JD_TYPE_BLOCK;
}

static guint
jd_section_get_n_items (GListModel *model)
{
  return JD_SECTION (model)->blocks->len;
}

static gpointer
jd_section_get_item (GListModel *model,
                     guint       position)
{
  JdSection *self = JD_SECTION (model);

  if (position >= self->blocks->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->blocks, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = jd_section_get_item_type;
  iface->get_n_items = jd_section_get_n_items;
  iface->get_item = jd_section_get_item;
}

static void
emit_changed (JdSection *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
block_changed (gpointer data)
{
  emit_changed (data);
}

static void
items_changed (JdSection *self,
               guint      position,
               guint      removed,
               guint      added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  emit_changed (self);
}

/* A section watches its blocks (_jd_block_set_watch()) from when it
 * takes one until it lets it go, itself included when it is finalized:
 * a signal handler per block would cost memory and, at every connection
 * and notification, locks that all threads share, which made threads
 * reading documents at once wait for one another. */
static void
take_block (JdSection *self,
            JdBlock   *block)
{
  _jd_block_set_watch (block, block_changed, self);
}

static void
release_block (gpointer data)
{
  JdBlock *block = data;

  _jd_block_unset_watch (block, block_changed);
  g_object_unref (block);
}

static void
jd_section_finalize (GObject *object)
{
  JdSection *self = (JdSection *)object;

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->heading, g_free);

  G_OBJECT_CLASS (jd_section_parent_class)->finalize (object);
}

static void
jd_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  JdSection *self = JD_SECTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->blocks->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_section_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  JdSection *self = JD_SECTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      jd_section_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_HEADING:
      jd_section_set_heading (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_section_class_init (JdSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jd_section_finalize;
  object_class->get_property = jd_section_get_property;
  object_class->set_property = jd_section_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       JD_TYPE_SECTION_KIND,
                       JD_SECTION_CUSTOM,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * JdSection:heading:
   *
   * The heading the user wrote, or %NULL for the default heading of the
   * kind in the document's language.
   */
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JdSection::changed:
   *
   * Emitted after anything in the section changed: its kind, its heading,
   * its list of blocks or the contents of a block.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
jd_section_init (JdSection *self)
{
  self->kind = JD_SECTION_CUSTOM;
  self->blocks = g_ptr_array_new_with_free_func (release_block);
}

JdSection *
jd_section_new (JdSectionKind kind)
{
  return g_object_new (JD_TYPE_SECTION, "kind", kind, NULL);
}

JdSection *
jd_section_copy (JdSection *self)
{
  JdSection *copy;

  g_return_val_if_fail (JD_IS_SECTION (self), NULL);

  copy = jd_section_new (self->kind);
  copy->heading = g_strdup (self->heading);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      g_autoptr(JdBlock) block = jd_block_copy (g_ptr_array_index (self->blocks, i));
      jd_section_append_block (copy, block);
    }

  return copy;
}

gboolean
jd_section_equal (JdSection *a,
                  JdSection *b)
{
  g_return_val_if_fail (JD_IS_SECTION (a), FALSE);
  g_return_val_if_fail (JD_IS_SECTION (b), FALSE);

  if (a->kind != b->kind ||
      g_strcmp0 (a->heading, b->heading) != 0 ||
      a->blocks->len != b->blocks->len)
    return FALSE;

  for (guint i = 0; i < a->blocks->len; i++)
    if (!jd_block_equal (g_ptr_array_index (a->blocks, i),
                         g_ptr_array_index (b->blocks, i)))
      return FALSE;

  return TRUE;
}

/**
 * jd_section_assign:
 *
 * Makes @self equal to @other, touching only what differs: blocks whose
 * text alone changed keep their identity, so views of them stay put (what
 * undo needs).
 */
void
jd_section_assign (JdSection *self,
                   JdSection *other)
{
  guint n_self;
  guint n_other;
  guint common;

  g_return_if_fail (JD_IS_SECTION (self));
  g_return_if_fail (JD_IS_SECTION (other));

  jd_section_set_kind (self, other->kind);
  jd_section_set_heading (self, other->heading);

  n_self = self->blocks->len;
  n_other = other->blocks->len;
  common = MIN (n_self, n_other);

  for (guint i = 0; i < common; i++)
    {
      JdBlock *mine = g_ptr_array_index (self->blocks, i);
      JdBlock *theirs = g_ptr_array_index (other->blocks, i);

      jd_block_set_kind (mine, jd_block_get_kind (theirs));
      jd_block_set_text (mine, jd_block_get_text (theirs));
      jd_block_set_source (mine, jd_block_get_source (theirs));
      jd_block_set_needs_translation (mine, jd_block_get_needs_translation (theirs));
    }

  if (n_self > n_other)
    {
      g_ptr_array_remove_range (self->blocks, n_other, n_self - n_other);
      items_changed (self, n_other, n_self - n_other, 0);
    }
  else if (n_other > n_self)
    {
      for (guint i = n_self; i < n_other; i++)
        {
          JdBlock *copy = jd_block_copy (g_ptr_array_index (other->blocks, i));

          g_ptr_array_add (self->blocks, copy);
          take_block (self, copy);
        }
      items_changed (self, n_self, 0, n_other - n_self);
    }
}

JdSectionKind
jd_section_get_kind (JdSection *self)
{
  g_return_val_if_fail (JD_IS_SECTION (self), JD_SECTION_CUSTOM);
  return self->kind;
}

void
jd_section_set_kind (JdSection     *self,
                     JdSectionKind  kind)
{
  g_return_if_fail (JD_IS_SECTION (self));
  g_return_if_fail (kind < JD_SECTION_N_KINDS);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
      emit_changed (self);
    }
}

const char *
jd_section_get_heading (JdSection *self)
{
  g_return_val_if_fail (JD_IS_SECTION (self), NULL);
  return self->heading;
}

/* An empty heading means the default one of the kind. */
void
jd_section_set_heading (JdSection  *self,
                        const char *heading)
{
  g_return_if_fail (JD_IS_SECTION (self));

  if (_jd_set_str (&self->heading, _jd_empty_to_null (heading)))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
      emit_changed (self);
    }
}

guint
jd_section_get_n_blocks (JdSection *self)
{
  g_return_val_if_fail (JD_IS_SECTION (self), 0);
  return self->blocks->len;
}

/* Whether a block of the section has more than white space: exports leave
 * the others out. */
gboolean
jd_section_has_text (JdSection *self)
{
  g_return_val_if_fail (JD_IS_SECTION (self), FALSE);

  for (guint i = 0; i < self->blocks->len; i++)
    if (!_jd_is_blank (jd_block_get_text (g_ptr_array_index (self->blocks, i))))
      return TRUE;

  return FALSE;
}

/* Returns: (transfer none): the block at @position. */
JdBlock *
jd_section_get_block (JdSection *self,
                      guint      position)
{
  g_return_val_if_fail (JD_IS_SECTION (self), NULL);
  g_return_val_if_fail (position < self->blocks->len, NULL);

  return g_ptr_array_index (self->blocks, position);
}

void
jd_section_insert_block (JdSection *self,
                         guint      position,
                         JdBlock   *block)
{
  g_return_if_fail (JD_IS_SECTION (self));
  g_return_if_fail (JD_IS_BLOCK (block));
  g_return_if_fail (position <= self->blocks->len);

  g_ptr_array_insert (self->blocks, position, g_object_ref (block));
  take_block (self, block);
  items_changed (self, position, 0, 1);
}

/* Appends @blocks (element-type JdBlock) at once, as a file is read:
 * one change instead of one per block. */
void
_jd_section_append_blocks (JdSection *self,
                           GPtrArray *blocks)
{
  guint position;

  g_return_if_fail (JD_IS_SECTION (self));

  if (blocks->len == 0)
    return;

  position = self->blocks->len;
  for (guint i = 0; i < blocks->len; i++)
    {
      JdBlock *block = g_ptr_array_index (blocks, i);

      g_ptr_array_add (self->blocks, g_object_ref (block));
      take_block (self, block);
    }
  items_changed (self, position, 0, blocks->len);
}

void
jd_section_append_block (JdSection *self,
                         JdBlock   *block)
{
  g_return_if_fail (JD_IS_SECTION (self));

  jd_section_insert_block (self, self->blocks->len, block);
}

/* What a new block of a section of @kind usually is: lists get bullets. */
JdBlockKind
jd_section_kind_get_block_kind (JdSectionKind kind)
{
  switch (kind)
    {
    case JD_SECTION_RESPONSIBILITIES:
    case JD_SECTION_REQUIREMENTS:
    case JD_SECTION_NICE_TO_HAVE:
    case JD_SECTION_BENEFITS:
      return JD_BLOCK_ITEM;

    case JD_SECTION_ABOUT:
    case JD_SECTION_BRIEF:
    case JD_SECTION_SALARY:
    case JD_SECTION_APPLY:
    case JD_SECTION_EQUAL_OPPORTUNITY:
    case JD_SECTION_CUSTOM:
    default:
      return JD_BLOCK_PARAGRAPH;
    }
}

/* Returns: (transfer none): the new block. */
JdBlock *
jd_section_add_text (JdSection   *self,
                     JdBlockKind  kind,
                     const char  *text)
{
  g_autoptr(JdBlock) block = jd_block_new (kind, text);

  g_return_val_if_fail (JD_IS_SECTION (self), NULL);

  jd_section_append_block (self, block);
  return block;
}

void
jd_section_remove_block (JdSection *self,
                         guint      position)
{
  g_return_if_fail (JD_IS_SECTION (self));
  g_return_if_fail (position < self->blocks->len);

  g_ptr_array_remove_index (self->blocks, position);
  items_changed (self, position, 1, 0);
}

void
jd_section_move_block (JdSection *self,
                       guint      from,
                       guint      to)
{
  gpointer block;

  g_return_if_fail (JD_IS_SECTION (self));
  g_return_if_fail (from < self->blocks->len);
  g_return_if_fail (to < self->blocks->len);

  if (from == to)
    return;

  block = g_ptr_array_steal_index (self->blocks, from);
  g_ptr_array_insert (self->blocks, to, block);
  items_changed (self, MIN (from, to), ABS ((int)from - (int)to) + 1, ABS ((int)from - (int)to) + 1);
}
