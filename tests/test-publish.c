/* test-publish.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * jobscribe publish: a folder of job descriptions becomes a site; every
 * file is read back as a browser, a search engine or a job board would.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "jd-document-io.h"
#include "jd-publish.h"
#include "jd-test-utils.h"

#define BASE_URL "https://jobs.example.com/careers"
#define TODAY    "2026-12-01"
/* Text that every file of the site must keep as text (without the
 * "[a]" of JD_TEST_HOSTILE, which the review takes for a placeholder). */
#define HOSTILE  "<script>alert(\"x\")</script> & ]]> 'quoted' *bold*"

/* What the assertions compare, freed with the fixture. */
static GPtrArray *kept;

typedef struct
{
  JdTestExport  export;
  char         *dir;
  char         *jobs;
  char         *site;
} Fixture;

static void
save (JdDocument *document,
      const char *dir,
      const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (jd_document_save (document, file, NULL, NULL, &error));
  g_assert_no_error (error);
}

static JdDocument *
make_job (const char *lang,
          const char *reference,
          const char *title,
          const char *posted)
{
  JdDocument *document = jd_test_make_full_document (lang);

  jd_document_set_reference (document, reference);
  jd_document_set_title (document, title);
  jd_document_set_date_posted (document, posted);
  return document;
}

/* A folder as a hiring team keeps it: a job in English and German, two
 * more in English (one with text that must stay text everywhere), one
 * expired, one incomplete and one broken file in a subfolder. */
static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdDocument) am_en = make_job ("en", "AM-42", "Account Manager", "2026-11-27");
  g_autoptr(JdDocument) am_de = make_job ("de", "AM-42", "Account Manager (m/w/d)", "2026-11-27");
  g_autoptr(JdDocument) cook = make_job ("en", "CK-7", "Cook", "2026-11-30");
  g_autoptr(JdDocument) hostile = make_job ("en", "H-1", HOSTILE, "2026-11-20");
  g_autoptr(JdDocument) expired = make_job ("en", "EX-1", "Expired Analyst", "2026-10-01");
  g_autoptr(JdDocument) incomplete = jd_document_new ();
  g_autoptr(JdSection) brief = jd_section_new (JD_SECTION_BRIEF);
  g_autoptr(JdSection) hostile_section = jd_section_new (JD_SECTION_CUSTOM);
  g_autoptr(JdLocation) lisbon = jd_location_new ("Lisboa", NULL, "PT");
  g_autofree char *broken = NULL;
  g_autofree char *old = NULL;

  jd_test_export_setup (&fixture->export, data);
  kept = g_ptr_array_new_with_free_func (g_free);
  fixture->dir = g_dir_make_tmp ("jd-test-publish-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->jobs = g_build_filename (fixture->dir, "jobs", NULL);
  fixture->site = g_build_filename (fixture->dir, "site", NULL);

  jd_document_set_locations (cook, NULL);
  jd_document_add_location (cook, lisbon);
  jd_document_set_workplace_type (cook, JD_WORKPLACE_ON_SITE);
  jd_document_set_employment_types (cook, JD_EMPLOYMENT_PART_TIME);

  jd_section_set_heading (hostile_section, HOSTILE);
  jd_section_add_text (hostile_section, JD_BLOCK_PARAGRAPH, HOSTILE);
  jd_document_append_section (hostile, hostile_section);
  jd_document_set_workplace_type (hostile, JD_WORKPLACE_REMOTE);
  jd_document_set_applicant_locations (hostile, (const char * const[]) { "DE", "PT", NULL });

  jd_document_set_valid_through (expired, "2026-11-15");

  jd_document_set_title (incomplete, "Barista");
  jd_document_set_language (incomplete, "en");
  jd_section_add_text (brief, JD_BLOCK_PARAGRAPH, "You make coffee.");
  jd_document_append_section (incomplete, brief);

  save (am_en, fixture->jobs, "account-manager.jobdesc");
  save (am_de, fixture->jobs, "de/account-manager.jobdesc");
  save (cook, fixture->jobs, "cook.jobdesc");
  save (hostile, fixture->jobs, "hostile.jobdesc");
  save (expired, fixture->jobs, "expired.jobdesc");
  save (incomplete, fixture->jobs, "incomplete.jobdesc");
  old = g_build_filename (fixture->jobs, "old", NULL);
  broken = g_build_filename (old, "broken.jobdesc", NULL);
  g_assert_cmpint (g_mkdir_with_parents (old, 0700), ==, 0);
  g_assert_true (g_file_set_contents (broken, "<jobdesc", -1, NULL));
}

static gboolean
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  if (children != NULL)
    for (;;)
      {
        GFile *child = NULL;

        if (!g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) || child == NULL)
          break;
        remove_tree (child);
      }

  return g_file_delete (file, NULL, NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);

  g_assert_true (remove_tree (dir));
  g_free (fixture->dir);
  g_free (fixture->jobs);
  g_free (fixture->site);
  g_clear_pointer (&kept, g_ptr_array_unref);
  jd_test_export_teardown (&fixture->export, data);
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

static JdPublishReport *
publish_with_threads (Fixture        *fixture,
                      const char     *site_path,
                      guint           n_threads,
                      GError        **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) site = g_file_new_for_path (site_path);
  JdPublishOptions options = { BASE_URL, NULL, JD_PUBLISH_INCLUDE_INCOMPLETE, TODAY, n_threads };

  g_ptr_array_add (sources, g_file_new_for_path (fixture->jobs));
  return jd_publish (fixture->export.builtin, sources, site, &options, NULL, NULL, NULL, error);
}

