#!/usr/bin/env bash
# Installs the Debian packages desk needs beside its Python ones: the X11/EGL libraries
# Qt's desktop platform loads, a font that renders Chinese, the Unicode Han database that
# resources/han_folds.tsv is rebuilt from (a test checks it), and Tesseract with its
# Chinese models (a witness recognised from the page image). With "--screenshots" also
# Xvfb, to look at the window on a machine without a screen, and xdotool to type into
# it; with "--bench", GNU time and diff for the benchmarks.
# As root on Debian/Ubuntu it installs what is missing; otherwise it says what to install.
set -euo pipefail

packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
          libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libfontconfig1
          libdbus-1-3 fonts-wqy-microhei unicode-data
          tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra)
[ "${1:-}" = "--screenshots" ] && packages+=(xvfb x11-utils imagemagick xdotool)
[ "${1:-}" = "--bench" ] && packages+=(time diffutils)

command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not Debian; install Qt 6's runtime libraries and a CJK font yourself"; exit 0; }

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}"
  # Another package manager (unattended upgrades, say) may hold the lock: wait for it a
  # while, then say what to do instead of failing with apt's own words.
  wait_lock=(-o DPkg::Lock::Timeout=300)
  if ! apt-get "${wait_lock[@]}" update -qq ||
     ! DEBIAN_FRONTEND=noninteractive apt-get "${wait_lock[@]}" install -y -qq \
         --no-install-recommends "${missing[@]}"; then
    echo "system-deps: could not install ${missing[*]}." >&2
    echo "system-deps: if another package manager is running (apt, unattended-upgrades)," \
         "wait for it to finish and run this again; else install them by hand:" \
         "apt-get install ${missing[*]}" >&2
    exit 1
  fi
else
  echo "system-deps: please install: sudo apt-get install ${missing[*]}"
fi
