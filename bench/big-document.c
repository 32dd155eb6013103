/* big-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Main-thread work in the window with a long document: opening a
 * document of N bullets (default 2,000), scrolling it from the top to the
 * bottom a page a frame, putting the caret in a bullet in its middle and
 * typing 40 letters there, one a frame. Work is the time the main loop
 * spends between two polls, one iteration of it: every frame's layout
 * and drawing and whatever else runs on the main thread. Prints, per
 * phase, its wall-clock time, the work of all its iterations together
 * (busy), the number of iterations, the longest, the 95th percentile and
 * how many took over 16 ms, a frame at 60 Hz. Run by bench/big-document.sh.
 * With JD_BENCH_TRACE set, also when each iteration over 16 ms began and
 * ended, on the monotonic clock (perf record -k mono samples on it).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "jd-bench.h"
#include "jd-block-row-private.h"
#include "jd-editor-private.h"
#include "jd-section-card-private.h"
#include "jd-window.h"

static gint64 poll_returned;
static GArray *work;
static gboolean trace;

/* The main loop's poll, timing what happens between two of them. */
static int
timed_poll (GPollFD *fds,
            guint    n_fds,
            int      timeout)
{
  gint64 now = g_get_monotonic_time ();
  int result;

  if (work != NULL && poll_returned != 0)
    {
      double ms = (now - poll_returned) / 1000.0;

      g_array_append_val (work, ms);
      /* For `perf record -k mono`, whose clock this is: where to look. */
      if (trace && ms > 16.0)
        g_printerr ("over 16 ms: %.1f ms, from %.6f to %.6f s\n", ms, poll_returned / 1e6, now / 1e6);
    }

  result = g_poll (fds, n_fds, timeout);
  poll_returned = g_get_monotonic_time ();

  return result;
}

static void
begin_phase (void)
{
  g_clear_pointer (&work, g_array_unref);
  work = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
end_phase (const char *name,
           double      wall_ms)
{
  guint over = 0;
  double max = 0;
  double busy = 0;

  g_array_sort (work, jd_bench_compare_doubles);
  for (guint i = 0; i < work->len; i++)
    {
      busy += g_array_index (work, double, i);
      if (g_array_index (work, double, i) > 16.0)
        over++;
    }
  if (work->len > 0)
    max = g_array_index (work, double, work->len - 1);

  g_print ("%-8s %6.0f ms %6.0f ms %7u %9.1f ms %9.1f ms %9u\n", name, wall_ms, busy, work->len, max,
           work->len > 0 ? g_array_index (work, double, work->len * 95 / 100) : 0.0, over);
  g_clear_pointer (&work, g_array_unref);
}

/* Runs the main loop until @done says so, then until nothing happened
 * for a quarter of a second. */
static void
run_until (gboolean (*done) (gpointer),
           gpointer   data)
{
  gint64 quiet_since;

  while (!done (data))
    g_main_context_iteration (NULL, TRUE);

  quiet_since = g_get_monotonic_time ();
  while (g_get_monotonic_time () - quiet_since < 250000)
    {
      if (g_main_context_pending (NULL))
        {
          g_main_context_iteration (NULL, FALSE);
          quiet_since = g_get_monotonic_time ();
        }
      else
        g_usleep (1000);
    }
}

static gboolean
is_now (gpointer data)
{
  return TRUE;
}

static gboolean
is_open (gpointer data)
{
  return jd_window_get_file (data) != NULL;
}

typedef struct
{
  GtkAdjustment *adjustment;
  gboolean       done;
  guint          left;
  GtkTextBuffer *buffer;
} Stepper;

static gboolean
scroll_step (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  Stepper *stepper = data;
  double value = gtk_adjustment_get_value (stepper->adjustment);
  double bottom = gtk_adjustment_get_upper (stepper->adjustment) -
                  gtk_adjustment_get_page_size (stepper->adjustment);

  if (value >= bottom)
    {
      stepper->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  gtk_adjustment_set_value (stepper->adjustment,
                            MIN (bottom, value + gtk_adjustment_get_page_size (stepper->adjustment)));
  return G_SOURCE_CONTINUE;
}

static gboolean
type_step (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  Stepper *stepper = data;

  if (stepper->left == 0)
    {
      stepper->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  gtk_text_buffer_insert_at_cursor (stepper->buffer, stepper->left % 6 == 0 ? " " : "a", 1);
  stepper->left--;
  return G_SOURCE_CONTINUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Stepper *)data)->done;
}

static char *
write_document (guint n_bullets)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n"
                                         "  <metadata>\n"
                                         "    <title>Warehouse Associate</title>\n"
                                         "    <language>en</language>\n"
                                         "  </metadata>\n"
                                         "  <section kind=\"responsibilities\">\n");
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd;

  for (guint i = 0; i < n_bullets; i++)
    g_string_append_printf (xml, "    <item>Pick, pack and check order %u against its list, "
                                 "and report damaged stock to the shift lead</item>\n", i + 1);
  g_string_append (xml, "  </section>\n</jobdesc>\n");

  fd = g_file_open_tmp ("jd-big-XXXXXX.jobdesc", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, xml->str, xml->len, &error);
  g_assert_no_error (error);

  return path;
}

