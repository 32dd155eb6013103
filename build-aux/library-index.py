#!/usr/bin/env python3
# Writes the index of the template library: what listing, the sidebar and
# `jobscribe list-templates` need of every template (id, category,
# occupation code, frontline flag, title, other titles and keywords in
# every language, related ids), so that loading the library does not parse
# every template. src/core/jd-library-index.c reads it; the body of a
# template is parsed from its own file when it is first needed.
#
#   library-index.py OUTPUT TEMPLATE.xml…   (the files with translations merged in)
#
# One record per template, one line per field, fields separated by tabs:
#   T id category isco frontline(0|1) path   starts a template
#   t LANG TEXT                              its title; LANG is empty for
#   a LANG TEXT                              the English source, which
#   k LANG TEXT                              starts a new string
#   r ID                                     a related template
# Backslash, tab and newline in a TEXT are written \\, \t and \n.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import sys
import xml.etree.ElementTree as ET

NS = "{https://jobscribe.github.io/ns/library/1}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# What g_strstrip() removes, and nothing more: a text may start with a
# no-break space.
ASCII_SPACE = " \t\n\v\f\r"


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def texts(parent, name, tag, out, first_only=False):
    sources = 0
    for node in parent.findall(NS + name):
        lang = node.get(XML_LANG)
        if lang is None:
            sources += 1
            if first_only and sources > 1:
                break
        elif sources == 0:
            continue
        text = "".join(node.itertext()).strip(ASCII_SPACE)
        out.append(f"{tag}\t{lang or ''}\t{escape(text)}")


def main():
    output = pathlib.Path(sys.argv[1])
    lines = []
    for name in sys.argv[2:]:
        path = pathlib.Path(name)
        root = ET.parse(path).getroot()
        if root.tag != NS + "template":
            sys.exit(f"{path}: the root element is not <template>")
        # The build flattens category/id.xml to category--id.xml.
        resource_path = "templates/" + path.name.replace("--", "/", 1)
        lines.append("\t".join([
            "T", root.get("id"), root.get("category"), root.get("isco") or "",
            "1" if root.get("frontline") == "true" else "0", resource_path,
        ]))
        texts(root, "title", "t", lines, first_only=True)
        for list_name, item, tag in (("alt-titles", "alt", "a"), ("keywords", "keyword", "k")):
            for node in root.findall(NS + list_name):
                texts(node, item, tag, lines)
        for node in root.findall(NS + "related"):
            for ref in node.findall(NS + "ref"):
                lines.append(f"r\t{ref.get('id')}")
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")


main()
