#!/usr/bin/env python3
# Fails when a catalog of po/LINGUAS is not complete: an untranslated or
# fuzzy entry, an error of msgfmt -c --check-format, a header without
# what gettext needs (Language, Plural-Forms, UTF-8, Project-Id-Version),
# or messages that another catalog lacks (a string added to some
# catalogs only, or a msgid changed in some only), or typography that
# po/README.md rules out: in French a space other than U+202F before
# ; : ! ? or other than U+00A0 inside « », in Portuguese quotes other
# than “ ”.
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



def messages(text):
    """The fields of every message but the header."""
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
            yield fields


def message_keys(text):
    """The (msgctxt, msgid, msgid_plural) of every message but the header."""
    return {(fields.get("msgctxt"), fields["msgid"], fields.get("msgid_plural"))
            for fields in messages(text)}


# What each language's typography rules out, as po/README.md states it.
typography = {
    "fr": [(re.compile(r"[ \u00a0][;:!?]"), "a space other than U+202F before ; : ! ?"),
           (re.compile(r"«(?!\u00a0)|(?<!\u00a0)»"), "« » without U+00A0 inside")],
    "pt": [(re.compile(r"[«»]|(?<![%\\])\""), "quotes other than “ ”")],
}


def typography_problems(lang, text):
    for fields in messages(text):
        for name, value in fields.items():
            if not name.startswith("msgstr"):
                continue
            for pattern, rule in typography.get(lang, []):
                if pattern.search(value) and not pattern.search(fields["msgid"]):
                    yield f"{rule}: “{value[:60]}”"
                    break


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
    for problem in list(typography_problems(lang, text))[:5]:
        problems.append(f"{po}: {problem}")
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
