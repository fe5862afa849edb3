#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 18's ratios from one run: the same N articles (../shared/bench/gen_corpus.py) imported
# into a new store and published by Copydesk, and built by Hugo from the generator's equivalent
# site (what a Copydesk publish writes, without the recommended lists). Whole processes, medians
# of RUNS runs, wall time and peak memory from GNU time.
#
#   bench/publish/vs-hugo.sh N [RUNS]      (from the project root, after building into build/)
#
# Environment: COPYDESK (the copydesk binary, default build/bin/copydesk),
# GEN_CORPUS (default ../shared/bench/gen_corpus.py), WORK (default /tmp/copydesk-vs-hugo-N).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:?usage: vs-hugo.sh N [RUNS]}
runs=${2:-3}
copydesk=${COPYDESK:-$PWD/build/bin/copydesk}
gen=${GEN_CORPUS:-$PWD/../shared/bench/gen_corpus.py}
work=${WORK:-/tmp/copydesk-vs-hugo-$n}
[ -x "$copydesk" ] || { echo "vs-hugo: no copydesk at $copydesk (build first)" >&2; exit 1; }
[ -f "$gen" ] || { echo "vs-hugo: no generator at $gen" >&2; exit 1; }
command -v hugo >/dev/null || { echo "vs-hugo: hugo is not installed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "vs-hugo: GNU time (/usr/bin/time) is not installed" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
echo "generating $n articles in $work …" >&2
python3 "$gen" "$n" "$work/corpus" --hugo-equiv "$work/hugo"
store=$work/store.sqlite

# Runs a command under GNU time; prints "SECONDS KILOBYTES".
measure() {
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        echo "vs-hugo: failed: $*" >&2
        tail -5 "$work/stderr.txt" >&2
        exit 1
    }
    cat "$work/time.txt"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "importing …" >&2
read -r import_s import_kb < <(measure "$copydesk" --store "$store" import "$work/corpus")
echo "first publish …" >&2
read -r first_s first_kb < <(measure "$copydesk" --store "$store" publish --out "$work/site")

: >"$work/copydesk.txt"
: >"$work/hugo.txt"
for ((r = 1; r <= runs; r++)); do
    echo "run $r of $runs …" >&2
    measure "$copydesk" --store "$store" publish --out "$work/site" --full >>"$work/copydesk.txt"
    rm -rf "$work/hugo/public"
    measure hugo --quiet -s "$work/hugo" -d "$work/hugo/public" >>"$work/hugo.txt"
done
read -r edit_s edit_kb < <(
    id=$("$copydesk" --store "$store" list --limit 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
    "$copydesk" --store "$store" edit "$id" --set "deck=Edited for the benchmark $(date +%s%N)" >/dev/null
    measure "$copydesk" --store "$store" publish --out "$work/site")

ours=$(cut -d' ' -f1 "$work/copydesk.txt" | median)
ours_kb=$(cut -d' ' -f2 "$work/copydesk.txt" | median)
theirs=$(cut -d' ' -f1 "$work/hugo.txt" | median)
theirs_kb=$(cut -d' ' -f2 "$work/hugo.txt" | median)
files=$(find "$work/site" -type f | wc -l)
hugo_files=$(find "$work/hugo/public" -type f | wc -l)
echo "articles $n, $(nproc) cores, runs $runs"
echo "import:                 ${import_s} s, peak $((import_kb / 1024)) MB"
echo "first publish:          ${first_s} s, peak $((first_kb / 1024)) MB"
echo "full publish (median):  ${ours} s, peak $((ours_kb / 1024)) MB, $files files   [$(tr '\n' ' ' <"$work/copydesk.txt")]"
echo "hugo (median):          ${theirs} s, peak $((theirs_kb / 1024)) MB, $hugo_files files   [$(tr '\n' ' ' <"$work/hugo.txt")]"
echo "republish after an edit: ${edit_s} s"
awk -v o="$ours" -v h="$theirs" -v ok="$ours_kb" -v hk="$theirs_kb" -v f="$first_s" 'BEGIN {
    printf "ratio wall copydesk/hugo: %.2f (target <= 0.35)\n", o / h
    printf "ratio peak memory:        %.2f (target <= 0.25)\n", ok / hk
    printf "first publish / full:     %.2f (target <= 1.5)\n", f / o }'
