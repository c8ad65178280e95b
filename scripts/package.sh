#!/usr/bin/env bash
# Builds the Debian package of Motcua Desk with CPack and checks it with lintian.
#   scripts/package.sh            -> build-deb/motcua_<version>_<arch>.deb
# BUILD_DIR=dir picks another build directory, JOBS=n the parallel jobs.
# The package is built with Debian's hardening flags (dpkg-buildflags) and
# stripped; its dependencies come from dpkg-shlibdeps plus the plugins and
# fonts that no library link reveals (packaging/CMakeLists.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-deb}
JOBS=${JOBS:-$(nproc)}

# What this script needs beyond scripts/install-deps.sh: dpkg-shlibdeps and
# dpkg-buildflags (dpkg-dev), lintian, and the validators of the desktop entry
# and the AppStream file that the install rules run.
NEEDS=(dpkg-dev lintian desktop-file-utils appstream)
missing=()
for p in "${NEEDS[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "package: installing ${missing[*]}"
  SUDO=()
  [[ $(id -u) -ne 0 ]] && SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" </dev/null
fi

# Debian's compiler and linker flags (stack protector, fortify, relro, now).
export DEB_BUILD_MAINT_OPTIONS=hardening=+bindnow
eval "$(dpkg-buildflags --export=sh)"

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD_DIR" -G Ninja "${launcher[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="$CPPFLAGS $CXXFLAGS" \
  -DCMAKE_EXE_LINKER_FLAGS="$LDFLAGS" \
  -DCMAKE_INSTALL_PREFIX=/usr \
  -DMOTCUA_DEBIAN_PACKAGE=ON >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS" --target motcua motcua-admin motcua_package_files

rm -f "$BUILD_DIR"/motcua_*.deb
(cd "$BUILD_DIR" && cpack -G DEB)
deb=$(ls "$BUILD_DIR"/motcua_*.deb)

# Errors fail the script; warnings are printed for the record.
lintian --fail-on error --info "$deb"
echo "package: $deb"
