#!/usr/bin/env python3
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, when POTFILES.in names a file that does not exist, or when
# it is not sorted: a string missing from the po files is never translated.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import re
import sys

top = pathlib.Path(sys.argv[1])
listed = [line.strip() for line in (top / "po" / "POTFILES.in").read_text().splitlines()
          if line.strip() and not line.startswith("#")]

problems = []
if listed != sorted(listed):
    problems.append("po/POTFILES.in is not sorted")
for name in listed:
    if not (top / name).exists():
        problems.append(f"po/POTFILES.in names {name}, which does not exist")

marker = re.compile(r'(\b_|\bN_|\bC_|\bngettext)\s*\(|translatable="yes"')
for path in sorted((top / "src").rglob("*")):
    if path.suffix not in (".c", ".ui") or not marker.search(path.read_text(encoding="utf-8")):
        continue
    name = path.relative_to(top).as_posix()
    if name not in listed:
        problems.append(f"{name} has translatable strings but is not in po/POTFILES.in")

for template in sorted((top / "data" / "library").rglob("*.xml")):
    name = template.relative_to(top).as_posix()
    if name not in listed:
        problems.append(f"{name} is not in po/POTFILES.in")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
