#!/bin/sh
# What po/README.md promises translators: `LANGUAGE=el build-aux/dev run`
# (which runs the app in `meson devenv`) shows the interface from the
# catalogs of the build tree, not from an installed copy or none.
#
#   check-devenv-language.sh MESON BUILD_DIR
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

out=$(env -u JD_LOCALEDIR LANGUAGE=el LC_ALL=C.UTF-8 "$1" devenv -C "$2" jobscribe --help)
case "$out" in
  *"Εντολές:"*) echo "ok: the Greek catalog of the build tree is used" ;;
  *) printf 'the interface is not in Greek under meson devenv:\n%s\n' "$out" >&2; exit 1 ;;
esac
