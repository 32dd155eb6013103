/* jd-publish-lists.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-publish"

#include "config.h"

#include <string.h>

#include <libxml/tree.h>

#include "jd-export.h"
#include "jd-export-html-private.h"
#include "jd-export-html-sections-private.h"
#include "jd-publish-private.h"

/* The pages of a site that list jobs: the root, which leads to the
 * languages, and per language the list of every open job, newest first,
 * with one more page per filter (a category, a workplace, an employment
 * type, a place) so that filtering needs no JavaScript. They are begun,
 * styled and serialized by the HTML export's own page writer
 * (jd-export-html-private.h); the job pages are the HTML export. */

/* What the site adds to the export's style sheet: the header, the
 * filters and the list of jobs, on a phone as on a wide screen, light and
 * dark. */
static const char site_stylesheet[] =
  "\n"
  "/* The pages of a site that “jobscribe publish” made */\n"
  "a { color: #1c71d8; }\n"
  "@media (prefers-color-scheme: dark) {\n"
  "  body { background: #242424; color: #ffffff; }\n"
  "  a { color: #78aeed; }\n"
  "}\n"
  ".jd-site-header, .jd-site-nav, main { max-width: 42rem; margin: 0 auto; }\n"
  ".jd-site-header { display: flex; flex-wrap: wrap; align-items: baseline;"
  " justify-content: space-between; gap: 0.5rem 1rem; margin-bottom: 1rem; }\n"
  ".jd-site-nav { margin-bottom: 1.5rem; }\n"
  ".jd-site-name { font-weight: bold; }\n"
  ".jd-languages ul, .jd-filters ul { list-style: none; margin: 0; padding: 0;"
  " display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }\n"
  ".jd-languages li, .jd-filters li { margin: 0; }\n"
  ".jd-filters { margin: 1rem 0 1.5rem; padding: 0.75rem 1rem; border-radius: 0.75rem;"
  " background: rgba(127, 127, 127, 0.12); }\n"
  ".jd-filters dl { margin: 0.5rem 0 0; }\n"
  ".jd-filters dt { font-size: 0.9rem; opacity: 0.8; margin-top: 0.5rem; }\n"
  ".jd-filters dd { margin: 0; }\n"
  "a[aria-current=\"page\"] { font-weight: bold; color: inherit; text-decoration: none; }\n"
  ".jd-jobs { list-style: none; margin: 0; padding: 0; }\n"
  ".jd-jobs > li { margin: 0 0 1rem; padding: 1rem; border-radius: 0.75rem;"
  " border: 1px solid rgba(127, 127, 127, 0.35); }\n"
  ".jd-jobs h2 { font-size: 1.15rem; margin: 0 0 0.25rem; overflow-wrap: anywhere; }\n"
  ".jd-jobs .jd-meta { font-size: 0.95rem; margin: 0; }\n"
  ".jd-posted { font-size: 0.9rem; opacity: 0.8; margin: 0.25rem 0 0; }\n"
  ".jd-feed { font-size: 0.9rem; }\n"
  "@media (max-width: 30rem) {\n"
  "  body { padding: 1rem 0.75rem; }\n"
  "  h1 { font-size: 1.6rem; }\n"
  "}\n";

typedef struct
{
  /* "workplace-remote": the page is LANG/workplace-remote.html */
  char      *slug;
  char      *label;
  /* (element-type JdPublishPosting): not owned */
  GPtrArray *postings;
} Filter;

typedef struct
{
  const char *label;
  /* (element-type Filter) */
  GPtrArray  *filters;
} FilterGroup;

static void
filter_free (Filter *filter)
{
  g_free (filter->slug);
  g_free (filter->label);
  g_ptr_array_unref (filter->postings);
  g_free (filter);
}

static void
filter_group_free (FilterGroup *group)
{
  g_ptr_array_unref (group->filters);
  g_free (group);
}

/* @id: what the page of the filter is named after, or %NULL for its
 * label: workplaces and employment types have the same page in every
 * language. */
