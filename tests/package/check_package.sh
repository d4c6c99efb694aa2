#!/usr/bin/env bash
# Builds the Debian package from a built tree and checks it the way a Debian machine will use it:
# its fields and dependencies, every file it must hold, the desktop entry and the MIME type
# (validated, and resolved by a real MIME database), the icons' sizes, the manual pages, and the
# programs run from an unpacked copy with nothing taken from the build tree.
#
#   bash tests/package/check_package.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: check_package.sh BUILD_DIR}" && pwd)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
arch=$(dpkg --print-architecture)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# The same as `cmake --build build --target package`, into a scratch folder.
cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb="$work/out/township-ledger_${version}_${arch}.deb"
[ -f "$deb" ] || { ls "$work/out"; echo "FAIL: no $deb" >&2; exit 1; }
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = township-ledger ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
echo "Depends: $depends"
# Named by hand (loaded at run time) and computed from the programs' libraries.
for dep in libqt6sql6-sqlite libqt6svg6 fonts-noto-cjk libqt6widgets6 libqt6sql6 libqt6network6 \
           libxlsxwriter liborcus-0.17 libfreexl1 libc6; do
    grep -Eq "(^|, )${dep}" <<<"$depends" || fail "Depends lacks $dep"
done

# Contents.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
for f in /usr/bin/township-ledger /usr/bin/township-ledger-cli /usr/libexec/township-ledger/township-ledger-xls \
         /usr/share/applications/township-ledger.desktop /usr/share/mime/packages/township-ledger.xml \
         /usr/share/icons/hicolor/scalable/apps/township-ledger.svg \
         /usr/share/icons/hicolor/48x48/apps/township-ledger.png \
         /usr/share/icons/hicolor/128x128/apps/township-ledger.png \
         /usr/share/icons/hicolor/256x256/apps/township-ledger.png \
         /usr/share/man/man1/township-ledger.1.gz /usr/share/man/man1/township-ledger-cli.1.gz \
         /usr/share/doc/township-ledger/copyright; do
    grep -qx "$f" "$work/contents" || fail "the package lacks $f"
done
if grep -Eq '^/usr/(local|include|lib/.*\.a$)|tl_.*tests|render-icon' "$work/contents"; then
    fail "the package holds files it should not: $(grep -E '^/usr/(local|include)|tests|render-icon' "$work/contents" | head -3)"
fi

# Unpacked into a scratch root, as dpkg would install it.
root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/township-ledger.desktop" || fail "desktop entry does not validate"
grep -qx 'Name\[zh_CN\]=乡村治理台账' "$root/usr/share/applications/township-ledger.desktop" || fail "no Chinese name in the menu"
grep -qx 'Exec=township-ledger %f' "$root/usr/share/applications/township-ledger.desktop" || fail "Exec does not pass the file"
grep -qx 'MimeType=application/x-township-ledger;' "$root/usr/share/applications/township-ledger.desktop" || fail "no MimeType"
xmllint --noout "$root/usr/share/mime/packages/township-ledger.xml" || fail "MIME package is not well-formed XML"
for s in 48 128 256; do
    file "$root/usr/share/icons/hicolor/${s}x${s}/apps/township-ledger.png" | grep -q "PNG image data, $s x $s" \
        || fail "the ${s}px icon is not a ${s}x${s} PNG"
done
xmllint --noout "$root/usr/share/icons/hicolor/scalable/apps/township-ledger.svg" || fail "the SVG icon is not XML"
for page in township-ledger township-ledger-cli; do
    zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q "^\.TH .*Township Ledger $version" \
        || fail "manual page $page has no title line with version $version"
done
cmp -s "$root/usr/share/doc/township-ledger/copyright" "$(dirname "$0")/../../LICENSE" || fail "copyright is not the LICENSE"

# The MIME type resolves in a real MIME database: *.ledger by name, and the header magic
# (SQLite + our application_id at offset 68) is compiled in.
mimedb="$work/share/mime"
mkdir -p "$mimedb/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$root/usr/share/mime/packages/township-ledger.xml" "$mimedb/packages/"
XDG_DATA_DIRS="$work/share" update-mime-database "$mimedb" 2>"$work/mime.log" || { cat "$work/mime.log"; fail "update-mime-database refused the package"; }
[ -s "$work/mime.log" ] && { cat "$work/mime.log"; fail "update-mime-database warned about the package"; }
grep -q ':application/x-township-ledger:\*\.ledger' "$mimedb/globs2" || fail "*.ledger is not in the MIME globs"
grep -aq 'application/x-township-ledger' "$mimedb/magic" || fail "no magic for application/x-township-ledger"
grep -q 'application/x-township-ledger application/vnd.sqlite3' "$mimedb/subclasses" || fail "not a subclass of SQLite"

# The programs from the unpacked package alone: no build tree on the library path or in RUNPATH.
for prog in usr/bin/township-ledger usr/bin/township-ledger-cli usr/libexec/township-ledger/township-ledger-xls; do
    if readelf -d "$root/$prog" | grep -Eq 'R(UN)?PATH'; then
        fail "$prog has an RPATH: $(readelf -d "$root/$prog" | grep -E 'R(UN)?PATH')"
    fi
done
cd "$work"
env -u LD_LIBRARY_PATH "$root/usr/bin/township-ledger-cli" --version >"$work/version.txt" || fail "--version failed"
first=$(head -1 "$work/version.txt")
[ "$first" = "township-ledger-cli $version" ] || fail "--version says '$first'"
grep -q 'libxlsxwriter' "$work/version.txt" || fail "--version names no libraries"
env -u LD_LIBRARY_PATH "$root/usr/bin/township-ledger-cli" demo "$work/demo.ledger" --villages 3 >/dev/null \
    || fail "demo from the package failed"
[ "$(head -c 15 "$work/demo.ledger")" = "SQLite format 3" ] || fail "demo wrote no ledger"
env -u LD_LIBRARY_PATH "$root/usr/bin/township-ledger-cli" export "$work/demo.ledger" --quarter 2026Q3 \
    --out "$work/report.xlsx" >/dev/null || fail "export from the package failed"
# A legacy .xls goes through the helper in libexec.
/usr/bin/python3 - "$work/villages.xls" <<'PY'
import sys, xlwt
book = xlwt.Workbook(); sheet = book.add_sheet("村")
for c, h in enumerate(["村名", "户数"]): sheet.write(0, c, h)
sheet.write(1, 0, "包装测试村"); sheet.write(1, 1, 120)
book.save(sys.argv[1])
PY
env -u LD_LIBRARY_PATH "$root/usr/bin/township-ledger-cli" import "$work/demo.ledger" --villages "$work/villages.xls" \
    >"$work/import.log" 2>&1 || { cat "$work/import.log"; fail "importing a .xls from the package failed"; }
# The desktop program answers --version in a terminal without a display.
env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/township-ledger" --version \
    >"$work/gui-version.txt" 2>&1 || fail "township-ledger --version failed without a display: $(cat "$work/gui-version.txt")"
grep -qx "township-ledger $version" "$work/gui-version.txt" || fail "township-ledger --version says '$(cat "$work/gui-version.txt")'"
# The GUI starts from the package and draws its window.
env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen HOME="$work/home" "$root/usr/bin/township-ledger" \
    "$work/demo.ledger" --screenshot "$work/window.png" >/dev/null 2>&1 || fail "the GUI from the package did not start"
file "$work/window.png" | grep -q 'PNG image data' || fail "the GUI from the package drew no window"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package checks passed"
