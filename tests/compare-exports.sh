#!/bin/sh
# Exports every template of the library in every language and every format
# with the tree of a former commit and with this tree, and compares them
# byte for byte: a change meant to leave the exports alone must.
#
#   tests/compare-exports.sh [COMMIT]       (default: 70309a7)
#
# The former commit is checked out in a git worktree and built there
# (BEFORE_TREE names another checkout to use); this tree is built in
# _build (BUILD_DIR). Exports go to WORK_DIR (default: a folder in /tmp);
# those of the former commit are reused when they are already there.
#
# cairo 1.16 writes the time of the export as /CreationDate into every PDF
# and does not read SOURCE_DATE_EPOCH, and Jobscribe sets no date of its
# own; so PDFs are compared with that date replaced by zeros (it has the
# same length, so the offsets of the xref table still match).
set -eu

commit=${1:-70309a7}
src=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=${WORK_DIR:-${TMPDIR:-/tmp}/jobscribe-compare-$commit}
before_tree=${BEFORE_TREE:-$work/tree}
build_dir=${BUILD_DIR:-$src/_build}
languages="en de el es fr pt"
formats="html html-fragment md txt jsonld pdf"

mkdir -p "$work"

if [ ! -d "$before_tree" ]; then
  git -C "$src" worktree add --detach "$before_tree" "$commit"
fi
[ -d "$before_tree/_build" ] || meson setup "$before_tree/_build" "$before_tree" -Dprofile=development >/dev/null
meson compile -C "$before_tree/_build" src/jobscribe >/dev/null
meson compile -C "$build_dir" src/jobscribe src/core/jobscribe-formats >/dev/null
# The after tree's formats module (PDF); a tree from before it ignores this.
export JD_FORMATS_MODULE="$build_dir/src/core/jobscribe-formats.so"

# The templates of the former commit: both trees have them.
templates=$(find "$before_tree/data/library/templates" -name '*.xml' -exec basename {} .xml \; | sort)

# export_all BINARY DIR
export_all () {
  mkdir -p "$2"
  for t in $templates; do
    for l in $languages; do
      for f in $formats; do
        echo "$t $l $f"
      done
    done
  done | LC_ALL=C.UTF-8 LANGUAGE=en xargs -P 2 -n 3 sh -c '
    out="$0/$2.$3.$4"
    "$1" export --template "$2" --lang "$3" --format "$4" -o "$out" 2>"$out.stderr" || echo "failed: $2 $3 $4" >&2
    if [ "$4" = pdf ]; then
      LC_ALL=C sed -i "s|/CreationDate (D:[0-9]*Z)|/CreationDate (D:00000000000000Z)|" "$out"
    fi' "$2" "$1"
}

if [ ! -f "$work/before/.done" ]; then
  rm -rf "$work/before"
  export_all "$before_tree/_build/src/jobscribe" "$work/before"
  touch "$work/before/.done"
fi
rm -rf "$work/after"
export_all "$build_dir/src/jobscribe" "$work/after"

n=$(find "$work/before" -type f ! -name .done ! -name '*.stderr' | wc -l)
if diff -r -x .done "$work/before" "$work/after" >"$work/diff" 2>&1; then
  echo "$n exports (with their warnings) are the same as those of $commit"
else
  echo "The exports differ from those of $commit: see $work/diff" >&2
  head -n 20 "$work/diff" >&2
  exit 1
fi
