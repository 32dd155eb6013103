#!/usr/bin/env bash
# Times the PDF export of documents made to be hard to lay out, against the
# targets of issue 13: a 160,000-letter word in under 1 s, 200,000
# combining accents on one letter and the largest paragraph a document may
# hold (1,000,000 characters) in linear time, a document filled to its
# text limit (2,000,000 characters of paragraphs), and any of them in
# under 10 s and 500 MB. Not part of the test suite: the times depend on
# the machine. Exits non-zero when a target is missed.
#
#   bench/layout.sh
#
# Builds Jobscribe for release in _build-bench; needs GNU time.
set -euo pipefail

source "$(dirname "$0")/common.sh"

build_release src/jobscribe src/core/jobscribe-formats.so

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name, then the text of one paragraph, or a list of paragraphs, as a
# Python expression
cases=(
  "word-40k:'a' * 40000"
  "word-160k:'a' * 160000"
  "marks-20k:'e' + '\u0301' * 20000"
  "marks-200k:'e' + '\u0301' * 200000"
  "words-1m:('lorem ipsum ' * 100000)[:1000000]"
  "cjk-1m:'漢' * 1000000"
  "full-2m:[('lorem ipsum ' * 100000)[:1000000], '漢' * 1000000]"
)

status=0
printf '%-12s %10s %10s\n' case seconds 'max MB'
for case in "${cases[@]}"; do
  name=${case%%:*}
  python3 - "$work/$name.jobdesc" "${case#*:}" <<'PY'
import sys
from xml.sax.saxutils import escape
text = eval(sys.argv[2])
paragraphs = text if isinstance(text, list) else [text]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<jobdesc xmlns="https://jobscribe.github.io/ns/jobdesc/1" version="1">\n'
            '<metadata><title>Bench</title><language>en</language></metadata>\n'
            '<section kind="brief">%s</section>\n</jobdesc>\n'
            % ''.join('<p>%s</p>' % escape(p) for p in paragraphs))
PY
  /usr/bin/time -f '%e %M' -o "$work/time" \
    "$jobscribe" export "$work/$name.jobdesc" --format pdf -o "$work/$name.pdf"
  read -r seconds kib < "$work/time"
  mb=$((kib / 1024))
  printf '%-12s %10s %10s\n' "$name" "$seconds" "$mb"

  limit=10
  [ "$name" = word-160k ] && limit=1
  if awk -v s="$seconds" -v l="$limit" 'BEGIN { exit !(s >= l) }' || [ "$mb" -ge 500 ]; then
    echo "$name: over the target (${limit} s, 500 MB)" >&2
    status=1
  fi
done

exit $status
