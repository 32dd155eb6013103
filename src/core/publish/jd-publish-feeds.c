/* jd-publish-feeds.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-publish"

#include "config.h"

#include <string.h>

#include <libxml/tree.h>

#include "jd-export-html-sections-private.h"
#include "jd-publish-private.h"
#include "jd-worker-private.h"

/* What a site says to machines, all with absolute URLs and so only with a
 * base URL: sitemap.xml and robots.txt for search engines, an Atom feed
 * per language for feed readers, and jobs.xml for job boards that read
 * the XML feeds Indeed made common (the README lists its elements). Every
 * file is a libxml2 tree, so every text is escaped by the serializer. */

#define ATOM_NS    "http://www.w3.org/2005/Atom"
#define SITEMAP_NS "http://www.sitemaps.org/schemas/sitemap/0.9"
#define XHTML_NS   "http://www.w3.org/1999/xhtml"

static GBytes *
dump_xml (xmlDoc *doc)
{
  xmlChar *data = NULL;
  int len = 0;
  GBytes *bytes;

  xmlDocDumpFormatMemoryEnc (doc, &data, &len, "UTF-8", 1);
  bytes = g_bytes_new (data, (gsize)len);
  xmlFree (data);
  xmlFreeDoc (doc);

  return bytes;
}

static xmlNode *
add_text_child (xmlNode    *parent,
                const char *name,
                const char *text)
{
  return xmlNewTextChild (parent, NULL, (const xmlChar *)name, (const xmlChar *)text);
}

static void
add_optional_child (xmlNode    *parent,
                    const char *name,
                    const char *text)
{
  if (text != NULL && text[0] != '\0')
    add_text_child (parent, name, text);
}

/* RFC 3339, for Atom: the start of the day, in UTC. */
static char *
atom_date (const char *date)
{
  return g_strdup_printf ("%.10sT00:00:00Z", date);
}

/* RFC 822, as job feeds write dates: "Tue, 01 Dec 2026 00:00:00 GMT",
 * with the English names whatever the locale. */
static char *
feed_date (const char *date)
{
  static const char * const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char * const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
  g_autoptr(GDateTime) time = NULL;
  int year = 0, month = 0, day = 0;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;

  time = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (time == NULL)
    return NULL;

  return g_strdup_printf ("%s, %02d %s %04d 00:00:00 GMT",
                          days[g_date_time_get_day_of_week (time) - 1], day, months[month - 1], year);
}

/* The newest day of @postings (all of them when @tag is %NULL). */
static const char *
newest_date (JdPublishSite *site,
             const char    *tag)
{
  for (guint i = 0; i < site->postings->len; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (site->postings, i);

      if (tag == NULL || g_str_equal (posting->tag, tag))
        return posting->date;
    }

  return NULL;
}

/* CDATA cannot hold "]]>": it is cut in two sections between "]]" and
 * ">". */
static void
add_cdata (xmlNode    *parent,
           const char *text)
{
  const char *start = text;
  const char *end;

  while ((end = strstr (start, "]]>")) != NULL)
    {
      xmlAddChild (parent, xmlNewCDataBlock (parent->doc, (const xmlChar *)start, (int)(end + 2 - start)));
      start = end + 2;
    }
  xmlAddChild (parent, xmlNewCDataBlock (parent->doc, (const xmlChar *)start, (int)strlen (start)));
}

