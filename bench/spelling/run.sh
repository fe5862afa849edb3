#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: bench/spelling/run.sh [BUILD_DIR]   (default: build)
# The whole `copydesk check FILE` process against `hunspell -l -d en_US` on the same
# 10,000-word article (dictionary load included in both), then the in-process numbers.
set -euo pipefail
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
"$build/bench/bench_spelling" --write "$work"
if command -v hyperfine >/dev/null; then
  for article in clean misspelled; do
    hyperfine --warmup 2 --runs 15 -N \
      --command-name "copydesk check ($article)" "$build/bin/copydesk check $work/$article.md" \
      --command-name "copydesk check --no-suggestions ($article)" "$build/bin/copydesk check --no-suggestions $work/$article.md" \
      --command-name "hunspell -l ($article)" "hunspell -l -d en_US $work/$article.md" \
      -i
  done
else
  for article in clean misspelled; do
    echo "== $article"
    time (for i in $(seq 10); do "$build/bin/copydesk" check "$work/$article.md" >/dev/null || true; done)
    time (for i in $(seq 10); do hunspell -l -d en_US "$work/$article.md" >/dev/null; done)
  done
fi
"$build/bench/bench_spelling" --time "$work"