static JdPublishReport *
publish (Fixture        *fixture,
         const char     *base_url,
         JdPublishFlags  flags,
         GError        **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) site = g_file_new_for_path (fixture->site);
  JdPublishOptions options = { base_url, NULL, flags, TODAY };

  g_ptr_array_add (sources, g_file_new_for_path (fixture->jobs));
  return jd_publish (fixture->export.builtin, sources, site, &options, NULL, NULL, NULL, error);
}

static char *
read_site_file (Fixture    *fixture,
                const char *path)
{
  g_autofree char *full = g_build_filename (fixture->site, path, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (full, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static gboolean
site_has (Fixture    *fixture,
          const char *path)
{
  g_autofree char *full = g_build_filename (fixture->site, path, NULL);

  return g_file_test (full, G_FILE_TEST_EXISTS);
}

static htmlDocPtr
parse_site_html (Fixture    *fixture,
                 const char *path)
{
  g_autofree char *text = read_site_file (fixture, path);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return jd_test_parse_html (bytes);
}

/* Parsed as search engines and job boards parse: a well-formed XML
 * document, no network, no entities. */
static xmlDocPtr
parse_site_xml (Fixture    *fixture,
                const char *path)
{
  g_autofree char *text = read_site_file (fixture, path);
  xmlDocPtr doc = xmlReadMemory (text, (int)strlen (text), path, "UTF-8", XML_PARSE_NONET);

  g_assert_nonnull (doc);
  return doc;
}

/* The values an XPath expression selects, as strings. */
static GPtrArray *
select_values (xmlDocPtr   doc,
               const char *expression)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result;
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  xmlXPathRegisterNs (context, (const xmlChar *)"atom", (const xmlChar *)"http://www.w3.org/2005/Atom");
  xmlXPathRegisterNs (context, (const xmlChar *)"sm", (const xmlChar *)"http://www.sitemaps.org/schemas/sitemap/0.9");
  xmlXPathRegisterNs (context, (const xmlChar *)"xhtml", (const xmlChar *)"http://www.w3.org/1999/xhtml");
  result = xmlXPathEvalExpression ((const xmlChar *)expression, context);
  g_assert_nonnull (result);

  for (int i = 0; result->nodesetval != NULL && i < result->nodesetval->nodeNr; i++)
    {
      xmlChar *content = xmlNodeGetContent (result->nodesetval->nodeTab[i]);

      g_ptr_array_add (values, g_strdup ((const char *)content));
      xmlFree (content);
    }

  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return values;
}

static guint
count_values (xmlDocPtr   doc,
              const char *expression)
{
  g_autoptr(GPtrArray) values = select_values (doc, expression);

  return values->len;
}

/* The one value an XPath expression selects. */
static const char *
select_value (xmlDocPtr   doc,
              const char *expression)
{
  g_autoptr(GPtrArray) values = select_values (doc, expression);

  g_assert_cmpuint (values->len, ==, 1);
  g_ptr_array_add (kept, g_strdup (g_ptr_array_index (values, 0)));
  return g_ptr_array_index (kept, kept->len - 1);
}

static gboolean
values_contain (GPtrArray  *values,
                const char *value)
{
  return g_ptr_array_find_with_equal_func (values, value, g_str_equal, NULL);
}

static const JdPublishLeftOut *
find_left_out (JdPublishReport *report,
               const char      *basename)
{
  for (guint i = 0; i < report->left_out->len; i++)
    {
      JdPublishLeftOut *left_out = g_ptr_array_index (report->left_out, i);

      if (g_str_has_suffix (left_out->file, basename))
        return left_out;
    }

  return NULL;
}

/* What was published, what was left out and why. */
static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdPublishReport) report = publish (fixture, BASE_URL, JD_PUBLISH_NONE, &error);
  const JdPublishLeftOut *left_out;
  JdPublishPage *first;

  g_assert_no_error (error);
  for (guint i = 0; i < report->left_out->len; i++)
    {
      JdPublishLeftOut *left = g_ptr_array_index (report->left_out, i);

      g_test_message ("left out: %s: %s", left->file, left->message);
    }
  g_assert_cmpuint (report->pages->len, ==, 4);
  g_assert_cmpuint (report->left_out->len, ==, 3);
  g_assert_cmpuint (report->warnings->len, ==, 0);
  g_assert_cmpuint (report->removed->len, ==, 0);

  left_out = find_left_out (report, "expired.jobdesc");
  g_assert_nonnull (left_out);
  g_assert_cmpint (left_out->reason, ==, JD_PUBLISH_LEFT_OUT_EXPIRED);
  g_assert_nonnull (strstr (left_out->message, "2026-11-15"));

  left_out = find_left_out (report, "incomplete.jobdesc");
  g_assert_nonnull (left_out);
  g_assert_cmpint (left_out->reason, ==, JD_PUBLISH_LEFT_OUT_INCOMPLETE);
  g_assert_nonnull (strstr (left_out->message, "company"));

  left_out = find_left_out (report, "old/broken.jobdesc");
  g_assert_nonnull (left_out);
  /* Named from the folder published on. */
  g_assert_cmpstr (left_out->file, ==, "jobs/old/broken.jobdesc");
  g_assert_cmpint (left_out->reason, ==, JD_PUBLISH_LEFT_OUT_UNREADABLE);

  /* Newest first. */
  first = g_ptr_array_index (report->pages, 0);
  g_assert_cmpstr (first->title, ==, "Cook");
  g_assert_cmpstr (first->path, ==, "en/jobs/ck-7.html");

  for (guint i = 0; i < report->pages->len; i++)
    {
      JdPublishPage *page = g_ptr_array_index (report->pages, i);

      g_assert_true (site_has (fixture, page->path));
    }

  g_assert_true (site_has (fixture, "index.html"));
  g_assert_true (site_has (fixture, "en/index.html"));
  g_assert_true (site_has (fixture, "de/index.html"));
  g_assert_true (site_has (fixture, "de/jobs/am-42.html"));
  g_assert_true (site_has (fixture, "style.css"));
  g_assert_true (site_has (fixture, JD_PUBLISH_MANIFEST));
  g_assert_false (site_has (fixture, "en/jobs/ex-1.html"));
}

