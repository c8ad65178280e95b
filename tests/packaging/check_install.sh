#!/usr/bin/env bash
# `cmake --install` into a temporary DESTDIR places what a desktop installation
# needs, the desktop entry and AppStream file validate, the installed programs
# run, and the manual page of motcua-admin lists every command its --help does.
#   check_install.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1 source=$2 version=$3
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

DESTDIR=$root cmake --install "$build" --prefix /usr >/dev/null
usr=$root/usr
id=vn.motcua.Desk
for f in bin/motcua bin/motcua-admin \
         share/motcua/translations/motcua_vi.qm share/motcua/translations/motcua_en.qm \
         share/motcua/translations/qtbase_vi.qm \
         share/applications/$id.desktop share/icons/hicolor/scalable/apps/$id.svg \
         share/metainfo/$id.metainfo.xml \
         share/man/man1/motcua.1.gz share/man/man1/motcua-admin.1.gz; do
  [[ -s $usr/$f ]] || fail "not installed: /usr/$f"
done
# Programs only: no test suite, no benchmark unless asked for.
extra=$(ls "$usr/bin" | grep -vx -e motcua -e motcua-admin || true)
[[ -z $extra ]] || fail "unexpected programs in /usr/bin: $extra"

desktop-file-validate "$usr/share/applications/$id.desktop" || fail "desktop entry does not validate"
appstreamcli validate --no-net "$usr/share/metainfo/$id.metainfo.xml" >/dev/null \
  || fail "AppStream metadata does not validate"
grep -q '^<svg' "$usr/share/icons/hicolor/scalable/apps/$id.svg" || fail "icon is not an SVG"

[[ $("$usr/bin/motcua" --version) == "motcua $version" ]] || fail "motcua --version"
help=$("$usr/bin/motcua-admin" --help) || fail "motcua-admin --help exits non-zero"
# The commands are the first words of the two-space indented synopsis lines.
commands=$(printf '%s\n' "$help" | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' | sort -u)
[[ $(wc -l <<<"$commands") -ge 10 ]] || fail "found only these commands in --help: $commands"
page=$(zcat "$usr/share/man/man1/motcua-admin.1.gz" | sed 's/\\-/-/g')
for c in $commands; do
  grep -Eq "^\.B $c( |$)" <<<"$page" || fail "motcua-admin(1) does not describe the command $c"
done
if command -v man >/dev/null 2>&1; then
  for p in motcua motcua-admin; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$usr/share/man/man1/$p.1.gz" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "$p(1) has formatting warnings: $warnings"
  done
fi
head -1 "$source/packaging/debian/changelog" | grep -q "^motcua ($version)" \
  || fail "packaging/debian/changelog does not start with version $version"

((failures == 0)) || exit 1
echo "installed and checked: $(cd "$root" && find . -type f | wc -l) files, commands: $(echo $commands)"
