#!/usr/bin/env bash
# README command 1: set everything up and open Motcua Desk.
# Without a display it says so and runs the app under xvfb-run, logged in as
# the local database superuser (peer authentication, no password), and saves a
# screenshot of the main window to motcua-screenshot.png.
set -euo pipefail
# MOTCUA_SCREENSHOT, if relative, names a file in the caller's directory.
shot=
[[ -z ${MOTCUA_SCREENSHOT:-} ]] || shot=$(realpath -m -- "$MOTCUA_SCREENSHOT")
cd "$(dirname "$(readlink -f "$0")")/.."
scripts/setup.sh
eval "$(scripts/pg.sh env)"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  shot=${shot:-$PWD/motcua-screenshot.png}
  echo "run: no display here; running under xvfb-run and saving a screenshot to $shot"
  export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
  chmod 0700 "$XDG_RUNTIME_DIR"
  xvfb-run -a -s "-screen 0 1366x768x24" build/bin/motcua --user postgres --screenshot "$shot"
else
  echo "run: log in with a demo account from the README (e.g. canbo_benthanh / demo2026)"
  exec build/bin/motcua "$@"
fi
