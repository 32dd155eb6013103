#!/usr/bin/env bash
# Times `jobscribe export` to PDF against three HTML-to-PDF converters fed
# jobscribe's own HTML export of the same job: WeasyPrint, wkhtmltopdf and
# LibreOffice.
# Each tool is timed as a whole process (start-up included, as a user
# running it sees it) by hyperfine over several runs; the ratios of the
# mean times are printed at the end. Not part of the test suite.
#
#   bench/export.sh [RUNS]        default: 10 runs of each, after a warm-up
#
# Installs what it needs (hyperfine, weasyprint, wkhtmltopdf,
# libreoffice-writer-nogui) from Debian and builds Jobscribe for release in _build-bench.
set -euo pipefail

source "$(dirname "$0")/common.sh"
runs=${1:-10}
template=software-engineer

need_packages hyperfine weasyprint wkhtmltopdf libreoffice-writer-nogui python3
build_release src/jobscribe src/core/jobscribe-formats.so

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# The same job for every tool: a library template saved as a document,
# and jobscribe's HTML export of it for the converters.
"$jobscribe" new --template "$template" --lang en -o job.jobdesc
"$jobscribe" export job.jobdesc --format html -o job.html

# LibreOffice gets a profile of its own, made during the warm-up, so no
# run pays for creating it and the user's profile is left alone.
# Debian's wkhtmltopdf is built on an unpatched Qt, which wants a display
# unless told to draw off screen.
export QT_QPA_PLATFORM=offscreen
soffice_profile="file://$work/soffice-profile"

say "Timing $runs runs of each ($(nproc) cores)"
# -N: no shell in between, so a few milliseconds of shell start-up do not
# blur the fastest of the three.
hyperfine -N --warmup 2 --runs "$runs" --export-json times.json --style basic \
  --command-name jobscribe "$jobscribe export job.jobdesc --format pdf -o jobscribe.pdf" \
  --command-name weasyprint "weasyprint job.html weasyprint.pdf" \
  --command-name wkhtmltopdf "wkhtmltopdf --quiet job.html wkhtmltopdf.pdf" \
  --command-name libreoffice "soffice -env:UserInstallation=$soffice_profile --headless --convert-to pdf --outdir libreoffice job.html"

for pdf in jobscribe.pdf weasyprint.pdf wkhtmltopdf.pdf libreoffice/job.pdf; do
  [ -s "$pdf" ] || { echo "bench: $pdf was not written" >&2; exit 1; }
done

python3 - times.json <<'PY'
import json, sys

results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ours = results["jobscribe"]["mean"]
ours_cpu = results["jobscribe"]["user"] + results["jobscribe"]["system"]
print()
print("Wall-clock time as a user waits for it; CPU time (user + system) is")
print("what the process itself used, which other load on the machine blurs less.")
print()
print(f"{'tool':<12} {'mean':>10} {'± σ':>9} {'min':>10} {'CPU':>10}   wall ratio   CPU ratio")
for name in ("jobscribe", "weasyprint", "wkhtmltopdf", "libreoffice"):
    r = results[name]
    cpu = r["user"] + r["system"]
    print(f"{name:<12} {r['mean'] * 1000:>8.1f} ms {r['stddev'] * 1000:>6.1f} ms {r['min'] * 1000:>8.1f} ms"
          f" {cpu * 1000:>7.1f} ms   {r['mean'] / ours:>9.1f}x  {cpu / ours_cpu:>9.1f}x")
ratio = results["weasyprint"]["mean"] / ours
print()
print(f"jobscribe is {ratio:.1f}x faster than WeasyPrint in mean wall-clock time "
      f"(target: at least 20x): " + ("met" if ratio >= 20 else "NOT met"))
sys.exit(0 if ratio >= 20 else 1)
PY
