#!/bin/sh
# Installs this folder's application for the current user, without root:
#   the folder in ~/.local/opt/Mutualisation, the command in ~/.local/bin/mutualisation,
#   the menu entry and the icon where the desktop looks for them (XDG data folder).
# ./install.sh --uninstall removes them (the database and its backups stay: see README).
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
PREFIX="${MUTUALISATION_PREFIX:-$HOME/.local/opt/Mutualisation}"
BIN="$HOME/.local/bin"

# Only ever delete a folder that holds this application (a mistyped prefix must not empty a home).
is_bundle() { [ -x "$1/mutualisation" ] && [ -d "$1/_internal" ]; }

if [ "${1:-}" = "--uninstall" ]; then
    if is_bundle "$PREFIX"; then rm -rf "$PREFIX"; fi
    rm -f "$BIN/mutualisation" "$DATA/applications/mutualisation.desktop" \
        "$DATA/icons/hicolor/scalable/apps/mutualisation.svg" "$DATA/icons/hicolor/256x256/apps/mutualisation.png"
    echo "Mutualisation désinstallée (la base et les sauvegardes sont conservées)."
    exit 0
fi

if [ "$HERE" != "$PREFIX" ]; then
    if [ -e "$PREFIX" ] && ! is_bundle "$PREFIX"; then
        echo "$PREFIX existe et ne contient pas Mutualisation : choisissez un autre MUTUALISATION_PREFIX." >&2
        exit 1
    fi
    rm -rf "$PREFIX"
    mkdir -p "$(dirname "$PREFIX")"
    cp -R "$HERE" "$PREFIX"
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/256x256/apps"
ln -sf "$PREFIX/mutualisation" "$BIN/mutualisation"
cp "$PREFIX/_internal/share/mutualisation.svg" "$DATA/icons/hicolor/scalable/apps/mutualisation.svg"
cp "$PREFIX/_internal/share/mutualisation.png" "$DATA/icons/hicolor/256x256/apps/mutualisation.png"
# The menu entry names the installed executable by its full path: ~/.local/bin may not be on PATH.
sed "s|^Exec=mutualisation|Exec=\"$PREFIX/mutualisation\"|" "$PREFIX/_internal/share/mutualisation.desktop" \
    > "$DATA/applications/mutualisation.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
echo "Mutualisation installée dans $PREFIX ; menu : $DATA/applications/mutualisation.desktop"
