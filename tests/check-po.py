#!/usr/bin/env python3
# Fails when a catalog of po/LINGUAS is not complete: an untranslated or
# fuzzy entry, an error of msgfmt -c --check-format, or a header without
# what gettext needs (Language, Plural-Forms, UTF-8, Project-Id-Version).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import re
import subprocess
import sys

po_dir = pathlib.Path(sys.argv[1])
plural_forms = {
    "de": "nplurals=2; plural=(n != 1);",
    "el": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "pt": "nplurals=2; plural=(n != 1);",
}

problems = []
languages = [line.strip() for line in (po_dir / "LINGUAS").read_text().splitlines()
             if line.strip() and not line.startswith("#")]

for lang in languages:
    po = po_dir / f"{lang}.po"
    if not po.exists():
        problems.append(f"{po}: missing")
        continue

    result = subprocess.run(["msgfmt", "-c", "--check-format", "--statistics", "-o", "/dev/null", str(po)],
                            capture_output=True, text=True)
    report = result.stderr.strip()
    if result.returncode != 0:
        problems.append(f"{po}: msgfmt: {report}")
    elif "untranslated" in report or "fuzzy" in report:
        problems.append(f"{po}: not complete: {report}")

    text = po.read_text(encoding="utf-8")
    header = text.split("\n\n", 1)[0]
    for field, pattern in [("Language", rf'"Language: {lang}\\n"'),
                           ("Content-Type", r'"Content-Type: text/plain; charset=UTF-8\\n"'),
                           ("Project-Id-Version", r'"Project-Id-Version: jobscribe'),
                           ("Plural-Forms", re.escape(f'"Plural-Forms: {plural_forms.get(lang, "")}\\n"'))]:
        if not re.search(pattern, header):
            problems.append(f"{po}: the header lacks a correct {field}")

for problem in problems:
    print(problem)
print(f"{len(languages) - len({p.split(':')[0] for p in problems})} of {len(languages)} catalogs complete")
sys.exit(1 if problems else 0)
