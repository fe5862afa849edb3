#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan in a build folder of
# their own and runs each for a bounded time, one after the other, then prints per target how
# many inputs it ran and whether it found a crash (or a hang, a leak, an out-of-memory).
#
#   tests/fuzz/run-fuzzers.sh [TARGET...]      default: all of them
#
# Environment: FUZZ_SECONDS (per target, default 60), FUZZ_BUILD_DIR (default build-fuzz),
# FUZZ_JOBS (build jobs, default 2). An input that crashes a target is written to
# $FUZZ_BUILD_DIR/artifacts/<target>/; once the bug is fixed, keep it in
# tests/fuzz/crashers/<target>/, which tests/fuzzregressions runs in the ordinary build.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}
samples=$source_dir/../shared/samples
data=$source_dir/tests/data

all="text html docx docxparts frontmatter markdown conventions wire"
targets=${*:-$all}

# The longest input each target is given: about a long story in its format (the readers'
# hostile cases are in crashers/ and in tests/hostileinput, at full size).
max_len() {
    case $1 in
    frontmatter | conventions) echo 16384 ;;
    *) echo 65536 ;;
    esac
}

CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCOPYDESK_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j "$jobs" $(for t in $targets; do printf ' --target fuzz_%s' "$t"; done)

# Seeds: the project's own test files and the newsroom's samples, by what each target reads.
seed_files() {
    case $1 in
    text) ls "$data"/import/*.txt "$samples"/*.txt "$samples"/*.md ;;
    html) ls "$data"/import/*.htm* "$data"/golden/*.html ;;
    frontmatter) ls "$data"/import/*.md "$samples"/*.md ;;
    markdown) ls "$data"/import/*.md "$samples"/*.md "$source_dir"/README.md "$source_dir"/docs/*.md ;;
    conventions) ls "$data"/import/*.txt "$samples"/*.txt ;;
    docxparts) ls "$here"/seeds/docxparts/* ;;
    wire) ls "$here"/seeds/wire/* ;;
    esac 2>/dev/null || true
}

make_seeds() {
    seeds=$build_dir/seeds/$1
    rm -rf "$seeds"
    mkdir -p "$seeds"
    for file in $(seed_files "$1"); do
        cp "$file" "$seeds/"
    done
    case $1 in
    text) # the legacy encodings and UTF-16 the reader guesses between
        for file in "$data"/import/zh-*.txt "$samples"/zh-*.txt; do
            [ -f "$file" ] || continue
            name=$(basename "$file" .txt)
            iconv -f UTF-8 -t GB18030 "$file" >"$seeds/$name.gb18030.txt" 2>/dev/null || true
            iconv -f UTF-8 -t BIG5 "$file" >"$seeds/$name.big5.txt" 2>/dev/null || true
            iconv -f UTF-8 -t UTF-16 "$file" >"$seeds/$name.utf16.txt" 2>/dev/null || true
        done ;;
    docx) # the docxparts seeds as Word would zip them
        python3 - "$here/seeds/docxparts" "$seeds" <<'EOF' || true
import pathlib, sys, zipfile
names = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels"]
for seed in pathlib.Path(sys.argv[1]).iterdir():
    parts = seed.read_bytes().split(b"\0", 3)
    with zipfile.ZipFile(pathlib.Path(sys.argv[2]) / (seed.stem + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        for name, part in zip(names, parts):
            z.writestr(name, part)
EOF
        ;;
    esac
    [ -d "$here/crashers/$1" ] && cp "$here/crashers/$1"/* "$seeds/" 2>/dev/null || true
}

# UBSan's findings are crashes too; leaks are checked after every input (libFuzzer's default)
# and at exit, where lsan.supp names what is kept open on purpose.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export QT_QPA_PLATFORM=offscreen

summary=$build_dir/fuzz-summary.txt
printf '%-12s %12s %8s  %s\n' target executions crashes artifact >"$summary"
for target in $targets; do
    make_seeds "$target"
    corpus=$build_dir/corpus/$target
    artifacts=$build_dir/artifacts/$target
    log=$build_dir/logs/$target.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    echo "== fuzz_$target: $seconds s"
    status=0
    "$build_dir/fuzz/fuzz_$target" "$corpus" "$build_dir/seeds/$target" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
        -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    artifact=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
    crashes=0
    [ "$status" -ne 0 ] && crashes=1
    printf '%-12s %12s %8s  %s\n' "$target" "${runs:-?}" "$crashes" "${artifact:-}" >>"$summary"
    [ "$status" -ne 0 ] && grep -m 3 -E 'ERROR|runtime error|SUMMARY|timeout|out-of-memory' "$log" || true
done
echo
cat "$summary"