static const char *
find_link (htmlDocPtr  doc,
           const char *rel,
           const char *hreflang,
           GPtrArray  *keep)
{
  g_autofree char *expression = hreflang != NULL
                                ? g_strdup_printf ("//link[@rel='%s'][@hreflang='%s']/@href", rel, hreflang)
                                : g_strdup_printf ("//link[@rel='%s'][not(@hreflang)][not(@type)]/@href", rel);
  g_autoptr(GPtrArray) values = select_values (doc, expression);

  if (values->len != 1)
    return NULL;

  g_ptr_array_add (keep, g_strdup (g_ptr_array_index (values, 0)));
  return g_ptr_array_index (keep, keep->len - 1);
}

/* A job page is the HTML export with the JSON-LD of the JSON-LD export,
 * a canonical URL, its translations and Open Graph tags. */
static void
test_job_page (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdPublishReport) report = publish (fixture, BASE_URL, JD_PUBLISH_NONE, &error);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonParser) page_parser = json_parser_new ();
  g_autoptr(JsonParser) export_parser = json_parser_new ();
  g_autoptr(JdDocument) am_de = make_job ("de", "AM-42", "Account Manager (m/w/d)", "2026-11-27");
  g_autoptr(GBytes) jsonld = NULL;
  g_autoptr(GBytes) export = NULL;
  g_autoptr(GPtrArray) export_h2 = NULL;
  g_autoptr(GPtrArray) page_h2 = NULL;
  g_autofree char *script = NULL;
  const char *og_url;
  const char *og_title;
  htmlDocPtr de, en, export_doc;

  g_assert_no_error (error);
  g_assert_nonnull (report);
  de = parse_site_html (fixture, "de/jobs/am-42.html");
  en = parse_site_html (fixture, "en/jobs/am-42.html");

  /* The JSON-LD is the JSON-LD export's. */
  script = jd_test_html_script_text (de);
  jsonld = jd_export_jsonld (am_de, fixture->export.terms, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (page_parser, script, -1, NULL));
  g_assert_true (json_parser_load_from_data (export_parser, g_bytes_get_data (jsonld, NULL),
                                             (gssize)g_bytes_get_size (jsonld), NULL));
  g_assert_true (json_node_equal (json_parser_get_root (page_parser), json_parser_get_root (export_parser)));

  /* The article is the HTML export's. */
  export = jd_export_html (am_de, fixture->export.terms, JD_EXPORT_HTML_NONE, NULL, &error);
  g_assert_no_error (error);
  export_doc = jd_test_parse_html (export);
  export_h2 = jd_test_html_texts (export_doc, "h2");
  page_h2 = jd_test_html_texts (de, "h2");
  g_assert_cmpuint (page_h2->len, ==, export_h2->len);
  for (guint i = 0; i < page_h2->len; i++)
    g_assert_cmpstr (g_ptr_array_index (page_h2, i), ==, g_ptr_array_index (export_h2, i));
  g_assert_cmpstr (select_value (de, "//article/h1"), ==, "Account Manager (m/w/d)");
  xmlFreeDoc (export_doc);

  /* Canonical and hreflang pair the translations both ways. */
  g_assert_cmpstr (find_link (de, "canonical", NULL, keep), ==, BASE_URL "/de/jobs/am-42.html");
  g_assert_cmpstr (find_link (de, "alternate", "en", keep), ==, BASE_URL "/en/jobs/am-42.html");
  g_assert_cmpstr (find_link (de, "alternate", "de", keep), ==, BASE_URL "/de/jobs/am-42.html");
  g_assert_cmpstr (find_link (en, "alternate", "de", keep), ==, BASE_URL "/de/jobs/am-42.html");
  g_assert_cmpstr (find_link (en, "alternate", "en", keep), ==, BASE_URL "/en/jobs/am-42.html");
  g_assert_cmpstr (find_link (en, "stylesheet", NULL, keep), ==, "../../style.css");
  g_assert_cmpuint (count_values (en, "//style"), ==, 0);

  /* Open Graph. */
  og_url = select_value (de, "//meta[@property='og:url']/@content");
  og_title = select_value (de, "//meta[@property='og:title']/@content");
  g_assert_cmpstr (og_url, ==, BASE_URL "/de/jobs/am-42.html");
  g_assert_cmpstr (og_title, ==, "Account Manager (m/w/d)");
  g_assert_cmpstr (select_value (de, "//meta[@property='og:locale']/@content"), ==, "de");
  g_assert_cmpstr (select_value (de, "//meta[@property='og:locale:alternate']/@content"), ==, "en");
  g_assert_cmpstr (select_value (de, "//meta[@property='og:description']/@content"), ==,
                   "You look after our customers.");

  /* Back to the list, in the page's language. */
  g_assert_cmpstr (select_value (de, "//nav[@class='jd-site-nav']/a/@href"), ==, "../index.html");
  g_assert_cmpstr (select_value (de, "//nav[@class='jd-site-nav']/a"), ==, "Alle Stellen");

  xmlFreeDoc (de);
  xmlFreeDoc (en);
}

