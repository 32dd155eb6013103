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
# Fields that each end in a NUL byte, so that nothing needs escaping and
# the loader uses the strings where they lie; src/core/jd-library-index.c
# describes the records and reads them.
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
        out.append([tag, lang or "", text])


def encode(records):
    fields = [field for record in records for field in record]
    if any("\0" in field for field in fields):
        sys.exit("a text of the library holds a NUL byte")
    return "".join(field + "\0" for field in fields).encode("utf-8")


def main():
    output = pathlib.Path(sys.argv[1])
    data = bytearray()
    for name in sys.argv[2:]:
        records = []
        path = pathlib.Path(name)
        root = ET.parse(path).getroot()
        if root.tag != NS + "template":
            sys.exit(f"{path}: the root element is not <template>")
        # The build flattens category/id.xml to category--id.xml.
        resource_path = "templates/" + path.name.replace("--", "/", 1)
        texts(root, "title", "t", records, first_only=True)
        for list_name, item, tag in (("alt-titles", "alt", "a"), ("keywords", "keyword", "k")):
            for node in root.findall(NS + list_name):
                texts(node, item, tag, records)
        for node in root.findall(NS + "related"):
            for ref in node.findall(NS + "ref"):
                records.append(["r", ref.get("id")])
        listing = encode(records)
        data += encode([[
            "T", root.get("id"), root.get("category"), root.get("isco") or "",
            "1" if root.get("frontline") == "true" else "0", resource_path,
            str(len(listing)),
        ]])
        data += listing
    output.write_bytes(bytes(data))


main()
