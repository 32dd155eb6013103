/* test-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jd-amount.h"
#include "jd-block-private.h"
#include "jd-document.h"
#include "jd-section-private.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->position = position;
  record->removed = removed;
  record->added = added;
  record->count++;
}

static void
count_cb (gpointer  object,
          gpointer  arg,
          guint    *count)
{
  (*count)++;
}

static void
count_changed_cb (gpointer  object,
                  guint    *count)
{
  (*count)++;
}

static void
test_defaults (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();

  g_assert_cmpstr (jd_document_get_language (document), ==, "en");
  g_assert_null (jd_document_get_title (document));
  g_assert_cmpuint (jd_document_get_n_sections (document), ==, 0);
  g_assert_cmpint (jd_document_get_workplace_type (document), ==, JD_WORKPLACE_ON_SITE);
  g_assert_cmpint (jd_document_get_employment_types (document), ==, JD_EMPLOYMENT_NONE);
  g_assert_cmpfloat (jd_document_get_salary_min (document), ==, 0);
  g_assert_cmpuint (jd_document_get_locations (document)->len, ==, 0);
  g_assert_nonnull (jd_document_get_applicant_locations (document));
  g_assert_null (jd_document_get_applicant_locations (document)[0]);

  /* An empty language is not a language. */
  jd_document_set_language (document, "");
  g_assert_cmpstr (jd_document_get_language (document), ==, "en");

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_metadata_notify (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdLocation) berlin = jd_location_new ("Berlin", "BE", "DE");
  const char *countries[] = { "DE", "AT", NULL };
  guint title_notifies = 0;
  guint changed = 0;

  g_signal_connect (document, "notify::title", G_CALLBACK (count_cb), &title_notifies);
  g_signal_connect (document, "changed", G_CALLBACK (count_changed_cb), &changed);

  jd_document_set_title (document, "Account Manager");
  g_assert_cmpuint (title_notifies, ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  /* Setting the same value again is not a change. */
  jd_document_set_title (document, "Account Manager");
  g_assert_cmpuint (title_notifies, ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  /* An empty string clears the field. */
  jd_document_set_title (document, "");
  g_assert_null (jd_document_get_title (document));
  g_assert_cmpuint (title_notifies, ==, 2);

  g_object_set (document, "company-name", "Example Ltd", NULL);
  g_assert_cmpstr (jd_document_get_company_name (document), ==, "Example Ltd");

  jd_document_add_location (document, berlin);
  g_assert_cmpuint (jd_document_get_locations (document)->len, ==, 1);
  g_assert_true (jd_location_equal (g_ptr_array_index (jd_document_get_locations (document), 0), berlin));

  jd_document_set_workplace_type (document, JD_WORKPLACE_REMOTE);
  jd_document_set_applicant_locations (document, countries);
  g_assert_cmpstrv (jd_document_get_applicant_locations (document), countries);

  jd_document_set_employment_types (document, JD_EMPLOYMENT_FULL_TIME | JD_EMPLOYMENT_CONTRACTOR);
  g_assert_cmpint (jd_document_get_employment_types (document), ==,
                   JD_EMPLOYMENT_FULL_TIME | JD_EMPLOYMENT_CONTRACTOR);

  /* Money is kept to the cent; negative amounts are no amount. */
  jd_document_set_salary_min (document, 50000.004);
  g_assert_cmpfloat (jd_document_get_salary_min (document), ==, 50000.0);
  jd_document_set_salary_max (document, -3);
  g_assert_cmpfloat (jd_document_get_salary_max (document), ==, 0);

  g_assert_cmpuint (changed, ==, 8);

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_sections_model (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) brief = jd_section_new (JD_SECTION_BRIEF);
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  g_autoptr(JdSection) needs = jd_section_new (JD_SECTION_REQUIREMENTS);
  GListModel *sections = jd_document_get_sections (document);
  ItemsChanged record = { 0 };
  guint changed = 0;

  g_assert_true (g_list_model_get_item_type (sections) == JD_TYPE_SECTION);
  g_signal_connect (sections, "items-changed", G_CALLBACK (items_changed_cb), &record);
  g_signal_connect (document, "changed", G_CALLBACK (count_changed_cb), &changed);

  jd_document_append_section (document, brief);
  jd_document_append_section (document, needs);
  jd_document_insert_section (document, 1, duties);
  g_assert_cmpuint (record.count, ==, 3);
  g_assert_cmpuint (record.position, ==, 1);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_true (jd_document_get_section (document, 1) == duties);
  g_assert_cmpuint (changed, ==, 3);

  /* Moving the last section to the top. */
  jd_document_move_section (document, 2, 0);
  g_assert_true (jd_document_get_section (document, 0) == needs);
  g_assert_true (jd_document_get_section (document, 1) == brief);
  g_assert_true (jd_document_get_section (document, 2) == duties);
  g_assert_true (jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES) == duties);
  g_assert_null (jd_document_find_section (document, JD_SECTION_BENEFITS));

  jd_document_remove_section (document, 0);
  g_assert_cmpuint (jd_document_get_n_sections (document), ==, 2);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.removed, ==, 1);

  /* A removed section no longer changes the document. */
  changed = 0;
  jd_section_set_heading (needs, "What you bring");
  g_assert_cmpuint (changed, ==, 0);

  /* But an edit deep inside a section that is still there does. */
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Prepare renewals");
  g_assert_cmpuint (changed, ==, 1);
  jd_block_set_text (jd_section_get_block (duties, 0), "Prepare and negotiate renewals");
  g_assert_cmpuint (changed, ==, 2);

  /* Sections kept past their document change without it (a handler left
   * behind would call into the freed document). */
  g_clear_object (&document);
  jd_section_set_heading (duties, "Your week");
  jd_block_set_text (jd_section_get_block (duties, 0), "Renew contracts");
  g_assert_cmpuint (changed, ==, 2);
  g_assert_finalize_object (g_steal_pointer (&needs));
  g_assert_finalize_object (g_steal_pointer (&duties));
  g_assert_finalize_object (g_steal_pointer (&brief));
}

