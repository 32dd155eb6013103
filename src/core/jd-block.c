/* jd-block.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-block"

#include "config.h"

#include "jd-block-private.h"
#include "jd-enum-types.h"
#include "jd-util-private.h"

/* A paragraph or a bullet item of plain text. The source is the id of the
 * template string the block was made from ("account-manager/requirements/2"),
 * so that a block the user did not change can be re-localized later. */
struct _JdBlock
{
  GObject      parent_instance;
  JdBlockKind  kind;
  char        *text;
  char        *source;
  gboolean     needs_translation;
  /* Its words, counted when first asked for since the text changed
   * (the window's word count asks at every keystroke); -1 until then. */
  int          words;
  /* The section it is in, told of every change */
  JdBlockWatchFunc watch_func;
  gpointer         watch_data;
};

G_DEFINE_FINAL_TYPE (JdBlock, jd_block, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TEXT,
  PROP_SOURCE,
  PROP_NEEDS_TRANSLATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jd_block_finalize (GObject *object)
{
  JdBlock *self = (JdBlock *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (jd_block_parent_class)->finalize (object);
}

static void
jd_block_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  JdBlock *self = JD_BLOCK (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_NEEDS_TRANSLATION:
      g_value_set_boolean (value, self->needs_translation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_block_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  JdBlock *self = JD_BLOCK (object);

  switch (prop_id)
    {
    case PROP_KIND:
      jd_block_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TEXT:
      jd_block_set_text (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      jd_block_set_source (self, g_value_get_string (value));
      break;

    case PROP_NEEDS_TRANSLATION:
      jd_block_set_needs_translation (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_block_class_init (JdBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jd_block_finalize;
  object_class->get_property = jd_block_get_property;
  object_class->set_property = jd_block_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       JD_TYPE_BLOCK_KIND,
                       JD_BLOCK_PARAGRAPH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * JdBlock:needs-translation:
   *
   * Set when the document was translated but this block, which the user
   * had changed, could not be: it is still in the old language.
   */
  properties[PROP_NEEDS_TRANSLATION] =
    g_param_spec_boolean ("needs-translation", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jd_block_init (JdBlock *self)
{
  self->text = g_strdup ("");
  self->words = -1;
}

JdBlock *
jd_block_new (JdBlockKind  kind,
              const char  *text)
{
  return _jd_block_new_full (kind, text, NULL, FALSE);
}

/* A new block with its fields set as they are, without the property
 * notifications of g_object_new() (no one can be listening yet): files
 * are read into thousands of blocks, at times in several threads at
 * once, and each notification takes locks that all threads share. */
JdBlock *
_jd_block_new_full (JdBlockKind  kind,
                    const char  *text,
                    const char  *source,
                    gboolean     needs_translation)
{
  JdBlock *self = g_object_new (JD_TYPE_BLOCK, NULL);

  g_return_val_if_fail (kind == JD_BLOCK_PARAGRAPH || kind == JD_BLOCK_ITEM, self);

  self->kind = kind;
  if (text != NULL)
    _jd_set_str (&self->text, text);
  self->source = g_strdup (source);
  self->needs_translation = !!needs_translation;

  return self;
}

JdBlock *
jd_block_copy (JdBlock *self)
{
  g_return_val_if_fail (JD_IS_BLOCK (self), NULL);

  return _jd_block_new_full (self->kind, self->text, self->source, self->needs_translation);
}

/* @func is called with @data at every change of @self, before its
 * notify signal: what a section watches its blocks with, cheaper than a
 * signal handler per block. A block has one watcher, the section it is
 * in. */
void
_jd_block_set_watch (JdBlock          *self,
                     JdBlockWatchFunc  func,
                     gpointer          data)
{
  g_return_if_fail (JD_IS_BLOCK (self));

  self->watch_func = func;
  self->watch_data = data;
}

/* Stops @func watching @self, if it does. */
void
_jd_block_unset_watch (JdBlock          *self,
                       JdBlockWatchFunc  func)
{
  g_return_if_fail (JD_IS_BLOCK (self));

  if (self->watch_func == func)
    {
      self->watch_func = NULL;
      self->watch_data = NULL;
    }
}

static void
changed (JdBlock *self,
         int      prop_id)
{
  if (self->watch_func != NULL)
    self->watch_func (self->watch_data);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

gboolean
jd_block_equal (JdBlock *a,
                JdBlock *b)
{
  g_return_val_if_fail (JD_IS_BLOCK (a), FALSE);
  g_return_val_if_fail (JD_IS_BLOCK (b), FALSE);

  return a->kind == b->kind &&
         a->needs_translation == b->needs_translation &&
         g_strcmp0 (a->text, b->text) == 0 &&
         g_strcmp0 (a->source, b->source) == 0;
}

JdBlockKind
jd_block_get_kind (JdBlock *self)
{
  g_return_val_if_fail (JD_IS_BLOCK (self), JD_BLOCK_PARAGRAPH);
  return self->kind;
}

void
jd_block_set_kind (JdBlock     *self,
                   JdBlockKind  kind)
{
  g_return_if_fail (JD_IS_BLOCK (self));

  if (self->kind != kind)
    {
      self->kind = kind;
      changed (self, PROP_KIND);
    }
}

const char *
jd_block_get_text (JdBlock *self)
{
  g_return_val_if_fail (JD_IS_BLOCK (self), NULL);
  return self->text;
}

void
jd_block_set_text (JdBlock    *self,
                   const char *text)
{
  g_return_if_fail (JD_IS_BLOCK (self));

  if (text == NULL)
    text = "";

  if (_jd_set_str (&self->text, text))
    {
      g_atomic_int_set (&self->words, -1);
      changed (self, PROP_TEXT);
    }
}

/**
 * jd_block_count_words:
 * @self: a block
 *
 * Returns: the words of the block's text, runs of letters and digits
 */
guint
jd_block_count_words (JdBlock *self)
{
  int words;

  g_return_val_if_fail (JD_IS_BLOCK (self), 0);

  words = g_atomic_int_get (&self->words);
  if (words < 0)
    {
      words = (int)_jd_count_words (self->text);
      g_atomic_int_set (&self->words, words);
    }

  return (guint)words;
}

/* The id of the template string this block came from, or %NULL. */
const char *
jd_block_get_source (JdBlock *self)
{
  g_return_val_if_fail (JD_IS_BLOCK (self), NULL);
  return self->source;
}

void
jd_block_set_source (JdBlock    *self,
                     const char *source)
{
  g_return_if_fail (JD_IS_BLOCK (self));

  if (_jd_set_str (&self->source, source))
    changed (self, PROP_SOURCE);
}

gboolean
jd_block_get_needs_translation (JdBlock *self)
{
  g_return_val_if_fail (JD_IS_BLOCK (self), FALSE);
  return self->needs_translation;
}

void
jd_block_set_needs_translation (JdBlock  *self,
                                gboolean  needs_translation)
{
  g_return_if_fail (JD_IS_BLOCK (self));

  needs_translation = !!needs_translation;
  if (self->needs_translation != needs_translation)
    {
      self->needs_translation = needs_translation;
      changed (self, PROP_NEEDS_TRANSLATION);
    }
}