static GBytes *
build_atom (JdPublishSite *site,
            const char    *tag)
{
  xmlDoc *doc = xmlNewDoc ((const xmlChar *)"1.0");
  xmlNode *feed = xmlNewNode (NULL, (const xmlChar *)"feed");
  xmlNode *link, *author, *generator;
  g_autofree char *index_path = g_strdup_printf ("%s/index.html", tag);
  g_autofree char *feed_path = g_strdup_printf ("%s/feed.atom", tag);
  g_autofree char *index_url = _jd_publish_url (site, index_path);
  g_autofree char *feed_url = _jd_publish_url (site, feed_path);
  g_autofree char *updated = NULL;
  g_autofree char *title = NULL;
  const char *lang = "en";
  const char *newest = newest_date (site, tag);

  for (guint i = 0; i < site->postings->len; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (site->postings, i);

      if (g_str_equal (posting->tag, tag))
        {
          lang = posting->view->lang;
          break;
        }
    }
  title = _jd_publish_site_title (site, lang);
  updated = atom_date (newest != NULL ? newest : "1970-01-01");

  xmlDocSetRootElement (doc, feed);
  xmlSetNs (feed, xmlNewNs (feed, (const xmlChar *)ATOM_NS, NULL));
  xmlNodeSetLang (feed, (const xmlChar *)tag);

  add_text_child (feed, "title", title);
  add_text_child (feed, "id", index_url);
  link = add_text_child (feed, "link", NULL);
  xmlNewProp (link, (const xmlChar *)"rel", (const xmlChar *)"self");
  xmlNewProp (link, (const xmlChar *)"type", (const xmlChar *)"application/atom+xml");
  xmlNewProp (link, (const xmlChar *)"href", (const xmlChar *)feed_url);
  link = add_text_child (feed, "link", NULL);
  xmlNewProp (link, (const xmlChar *)"rel", (const xmlChar *)"alternate");
  xmlNewProp (link, (const xmlChar *)"type", (const xmlChar *)"text/html");
  xmlNewProp (link, (const xmlChar *)"href", (const xmlChar *)index_url);
  add_text_child (feed, "updated", updated);
  author = add_text_child (feed, "author", NULL);
  add_text_child (author, "name", title);
  generator = add_text_child (feed, "generator", PACKAGE_NAME);
  xmlNewProp (generator, (const xmlChar *)"version", (const xmlChar *)PACKAGE_VERSION);

  for (guint i = 0; i < site->postings->len; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (site->postings, i);
      JdExportView *view = posting->view;
      g_autofree char *url = NULL;
      g_autofree char *date = NULL;
      g_autofree char *summary = NULL;
      const char *company = jd_document_get_company_name (posting->document);
      xmlNode *entry, *node;

      if (!g_str_equal (posting->tag, tag))
        continue;

      url = _jd_publish_url (site, posting->path);
      date = atom_date (posting->date);
      summary = _jd_export_view_join_facts (view, view->meta, FALSE);

      entry = add_text_child (feed, "entry", NULL);
      add_text_child (entry, "id", url);
      add_text_child (entry, "title", view->heading);
      link = add_text_child (entry, "link", NULL);
      xmlNewProp (link, (const xmlChar *)"rel", (const xmlChar *)"alternate");
      xmlNewProp (link, (const xmlChar *)"type", (const xmlChar *)"text/html");
      xmlNewProp (link, (const xmlChar *)"href", (const xmlChar *)url);
      add_text_child (entry, "published", date);
      add_text_child (entry, "updated", date);
      if (company != NULL && company[0] != '\0')
        add_text_child (add_text_child (entry, "author", NULL), "name", company);
      if (posting->category != NULL)
        {
          node = add_text_child (entry, "category", NULL);
          xmlNewProp (node, (const xmlChar *)"term", (const xmlChar *)posting->category);
        }
      if (summary[0] != '\0')
        add_text_child (entry, "summary", summary);
      node = add_text_child (entry, "content", posting->sections_html);
      xmlNewProp (node, (const xmlChar *)"type", (const xmlChar *)"html");
    }

  return dump_xml (doc);
}