/* The lists: newest first, the facts of each job, filters as pages. */
static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdPublishReport) report = publish (fixture, BASE_URL, JD_PUBLISH_NONE, &error);
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GPtrArray) hrefs = NULL;
  g_autoptr(GPtrArray) filters = NULL;
  g_autoptr(GPtrArray) languages = NULL;
  g_autoptr(GPtrArray) remote = NULL;
  g_autofree char *root_text = NULL;
  htmlDocPtr root, en, de, filter;

  g_assert_no_error (error);
  g_assert_nonnull (report);

  root = parse_site_html (fixture, "index.html");
  languages = select_values (root, "//main//a/@href");
  g_assert_cmpuint (languages->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (languages, 0), ==, "en/index.html");
  g_assert_cmpstr (g_ptr_array_index (languages, 1), ==, "de/index.html");
  xmlFreeDoc (root);

  en = parse_site_html (fixture, "en/index.html");
  titles = select_values (en, "//ul[@class='jd-jobs']/li/h2/a");
  hrefs = select_values (en, "//ul[@class='jd-jobs']/li/h2/a/@href");
  g_assert_cmpuint (titles->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, "Cook");
  g_assert_cmpstr (g_ptr_array_index (titles, 1), ==, "Account Manager");
  g_assert_cmpstr (g_ptr_array_index (titles, 2), ==, HOSTILE);
  g_assert_cmpstr (g_ptr_array_index (hrefs, 0), ==, "jobs/ck-7.html");
  g_assert_false (values_contain (titles, "Expired Analyst"));
  g_assert_false (values_contain (titles, "Barista"));

  /* Where, how, pay and when. */
  g_assert_cmpstr (select_value (en, "(//ul[@class='jd-jobs']/li)[1]//span[@class='jd-location']"), ==, "Lisboa, PT");
  g_assert_cmpstr (select_value (en, "(//ul[@class='jd-jobs']/li)[1]//span[@class='jd-workplace']"), ==, "On-site");
  g_assert_cmpstr (select_value (en, "(//ul[@class='jd-jobs']/li)[1]//span[@class='jd-employment']"), ==, "Part-time");
  g_assert_nonnull (strstr (select_value (en, "(//ul[@class='jd-jobs']/li)[1]//span[@class='jd-salary']"), "55,000"));
  g_assert_cmpstr (select_value (en, "(//ul[@class='jd-jobs']/li)[1]//time/@datetime"), ==, "2026-11-30");

  /* The filters are links to pages, no script anywhere. */
  filters = select_values (en, "//nav[@class='jd-filters']//a/@href");
  g_assert_true (values_contain (filters, "index.html"));
  g_assert_true (values_contain (filters, "workplace-remote.html"));
  g_assert_true (values_contain (filters, "workplace-on-site.html"));
  g_assert_true (values_contain (filters, "type-part-time.html"));
  g_assert_true (values_contain (filters, "place-lisboa.html"));
  g_assert_cmpuint (count_values (en, "//script"), ==, 0);
  g_assert_cmpstr (select_value (en, "//nav[@class='jd-filters']//a[@aria-current='page']"), ==, "All jobs");
  for (guint i = 0; i < filters->len; i++)
    {
      g_autofree char *path = g_build_filename ("en", g_ptr_array_index (filters, i), NULL);

      g_assert_true (site_has (fixture, path));
    }

  filter = parse_site_html (fixture, "en/workplace-remote.html");
  remote = select_values (filter, "//ul[@class='jd-jobs']/li/h2/a");
  g_assert_cmpuint (remote->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (remote, 0), ==, HOSTILE);
  g_assert_cmpstr (select_value (filter, "//nav[@class='jd-filters']//a[@aria-current='page']"), ==, "Remote");
  g_assert_cmpstr (select_value (filter, "//h1"), ==, "Remote");
  xmlFreeDoc (filter);

  /* The German list speaks German, and links to the English one. */
  de = parse_site_html (fixture, "de/index.html");
  g_assert_cmpstr (select_value (de, "//h1"), ==, "Offene Stellen");
  g_assert_cmpstr (select_value (de, "//nav[@class='jd-languages']//a[@hreflang='en']/@href"), ==, "../en/index.html");
  g_assert_cmpstr (select_value (de, "//link[@rel='alternate'][@hreflang='en']/@href"), ==, BASE_URL "/en/index.html");
  xmlFreeDoc (de);

  /* What users wrote stays text. */
  root_text = read_site_file (fixture, "en/index.html");
  g_assert_null (strstr (root_text, "<script>"));
  xmlFreeDoc (en);
}

/* sitemap.xml, robots.txt, the Atom feeds and jobs.xml: well-formed,
 * every job, absolute URLs. */