static void
group_add (FilterGroup      *group,
           const char       *prefix,
           const char       *id,
           const char       *label,
           JdPublishPosting *posting)
{
  Filter *filter = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *value = NULL;

  if (label == NULL || label[0] == '\0')
    return;

  for (guint i = 0; i < group->filters->len && filter == NULL; i++)
    {
      Filter *other = g_ptr_array_index (group->filters, i);

      if (g_str_equal (other->label, label))
        filter = other;
    }

  if (filter == NULL)
    {
      value = _jd_publish_slugify (id != NULL ? id : label);
      /* A place in Greek has no letters in ASCII: its number then. */
      if (value[0] == '\0')
        slug = g_strdup_printf ("%s-%u", prefix, group->filters->len + 1);
      else
        slug = g_strdup_printf ("%s-%s", prefix, value);

      for (guint i = 0; i < group->filters->len; i++)
        if (g_str_equal (((Filter *)g_ptr_array_index (group->filters, i))->slug, slug))
          {
            g_free (slug);
            slug = g_strdup_printf ("%s-%u", prefix, group->filters->len + 1);
            break;
          }

      filter = g_new0 (Filter, 1);
      filter->slug = g_steal_pointer (&slug);
      filter->label = g_strdup (label);
      filter->postings = g_ptr_array_new ();
      g_ptr_array_add (group->filters, filter);
    }

  if (filter->postings->len == 0 ||
      g_ptr_array_index (filter->postings, filter->postings->len - 1) != posting)
    g_ptr_array_add (filter->postings, posting);
}

static FilterGroup *
filter_group_new (const char *label)
{
  FilterGroup *group = g_new0 (FilterGroup, 1);

  group->label = label;
  group->filters = g_ptr_array_new_with_free_func ((GDestroyNotify)filter_free);
  return group;
}

/* A group filters only when it has two values, or one that not every job
 * has. */
static gboolean
group_filters (FilterGroup *group,
               guint        n_postings)
{
  if (group->filters->len == 0)
    return FALSE;
  if (group->filters->len > 1)
    return TRUE;
  return ((Filter *)g_ptr_array_index (group->filters, 0))->postings->len < n_postings;
}

static int
compare_filters (gconstpointer a,
                 gconstpointer b)
{
  const Filter *fa = *(const Filter * const *)a;
  const Filter *fb = *(const Filter * const *)b;

  return g_utf8_collate (fa->label, fb->label);
}

/* Category, workplace, employment type and place of the jobs in @postings. */
static GPtrArray *
dup_filter_groups (JdPublishSite *site,
                   GPtrArray     *postings,
                   const char    *lang)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify)filter_group_free);
  FilterGroup *category = filter_group_new (jd_terms_get (site->terms, "label-category", lang));
  FilterGroup *workplace = filter_group_new (jd_terms_get (site->terms, "label-workplace", lang));
  FilterGroup *employment = filter_group_new (jd_terms_get (site->terms, "label-employment-type", lang));
  FilterGroup *place = filter_group_new (jd_terms_get (site->terms, "label-location", lang));

  for (guint i = 0; i < postings->len; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (postings, i);
      JdDocument *document = posting->document;
      JdWorkplaceType type = jd_document_get_workplace_type (document);
      JdEmploymentType types = jd_document_get_employment_types (document);
      GPtrArray *locations = jd_document_get_locations (document);
      g_autofree char *workplace_id = g_strdup_printf ("workplace-%s", jd_workplace_type_to_string (type));

      group_add (category, "category", NULL, posting->category, posting);
      group_add (workplace, "workplace", jd_workplace_type_to_string (type),
                 jd_terms_get (site->terms, workplace_id, lang), posting);

      for (guint bit = 0; bit < JD_EMPLOYMENT_N_TYPES; bit++)
        if (types & (1u << bit))
          {
            const char *id = jd_employment_type_to_string ((JdEmploymentType)(1u << bit));
            g_autofree char *lower = g_ascii_strdown (id, -1);
            g_autofree char *term_id = NULL;

            g_strdelimit (lower, "_", '-');
            term_id = g_strdup_printf ("employment-%s", lower);
            group_add (employment, "type", lower, jd_terms_get (site->terms, term_id, lang), posting);
          }

      for (guint l = 0; locations != NULL && l < locations->len; l++)
        {
          JdLocation *location = g_ptr_array_index (locations, l);

          group_add (place, "place", NULL, location->city != NULL && location->city[0] != '\0'
                                     ? location->city : location->country, posting);
        }
    }

  g_ptr_array_sort (category->filters, compare_filters);
  g_ptr_array_sort (place->filters, compare_filters);
  g_ptr_array_add (groups, category);
  g_ptr_array_add (groups, workplace);
  g_ptr_array_add (groups, employment);
  g_ptr_array_add (groups, place);

  return groups;
}

