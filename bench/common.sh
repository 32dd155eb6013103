# Sourced by the bench scripts: where they build, and how they install
# the tools they measure against and build Jobscribe for release.
#
# SPDX-License-Identifier: GPL-3.0-or-later

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$top/_build-bench"
jobscribe="$build/src/jobscribe"
# The formats module (PDF, DOCX, ODT) of the build tree, not an installed one.
export JD_FORMATS_MODULE="$build/src/core/jobscribe-formats.so"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs those of the Debian packages "$@" that are missing.
need_packages() {
  local missing=() sudo=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  say "Installing ${missing[*]}"
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Builds the ninja targets "$@" (the default ones when none) for release
# in _build-bench, after the project's own build dependencies.
build_release() {
  "$top/build-aux/dev" deps
  if [ ! -f "$build/build.ninja" ]; then
    say "Configuring $build"
    meson setup "$build" "$top" --buildtype=release >/dev/null
  fi
  say "Building"
  ninja -C "$build" "$@" >/dev/null
}