/* The values of <jobtype> that job boards know. */
static char *
dup_job_type (JdEmploymentType types)
{
  static const struct {
    JdEmploymentType  type;
    const char       *name;
  } names[] = {
    { JD_EMPLOYMENT_FULL_TIME, "fulltime" },
    { JD_EMPLOYMENT_PART_TIME, "parttime" },
    { JD_EMPLOYMENT_CONTRACTOR, "contract" },
    { JD_EMPLOYMENT_TEMPORARY, "temporary" },
    { JD_EMPLOYMENT_INTERN, "internship" },
    { JD_EMPLOYMENT_VOLUNTEER, "volunteer" },
    { JD_EMPLOYMENT_PER_DIEM, "perdiem" },
    { JD_EMPLOYMENT_OTHER, "other" },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (types & names[i].type)
      {
        if (text->len > 0)
          g_string_append (text, ", ");
        g_string_append (text, names[i].name);
      }

  return g_string_free (text, text->len == 0);
}

static void
add_job (xmlNode          *source,
         JdPublishSite    *site,
         JdPublishPosting *posting)
{
  JdDocument *document = posting->document;
  JdExportView *view = posting->view;
  GPtrArray *locations = jd_document_get_locations (document);
  JdLocation *location = locations != NULL && locations->len > 0 ? g_ptr_array_index (locations, 0) : NULL;
  const char *reference = jd_document_get_reference (document);
  g_autofree char *url = _jd_publish_url (site, posting->path);
  g_autofree char *date = feed_date (posting->date);
  g_autofree char *expires = feed_date (jd_document_get_valid_through (document));
  g_autofree char *number = NULL;
  g_autofree char *job_type = dup_job_type (jd_document_get_employment_types (document));
  xmlNode *job = add_text_child (source, "job", NULL);
  xmlNode *node;

  /* One <job> per language: the languages of a job are told apart. */
  if (reference == NULL || reference[0] == '\0')
    reference = posting->job->slug;
  number = posting->job->postings->len > 1 ? g_strdup_printf ("%s-%s", reference, posting->tag)
                                           : g_strdup (reference);

  add_text_child (job, "title", view->heading);
  add_optional_child (job, "date", date);
  add_text_child (job, "referencenumber", number);
  add_text_child (job, "url", url);
  add_optional_child (job, "company", jd_document_get_company_name (document));
  if (location != NULL)
    {
      add_optional_child (job, "city", location->city);
      add_optional_child (job, "state", location->region);
      add_optional_child (job, "country", location->country);
    }
  node = add_text_child (job, "description", NULL);
  add_cdata (node, posting->sections_html);
  add_optional_child (job, "salary", _jd_publish_find_fact (view->meta, "jd-salary"));
  add_optional_child (job, "jobtype", job_type);
  add_optional_child (job, "category", posting->category);
  add_optional_child (job, "expirationdate", expires);
  switch (jd_document_get_workplace_type (document))
    {
    case JD_WORKPLACE_REMOTE:
      add_text_child (job, "remotetype", "Fully remote");
      break;
    case JD_WORKPLACE_HYBRID:
      add_text_child (job, "remotetype", "Hybrid remote");
      break;
    case JD_WORKPLACE_ON_SITE:
    default:
      break;
    }
}

static GBytes *
build_job_feed (JdPublishSite *site)
{
  xmlDoc *doc = xmlNewDoc ((const xmlChar *)"1.0");
  xmlNode *source = xmlNewNode (NULL, (const xmlChar *)"source");
  g_autofree char *title = _jd_publish_site_title (site, "en");
  g_autofree char *built = feed_date (newest_date (site, NULL));

  xmlDocSetRootElement (doc, source);
  add_text_child (source, "publisher", title);
  add_text_child (source, "publisherurl", site->base_url);
  add_optional_child (source, "lastBuildDate", built);

  for (guint i = 0; i < site->postings->len; i++)
    add_job (source, site, g_ptr_array_index (site->postings, i));

  return dump_xml (doc);
}

static void
add_sitemap_url (xmlNode    *urlset,
                 xmlNs      *xhtml,
                 const char *loc,
                 const char *lastmod,
                 GPtrArray  *alternates)
{
  xmlNode *url = add_text_child (urlset, "url", NULL);

  add_text_child (url, "loc", loc);
  if (lastmod != NULL)
    add_text_child (url, "lastmod", lastmod);

  for (guint i = 0; alternates != NULL && i < alternates->len; i += 2)
    {
      xmlNode *link = xmlNewChild (url, xhtml, (const xmlChar *)"link", NULL);

      xmlNewProp (link, (const xmlChar *)"rel", (const xmlChar *)"alternate");
      xmlNewProp (link, (const xmlChar *)"hreflang", g_ptr_array_index (alternates, i));
      xmlNewProp (link, (const xmlChar *)"href", g_ptr_array_index (alternates, i + 1));
    }
}

/* Every list of jobs and every job page, with their translations. */
static GBytes *
build_sitemap (JdPublishSite *site)
{
  xmlDoc *doc = xmlNewDoc ((const xmlChar *)"1.0");
  xmlNode *urlset = xmlNewNode (NULL, (const xmlChar *)"urlset");
  g_autoptr(GPtrArray) index_alternates = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *root = _jd_publish_url (site, "index.html");
  xmlNs *xhtml;

  xmlDocSetRootElement (doc, urlset);
  xmlSetNs (urlset, xmlNewNs (urlset, (const xmlChar *)SITEMAP_NS, NULL));
  xhtml = xmlNewNs (urlset, (const xmlChar *)XHTML_NS, (const xmlChar *)"xhtml");

  for (guint i = 0; i < site->languages->len; i++)
    {
      const char *tag = g_ptr_array_index (site->languages, i);
      g_autofree char *path = g_strdup_printf ("%s/index.html", tag);

      g_ptr_array_add (index_alternates, g_strdup (tag));
      g_ptr_array_add (index_alternates, _jd_publish_url (site, path));
    }

  add_sitemap_url (urlset, xhtml, root, newest_date (site, NULL), NULL);
  for (guint i = 0; i < site->languages->len; i++)
    add_sitemap_url (urlset, xhtml, g_ptr_array_index (index_alternates, 2 * i + 1),
                     newest_date (site, g_ptr_array_index (site->languages, i)), index_alternates);

  for (guint i = 0; i < site->postings->len; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (site->postings, i);
      g_autofree char *url = _jd_publish_url (site, posting->path);
      g_autoptr(GPtrArray) alternates = _jd_publish_alternates (site, posting, TRUE);

      add_sitemap_url (urlset, xhtml, url, posting->date, alternates->len > 2 ? alternates : NULL);
    }

  return dump_xml (doc);
}

static GBytes *
build_robots (JdPublishSite *site)
{
  g_autofree char *sitemap = _jd_publish_url (site, "sitemap.xml");
  char *robots = g_strdup_printf ("User-agent: *\nAllow: /\n\nSitemap: %s\n", sitemap);

  return g_bytes_new_take (robots, strlen (robots));
}

/* One of the files of the feeds: the sitemap, robots.txt, the job feed
 * (made by @build), or the Atom feed of the language @tag. */
typedef struct
{
  char    *path;
  char    *tag;
  GBytes *(*build) (JdPublishSite *site);
  GBytes  *bytes;
} Feed;

typedef struct
{
  JdPublishSite *site;
  Feed          *feeds;
} Feeds;

static gboolean
build_feed (guint          index,
            gpointer       user_data,
            GCancellable  *cancellable,
            GError       **error)
{
  Feeds *feeds = user_data;
  Feed *feed = &feeds->feeds[index];

  feed->bytes = feed->tag != NULL ? build_atom (feeds->site, feed->tag) : feed->build (feeds->site);
  return TRUE;
}

/* Adds the sitemap, robots.txt, the job feed and an Atom feed per
 * language to @site, made in @n_threads threads that only read it. */
gboolean
_jd_publish_add_feeds (JdPublishSite  *site,
                       guint           n_threads,
                       GCancellable   *cancellable,
                       GError        **error)
{
  static const struct
  {
    const char *path;
    GBytes *(*build) (JdPublishSite *site);
  } files[] = {
    { "sitemap.xml", build_sitemap },
    { "robots.txt", build_robots },
    { "jobs.xml", build_job_feed },
  };
  guint n = G_N_ELEMENTS (files) + site->languages->len;
  g_autofree Feed *made = g_new0 (Feed, n);
  Feeds feeds = { site, made };
  gboolean ok;

  g_return_val_if_fail (site->base_url != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      made[i].path = g_strdup (files[i].path);
      made[i].build = files[i].build;
    }
  for (guint i = 0; i < site->languages->len; i++)
    {
      const char *tag = g_ptr_array_index (site->languages, i);

      made[G_N_ELEMENTS (files) + i].tag = g_strdup (tag);
      made[G_N_ELEMENTS (files) + i].path = g_strdup_printf ("%s/feed.atom", tag);
    }

  ok = _jd_parallel_for (n, n_threads, build_feed, NULL, &feeds, cancellable, error);

  for (guint i = 0; i < n; i++)
    {
      if (ok)
        _jd_publish_add_file (site, made[i].path, g_steal_pointer (&made[i].bytes));
      g_clear_pointer (&made[i].bytes, g_bytes_unref);
      g_free (made[i].path);
      g_free (made[i].tag);
    }

  return ok;
}