static void
test_feeds (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdPublishReport) report = publish (fixture, BASE_URL, JD_PUBLISH_NONE, &error);
  g_autoptr(GPtrArray) locs = NULL;
  g_autoptr(GPtrArray) sitemap_alternates = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) job_urls = NULL;
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(GPtrArray) descriptions = NULL;
  g_autofree char *robots = NULL;
  g_autofree char *jobs_text = NULL;
  xmlDocPtr sitemap, feed, jobs;

  g_assert_no_error (error);

  sitemap = parse_site_xml (fixture, "sitemap.xml");
  locs = select_values (sitemap, "/sm:urlset/sm:url/sm:loc");
  for (guint i = 0; i < report->pages->len; i++)
    {
      JdPublishPage *page = g_ptr_array_index (report->pages, i);
      g_autofree char *url = g_strconcat (BASE_URL "/", page->path, NULL);

      g_assert_true (values_contain (locs, url));
    }
  for (guint i = 0; i < locs->len; i++)
    g_assert_true (g_str_has_prefix (g_ptr_array_index (locs, i), BASE_URL "/"));
  g_assert_true (values_contain (locs, BASE_URL "/en/index.html"));
  g_assert_false (values_contain (locs, BASE_URL "/en/jobs/ex-1.html"));
  sitemap_alternates = select_values (sitemap, "//sm:url[sm:loc='" BASE_URL "/en/jobs/am-42.html']"
                                               "/xhtml:link[@hreflang='de']/@href");
  g_assert_cmpuint (sitemap_alternates->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (sitemap_alternates, 0), ==, BASE_URL "/de/jobs/am-42.html");
  xmlFreeDoc (sitemap);

  robots = read_site_file (fixture, "robots.txt");
  g_assert_nonnull (strstr (robots, "Sitemap: " BASE_URL "/sitemap.xml\n"));

  feed = parse_site_xml (fixture, "en/feed.atom");
  entries = select_values (feed, "/atom:feed/atom:entry/atom:id");
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (entries, 0), ==, BASE_URL "/en/jobs/ck-7.html");
  g_assert_cmpstr (select_value (feed, "/atom:feed/atom:updated"), ==, "2026-11-30T00:00:00Z");
  g_assert_cmpstr (select_value (feed, "/atom:feed/atom:link[@rel='self']/@href"), ==, BASE_URL "/en/feed.atom");
  xmlFreeDoc (feed);
  feed = parse_site_xml (fixture, "de/feed.atom");
  g_assert_cmpuint (count_values (feed, "/atom:feed/atom:entry"), ==, 1);
  xmlFreeDoc (feed);

  jobs = parse_site_xml (fixture, "jobs.xml");
  job_urls = select_values (jobs, "/source/job/url");
  references = select_values (jobs, "/source/job/referencenumber");
  g_assert_cmpuint (job_urls->len, ==, report->pages->len);
  for (guint i = 0; i < job_urls->len; i++)
    g_assert_true (g_str_has_prefix (g_ptr_array_index (job_urls, i), BASE_URL "/"));
  g_assert_true (values_contain (references, "AM-42-en"));
  g_assert_true (values_contain (references, "AM-42-de"));
  g_assert_true (values_contain (references, "CK-7"));
  g_assert_cmpstr (select_value (jobs, "/source/job[referencenumber='CK-7']/city"), ==, "Lisboa");
  g_assert_cmpstr (select_value (jobs, "/source/job[referencenumber='CK-7']/country"), ==, "PT");
  g_assert_cmpstr (select_value (jobs, "/source/job[referencenumber='CK-7']/jobtype"), ==, "parttime");
  g_assert_cmpstr (select_value (jobs, "/source/job[referencenumber='CK-7']/company"), ==, "Example GmbH");
  g_assert_cmpstr (select_value (jobs, "/source/job[referencenumber='CK-7']/date"), ==, "Mon, 30 Nov 2026 00:00:00 GMT");
  g_assert_cmpstr (select_value (jobs, "/source/job[referencenumber='CK-7']/expirationdate"), ==,
                   "Thu, 31 Dec 2026 00:00:00 GMT");
  g_assert_cmpstr (select_value (jobs, "/source/job[referencenumber='H-1']/remotetype"), ==, "Fully remote");
  g_assert_cmpstr (select_value (jobs, "/source/job[referencenumber='AM-42-de']/remotetype"), ==, "Hybrid remote");
  g_assert_cmpuint (count_values (jobs, "/source/job[referencenumber='CK-7']/remotetype"), ==, 0);

  /* The description is HTML in CDATA, and the text comes back whole. */
  descriptions = select_values (jobs, "/source/job[referencenumber='H-1']/description");
  g_assert_cmpuint (descriptions->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (descriptions, 0), "<h2>"));
  g_assert_nonnull (strstr (g_ptr_array_index (descriptions, 0), "&amp; ]]&gt;"));
  jobs_text = read_site_file (fixture, "jobs.xml");
  g_assert_nonnull (strstr (jobs_text, "<![CDATA["));
  xmlFreeDoc (jobs);
}

/* Without a base URL: relative links, a warning, no sitemap nor feeds. */
static void
test_no_base_url (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdPublishReport) report = publish (fixture, NULL, JD_PUBLISH_NONE, &error);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  htmlDocPtr de;

  g_assert_no_error (error);
  g_assert_cmpuint (report->pages->len, ==, 4);
  g_assert_cmpuint (report->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report->warnings, 0), "base URL"));
  g_assert_false (site_has (fixture, "sitemap.xml"));
  g_assert_false (site_has (fixture, "robots.txt"));
  g_assert_false (site_has (fixture, "jobs.xml"));
  g_assert_false (site_has (fixture, "en/feed.atom"));

  de = parse_site_html (fixture, "de/jobs/am-42.html");
  g_assert_cmpstr (find_link (de, "canonical", NULL, keep), ==, "am-42.html");
  g_assert_cmpstr (find_link (de, "alternate", "en", keep), ==, "../../en/jobs/am-42.html");
  g_assert_cmpuint (count_values (de, "//meta[@property='og:url']"), ==, 0);
  xmlFreeDoc (de);

  g_clear_pointer (&report, jd_publish_report_free);
  report = publish (fixture, "ftp://example.com", JD_PUBLISH_NONE, &error);
  g_assert_error (error, JD_PUBLISH_ERROR, JD_PUBLISH_ERROR_BASE_URL);
  g_assert_null (report);
}

