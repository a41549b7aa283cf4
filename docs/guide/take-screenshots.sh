#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Retakes the guide's screenshots (docs/guide/images) from the real application under Xvfb, in French,
# on a fresh demo council. Usage: bash docs/guide/take-screenshots.sh [path/to/maillage]
# Needs xvfb, imagemagick and xdotool (to open the preferences and walk the creation wizard).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exe=$(realpath "${1:-$here/../../build/dev/app/maillage}")
out="$here/images"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8
"$exe" demo --db "$work/demo.sqlite" >/dev/null

shoot() { # name, extra arguments…
    local name=$1; shift
    xvfb-run -a -s "-screen 0 1360x860x24" bash -c "
        \"$exe\" $* & pid=\$!
        sleep 5
        import -window root \"$work/$name.png\"
        kill \$pid"
    # No window manager: the window sits at the top left on black; keep only the window, at guide size.
    convert "$work/$name.png" -bordercolor black -border 1 -fuzz 2% -trim +repage -resize '1000x>' -colors 256 "PNG8:$out/$name.png"
}

for section in dashboard meetings followups partners plan reports; do
    mkdir -p "$XDG_CONFIG_HOME/maillage"
    printf '[General]\nlanguage=fr\n[mainWindow]\nsection=%s\ngeometry=@ByteArray()\n' "$section" \
        > "$XDG_CONFIG_HOME/maillage/maillage.conf"
    shoot "$section" --db "$work/demo.sqlite"
done
# Dialogs: the app is driven with xdotool, then only the dialog's own window is taken.
# Under Xvfb there is no window manager: focus is given to the main window by hand.
shoot_dialog() { # name, dialog window title (a regular expression: "." may not match an accented letter), xdotool steps, app arguments…
    local name=$1 title=$2 steps=$3; shift 3
    xvfb-run -a -s "-screen 0 1360x860x24" bash -c "
        \"$exe\" $* & pid=\$!
        for i in \$(seq 40); do
            main=\$(xdotool search --onlyvisible --name 'Maillage\$' | head -1)
            [ -n \"\$main\" ] && break; sleep 0.5
        done
        sleep 3
        xdotool windowfocus \$main; sleep 0.5
        $steps
        for i in \$(seq 20); do
            dialog=\$(xdotool search --onlyvisible --name '^$title' | tail -1)
            [ -n \"\$dialog\" ] && break; sleep 0.5
        done
        sleep 1
        import -window \$dialog \"$work/$name.png\"
        kill \$pid"
    convert "$work/$name.png" -resize '1000x>' -colors 256 "PNG8:$out/$name.png"
}

printf '[General]\nlanguage=fr\n[mainWindow]\nsection=dashboard\ngeometry=@ByteArray()\n' \
    > "$XDG_CONFIG_HOME/maillage/maillage.conf"
shoot_dialog preferences "Pr.*f.*rences" "xdotool key ctrl+comma" --db "$work/demo.sqlite"
shoot_dialog preferences-language "Pr.*f.*rences" \
    "xdotool key ctrl+comma; sleep 1; xdotool key alt+l" --db "$work/demo.sqlite"

rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
shoot welcome
# The guided creation, by pointer (without a window manager the keyboard follows the pointer): its button on
# the welcome page, then the name field and "Suivant" of the wizard, centred on the 1180×760 window.
open_wizard="xdotool mousemove 590 240 click 1; sleep 1.5; xdotool mousemove 630 167 click 1; sleep 0.3"
type_name="xdotool type --delay 30 'CLSM de Bellerive'; sleep 0.5"
next_page="xdotool mousemove 786 577 click 1; sleep 1"
shoot_dialog wizard "Cr.*er votre conseil" "$open_wizard; $type_name"
shoot_dialog wizard-instances "Cr.*er votre conseil" "$open_wizard; $type_name; $next_page; $next_page"
echo "Screenshots written to $out"
