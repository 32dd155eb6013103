#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads DOCX and ODT exports back with independent readers, python-docx
and odfpy (Debian's python3-docx and python3-odf), and checks them against
what tests/test-export-office.c says they hold.

Usage: check-office-export.py EXPECTED.json

EXPECTED.json is a list of exports, each with its "path", "format" ("docx"
or "odt"), "title", "language" (BCP 47 tag as word processors write it),
"lang" and "country", "sections" (heading and blocks, each ["p"|"item",
text]), "facts" (texts of the line under the title), "links" (the
hyperlinks: href and text), "trailing" (paragraphs after the sections:
how to apply, details), "created" (ISO 8601 date or null) and "page"
(width and height in millimeters).

Prints one line per problem and exits 1 when there is one.
"""

import json
import sys
import zipfile

import docx
from docx.oxml.ns import qn
from odf import dc, meta, style, teletype, text
from odf.namespaces import FONS, STYLENS, TEXTNS, XLINKNS
from odf.opendocument import load

ODT_MIME_TYPE = "application/vnd.oasis.opendocument.text"
GREEK = range(0x0370, 0x0400)


def normalize(value):
    """A block as every format writes it: each line stripped."""
    return "\n".join(line.strip() for line in value.split("\n"))


def expected_body(export):
    """The paragraphs in order: (kind, text), text None where any will do."""
    body = [("title", export["title"]), ("facts", None)]
    for section in export["sections"]:
        body.append(("heading", normalize(section["heading"])))
        body.extend((kind, normalize(value)) for kind, value in section["blocks"])
    body.extend(("p", None) for _ in range(export["trailing"]))
    return body


def compare_body(export, actual, problems):
    expected = expected_body(export)
    where = export["path"]
    if [kind for kind, _ in actual] != [kind for kind, _ in expected]:
        problems.append(f"{where}: paragraphs are {[k for k, _ in actual]}, "
                        f"expected {[k for k, _ in expected]}")
        return
    for (kind, got), (_, want) in zip(actual, expected):
        if want is not None and got != want:
            problems.append(f"{where}: {kind} is {got!r}, expected {want!r}")
    facts = actual[1][1]
    for fact in export["facts"]:
        if fact not in facts:
            problems.append(f"{where}: the line under the title {facts!r} lacks {fact!r}")
    if export["lang"] == "el" and not any(ord(c) in GREEK for c in export["title"]):
        problems.append(f"{where}: the Greek title {export['title']!r} has no Greek letter")


def check_zip(export, problems):
    where = export["path"]
    with zipfile.ZipFile(where) as archive:
        bad = archive.testzip()
        if bad is not None:
            problems.append(f"{where}: {bad} is corrupt")
        entries = archive.infolist()
        names = [entry.filename for entry in entries]
        if len(set(names)) != len(names):
            problems.append(f"{where}: an entry name repeats: {names}")
        if export["format"] == "odt":
            first = entries[0]
            if first.filename != "mimetype":
                problems.append(f"{where}: the first entry is {first.filename}, not mimetype")
            elif first.compress_type != zipfile.ZIP_STORED:
                problems.append(f"{where}: mimetype is compressed")
            elif archive.read("mimetype") != ODT_MIME_TYPE.encode():
                problems.append(f"{where}: mimetype says {archive.read('mimetype')!r}")
        elif "[Content_Types].xml" not in names:
            problems.append(f"{where}: no [Content_Types].xml")


# DOCX


def docx_kind(paragraph):
    p_pr = paragraph._p.pPr
    name = paragraph.style.name
    if name == "Title":
        return "title"
    if name == "Subtitle":
        return "facts"
    if name == "Heading 1":
        return "heading"
    if p_pr is not None and p_pr.numPr is not None:
        return "item"
    return "p"


def docx_text(element):
    """The text of runs, those of hyperlinks included (python-docx 0.8
    leaves hyperlinks out of Paragraph.text)."""
    out = []
    for node in element.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        if node.tag == qn("w:t"):
            out.append(node.text or "")
        elif node.tag == qn("w:tab"):
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


def check_docx(export, problems):
    where = export["path"]
    document = docx.Document(where)
    tag = export["language"]

    actual = [(docx_kind(p), docx_text(p._p)) for p in document.paragraphs]
    compare_body(export, actual, problems)

    for paragraph in document.paragraphs:
        if docx_kind(paragraph) == "item":
            if paragraph.style.name != "List Bullet":
                problems.append(f"{where}: a bullet is in {paragraph.style.name!r}")
            num_id = paragraph._p.pPr.numPr.numId.val
            numbering = document.part.numbering_part.element
            num = numbering.num_having_numId(num_id)
            abstract_id = num.abstractNumId.val
            formats = numbering.xpath(f"w:abstractNum[@w:abstractNumId='{abstract_id}']"
                                      "/w:lvl[@w:ilvl='0']/w:numFmt/@w:val")
            if formats != ["bullet"]:
                problems.append(f"{where}: list {num_id} is not bulleted: {formats}")

    # The language: the defaults, every run and the properties.
    default = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
    if default != [tag]:
        problems.append(f"{where}: the default language is {default}, expected {tag}")
    body = document.element.body
    runs = body.iter(qn("w:r"))
    for run in runs:
        langs = run.xpath("w:rPr/w:lang/@w:val")
        if langs != [tag]:
            problems.append(f"{where}: a run {docx_text(run)!r} has the language {langs}")
            break
    properties = document.core_properties
    if properties.language != tag:
        problems.append(f"{where}: dc:language is {properties.language!r}")
    if properties.title != export["title"]:
        problems.append(f"{where}: dc:title is {properties.title!r}")
    if properties.author != "Jobscribe":
        problems.append(f"{where}: dc:creator is {properties.author!r}")
    created = properties.created.strftime("%Y-%m-%dT%H:%M:%SZ") if properties.created else None
    if created != export["created"]:
        problems.append(f"{where}: dcterms:created is {created}, expected {export['created']}")

    # Hyperlinks: an external relationship each.
    rels = document.part.rels
    links = []
    for link in body.iter(qn("w:hyperlink")):
        rel = rels[link.get(qn("r:id"))]
        if not rel.is_external:
            problems.append(f"{where}: the link {rel.target_ref} is not external")
        links.append({"href": rel.target_ref, "text": docx_text(link)})
    if links != export["links"]:
        problems.append(f"{where}: the links are {links}, expected {export['links']}")

    section = document.sections[0]
    size = [round(section.page_width.mm, 1), round(section.page_height.mm, 1)]
    if size != export["page"]:
        problems.append(f"{where}: the page is {size} mm, expected {export['page']}")


# ODT


def odt_paragraph_style(document, name):
    for candidate in document.styles.getElementsByType(style.Style):
        if candidate.getAttrNS(STYLENS, "name") == name:
            return candidate
    return None


def odt_body(document, where, problems):
    kinds = {"Title": "title", "Subtitle": "facts"}
    body = []
    for node in document.text.childNodes:
        if node.qname == (TEXTNS, "p"):
            body.append((kinds.get(node.getAttrNS(TEXTNS, "style-name"), "p"), teletype.extractText(node)))
        elif node.qname == (TEXTNS, "h"):
            name = node.getAttrNS(TEXTNS, "style-name")
            heading_style = odt_paragraph_style(document, name)
            display = heading_style.getAttrNS(STYLENS, "display-name") if heading_style else None
            if display != "Heading 1" or node.getAttrNS(TEXTNS, "outline-level") != "1":
                problems.append(f"{where}: a heading is in {display!r} at level "
                                f"{node.getAttrNS(TEXTNS, 'outline-level')}")
            body.append(("heading", teletype.extractText(node)))
        elif node.qname == (TEXTNS, "list"):
            check_odt_list_style(document, node.getAttrNS(TEXTNS, "style-name"), where, problems)
            for item in node.childNodes:
                if item.qname != (TEXTNS, "list-item"):
                    problems.append(f"{where}: a list holds {item.qname}")
                body.append(("item", teletype.extractText(item)))
        else:
            problems.append(f"{where}: the text holds {node.qname}")
    return body


def check_odt_list_style(document, name, where, problems):
    for list_style in document.styles.getElementsByType(text.ListStyle):
        if list_style.getAttrNS(STYLENS, "name") == name:
            if not list_style.getElementsByType(text.ListLevelStyleBullet):
                problems.append(f"{where}: the list style {name} has no bullets")
            return
    problems.append(f"{where}: no list style {name}")


def meta_text(document, element):
    found = document.meta.getElementsByType(element)
    return teletype.extractText(found[0]) if found else None


def check_odt(export, problems):
    where = export["path"]
    document = load(where)
    compare_body(export, odt_body(document, where, problems), problems)

    # The language, on the default paragraph style every style inherits.
    languages = []
    for default in document.styles.getElementsByType(style.DefaultStyle):
        if default.getAttrNS(STYLENS, "family") == "paragraph":
            for props in default.getElementsByType(style.TextProperties):
                languages.append((props.getAttrNS(FONS, "language"), props.getAttrNS(FONS, "country")))
    if languages != [(export["lang"], export["country"])]:
        problems.append(f"{where}: the default language is {languages}, "
                        f"expected {(export['lang'], export['country'])}")
    if meta_text(document, dc.Language) != export["language"]:
        problems.append(f"{where}: dc:language is {meta_text(document, dc.Language)!r}")
    if meta_text(document, dc.Title) != export["title"]:
        problems.append(f"{where}: dc:title is {meta_text(document, dc.Title)!r}")
    if meta_text(document, meta.InitialCreator) != "Jobscribe":
        problems.append(f"{where}: meta:initial-creator is {meta_text(document, meta.InitialCreator)!r}")
    if meta_text(document, meta.CreationDate) != export["created"]:
        problems.append(f"{where}: meta:creation-date is {meta_text(document, meta.CreationDate)!r}, "
                        f"expected {export['created']}")

    links = [{"href": a.getAttrNS(XLINKNS, "href"), "text": teletype.extractText(a)}
             for a in document.text.getElementsByType(text.A)]
    if links != export["links"]:
        problems.append(f"{where}: the links are {links}, expected {export['links']}")

    sizes = []
    for props in document.automaticstyles.getElementsByType(style.PageLayoutProperties):
        sizes.append([round(float(props.getAttrNS(FONS, "page-" + side).removesuffix("mm")), 1)
                      for side in ("width", "height")])
    if sizes != [export["page"]]:
        problems.append(f"{where}: the page is {sizes} mm, expected {export['page']}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        exports = json.load(f)

    problems = []
    for export in exports:
        try:
            check_zip(export, problems)
            if export["format"] == "docx":
                check_docx(export, problems)
            else:
                check_odt(export, problems)
        except Exception as error:  # a reader refusing the file is a finding too
            problems.append(f"{export['path']}: {type(error).__name__}: {error}")

    for problem in problems:
        print(problem)
    print(f"{len(exports)} exports read back, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