static void
test_include_incomplete (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdPublishReport) report = publish (fixture, BASE_URL, JD_PUBLISH_INCLUDE_INCOMPLETE, &error);
  g_autofree char *index = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (report->pages->len, ==, 5);
  g_assert_null (find_left_out (report, "incomplete.jobdesc"));
  g_assert_nonnull (find_left_out (report, "expired.jobdesc"));
  g_assert_cmpuint (report->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report->warnings, 0), "incomplete.jobdesc"));
  index = read_site_file (fixture, "en/index.html");
  g_assert_nonnull (strstr (index, "Barista"));
}

/* When every job has closed, the site says so. */
static void
test_no_open_jobs (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) site = g_file_new_for_path (fixture->site);
  g_autoptr(JdPublishReport) report = NULL;
  g_autoptr(GError) error = NULL;
  JdPublishOptions options = { BASE_URL, NULL, JD_PUBLISH_NONE, "2030-01-01" };
  htmlDocPtr root;

  g_ptr_array_add (sources, g_file_new_for_path (fixture->jobs));
  report = jd_publish (fixture->export.builtin, sources, site, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->pages->len, ==, 0);
  g_assert_cmpuint (report->left_out->len, ==, 7);

  root = parse_site_html (fixture, "index.html");
  g_assert_cmpstr (select_value (root, "//p[@class='jd-no-jobs']"), ==, "There are no open positions at the moment.");
  g_assert_cmpuint (count_values (root, "//main//a"), ==, 0);
  xmlFreeDoc (root);
  g_assert_false (site_has (fixture, "en/index.html"));
}

/* Publishing again after a job is removed removes its page and nothing
 * the user put in the folder. */
static void
test_republish (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdPublishReport) report = publish (fixture, BASE_URL, JD_PUBLISH_NONE, &error);
  g_autofree char *cook = g_build_filename (fixture->jobs, "cook.jobdesc", NULL);
  g_autofree char *notes = g_build_filename (fixture->site, "en", "jobs", "notes.txt", NULL);
  g_autofree char *about = g_build_filename (fixture->site, "about.html", NULL);
  g_autofree char *index = NULL;
  g_autofree char *manifest = NULL;
  g_autofree char *notes_text = NULL;

  g_assert_no_error (error);
  g_assert_true (site_has (fixture, "en/jobs/ck-7.html"));
  g_assert_true (g_file_set_contents (notes, "mine", -1, NULL));
  g_assert_true (g_file_set_contents (about, "<!DOCTYPE html><title>About</title>", -1, NULL));

  g_assert_cmpint (g_remove (cook), ==, 0);
  g_clear_pointer (&report, jd_publish_report_free);
  report = publish (fixture, BASE_URL, JD_PUBLISH_NONE, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (report->pages->len, ==, 3);
  g_assert_false (site_has (fixture, "en/jobs/ck-7.html"));
  g_assert_false (site_has (fixture, "en/place-lisboa.html"));
  g_assert_true (values_contain (report->removed, "en/jobs/ck-7.html"));
  g_assert_true (g_file_get_contents (notes, &notes_text, NULL, NULL));
  g_assert_cmpstr (notes_text, ==, "mine");
  g_assert_true (g_file_test (about, G_FILE_TEST_EXISTS));
  index = read_site_file (fixture, "en/index.html");
  g_assert_null (strstr (index, "Cook"));
  manifest = read_site_file (fixture, JD_PUBLISH_MANIFEST);
  g_assert_null (strstr (manifest, "ck-7"));
  g_assert_null (strstr (manifest, "about.html"));
  g_assert_nonnull (strstr (manifest, "\nen/jobs/am-42.html\n"));
}

