/* jd-icon-finalize.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-icons"

#include "config.h"

#include "jd-ui-private.h"

/* Works around a race in GTK's icon theme (seen with GTK 4.8; the code is
 * the same in later versions). The theme caches every icon it looked up,
 * and a ring of the icons it used last keeps them alive. When a slot of
 * the ring holds an icon's last reference, whichever thread moves the
 * ring on finalizes the icon, GTK's icon-loading thread included, and the
 * finalizer takes the icon out of the cache only after its reference count
 * has reached zero: if the main thread looks the same icon up meanwhile,
 * it finds it in the cache and takes a reference to an object being
 * finalized ("g_object_ref: assertion '!object_already_finalized'
 * failed", then a crash).
 *
 * The main thread is the only one that looks icons up, so an icon let go
 * of in another thread is kept alive until the main loop lets go of it:
 * finalized on the main thread, it cannot be found meanwhile. GObject
 * allows this, a dispose handler may take a new reference. */

static GThread *main_thread;
static void (*parent_dispose) (GObject *object);

static gboolean
unref_cb (gpointer data)
{
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

static void
icon_dispose (GObject *object)
{
  if (g_thread_self () != main_thread)
    {
      g_idle_add_full (G_PRIORITY_DEFAULT, unref_cb, g_object_ref (object), NULL);
      return;
    }

  parent_dispose (object);
}

/**
 * _jd_icons_finalize_on_main_thread:
 *
 * From now on, icons of GTK's icon theme are finalized on the calling
 * thread, which must be the one that runs the main loop. Does nothing
 * the second time.
 */
void
_jd_icons_finalize_on_main_thread (void)
{
  GObjectClass *klass;

  if (main_thread != NULL)
    return;

  main_thread = g_thread_self ();
  /* Kept for the life of the program, with the dispose handler set here. */
  klass = g_type_class_ref (GTK_TYPE_ICON_PAINTABLE);
  parent_dispose = klass->dispose;
  klass->dispose = icon_dispose;
}
