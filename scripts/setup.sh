#!/usr/bin/env bash
# Installs the Debian 12 packages Alongside needs, and only those that are missing.
# Idempotent and quick when everything is present (one dpkg-query, no apt-get).
#   scripts/setup.sh          packages to build and run the app
#   scripts/setup.sh --tests  also what the tests need (CI)
#   scripts/setup.sh --dev    also tools for looking at the app by hand (screenshots, fixtures)
set -euo pipefail

# Build and run.
packages=(
  cmake ninja-build g++              # build tools
  qt6-base-dev qt6-base-dev-tools    # Qt 6 Core, Gui, Widgets, Sql, PrintSupport, Test (LGPLv3)
  libqt6sql6-sqlite                  # Qt's SQLite driver (SQLite itself is public domain)
  qt6-charts-dev                     # Qt Charts (GPLv3)
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools  # lupdate/lrelease for translations
  qt6-qpa-plugins                    # platform plugins (xcb, offscreen)
  libqt6svg6                         # SVG icons
  libgl-dev libqt6opengl6-dev libxkbcommon-dev  # what Qt6Gui's and Qt6Charts' CMake packages require
  fonts-dejavu-core                  # a font for offscreen rendering and PDFs
  libsodium-dev pkgconf              # Argon2id password hashing (libsodium, ISC licence)
  libcsv-dev                         # CSV reading and writing (libcsv, LGPL-2.1+)
  libxlsxwriter-dev zlib1g-dev       # XLSX writing for reports and list exports (libxlsxwriter, BSD-2-Clause); zlib:
                                     # tst_reportformats reads the XLSX zip back
  libzip-dev                         # reading .xlsx workbooks (zip containers) for import (libzip, BSD-3-Clause)
  libboost-dev                       # Boost.Math, header-only: Student's t for outcome confidence intervals (BSL-1.0)
)
if [[ "${1:-}" == "--tests" || "${1:-}" == "--dev" ]]; then
  packages+=(
    clang-format                     # formatting check in CI
    poppler-utils                    # pdfinfo, pdffonts, pdftotext: tst_reportrender checks the PDFs it writes
  )
fi
if [[ "${1:-}" == "--dev" ]]; then
  packages+=(
    xvfb xauth imagemagick           # a real X server and screenshots of it
    sqlite3 python3                  # tests/data/make-fixtures.sh
    desktop-file-utils appstream     # validating packaging/linux
  )
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "Please run as root or install sudo: these packages are missing: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