static xmlNode *
add_link (xmlNode    *parent,
          const char *href,
          const char *text,
          gboolean    current)
{
  xmlNode *a = _jd_html_add_element (parent, "a", NULL);

  xmlNewProp (a, (const xmlChar *)"href", (const xmlChar *)href);
  if (current)
    xmlNewProp (a, (const xmlChar *)"aria-current", (const xmlChar *)"page");
  _jd_html_add_text (a, text);
  return a;
}

/* A job of a list: its title linked to its page, where and how, and when
 * it was posted. */
static void
add_job_card (xmlNode          *list,
              JdPublishSite    *site,
              JdPublishPosting *posting,
              const char       *page)
{
  JdExportView *view = posting->view;
  g_autofree char *href = _jd_publish_href (page, posting->path);
  xmlNode *li = _jd_html_add_element (list, "li", NULL);
  xmlNode *meta;
  const char *posted = _jd_publish_find_fact (view->details, "jd-date-posted");
  gboolean first = TRUE;

  add_link (_jd_html_add_element (li, "h2", NULL), href, view->heading, FALSE);

  meta = _jd_html_add_element (li, "p", "jd-meta");
  for (guint i = 0; i < view->meta->len; i++)
    {
      JdExportFact *fact = g_ptr_array_index (view->meta, i);
      xmlNode *span;

      /* The company of a site of one company is its name. */
      if (g_str_equal (fact->class_name, "jd-company") && site->one_company)
        continue;
      if (!first)
        _jd_html_add_text (meta, JD_EXPORT_FACT_SEPARATOR);
      first = FALSE;
      span = _jd_html_add_element (meta, "span", fact->class_name);
      if (fact->label != NULL)
        xmlNewProp (span, (const xmlChar *)"title", (const xmlChar *)fact->label);
      _jd_html_add_text (span, fact->text);
    }
  if (first)
    {
      xmlUnlinkNode (meta);
      xmlFreeNode (meta);
    }

  if (posted != NULL)
    {
      xmlNode *p = _jd_html_add_element (li, "p", "jd-posted");
      xmlNode *time;

      _jd_html_add_text (p, jd_terms_get (site->terms, "label-date-posted", view->lang));
      _jd_html_add_text (p, " ");
      time = _jd_html_add_element (p, "time", NULL);
      xmlNewProp (time, (const xmlChar *)"datetime", (const xmlChar *)posting->date);
      _jd_html_add_text (time, posted);
    }
}

static void
add_language_nav (xmlNode       *parent,
                  JdPublishSite *site,
                  const char    *current_tag,
                  const char    *page,
                  const char    *label)
{
  xmlNode *nav, *ul;

  if (site->languages->len < 2)
    return;

  nav = _jd_html_add_element (parent, "nav", "jd-languages");
  xmlNewProp (nav, (const xmlChar *)"aria-label", (const xmlChar *)label);
  ul = _jd_html_add_element (nav, "ul", NULL);

  for (guint i = 0; i < site->languages->len; i++)
    {
      const char *tag = g_ptr_array_index (site->languages, i);
      g_autofree char *target = g_strdup_printf ("%s/index.html", tag);
      g_autofree char *href = _jd_publish_href (page, target);
      g_autofree char *base = g_strndup (tag, strcspn (tag, "-"));
      const char *name = jd_terms_get_language_name (base);
      g_autofree char *text = g_str_equal (base, tag) ? g_strdup (name) : g_strdup_printf ("%s (%s)", name, tag);
      xmlNode *a = add_link (_jd_html_add_element (ul, "li", NULL), href, text,
                             g_strcmp0 (tag, current_tag) == 0);

      xmlNewProp (a, (const xmlChar *)"hreflang", (const xmlChar *)tag);
      xmlNewProp (a, (const xmlChar *)"lang", (const xmlChar *)tag);
    }
}

/* The head every page of a site shares beyond the export's own: the
 * style sheet of the site, the canonical address, the page in the other
 * languages and the feed. */
