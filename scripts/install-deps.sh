#!/usr/bin/env bash
# Installs exactly the Debian 12 packages Motcua Desk needs that are missing.
# Non-interactive; runs as root, or through sudo for a normal user.
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4 (Widgets, Sql + QPSQL, PrintSupport, Test, LinguistTools, Charts, Svg)
  qt6-base-dev libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-translations-l10n libgl-dev
  # PostgreSQL 15 server, client library and pgbench
  postgresql-15 postgresql-client-15 postgresql-contrib libpq-dev
  # QR codes on receipts
  libqrencode-dev
  # headless GUI runs, PDF and QR checks in tests, fonts with Vietnamese glyphs
  xvfb xauth poppler-utils zbar-tools fonts-dejavu-core
  # libFuzzer targets of the core parsers (scripts/fuzz.sh)
  clang-14 libclang-rt-14-dev
  # failover proof (scripts/failover.sh)
  patroni etcd-server etcd-client python3-etcd
  # the TLS test's own certificate authority (tests/data/test_tls.cpp)
  openssl
  # the center's time zone, Asia/Ho_Chi_Minh, for QTimeZone (app/core/centertime.h)
  tzdata
  # the installation check validates the desktop entry and AppStream file (tests/packaging)
  desktop-file-utils appstream
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -n)
    [[ -t 0 ]] && SUDO=(sudo)
  else
    echo "install-deps: missing packages and no sudo; ask an administrator to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
# The package lists may be absent or stale on a fresh machine.
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" </dev/null
