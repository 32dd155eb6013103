#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the hand-drawn icons.

Usage: check-icons.py CATEGORIES_XML ICON.svg...

- every category of the library names the icon jd-category-<id>-symbolic,
  and exactly those category icons are given;
- symbolic icons are 16x16 and drawn only with filled path, rect and circle
  elements in #2e3436, the subset that GTK recolors: it restyles the fill
  of those three elements, so a stroke, another shape or another color
  would stay dark on a dark theme;
- full-color icons use the 128x128 canvas of the GNOME app icon grid.
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
LIBRARY = "{https://jobscribe.github.io/ns/library/1}"
SYMBOLIC_COLOR = "#2e3436"
SYMBOLIC_SHAPES = {"path", "rect", "circle"}
SYMBOLIC_OTHER = {"svg", "g", "title", "desc"}


def local(tag):
    return tag[len(SVG):] if tag.startswith(SVG) else tag


def check_symbolic(path, root, problems):
    if (root.get("width"), root.get("height"), root.get("viewBox")) != ("16", "16", "0 0 16 16"):
        problems.append(f"{path}: a symbolic icon is 16x16 with viewBox 0 0 16 16")
    for element in root.iter():
        name = local(element.tag)
        if name not in SYMBOLIC_SHAPES | SYMBOLIC_OTHER:
            problems.append(f"{path}: <{name}> is not recolored; use path, rect or circle")
            continue
        for attribute in ("stroke", "style", "class", "mask", "clip-path", "filter"):
            if element.get(attribute) is not None:
                problems.append(f"{path}: <{name} {attribute}=…> does not survive recoloring")
        if name in SYMBOLIC_SHAPES and (element.get("fill") or "").lower() != SYMBOLIC_COLOR:
            problems.append(f"{path}: <{name}> must be filled with {SYMBOLIC_COLOR}")


def check_color(path, root, problems):
    if (root.get("width"), root.get("height"), root.get("viewBox")) != ("128", "128", "0 0 128 128"):
        problems.append(f"{path}: a full-color icon is 128x128 with viewBox 0 0 128 128")
    for element in root.iter():
        if local(element.tag) in ("image", "text", "script"):
            problems.append(f"{path}: <{local(element.tag)}> has no place in an icon")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    categories = ET.parse(sys.argv[1]).getroot()
    icons = sys.argv[2:]
    problems = []

    expected = set()
    for category in categories.iter(f"{LIBRARY}category"):
        name = f"jd-category-{category.get('id')}-symbolic"
        if category.get("icon") != name:
            problems.append(f"{sys.argv[1]}: category {category.get('id')} must use icon {name}")
        expected.add(name)
    given = {os.path.basename(p)[:-4] for p in icons if os.path.basename(p).startswith("jd-category-")}
    for name in sorted(expected - given):
        problems.append(f"no icon file for {name}")
    for name in sorted(given - expected):
        problems.append(f"{name}.svg belongs to no category")

    for path in icons:
        root = ET.parse(path).getroot()
        if local(root.tag) != "svg":
            problems.append(f"{path}: not an SVG document")
        elif re.search(r"-symbolic\.svg$", path):
            check_symbolic(path, root, problems)
        else:
            check_color(path, root, problems)

    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(icons)} icons checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
