#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Copydesk needs to build, test and run.
# Idempotent: prints nothing and touches nothing when all are present.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config dpkg-dev file ccache git
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools libgl-dev
  libqt6sql6-sqlite libqt6sql6-psql
  qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # core libraries
  libhunspell-dev hunspell-en-us hunspell
  libmd4c-html0-dev libmd4c-dev
  libopencc-dev libopencc-data
  libyaml-cpp-dev libquazip1-qt6-dev libkainjow-mustache-dev libicu-dev
  libpq-dev
  # photos: decoding, renditions and their metadata; the tools tst_media judges them with
  libvips-dev libexiv2-dev libvips-tools libimage-exiftool-perl qt6-image-formats-plugins
  # glyphs for Chinese copy
  fonts-wqy-microhei
  # tests and look-at-it: a real PostgreSQL, headless Chromium, a virtual display
  postgresql chromium xvfb xauth imagemagick
  # tst_publish kills a publish at each of its renames
  strace
  desktop-file-utils appstream
  # icon PNGs from the SVG at build time
  librsvg2-bin
  # benchmarks
  libbenchmark-dev hugo hyperfine time
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
