#!/usr/bin/env python3
# Fails when a catalog of po/LINGUAS is not complete: an untranslated or
# fuzzy entry, an error of msgfmt -c --check-format, a header without
# what gettext needs (Language, Plural-Forms, UTF-8, Project-Id-Version),
# or messages that another catalog lacks (a string added to some
# catalogs only, or a msgid changed in some only).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import ast
import pathlib
import re
import subprocess
import sys

po_dir = pathlib.Path(sys.argv[1])
plural_forms = {
    "de": "nplurals=2; plural=(n != 1);",
    "el": "nplurals=2; plural=(n != 1);",
    "en_GB": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "pt": "nplurals=2; plural=(n != 1);",
}



def message_keys(text):
    """The (msgctxt, msgid, msgid_plural) of every message but the header."""
    keys = set()
    for entry in text.split("\n\n"):
        fields = {}
        current = None
        for line in entry.splitlines():
            match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr\S*) (".*")$', line)
            if match:
                current = match.group(1)
                fields[current] = ast.literal_eval(match.group(2))
            elif line.startswith('"') and current is not None:
                fields[current] += ast.literal_eval(line)
        if fields.get("msgid"):
            keys.add((fields.get("msgctxt"), fields["msgid"], fields.get("msgid_plural")))
    return keys


problems = []
catalog_keys = {}
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
    catalog_keys[lang] = message_keys(text)
    header = text.split("\n\n", 1)[0]
    for field, pattern in [("Language", rf'"Language: {lang}\\n"'),
                           ("Content-Type", r'"Content-Type: text/plain; charset=UTF-8\\n"'),
                           ("Project-Id-Version", r'"Project-Id-Version: jobscribe'),
                           ("Plural-Forms", re.escape(f'"Plural-Forms: {plural_forms.get(lang, "")}\\n"'))]:
        if not re.search(pattern, header):
            problems.append(f"{po}: the header lacks a correct {field}")

all_keys = set().union(*catalog_keys.values()) if catalog_keys else set()
for lang, keys in catalog_keys.items():
    for context, msgid, _ in sorted(all_keys - keys, key=str)[:5]:
        where = f" (context {context})" if context else ""
        problems.append(f"{po_dir / lang}.po: lacks “{msgid[:60]}”{where}, which other catalogs have")

for problem in problems:
    print(problem)
print(f"{len(languages) - len({p.split(':')[0] for p in problems})} of {len(languages)} catalogs complete")
sys.exit(1 if problems else 0)
