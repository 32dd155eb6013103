#!/usr/bin/env bash
# How long Jobscribe takes from its start to its first window on screen,
# and how much memory it holds then, beside GNOME Text Editor on the same
# X server: the medians of RUNS runs of each (default 7), one program
# after the other in each round. A window counts once xdotool sees it
# mapped, which GTK does when its first frame is ready; memory is the
# resident set (VmRSS) a moment later. See bench/README.md.
#
#   bench/first-frame.sh [RUNS]
set -euo pipefail

source "$(dirname "$0")/common.sh"
runs=${1:-7}

need_packages gnome-text-editor xdotool xvfb
build_release

# One run: start the program with a fresh profile, wait for its window,
# print the milliseconds and the kilobytes resident, close it.
measure() {
  local name=$1; shift
  local home start end pid
  home=$(mktemp -d)
  start=$(date +%s%N)
  env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
      GSETTINGS_BACKEND=memory "$@" >/dev/null 2>"$home/stderr" &
  pid=$!
  # xdotool's own --sync polls twice a second: too coarse here.
  until xdotool search --onlyvisible --name "$name" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "bench: the program of the window \"$name\" ended before it showed:" >&2
      tail -n 3 "$home/stderr" >&2
      rm -rf "$home"
      return 1
    fi
    sleep 0.005
  done
  end=$(date +%s%N)
  sleep 0.5
  rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  rm -rf "$home"
  echo "$(( (end - start) / 1000000 )) $rss"
}

# measure, again when the program ended before its window showed (now and
# then one cannot open Xvfb's display as it starts), at most three times.
measure_again() {
  local attempt
  for attempt in 1 2 3; do
    measure "$@" && return 0
    sleep 0.5
  done
  return 1
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

run_all() {
  local jobscribe=() editor=() jobscribe_rss=() editor_rss=() one
  # One run of each first, unmeasured: it fills Mesa's shader cache,
  # which every later run of either program then finds, as on a
  # machine where GTK programs have run before.
  measure_again Jobscribe env GSETTINGS_SCHEMA_DIR="$build/data" "$build/src/jobscribe-gui" >/dev/null || exit 1
  measure_again 'Text Editor|New Document' gnome-text-editor --standalone >/dev/null || exit 1
  for i in $(seq "$runs"); do
    one=$(measure_again Jobscribe env GSETTINGS_SCHEMA_DIR="$build/data" "$build/src/jobscribe-gui") || exit 1
    jobscribe+=("${one% *}"); jobscribe_rss+=("${one#* }")
    one=$(measure_again 'Text Editor|New Document' gnome-text-editor --standalone) || exit 1
    editor+=("${one% *}"); editor_rss+=("${one#* }")
  done
  printf 'Jobscribe          median %5d ms  %6d kB   (%s)\n' "$(printf '%s\n' "${jobscribe[@]}" | median)" \
    "$(printf '%s\n' "${jobscribe_rss[@]}" | median)" "${jobscribe[*]}"
  printf 'GNOME Text Editor  median %5d ms  %6d kB   (%s)\n' "$(printf '%s\n' "${editor[@]}" | median)" \
    "$(printf '%s\n' "${editor_rss[@]}" | median)" "${editor[*]}"
  # Each round runs both programs one after the other, under the same
  # load: the median of the rounds' ratios is steadier than the ratio of
  # the medians when the load of the machine comes and goes.
  printf 'Ratio per round    median %5.2f×\n' \
    "$(paste <(printf '%s\n' "${jobscribe[@]}") <(printf '%s\n' "${editor[@]}") |
       awk '{ printf "%.4f\n", $1 / $2 }' | median)"
}

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1200x24" "$0" "$@"
fi

# Mesa keeps the shaders it compiled in a cache under the user's cache
# folder, which each run's fresh profile would empty: one cache for all
# runs of both programs instead.
MESA_SHADER_CACHE_DIR=$(mktemp -d)
export MESA_SHADER_CACHE_DIR
trap 'rm -rf "$MESA_SHADER_CACHE_DIR"' EXIT
run_all
