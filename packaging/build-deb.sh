#!/usr/bin/env bash
# Build the PyInstaller bundle and a .deb from a clean checkout, with one command:
#
#     packaging/build-deb.sh            → build/knee-intake_<version>_amd64.deb
#
# Installs under /opt/knee-intake, puts knee-intake and knee-intake-admin on PATH
# (/usr/bin links), and adds launchers with the icon to the applications menu.
# Needs python3 (3.11+), dpkg-deb and fakeroot; everything else comes from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$SECONDS
step() { echo "== $1 ($((SECONDS - started)) s so far)"; }

version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
package="knee-intake_${version}_amd64"

step "build environment (build/venv)"
rm -rf build/venv build/dist build/work build/deb
python3 -m venv build/venv
build/venv/bin/pip install -q --disable-pip-version-check . "pyinstaller>=6.10"

step "icons"
build/venv/bin/python packaging/make_icons.py build/icons

step "PyInstaller bundle"
build/venv/bin/pyinstaller --noconfirm --log-level ERROR \
    --distpath build/dist --workpath build/work packaging/knee-intake.spec

step "package tree"
stage="build/deb/$package"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a build/dist/knee-intake "$stage/opt/knee-intake"
ln -s /opt/knee-intake/knee-intake "$stage/usr/bin/knee-intake"
ln -s /opt/knee-intake/knee-intake-admin "$stage/usr/bin/knee-intake-admin"
install -m 644 packaging/linux/knee-intake.desktop packaging/linux/knee-intake-records.desktop \
    "$stage/usr/share/applications/"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "build/icons/knee-intake-$size.png" \
        "$stage/usr/share/icons/hicolor/${size}x${size}/apps/knee-intake.png"
done
install -D -m 644 resources/icons/knee-intake.svg \
    "$stage/usr/share/icons/hicolor/scalable/apps/knee-intake.svg"
installed_kb=$(du -sk "$stage" | cut -f1)
# Qt 6's X11 requirements (doc.qt.io/qt-6/linux-requirements.html), Wayland's client
# libraries for its Wayland plugin, and CUPS for printing;
# packaging/check-deb.sh installs with apt, which proves every one resolves.
cat > "$stage/DEBIAN/control" <<CONTROL
Package: knee-intake
Version: $version
Architecture: amd64
Maintainer: Knee Intake <support@knee-intake.invalid>
Installed-Size: $installed_kb
Section: misc
Priority: optional
Depends: libc6 (>= 2.28), libgl1, libegl1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libx11-6, libx11-xcb1, libxkbcommon0, libxkbcommon-x11-0, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xkb1, libwayland-client0, libwayland-cursor0, libwayland-egl1, libcups2
Description: Patient intake for clinics offering stem cell therapy for knees
 Shows the clinic's educational content beside an intake form, keeps every record
 in a local SQLite database, and gives reception a records workspace and patients a
 tablet kiosk. No internet needed. The data folder (~/.local/share/KneeIntake) is
 never touched by installing, upgrading or removing this package.
CONTROL
# Refresh the menu and icon caches where the tools exist; nothing else runs as root.
cat > "$stage/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
command -v update-desktop-database >/dev/null && update-desktop-database -q || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
SCRIPT
cp "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"

step ".deb"
fakeroot dpkg-deb --build --root-owner-group "$stage" "build/$package.deb" >/dev/null
echo "built $root/build/$package.deb ($(du -h "build/$package.deb" | cut -f1)) in $((SECONDS - started)) s"
