#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Retakes the README screenshots from the real application under Xvfb, on a fresh demo council.
# Usage: bash docs/screenshots/take-screenshots.sh [path/to/maillage]   (needs xvfb and imagemagick)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exe=$(realpath "${1:-$here/../../build/dev/app/maillage}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8
"$exe" demo --db "$work/demo.sqlite" >/dev/null

shoot() { # name, extra arguments…
    local name=$1; shift
    xvfb-run -a -s "-screen 0 1360x860x24" bash -c "
        \"$exe\" $* & pid=\$!
        sleep 4
        import -window root \"$work/$name.png\"
        kill \$pid"
    # No window manager: the window sits at the top left on black; keep only the window.
    convert "$work/$name.png" -bordercolor black -border 1 -fuzz 2% -trim +repage "$here/$name.png"
}

sections=(dashboard meetings followups instances partners network plan events reports)
for i in "${!sections[@]}"; do
    mkdir -p "$XDG_CONFIG_HOME/maillage"
    printf '[mainWindow]\nsection=%s\ngeometry=@ByteArray()\n' "${sections[$i]}" > "$XDG_CONFIG_HOME/maillage/maillage.conf"
    shoot "${sections[$i]}" --db "$work/demo.sqlite"
done
rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
shoot welcome
echo "Screenshots written to $here"
