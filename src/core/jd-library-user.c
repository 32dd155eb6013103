/* jd-library-user.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-library"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "jd-category-private.h"
#include "jd-document-io.h"
#include "jd-library-private.h"
#include "jd-template-private.h"

/* The user's own templates: .jobdesc documents in
 * $XDG_DATA_HOME/jobscribe/templates, listed under "My Templates". */

/* "Senior Sales Lead (Berlin)" becomes "senior-sales-lead-berlin"; a name
 * without a Latin letter or digit becomes "". */
static char *
slugify (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);
  GString *slug = g_string_new (NULL);

  for (const char *p = lower; *p; p++)
    {
      if (!g_ascii_isalnum (*p))
        continue;

      if (slug->len > 0 && p > lower && !g_ascii_isalnum (p[-1]))
        g_string_append_c (slug, '-');
      g_string_append_c (slug, *p);
    }

  return g_string_free (slug, FALSE);
}

/* User templates get ids of their own, apart from the built-in ones. */
static char *
make_user_id (const char *name)
{
  g_autofree char *slug = slugify (name);

  return g_strconcat ("my-", slug[0] ? slug : "template", NULL);
}

/* Names without Latin letters, Greek ones say, share a stem, so ids get a
 * number where they would clash. */
static JdTemplate *
load_user_template (JdLibrary  *self,
                    GFile      *file,
                    GError    **error)
{
  g_autoptr(JdDocument) document = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *stem = NULL;
  g_autofree char *id = NULL;
  guint line = 0;

  document = jd_document_load (file, NULL, &line, error);
  if (document == NULL)
    return NULL;

  basename[strlen (basename) - strlen (".jobdesc")] = '\0';
  stem = make_user_id (basename);
  id = g_strdup (stem);
  for (guint i = 2; jd_library_lookup (self, id) != NULL; i++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", stem, i);
    }

  return _jd_template_new_for_document (id, JD_CATEGORY_MY_TEMPLATES, document);
}

/* A broken user file is skipped with a warning that names it; it never
 * keeps the library from loading. */
void
_jd_library_load_user_templates (JdLibrary *self)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;

  files = _jd_library_list_children (self->user_dir, G_FILE_TYPE_REGULAR, ".jobdesc", &error);
  if (files == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("Could not read the folder of user templates: %s", error->message);
      return;
    }

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autoptr(JdTemplate) template = NULL;
      g_autoptr(GError) load_error = NULL;

      template = load_user_template (self, file, &load_error);
      if (template == NULL)
        {
          g_autofree char *name = g_file_get_parse_name (file);
          g_warning ("Skipping the user template %s: %s", name, load_error->message);
          continue;
        }

      _jd_library_add_template (self, template);
    }
}

/**
 * jd_library_save_user_template:
 *
 * Saves @document into the folder of user templates, under a file name
 * made from its title, and adds it to "My Templates".
 *
 * Returns: (transfer none) (nullable): the new template
 */
JdTemplate *
jd_library_save_user_template (JdLibrary   *self,
                               JdDocument  *document,
                               GError     **error)
{
  g_autoptr(JdTemplate) template = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *stem = NULL;
  const char *title;

  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  if (g_mkdir_with_parents (g_file_peek_path (self->user_dir), 0700) != 0)
    {
      int errsv = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   "%s", g_strerror (errsv));
      return NULL;
    }

  /* The file name is the slug of the title, which may be Greek and have
   * none; Greek titles keep their text inside the file all the same. */
  title = jd_document_get_title (document);
  stem = slugify (title ? title : "");
  if (stem[0] == '\0')
    {
      g_free (stem);
      stem = g_strdup ("template");
    }
  for (guint i = 1;; i++)
    {
      g_autofree char *name = i == 1 ? g_strdup_printf ("%s.jobdesc", stem)
                                     : g_strdup_printf ("%s-%u.jobdesc", stem, i);

      g_clear_object (&file);
      file = g_file_get_child (self->user_dir, name);
      if (!g_file_query_exists (file, NULL))
        break;
    }

  if (!jd_document_save (document, file, NULL, NULL, error))
    return NULL;

  template = load_user_template (self, file, error);
  if (template == NULL)
    return NULL;

  _jd_library_add_template (self, template);
  _jd_library_rebuild_template_list (self);

  return jd_library_lookup (self, jd_template_get_id (template));
}
