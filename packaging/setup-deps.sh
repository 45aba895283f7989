#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#
# Installs what building (and, with --tests, testing) the workbench needs on Debian 12 and
# newer: Debian packages only when missing, and a Qt 6 build of KSyntaxHighlighting where the
# distribution has none (see shared/docs/platform.md). Idempotent: a second run does nothing
# but check. Prints the CMake prefix of KSyntaxHighlighting on the last line of
# $DIZINER_DEPS_CACHE/ksyntax.prefix (empty when highlighting is unavailable).
set -euo pipefail

want_tests=0
for arg in "$@"; do
  case "$arg" in
    --tests) want_tests=1 ;;
    *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
  esac
done

cache=${DIZINER_DEPS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/diziner-deps}
mkdir -p "$cache"
log() { printf 'setup-deps: %s\n' "$*" >&2; }

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

build_pkgs=(build-essential cmake ninja-build qt6-base-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev qt6-charts-dev qt6-svg-dev
  libsecret-1-0 qt6-qpa-plugins qt6-translations-l10n
  libqt6opengl6-dev) # Qt Charts needs it at configure time; Debian 12 does not pull it in
test_pkgs=(dbus gnome-keyring xauth clang-format-16 appstream desktop-file-utils
  file dpkg-dev # CPack's DEB generator runs file and dpkg-shlibdeps (the deb_package test)
  openssl) # tst_tls makes its throw-away CA and server certificates with the openssl tool
ksyntax_build_pkgs=(extra-cmake-modules perl xz-utils)

pkgs=("${build_pkgs[@]}")
[ "$want_tests" -eq 1 ] && pkgs+=("${test_pkgs[@]}")

missing_packages() {
  local p status
  for p in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || printf '%s\n' "$p"
  done
}

apt_updated=0
apt_install() {
  [ "$#" -gt 0 ] || return 0
  log "installing: $*"
  if [ "$apt_updated" -eq 0 ]; then
    "${sudo_cmd[@]}" apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

mapfile -t need < <(missing_packages "${pkgs[@]}")
# ccache is optional: use it when the distribution has it, never fail without it.
if ! command -v ccache >/dev/null; then need+=(ccache); fi
if [ "${#need[@]}" -gt 0 ]; then
  apt_install "${need[@]}" || {
    # ccache alone may be missing from an odd mirror: retry without it before giving up.
    mapfile -t need < <(missing_packages "${pkgs[@]}")
    apt_install "${need[@]}"
  }
fi

# --- KSyntaxHighlighting for Qt 6 -------------------------------------------------------------
prefix_file="$cache/ksyntax.prefix"
ks_prefix="$cache/ksyntax-qt6"
ks_stamp="$ks_prefix/.complete-5.116.0"

have_kf6() {
  compgen -G "/usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake" >/dev/null ||
    [ -f /usr/lib/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake ]
}

build_ksyntax_from_trixie() {
  mapfile -t need < <(missing_packages "${ksyntax_build_pkgs[@]}")
  apt_install "${need[@]}"
  local work="$cache/ksyntax-src"
  local aptdir="$cache/apt"
  rm -rf "$work"
  mkdir -p "$work" "$aptdir/lists/partial" "$aptdir/cache/archives/partial" "$aptdir/etc"
  # A private apt configuration: the system's sources and state stay untouched.
  local mirror
  mirror=$(grep -rhoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null |
    grep -oE 'https?://[^ ]+' | head -n 1)
  mirror=${mirror:-http://deb.debian.org/debian}
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror%/} trixie main" >"$aptdir/etc/sources.list"
  local opts=(-o "Dir::Etc::SourceList=$aptdir/etc/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$aptdir/lists" -o "Dir::Cache=$aptdir/cache" -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" update -qq
  (cd "$work" && apt-get "${opts[@]}" source --download-only --tar-only ksyntax-highlighting/trixie >/dev/null)
  local tarball
  tarball=$(ls "$work"/ksyntax-highlighting_5.116.0.orig.tar.* 2>/dev/null | head -n 1)
  [ -n "$tarball" ] || { log "trixie source tarball for 5.116.0 not served"; return 1; }
  tar -C "$work" -xf "$tarball"
  local src
  src=$(find "$work" -maxdepth 1 -type d -name 'syntax-highlighting-*' -o -maxdepth 1 -type d -name 'ksyntax-highlighting-*' | head -n 1)
  [ -n "$src" ] || { log "unexpected tarball layout"; return 1; }
  # The three edits platform.md measured: bookworm's ECM, no poqm catalogues, static Network dep.
  sed -i 's/find_package(ECM 5\.116\.0/find_package(ECM 5.103.0/' "$src/CMakeLists.txt"
  sed -i '/ecm_install_po_files_as_qm/d;/ki18n_install/d' "$src/CMakeLists.txt"
  rm -rf "$src/poqm"
  sed -i 's/^include(CMakeFindDependencyMacro)$/include(CMakeFindDependencyMacro)\nfind_dependency(Qt6Network)/' \
    "$src/KF5SyntaxHighlightingConfig.cmake.in"
  grep -q 'find_dependency(Qt6Network)' "$src/KF5SyntaxHighlightingConfig.cmake.in" ||
    printf '\ninclude(CMakeFindDependencyMacro)\nfind_dependency(Qt6Network)\n' >>"$src/KF5SyntaxHighlightingConfig.cmake.in"
  cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_WITH_QT6=ON \
    -DEXCLUDE_DEPRECATED_BEFORE_AND_AT=CURRENT -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF \
    -DBUILD_QCH=OFF -DKSYNTAXHIGHLIGHTING_USE_GUI=ON -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
    -DCMAKE_INSTALL_PREFIX="$ks_prefix" >"$work/configure.log" 2>&1 || { tail -n 30 "$work/configure.log" >&2; return 1; }
  cmake --build "$work/build" >"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log" >&2; return 1; }
  cmake --install "$work/build" >/dev/null
  touch "$ks_stamp"
  rm -rf "$work"
}

if have_kf6; then
  echo "" >"$prefix_file"
  log "KSyntaxHighlighting: the distribution's KF6 build"
elif [ -f "$ks_stamp" ]; then
  echo "$ks_prefix" >"$prefix_file"
elif build_ksyntax_from_trixie; then
  echo "$ks_prefix" >"$prefix_file"
  log "KSyntaxHighlighting 5.116 for Qt 6 built into $ks_prefix"
else
  echo "" >"$prefix_file"
  log "warning: KSyntaxHighlighting for Qt 6 is unavailable; building with highlighting off"
fi