/* A folder Jobscribe did not make: its files are never replaced. */
static void
test_foreign_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdPublishReport) report = NULL;
  g_autofree char *index = g_build_filename (fixture->site, "index.html", NULL);
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir_with_parents (fixture->site, 0700), ==, 0);
  g_assert_true (g_file_set_contents (index, "my own page", -1, NULL));

  report = publish (fixture, BASE_URL, JD_PUBLISH_NONE, &error);
  g_assert_error (error, JD_PUBLISH_ERROR, JD_PUBLISH_ERROR_NOT_OWNED);
  g_assert_nonnull (strstr (error->message, "index.html"));
  g_assert_null (report);
  g_assert_true (g_file_get_contents (index, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "my own page");
  g_assert_false (site_has (fixture, "en/index.html"));
  g_assert_false (site_has (fixture, JD_PUBLISH_MANIFEST));

  /* A manifest that names files outside the folder is not followed. */
  g_assert_cmpint (g_remove (index), ==, 0);
  {
    g_autofree char *manifest = g_build_filename (fixture->site, JD_PUBLISH_MANIFEST, NULL);
    g_autofree char *outside = g_build_filename (fixture->dir, "outside.txt", NULL);

    g_assert_true (g_file_set_contents (outside, "keep", -1, NULL));
    g_assert_true (g_file_set_contents (manifest, "../outside.txt\n/etc/hostname\n", -1, NULL));
    g_clear_error (&error);
    report = publish (fixture, BASE_URL, JD_PUBLISH_NONE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (report->removed->len, ==, 0);
    g_assert_true (g_file_test (outside, G_FILE_TEST_EXISTS));
    g_assert_cmpint (g_remove (outside), ==, 0);
  }
}

/* The files under @dir, by their path relative to @top, with their
 * contents. */
static void
collect_site (const char *top,
              const char *dir,
              GHashTable *files)
{
  g_autoptr(GDir) entries = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (entries);
  while ((name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *contents = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_site (top, path, files);
      else
        {
          g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          g_hash_table_insert (files, g_strdup (path + strlen (top) + 1), contents);
        }
    }
}

static void
assert_same_reports (JdPublishReport *a,
                     JdPublishReport *b)
{
  g_assert_cmpuint (a->pages->len, ==, b->pages->len);
  for (guint i = 0; i < a->pages->len; i++)
    {
      JdPublishPage *pa = g_ptr_array_index (a->pages, i);
      JdPublishPage *pb = g_ptr_array_index (b->pages, i);

      g_assert_cmpstr (pa->file, ==, pb->file);
      g_assert_cmpstr (pa->path, ==, pb->path);
      g_assert_cmpstr (pa->title, ==, pb->title);
    }

  g_assert_cmpuint (a->left_out->len, ==, b->left_out->len);
  for (guint i = 0; i < a->left_out->len; i++)
    {
      JdPublishLeftOut *la = g_ptr_array_index (a->left_out, i);
      JdPublishLeftOut *lb = g_ptr_array_index (b->left_out, i);

      g_assert_cmpstr (la->file, ==, lb->file);
      g_assert_cmpint (la->reason, ==, lb->reason);
      g_assert_cmpstr (la->message, ==, lb->message);
    }

  g_assert_cmpuint (a->warnings->len, ==, b->warnings->len);
  for (guint i = 0; i < a->warnings->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->warnings, i), ==, g_ptr_array_index (b->warnings, i));
  g_assert_cmpuint (a->n_written, ==, b->n_written);
}

/* Many jobs published by four threads make the same site, byte for byte,
 * and the same report, in the same order, as one thread does; a file
 * that cannot be written stops the work with the error one thread would
 * have met first. */
static void
test_threads (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdPublishReport) one = NULL;
  g_autoptr(JdPublishReport) four = NULL;
  g_autoptr(GHashTable) one_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) four_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *four_site = g_build_filename (fixture->dir, "site-four", NULL);
  GHashTableIter iter;
  gpointer path, contents;

  /* Jobs enough for every thread to take many, some expired, some
   * duplicates of another, each a warning (incomplete) or a page. */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *reference = g_strdup_printf ("R-%02u", i % 50);
      g_autofree char *title = g_strdup_printf ("Role %u", i);
      g_autofree char *name = g_strdup_printf ("many/%02u.jobdesc", i);
      g_autoptr(JdDocument) job = make_job (i % 3 == 0 ? "de" : "en", reference, title, "2026-11-25");

      if (i % 7 == 0)
        jd_document_set_valid_through (job, "2026-11-01");
      if (i % 5 == 0)
        jd_document_set_company_name (job, "");
      save (job, fixture->jobs, name);
    }

  one = publish_with_threads (fixture, fixture->site, 1, &error);
  g_assert_no_error (error);
  four = publish_with_threads (fixture, four_site, 4, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (one->pages->len, >, 40);
  g_assert_cmpuint (one->left_out->len, >, 5);
  g_assert_cmpuint (one->warnings->len, >, 5);
  assert_same_reports (one, four);

  collect_site (fixture->site, fixture->site, one_files);
  collect_site (four_site, four_site, four_files);
  g_assert_cmpuint (g_hash_table_size (one_files), >, 50);
  g_assert_cmpuint (g_hash_table_size (one_files), ==, g_hash_table_size (four_files));
  g_hash_table_iter_init (&iter, one_files);
  while (g_hash_table_iter_next (&iter, &path, &contents))
    g_assert_cmpstr (g_hash_table_lookup (four_files, path), ==, contents);

  /* Two pages of the site turned into folders: the first in the order
   * of paths is the error, whatever thread met which. */
  g_assert_true (g_hash_table_contains (four_files, "de/jobs/r-03.html"));
  g_assert_true (g_hash_table_contains (four_files, "en/jobs/r-41.html"));
  for (guint n_threads = 1; n_threads <= 4; n_threads += 3)
    {
      g_autofree char *first = g_build_filename (four_site, "de", "jobs", "r-03.html", NULL);
      g_autofree char *second = g_build_filename (four_site, "en", "jobs", "r-41.html", NULL);
      g_autoptr(JdPublishReport) failed = NULL;

      g_remove (first);
      g_remove (second);
      g_assert_cmpint (g_mkdir (first, 0700), ==, 0);
      g_assert_cmpint (g_mkdir (second, 0700), ==, 0);

      failed = publish_with_threads (fixture, four_site, n_threads, &error);
      g_assert_null (failed);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
      g_assert_nonnull (strstr (error->message, "r-03.html"));
      g_clear_error (&error);
      g_assert_cmpint (g_rmdir (first), ==, 0);
      g_assert_cmpint (g_rmdir (second), ==, 0);
    }
}

/* jobscribe publish, as scripts run it. */
static void
test_command_line (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *index = NULL;

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_set_cwd (launcher, fixture->dir);
  /* No user templates: the library is the built-in one. */
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", fixture->dir, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("JD_TEST_BINARY"), "publish", "jobs",
                                         "-o", "site", "--base-url", BASE_URL, "--title", "Example Careers",
                                         "--today", TODAY, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error));
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (process))
    g_error ("jobscribe publish did not exit:\n%s%s", out, err);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  g_assert_nonnull (strstr (out, "en/jobs/ck-7.html (from jobs/cook.jobdesc)\n"));
  g_assert_nonnull (strstr (err, "jobs/expired.jobdesc: left out (expired): applications closed on 2026-11-15\n"));
  g_assert_nonnull (strstr (err, "jobs/old/broken.jobdesc: left out (unreadable)"));
  g_assert_nonnull (strstr (err, "published 4 pages of jobs in 2 languages to"));
  g_assert_nonnull (strstr (err, "3 documents left out"));
  g_assert_true (site_has (fixture, "jobs.xml"));
  index = read_site_file (fixture, "en/index.html");
  g_assert_nonnull (strstr (index, "<title>Example Careers</title>"));
  g_clear_object (&process);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("JD_TEST_BINARY"), "publish", "jobs", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 2);
  g_assert_nonnull (strstr (err, "-o SITE"));
  g_clear_object (&process);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("JD_TEST_BINARY"), "--help", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error));
  g_assert_nonnull (strstr (out, "  publish "));
}