static void
test_blocks_model (void)
{
  g_autoptr(JdSection) section = jd_section_new (JD_SECTION_REQUIREMENTS);
  g_autoptr(JdBlock) removed = NULL;
  ItemsChanged record = { 0 };
  guint changed = 0;
  guint n_items_notifies = 0;

  g_signal_connect (section, "items-changed", G_CALLBACK (items_changed_cb), &record);
  g_signal_connect (section, "changed", G_CALLBACK (count_changed_cb), &changed);
  g_signal_connect (section, "notify::n-items", G_CALLBACK (count_cb), &n_items_notifies);

  jd_section_add_text (section, JD_BLOCK_PARAGRAPH, "You bring:");
  jd_section_add_text (section, JD_BLOCK_ITEM, "A");
  jd_section_add_text (section, JD_BLOCK_ITEM, "B");
  jd_section_add_text (section, JD_BLOCK_ITEM, "C");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (section)), ==, 4);
  g_assert_cmpuint (n_items_notifies, ==, 4);

  jd_section_move_block (section, 3, 1);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (section, 1)), ==, "C");
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (section, 2)), ==, "A");
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (section, 3)), ==, "B");
  g_assert_cmpuint (record.position, ==, 1);
  g_assert_cmpuint (record.removed, ==, 3);
  g_assert_cmpuint (record.added, ==, 3);

  removed = g_object_ref (jd_section_get_block (section, 2));
  jd_section_remove_block (section, 2);
  g_assert_cmpuint (jd_section_get_n_blocks (section), ==, 3);

  /* The removed block is no longer watched. */
  changed = 0;
  jd_block_set_text (removed, "changed after removal");
  g_assert_cmpuint (changed, ==, 0);
  jd_block_set_kind (jd_section_get_block (section, 0), JD_BLOCK_ITEM);
  g_assert_cmpuint (changed, ==, 1);
  jd_block_set_source (jd_section_get_block (section, 0), "t/brief/1");
  jd_block_set_needs_translation (jd_section_get_block (section, 1), TRUE);
  g_assert_cmpuint (changed, ==, 3);

  /* Blocks appended at once: one change of the model. */
  {
    g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);
    guint notifies = 0;

    g_ptr_array_add (blocks, _jd_block_new_full (JD_BLOCK_ITEM, "D", "t/req/4", TRUE));
    g_ptr_array_add (blocks, _jd_block_new_full (JD_BLOCK_PARAGRAPH, NULL, NULL, FALSE));
    g_signal_connect (g_ptr_array_index (blocks, 1), "notify::text", G_CALLBACK (count_cb), &notifies);
    changed = 0;
    record = (ItemsChanged) { 0 };
    _jd_section_append_blocks (section, blocks);
    g_assert_cmpuint (record.position, ==, 3);
    g_assert_cmpuint (record.removed, ==, 0);
    g_assert_cmpuint (record.added, ==, 2);
    g_assert_cmpuint (changed, ==, 1);
    g_assert_cmpuint (jd_section_get_n_blocks (section), ==, 5);
    g_assert_cmpint (jd_block_get_kind (jd_section_get_block (section, 3)), ==, JD_BLOCK_ITEM);
    g_assert_cmpstr (jd_block_get_source (jd_section_get_block (section, 3)), ==, "t/req/4");
    g_assert_true (jd_block_get_needs_translation (jd_section_get_block (section, 3)));
    g_assert_cmpstr (jd_block_get_text (jd_section_get_block (section, 4)), ==, "");
    g_assert_null (jd_block_get_source (jd_section_get_block (section, 4)));

    /* Watched by the section, and still notifying as any object. */
    jd_block_set_text (jd_section_get_block (section, 4), "E");
    g_assert_cmpuint (changed, ==, 2);
    g_assert_cmpuint (notifies, ==, 1);
  }

  /* A block kept past its section changes without it. */
  {
    g_autoptr(JdBlock) kept = g_object_ref (jd_section_get_block (section, 0));
    guint notifies = 0;

    g_signal_connect (kept, "notify::text", G_CALLBACK (count_cb), &notifies);
    g_assert_finalize_object (g_steal_pointer (&section));
    jd_block_set_text (kept, "after its section");
    g_assert_cmpuint (notifies, ==, 1);
    g_assert_finalize_object (g_steal_pointer (&kept));
  }

  g_assert_finalize_object (g_steal_pointer (&removed));
}

