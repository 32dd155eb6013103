/* jd-test-utils.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the tests share: for the UI tests, waiting for something to happen
 * on the main loop, with a deadline so a hang fails instead of blocking
 * CI; for the export tests (jd-test-utils.c), a fixture with the
 * libraries, the documents they export and readers of the exports.
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>

#include "jd-export.h"
#include "jd-library.h"
#include "jd-worker-private.h"

/* Runs the tests, then waits for the work they left to threads (a
 * window's dictionary loading, the search indexes being built), as the
 * application does when it shuts down: exiting under such work can crash
 * the program (jd-worker.c). */
static inline int
jd_test_run (void)
{
  int status = g_test_run ();

  _jd_workers_wait ();

  return status;
}

static inline gboolean
jd_test_timeout_cb (gpointer user_data)
{
  g_error ("Timed out waiting for %s", (const char *)user_data);
  return G_SOURCE_REMOVE;
}

#define WAIT_FOR(cond)                                                                   \
  G_STMT_START {                                                                         \
    guint timeout_id = g_timeout_add_seconds (30, jd_test_timeout_cb, (gpointer)#cond); \
    while (!(cond))                                                                      \
      g_main_context_iteration (NULL, TRUE);                                             \
    g_source_remove (timeout_id);                                                        \
  } G_STMT_END

/* Text that every format must keep as text. */
#define JD_TEST_HOSTILE "<script>alert(\"x\")</script> & ]]> 'quoted' *bold* [a](b)"

typedef struct
{
  char      *user_dir;
  JdLibrary *builtin;
  JdTerms   *terms;
  /* The library of tests/library with its fake translations, where the
   * test program links its resources; else %NULL. */
  JdLibrary *test_library;
  JdTerms   *test_terms;
} JdTestExport;

void        jd_test_export_setup             (JdTestExport  *fixture,
                                              gconstpointer  data);
void        jd_test_export_teardown          (JdTestExport  *fixture,
                                              gconstpointer  data);

#define JD_TEST_ADD_EXPORT(path, func) \
  g_test_add (path, JdTestExport, NULL, jd_test_export_setup, func, jd_test_export_teardown)

char       *jd_test_bytes_to_string          (GBytes        *bytes);
char       *jd_test_squeeze                  (const char    *text);
void        jd_test_assert_contains_squeezed (const char    *haystack,
                                              const char    *needle,
                                              const char    *what);
JdDocument *jd_test_make_full_document       (const char    *lang);
JdDocument *jd_test_make_hostile_document    (void);
JdDocument *jd_test_create_template_document (JdTestExport  *fixture,
                                              const char    *id,
                                              const char    *lang);
typedef void (*JdTestCheckFunc) (JdTerms    *terms,
                                 JdDocument *document);

void        jd_test_foreach_template_document (JdTestExport    *fixture,
                                               JdTestCheckFunc  check);
/* What to compare of an export that is not text: the text of a PDF. */
typedef char *(*JdTestExtractFunc) (GBytes *bytes);

void        jd_test_check_golden             (JdTestExport     *fixture,
                                              JdExportFormat    format,
                                              JdTestExtractFunc extract);
void        jd_test_assert_golden            (const char    *text,
                                              const char    *name);

htmlDocPtr  jd_test_parse_html               (GBytes        *bytes);
GPtrArray  *jd_test_html_texts               (htmlDocPtr     doc,
                                              const char    *name);
gboolean    jd_test_texts_contain            (GPtrArray     *texts,
                                              const char    *text);
char       *jd_test_html_script_text         (htmlDocPtr     doc);
JsonObject *jd_test_parse_json_object        (JsonParser    *parser,
                                              const char    *text);
void        jd_test_check_jsonld             (JsonObject    *posting,
                                              JdDocument    *document);