/* A test tool that build-aux/dev installs: the tests that need it fail
 * where it runs them (JD_TEST_REQUIRE_TOOLS), and are skipped elsewhere
 * (the Flatpak SDK has neither Java nor Chromium). */
static gboolean
require_tool (gboolean    found,
              const char *what)
{
  if (found)
    return TRUE;

  if (g_getenv ("JD_TEST_REQUIRE_TOOLS") != NULL)
    g_error ("%s is not installed; build-aux/dev deps installs it", what);

  g_test_skip (what);
  return FALSE;
}

static void
collect_site_files (const char *dir,
                    const char *suffix,
                    GPtrArray  *paths)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          collect_site_files (path, suffix, paths);
          g_free (path);
        }
      else if (g_str_has_suffix (name, suffix))
        g_ptr_array_add (paths, path);
      else
        g_free (path);
    }
}

/* Every page and the style sheet pass the W3C Nu HTML Checker. */
static void
test_validator (Fixture       *fixture,
                gconstpointer  data)
{
  const char *jar = g_getenv ("JD_VNU_JAR");
  g_autofree char *java = g_find_program_in_path ("java");
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JdPublishReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  guint first_file;
  int status = 0;

  if (!require_tool (jar != NULL && g_file_test (jar, G_FILE_TEST_EXISTS) && java != NULL,
                     "the Nu HTML Checker (npm vnu-jar and a Java runtime)"))
    return;

  report = publish (fixture, BASE_URL, JD_PUBLISH_INCLUDE_INCOMPLETE, &error);
  g_assert_no_error (error);

  g_ptr_array_add (argv, g_strdup (java));
  g_ptr_array_add (argv, g_strdup ("-jar"));
  g_ptr_array_add (argv, g_strdup (jar));
  g_ptr_array_add (argv, g_strdup ("--also-check-css"));
  g_ptr_array_add (argv, g_strdup ("--format"));
  g_ptr_array_add (argv, g_strdup ("text"));
  first_file = argv->len;
  collect_site_files (fixture->site, ".html", argv);
  collect_site_files (fixture->site, ".css", argv);
  /* Root, 2 lists, 4 filters at least, 5 jobs, the style sheet. */
  g_assert_cmpuint (argv->len - first_file, >=, 13);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the Nu HTML Checker found problems:\n%s%s", out, err);
}

/* The width of a PNG, from its header. */
static guint
png_width (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  const guchar *bytes;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >, 24);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  bytes = (const guchar *)data;
  return (guint)bytes[16] << 24 | (guint)bytes[17] << 16 | (guint)bytes[18] << 8 | bytes[19];
}

/* A list on a phone, light and dark, drawn by a real browser. The
 * pictures stay in the build folder (tests/publish-*.png) to look at. */
static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *chromium = g_find_program_in_path ("chromium");
  g_autoptr(JdPublishReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *index = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *profile = NULL;
  const char *modes[] = { "light", "dark" };

  if (!require_tool (chromium != NULL, "Chromium"))
    return;

  report = publish (fixture, BASE_URL, JD_PUBLISH_NONE, &error);
  g_assert_no_error (error);
  index = g_build_filename (fixture->site, "en", "index.html", NULL);
  uri = g_filename_to_uri (index, NULL, &error);
  g_assert_no_error (error);
  profile = g_build_filename (fixture->dir, "chromium", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *name = g_strdup_printf ("publish-%s.png", modes[i]);
      g_autofree char *png = g_test_build_filename (G_TEST_BUILT, name, NULL);
      g_autofree char *screenshot = g_strdup_printf ("--screenshot=%s", png);
      g_autofree char *user_data = g_strdup_printf ("--user-data-dir=%s", profile);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char *argv[] = {
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--no-first-run", "--disable-extensions", user_data, "--window-size=360,900",
        i == 1 ? "--force-dark-mode" : "--no-default-browser-check",
        screenshot, uri, NULL
      };
      int status = 0;

      g_remove (png);
      g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, NULL) || !g_file_test (png, G_FILE_TEST_EXISTS))
        g_error ("Chromium made no screenshot:\n%s%s", out, err);
      g_assert_cmpuint (png_width (png), ==, 360);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD_TEST ("/publish/report", test_report);
  ADD_TEST ("/publish/job-page", test_job_page);
  ADD_TEST ("/publish/lists", test_lists);
  ADD_TEST ("/publish/feeds", test_feeds);
  ADD_TEST ("/publish/no-base-url", test_no_base_url);
  ADD_TEST ("/publish/include-incomplete", test_include_incomplete);
  ADD_TEST ("/publish/no-open-jobs", test_no_open_jobs);
  ADD_TEST ("/publish/republish", test_republish);
  ADD_TEST ("/publish/foreign-folder", test_foreign_folder);
  ADD_TEST ("/publish/threads", test_threads);
  ADD_TEST ("/publish/command-line", test_command_line);
  ADD_TEST ("/publish/validator", test_validator);
  ADD_TEST ("/publish/screenshot", test_screenshot);

  return g_test_run ();
}