static JdDocument *
make_document (void)
{
  JdDocument *document = jd_document_new ();
  g_autoptr(JdSection) section = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  g_autoptr(JdLocation) place = jd_location_new ("Lisboa", NULL, "PT");
  JdBlock *block;

  jd_document_set_title (document, "Gestor de Contas");
  jd_document_set_language (document, "pt");
  jd_document_add_location (document, place);
  jd_document_set_salary_min (document, 30000);
  jd_document_set_salary_currency (document, "EUR");
  block = jd_section_add_text (section, JD_BLOCK_ITEM, "Gerir uma carteira de clientes");
  jd_block_set_source (block, "account-manager/responsibilities/1");
  jd_document_append_section (document, section);

  return document;
}

static void
test_copy_and_equal (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(JdDocument) copy = jd_document_copy (document);
  g_autoptr(JdLocation) porto = jd_location_new ("Porto", NULL, "PT");
  g_autoptr(GPtrArray) places = g_ptr_array_new ();
  g_autoptr(JdSection) extra = jd_section_new (JD_SECTION_CUSTOM);

  g_assert_true (jd_document_equal (document, copy));
  g_assert_true (jd_document_equal (copy, document));

  /* The copy is deep: changing it leaves the original alone. */
  jd_block_set_text (jd_section_get_block (jd_document_get_section (copy, 0), 0), "Outro");
  g_assert_false (jd_document_equal (document, copy));
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (jd_document_get_section (document, 0), 0)),
                   ==, "Gerir uma carteira de clientes");

  g_clear_object (&copy);
  copy = jd_document_copy (document);
  jd_block_set_source (jd_section_get_block (jd_document_get_section (copy, 0), 0), NULL);
  g_assert_false (jd_document_equal (document, copy));

  g_clear_object (&copy);
  copy = jd_document_copy (document);
  g_ptr_array_add (places, porto);
  jd_document_set_locations (copy, places);
  g_assert_false (jd_document_equal (document, copy));

  g_clear_object (&copy);
  copy = jd_document_copy (document);
  jd_section_set_heading (jd_document_get_section (copy, 0), "O que vai fazer");
  g_assert_false (jd_document_equal (document, copy));

  g_clear_object (&copy);
  copy = jd_document_copy (document);
  jd_document_set_salary_unit (copy, JD_SALARY_UNIT_MONTH);
  g_assert_false (jd_document_equal (document, copy));

  g_clear_object (&copy);
  copy = jd_document_copy (document);
  jd_document_append_section (copy, extra);
  g_assert_false (jd_document_equal (document, copy));

  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_enum_strings (void)
{
  JdSectionKind kind;
  JdWorkplaceType workplace;
  JdSalaryUnit unit;

  for (guint i = 0; i < JD_SECTION_N_KINDS; i++)
    {
      g_assert_true (jd_section_kind_from_string (jd_section_kind_to_string (i), &kind));
      g_assert_cmpuint (kind, ==, i);
    }
  g_assert_false (jd_section_kind_from_string ("perks", &kind));

  g_assert_true (jd_workplace_type_from_string ("hybrid", &workplace));
  g_assert_cmpint (workplace, ==, JD_WORKPLACE_HYBRID);
  g_assert_true (jd_salary_unit_from_string ("HOUR", &unit));
  g_assert_cmpint (unit, ==, JD_SALARY_UNIT_HOUR);

  for (guint i = 0; i < JD_EMPLOYMENT_N_TYPES; i++)
    g_assert_cmpint (jd_employment_type_from_string (jd_employment_type_to_string (1u << i)), ==, 1u << i);
  g_assert_cmpint (jd_employment_type_from_string ("full-time"), ==, JD_EMPLOYMENT_NONE);
}

