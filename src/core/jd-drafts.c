/* jd-drafts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-drafts"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-document-io.h"
#include "jd-drafts.h"

/* Drafts keep unsaved work safe, as in GNOME Text Editor. Every modified
 * document is written, a few seconds after its last change, to
 * $XDG_DATA_HOME/jobscribe/drafts/<id>.jobdesc, with <id>.info beside it
 * naming the user's file, if any. Both are written atomically and the
 * user's own file is never touched. A real save removes the draft; drafts
 * still there at start-up are what a crash left, and are reopened.
 *
 * A draft that cannot be read (broken, or from a newer Jobscribe) is moved
 * to drafts/set-aside/ and reported, never deleted. */

#define DRAFT_SUFFIX ".jobdesc"
#define INFO_SUFFIX ".info"
#define INFO_GROUP "Draft"

struct _JdDrafts
{
  GObject  parent_instance;

  GFile   *dir;
};

G_DEFINE_FINAL_TYPE (JdDrafts, jd_drafts, G_TYPE_OBJECT)

void
jd_draft_free (JdDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->id);
  g_clear_object (&draft->document);
  g_clear_object (&draft->file);
  g_free (draft);
}

static void
jd_drafts_finalize (GObject *object)
{
  JdDrafts *self = (JdDrafts *)object;

  g_clear_object (&self->dir);

  G_OBJECT_CLASS (jd_drafts_parent_class)->finalize (object);
}

static void
jd_drafts_class_init (JdDraftsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = jd_drafts_finalize;
}

static void
jd_drafts_init (JdDrafts *self)
{
}

JdDrafts *
jd_drafts_new (GFile *dir)
{
  JdDrafts *self;

  g_return_val_if_fail (G_IS_FILE (dir), NULL);

  self = g_object_new (JD_TYPE_DRAFTS, NULL);
  self->dir = g_object_ref (dir);

  return self;
}

/* Returns: (transfer full): the drafts in $XDG_DATA_HOME/jobscribe/drafts */
JdDrafts *
jd_drafts_new_default (void)
{
  g_autoptr(GFile) dir = g_file_new_build_filename (g_get_user_data_dir (), "jobscribe", "drafts", NULL);

  return jd_drafts_new (dir);
}

/* Returns: (transfer none) */
GFile *
jd_drafts_get_dir (JdDrafts *self)
{
  g_return_val_if_fail (JD_IS_DRAFTS (self), NULL);
  return self->dir;
}

char *
jd_drafts_new_id (void)
{
  return g_uuid_string_random ();
}

static GFile *
child (JdDrafts   *self,
       const char *id,
       const char *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_file_get_child (self->dir, name);
}

static gboolean
ensure_dir (GFile   *dir,
            GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * jd_drafts_write:
 * @file: (nullable): the user's file of the document, if it has one
 *
 * Writes the draft of @document. The info file goes first, so a draft is
 * never found without knowing where it belongs.
 */
gboolean
jd_drafts_write (JdDrafts    *self,
                 const char  *id,
                 JdDocument  *document,
                 GFile       *file,
                 GError     **error)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GFile) info_file = NULL;
  g_autoptr(GFile) draft_file = NULL;
  g_autoptr(GBytes) info_bytes = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (JD_IS_DRAFTS (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (JD_IS_DOCUMENT (document), FALSE);

  if (!ensure_dir (self->dir, error))
    return FALSE;

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_key_file_set_string (info, INFO_GROUP, "file", uri);
    }
  g_key_file_set_int64 (info, INFO_GROUP, "written", g_get_real_time () / G_USEC_PER_SEC);
  data = g_key_file_to_data (info, &len, NULL);

  info_file = child (self, id, INFO_SUFFIX);
  info_bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  if (!jd_write_file_atomically (info_file, info_bytes, NULL, NULL, error))
    return FALSE;

  draft_file = child (self, id, DRAFT_SUFFIX);
  return jd_document_save (document, draft_file, NULL, NULL, error);
}

/* Removes the draft of a document that was saved or discarded. */
void
jd_drafts_remove (JdDrafts   *self,
                  const char *id)
{
  g_autoptr(GFile) draft_file = NULL;
  g_autoptr(GFile) info_file = NULL;

  g_return_if_fail (JD_IS_DRAFTS (self));
  g_return_if_fail (id != NULL);

  draft_file = child (self, id, DRAFT_SUFFIX);
  info_file = child (self, id, INFO_SUFFIX);
  g_file_delete (draft_file, NULL, NULL);
  g_file_delete (info_file, NULL, NULL);
}