static void
add_list_head (xmlNode       *head,
               JdPublishSite *site,
               const char    *page,
               const char    *tag,
               gboolean       index)
{
  g_autofree char *stylesheet = _jd_publish_href (page, "style.css");
  g_autofree char *canonical = site->base_url != NULL ? _jd_publish_url (site, page)
                                                      : g_path_get_basename (page);

  _jd_export_html_add_stylesheet (head, stylesheet);
  _jd_export_html_add_link (head, "canonical", canonical, NULL, NULL);

  if (index && tag != NULL)
    for (guint i = 0; i < site->languages->len; i++)
      {
        const char *other = g_ptr_array_index (site->languages, i);
        g_autofree char *target = g_strdup_printf ("%s/index.html", other);
        g_autofree char *href = site->base_url != NULL ? _jd_publish_url (site, target)
                                                       : _jd_publish_href (page, target);

        _jd_export_html_add_link (head, "alternate", href, other, NULL);
      }

  if (site->base_url != NULL && tag != NULL)
    {
      g_autofree char *feed = g_strdup_printf ("%s/feed.atom", tag);
      g_autofree char *href = _jd_publish_href (page, feed);

      _jd_export_html_add_link (head, "alternate", href, NULL, "application/atom+xml");
    }
}

/* LANG/index.html, or the page of one filter. */
static GBytes *
build_list_page (JdPublishSite *site,
                 const char    *tag,
                 const char    *lang,
                 GPtrArray     *all,
                 GPtrArray     *groups,
                 const Filter  *current,
                 const char    *page)
{
  g_autofree char *site_title = _jd_publish_site_title (site, lang);
  g_autofree char *title = current != NULL ? g_strdup_printf ("%s – %s", current->label, site_title)
                                           : g_strdup (site_title);
  GPtrArray *postings = current != NULL ? current->postings : all;
  xmlDoc *doc;
  xmlNode *head, *body, *header, *main, *nav, *list, *dl = NULL;
  GBytes *bytes;

  doc = _jd_export_html_new_page (tag, title, &head, &body);
  add_list_head (head, site, page, tag, current == NULL);

  header = _jd_html_add_element (body, "header", "jd-site-header");
  add_link (_jd_html_add_element (header, "p", "jd-site-name"), "index.html", site_title, FALSE);
  add_language_nav (header, site, tag, page, jd_terms_get (site->terms, "site-languages", lang));

  main = _jd_html_add_element (body, "main", NULL);
  _jd_html_add_text_element (main, "h1", NULL, current != NULL ? current->label
                                                               : jd_terms_get (site->terms, "site-open-positions", lang));

  nav = _jd_html_add_element (main, "nav", "jd-filters");
  xmlNewProp (nav, (const xmlChar *)"aria-label", (const xmlChar *)jd_terms_get (site->terms, "site-filter", lang));
  add_link (_jd_html_add_element (_jd_html_add_element (nav, "ul", NULL), "li", NULL),
            "index.html", jd_terms_get (site->terms, "site-all-jobs", lang), current == NULL);

  for (guint g = 0; g < groups->len; g++)
    {
      FilterGroup *group = g_ptr_array_index (groups, g);
      xmlNode *ul;

      if (!group_filters (group, all->len))
        continue;

      if (dl == NULL)
        dl = _jd_html_add_element (nav, "dl", NULL);
      _jd_html_add_text_element (dl, "dt", NULL, group->label);
      ul = _jd_html_add_element (_jd_html_add_element (dl, "dd", NULL), "ul", NULL);
      for (guint i = 0; i < group->filters->len; i++)
        {
          Filter *filter = g_ptr_array_index (group->filters, i);
          g_autofree char *href = g_strdup_printf ("%s.html", filter->slug);

          add_link (_jd_html_add_element (ul, "li", NULL), href, filter->label, filter == current);
        }
    }

  list = _jd_html_add_element (main, "ul", "jd-jobs");
  for (guint i = 0; i < postings->len; i++)
    add_job_card (list, site, g_ptr_array_index (postings, i), page);

  if (site->base_url != NULL)
    {
      xmlNode *a = add_link (_jd_html_add_element (main, "p", "jd-feed"), "feed.atom",
                             jd_terms_get (site->terms, "site-feed", lang), FALSE);

      xmlNewProp (a, (const xmlChar *)"type", (const xmlChar *)"application/atom+xml");
    }

  bytes = _jd_export_html_dump_page (doc);
  xmlFreeDoc (doc);

  return bytes;
}

/* The language of the terms for the pages in @tag: "pt" for "pt-BR". */
static const char *
terms_language (JdPublishSite *site,
                const char    *tag)
{
  for (guint i = 0; i < site->postings->len; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (site->postings, i);

      if (g_str_equal (posting->tag, tag))
        return posting->view->lang;
    }

  return "en";
}