/* Amounts stay within the range a reader accepts, and the range never
 * runs backwards. */
static void
test_salary_range (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();

  jd_document_set_salary_min (document, 1e23);
  g_assert_cmpfloat (jd_document_get_salary_min (document), ==, JD_DOCUMENT_MAX_AMOUNT);
  jd_document_set_salary_min (document, 0);

  jd_document_set_salary_max (document, 3000);
  jd_document_set_salary_min (document, 5000);
  g_assert_cmpfloat (jd_document_get_salary_max (document), ==, 5000);
  jd_document_set_salary_max (document, 4000);
  g_assert_cmpfloat (jd_document_get_salary_min (document), ==, 4000);
  g_assert_cmpfloat (jd_document_get_salary_max (document), ==, 4000);

  /* No maximum is no bound. */
  jd_document_set_salary_max (document, 0);
  jd_document_set_salary_min (document, 9000);
  g_assert_cmpfloat (jd_document_get_salary_min (document), ==, 9000);
  g_assert_cmpfloat (jd_document_get_salary_max (document), ==, 0);
}

static void
test_amounts (void)
{
  static const struct {
    const char *text;
    double      amount;
  } read[] = {
    { "70,000", 70000 }, { "70.000", 70000 }, { "70 000", 70000 }, { "70\u202f000", 70000 },
    { "70000", 70000 }, { "17.50", 17.5 }, { "17,50", 17.5 }, { "17,5", 17.5 },
    { "1.234,56", 1234.56 }, { "1,234.56", 1234.56 }, { "1'234'567", 1234567 }, { "", 0 },
  };
  static const struct {
    double      amount;
    const char *lang;
    const char *text;
  } written[] = {
    { 70000, "en", "70,000" }, { 70000, "de", "70.000" }, { 70000, "fr", "70\u202f000" },
    { 17.5, "en", "17.50" }, { 17.5, "pt", "17,50" }, { 999, "el", "999" },
    { 1e20, "en", "100,000,000,000,000,000,000" },
  };
  double amount;

  for (guint i = 0; i < G_N_ELEMENTS (read); i++)
    {
      g_assert_true (jd_amount_parse (read[i].text, &amount));
      g_assert_cmpfloat_with_epsilon (amount, read[i].amount, 0.001);
    }

  g_assert_false (jd_amount_parse ("12a", &amount));
  g_assert_false (jd_amount_parse ("-5", &amount));

  for (guint i = 0; i < G_N_ELEMENTS (written); i++)
    {
      g_autofree char *text = jd_amount_format (written[i].amount, written[i].lang);
      g_assert_cmpstr (text, ==, written[i].text);
    }
}

/* Words are runs of letters and digits, in any script; a block's count
 * follows its text. */
static void
test_count_words (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) section = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  JdBlock *block;

  jd_document_set_title (document, "Warehouse Associate");
  jd_document_append_section (document, section);
  jd_section_set_heading (section, "What you will do");
  block = jd_section_add_text (section, JD_BLOCK_ITEM, "Pick, pack and check 40 orders an hour");

  g_assert_cmpuint (jd_block_count_words (block), ==, 8);
  g_assert_cmpuint (jd_document_count_words (document), ==, 2 + 4 + 8);

  jd_block_set_text (block, "Συσκευάζετε παραγγελίες — «γρήγορα» και σωστά;");
  g_assert_cmpuint (jd_block_count_words (block), ==, 5);
  g_assert_cmpuint (jd_document_count_words (document), ==, 2 + 4 + 5);

  jd_block_set_text (block, "  ");
  g_assert_cmpuint (jd_block_count_words (block), ==, 0);
  g_assert_cmpuint (jd_document_count_words (document), ==, 6);

  /* A copy counts what its text has. */
  jd_block_set_text (block, "Lead the shift's safety briefing");
  {
    g_autoptr(JdBlock) copy = jd_block_copy (block);

    g_assert_cmpuint (jd_block_count_words (copy), ==, 6);
    jd_block_set_text (copy, "Lead");
    g_assert_cmpuint (jd_block_count_words (copy), ==, 1);
    g_assert_cmpuint (jd_block_count_words (block), ==, 6);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/defaults", test_defaults);
  g_test_add_func ("/document/metadata-notify", test_metadata_notify);
  g_test_add_func ("/document/sections-model", test_sections_model);
  g_test_add_func ("/document/blocks-model", test_blocks_model);
  g_test_add_func ("/document/copy-and-equal", test_copy_and_equal);
  g_test_add_func ("/document/salary-range", test_salary_range);
  g_test_add_func ("/document/enum-strings", test_enum_strings);
  g_test_add_func ("/document/amounts", test_amounts);
  g_test_add_func ("/document/count-words", test_count_words);

  return g_test_run ();
}