int
main (int    argc,
      char **argv)
{
  guint n_bullets = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 2000;
  g_autofree char *path = write_document (n_bullets);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *editor;
  GtkWidget *card;
  GtkWidget *row;
  JdWindow *window;
  Stepper stepper = { 0 };
  gint64 start;

  trace = g_getenv ("JD_BENCH_TRACE") != NULL;
  gtk_init ();
  adw_init ();
  g_main_context_set_poll_func (NULL, timed_poll);

  window = jd_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  /* The window's first frames are its start-up, not the opening. */
  run_until (is_now, NULL);

  g_print ("%u bullets\n", n_bullets);
  g_print ("%-8s %9s %9s %7s %12s %12s %9s\n", "phase", "wall", "busy", "loops", "longest", "95th", "> 16 ms");

  begin_phase ();
  start = g_get_monotonic_time ();
  jd_window_open_file (window, file);
  run_until (is_open, window);
  end_phase ("open", (g_get_monotonic_time () - start) / 1000.0);

  editor = jd_window_get_editor (window);
  stepper.adjustment = gtk_scrolled_window_get_vadjustment (JD_EDITOR (editor)->scroller);
  begin_phase ();
  start = g_get_monotonic_time ();
  gtk_widget_add_tick_callback (editor, scroll_step, &stepper, NULL);
  run_until (is_done, &stepper);
  end_phase ("scroll", (g_get_monotonic_time () - start) / 1000.0);

  /* The caret into the middle bullet: GTK restyles what the focus left
   * and entered (:focus-within) once, apart from typing. */
  card = _jd_editor_get_section_card (JD_EDITOR (editor), 0);
  row = _jd_section_card_get_block_row (JD_SECTION_CARD (card), n_bullets / 2);
  begin_phase ();
  start = g_get_monotonic_time ();
  gtk_widget_grab_focus (_jd_block_row_get_text_view (JD_BLOCK_ROW (row)));
  /* Half a second: the caret blinks, the loop is never quiet. */
  while (g_get_monotonic_time () - start < 500000)
    g_main_context_iteration (NULL, TRUE);
  end_phase ("focus", (g_get_monotonic_time () - start) / 1000.0);

  stepper.buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (_jd_block_row_get_text_view (JD_BLOCK_ROW (row))));
  stepper.left = 40;
  stepper.done = FALSE;
  begin_phase ();
  start = g_get_monotonic_time ();
  gtk_widget_add_tick_callback (editor, type_step, &stepper, NULL);
  run_until (is_done, &stepper);
  end_phase ("type", (g_get_monotonic_time () - start) / 1000.0);

  g_unlink (path);
  return 0;
}