/* Moves a draft that cannot be read out of the way, keeping it. */
static char *
set_aside (JdDrafts   *self,
           const char *id,
           const char *reason)
{
  g_autoptr(GFile) aside = g_file_get_child (self->dir, "set-aside");
  g_autoptr(GFile) draft_file = child (self, id, DRAFT_SUFFIX);
  g_autoptr(GFile) info_file = child (self, id, INFO_SUFFIX);
  g_autofree char *name = g_strconcat (id, DRAFT_SUFFIX, NULL);
  g_autofree char *info_name = g_strconcat (id, INFO_SUFFIX, NULL);
  g_autoptr(GFile) target = g_file_get_child (aside, name);
  g_autoptr(GFile) info_target = g_file_get_child (aside, info_name);
  g_autoptr(GError) error = NULL;

  if (!ensure_dir (aside, &error) ||
      !g_file_move (draft_file, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    g_warning ("Could not set aside the draft %s: %s", id, error->message);
  g_file_move (info_file, info_target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);

  {
    g_autofree char *path = g_file_get_parse_name (target);
    /* Translators: the first placeholder is a file name, the second why it
     * could not be read. */
    return g_strdup_printf (_("%s: %s"), path, reason);
  }
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/**
 * jd_drafts_recover:
 * @set_aside: (out) (optional) (transfer full): a message for each draft
 *   that could not be read and was moved to drafts/set-aside/
 *
 * Reads every draft in the folder.
 *
 * Returns: (transfer full) (element-type JdDraft): the drafts
 */
GPtrArray *
jd_drafts_recover (JdDrafts   *self,
                   GPtrArray **set_aside_out)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_draft_free);
  GPtrArray *aside = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (JD_IS_DRAFTS (self), NULL);

  enumerator = g_file_enumerate_children (self->dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (enumerator != NULL)
    {
      GFileInfo *info;
      const char *name;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, NULL, NULL) || info == NULL)
        break;

      name = g_file_info_get_name (info);

      /* A temporary file of a write that was killed: the draft before it
       * is intact, so the leftover can go. */
      if (name[0] == '.' && strstr (name, DRAFT_SUFFIX ".") != NULL)
        {
          g_autoptr(GFile) leftover = g_file_get_child (self->dir, name);
          g_file_delete (leftover, NULL, NULL);
        }
      else if (g_str_has_suffix (name, DRAFT_SUFFIX))
        g_ptr_array_add (ids, g_strndup (name, strlen (name) - strlen (DRAFT_SUFFIX)));
    }

  g_ptr_array_sort (ids, compare_ids);

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      g_autoptr(GFile) draft_file = child (self, id, DRAFT_SUFFIX);
      g_autoptr(GFile) info_file = child (self, id, INFO_SUFFIX);
      g_autoptr(GKeyFile) keyfile = g_key_file_new ();
      g_autoptr(JdDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *info_path = g_file_get_path (info_file);
      g_autofree char *uri = NULL;
      gint64 written = 0;
      JdDraft *draft;
      guint line = 0;

      document = jd_document_load (draft_file, NULL, &line, &error);
      if (document == NULL)
        {
          g_autofree char *reason = line > 0 ? g_strdup_printf ("%u: %s", line, error->message)
                                             : g_strdup (error->message);
          g_ptr_array_add (aside, set_aside (self, id, reason));
          continue;
        }

      if (g_key_file_load_from_file (keyfile, info_path, G_KEY_FILE_NONE, NULL))
        {
          uri = g_key_file_get_string (keyfile, INFO_GROUP, "file", NULL);
          written = MAX (0, g_key_file_get_int64 (keyfile, INFO_GROUP, "written", NULL));
        }

      draft = g_new0 (JdDraft, 1);
      draft->id = g_strdup (id);
      draft->document = g_steal_pointer (&document);
      draft->file = uri ? g_file_new_for_uri (uri) : NULL;
      draft->written = written;
      g_ptr_array_add (drafts, draft);
    }

  if (set_aside_out != NULL)
    *set_aside_out = aside;
  else
    g_ptr_array_unref (aside);

  return drafts;
}