static void
add_language_pages (JdPublishSite *site,
                    const char    *tag)
{
  const char *lang = terms_language (site, tag);
  g_autoptr(GPtrArray) postings = g_ptr_array_new ();
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree char *index = g_strdup_printf ("%s/index.html", tag);

  for (guint i = 0; i < site->postings->len; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (site->postings, i);

      if (g_str_equal (posting->tag, tag))
        g_ptr_array_add (postings, posting);
    }

  groups = dup_filter_groups (site, postings, lang);
  _jd_publish_add_file (site, index, build_list_page (site, tag, lang, postings, groups, NULL, index));

  for (guint g = 0; g < groups->len; g++)
    {
      FilterGroup *group = g_ptr_array_index (groups, g);

      if (!group_filters (group, postings->len))
        continue;

      for (guint i = 0; i < group->filters->len; i++)
        {
          Filter *filter = g_ptr_array_index (group->filters, i);
          g_autofree char *page = g_strdup_printf ("%s/%s.html", tag, filter->slug);

          _jd_publish_add_file (site, page, build_list_page (site, tag, lang, postings, groups, filter, page));
        }
    }
}

/* index.html: the one language, or a choice of them, each in its own
 * words. With one language it also sends the browser there. */
static GBytes *
build_root_page (JdPublishSite *site)
{
  const char *first = site->languages->len > 0 ? g_ptr_array_index (site->languages, 0) : "en";
  const char *lang = terms_language (site, first);
  g_autofree char *title = _jd_publish_site_title (site, lang);
  xmlDoc *doc;
  xmlNode *head, *body, *main, *ul;
  GBytes *bytes;

  doc = _jd_export_html_new_page (first, title, &head, &body);
  if (site->languages->len == 1)
    {
      xmlNode *meta = _jd_html_add_element (head, "meta", NULL);
      g_autofree char *content = g_strdup_printf ("0; url=%s/index.html", first);

      xmlNewProp (meta, (const xmlChar *)"http-equiv", (const xmlChar *)"refresh");
      xmlNewProp (meta, (const xmlChar *)"content", (const xmlChar *)content);
    }
  add_list_head (head, site, "index.html", NULL, TRUE);
  for (guint i = 0; i < site->languages->len; i++)
    {
      const char *tag = g_ptr_array_index (site->languages, i);
      g_autofree char *target = g_strdup_printf ("%s/index.html", tag);
      g_autofree char *href = site->base_url != NULL ? _jd_publish_url (site, target) : g_strdup (target);

      _jd_export_html_add_link (head, "alternate", href, tag, NULL);
    }

  main = _jd_html_add_element (body, "main", NULL);
  _jd_html_add_text_element (main, "h1", NULL, title);
  if (site->languages->len == 0)
    _jd_html_add_text_element (main, "p", "jd-no-jobs", jd_terms_get (site->terms, "site-no-jobs", lang));
  ul = site->languages->len > 0 ? _jd_html_add_element (main, "ul", "jd-language-list") : NULL;
  for (guint i = 0; i < site->languages->len; i++)
    {
      const char *tag = g_ptr_array_index (site->languages, i);
      const char *tag_lang = terms_language (site, tag);
      g_autofree char *href = g_strdup_printf ("%s/index.html", tag);
      g_autofree char *name = g_strdup_printf ("%s — %s", jd_terms_get (site->terms, "site-open-positions", tag_lang),
                                               jd_terms_get_language_name (tag_lang));
      xmlNode *a = add_link (_jd_html_add_element (ul, "li", NULL), href, name, FALSE);

      xmlNewProp (a, (const xmlChar *)"hreflang", (const xmlChar *)tag);
      xmlNewProp (a, (const xmlChar *)"lang", (const xmlChar *)tag);
    }

  bytes = _jd_export_html_dump_page (doc);
  xmlFreeDoc (doc);

  return bytes;
}

/* The root, the lists of every language and the shared style sheet. */
void
_jd_publish_add_lists (JdPublishSite *site)
{
  char *css = g_strconcat (jd_export_html_get_stylesheet (), site_stylesheet, NULL);

  _jd_publish_add_file (site, "style.css", g_bytes_new_take (css, strlen (css)));
  _jd_publish_add_file (site, "index.html", build_root_page (site));

  for (guint i = 0; i < site->languages->len; i++)
    add_language_pages (site, g_ptr_array_index (site->languages, i));
}
