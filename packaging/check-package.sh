#!/usr/bin/env bash
# Builds the Debian and tar packages from an already built tree and checks them the way a distribution would:
# lintian, desktop-file-validate and appstreamcli on what the package installs; the expected files in the expected
# places; the dependencies; and the packaged program started from a scratch root (dpkg-deb -x, no system install),
# where it has to find its content database through ../share/careerguide/ relative to its own directory.
# Everything is written to a temporary directory; the build tree is only read.
set -euo pipefail

usage() {
    echo "usage: check-package.sh --cpack CPACK --config CPackConfig.cmake --version X.Y.Z --app-id ID" \
         "--icon-sizes 'N N ...'" >&2
    exit 2
}

cpack="" config="" version="" app_id="" icon_sizes=""
while [ $# -gt 0 ]; do
    [ $# -ge 2 ] || usage
    case "$1" in
        --cpack) cpack=$2 ;;
        --config) config=$2 ;;
        --version) version=$2 ;;
        --app-id) app_id=$2 ;;
        --icon-sizes) icon_sizes=$2 ;;
        *) usage ;;
    esac
    shift 2
done
for value in "$cpack" "$config" "$version" "$app_id" "$icon_sizes"; do
    [ -n "$value" ] || usage
done

failures=0
step() { printf '\n== %s\n' "$*"; }
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect() { # WHAT_IF_TRUE WHAT_IF_FALSE COMMAND...: one check, reported either way
    local good=$1 bad=$2
    shift 2
    if "$@"; then pass "$good"; else fail "$bad"; fi
}
stop() { echo "$*" >&2; exit 1; }

# The tools come from Debian packages; name the package to install rather than failing obscurely half-way.
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$1 (apt-get install $2)"); }
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need lintian lintian
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need readelf binutils
need ldd libc-bin
need timeout coreutils
if [ ${#missing[@]} -gt 0 ]; then
    echo "The packaging check needs tools that are not installed:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    stop "bash .ci/bootstrap test installs all of them."
fi
[ -x "$cpack" ] || stop "cpack not found at $cpack"
[ -f "$config" ] || stop "$config is missing; configure the build first"

work=$(mktemp -d "${TMPDIR:-/tmp}/careerguide-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"

# Runs a packaged careerguide as a user would: no display, a scratch home, and no hint where its content is.
run_packaged() { # EXECUTABLE ARG...
    local executable=$1
    shift
    env -u CAREERGUIDE_CONTENT_DB -u CG_CONTENT_DB -u DISPLAY -u WAYLAND_DISPLAY \
        HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
        XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false' \
        timeout 60 "$executable" "$@"
}

step "Building the packages"
started=$SECONDS
if ! "$cpack" --config "$config" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    stop "cpack failed"
fi
debs=("$work"/out/careerguide_*.deb)
tgzs=("$work"/out/careerguide-*.tar.gz)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ] || [ ${#tgzs[@]} -ne 1 ] || [ ! -f "${tgzs[0]}" ]; then
    ls -l "$work/out" >&2
    stop "expected one .deb and one .tar.gz"
fi
deb=${debs[0]} tgz=${tgzs[0]}
echo "$(basename "$deb") ($(stat -c %s "$deb") bytes) and $(basename "$tgz") ($(stat -c %s "$tgz") bytes)" \
     "in $((SECONDS - started)) s"
root="$work/root"
dpkg-deb -x "$deb" "$root"

step "Control fields"
dpkg-deb --field "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
expect "Package careerguide" "Package is '$(field Package)'" [ "$(field Package)" = careerguide ]
expect "Version $version" "Version is '$(field Version)', not $version" [ "$(field Version)" = "$version" ]
expect "Section education" "Section is '$(field Section)'" [ "$(field Section)" = education ]
depends=$(field Depends)
names_package() { # PACKAGE: true when Depends lists it, with or without a version
    local entry entries
    IFS=',' read -ra entries <<<"$depends"
    for entry in "${entries[@]}"; do
        entry=${entry# }
        [ "${entry%% *}" = "$1" ] && return 0
    done
    return 1
}
# dpkg records some files under /lib and others under /usr/lib; on a merged-/usr system both are the same file.
owner_of() { # FILE: the installed package that ships it
    local file candidate found
    file=$(readlink -f "$1")
    for candidate in "$file" "${file#/usr}" "$1"; do
        found=$(dpkg-query -S "$candidate" 2>/dev/null || true)
        found=${found%%$'\n'*}
        if [ -n "$found" ]; then
            echo "${found%%:*}"
            return 0
        fi
    done
    return 1
}
# Every library the executable needs must come from a package the .deb depends on...
needed=$(readelf -d "$root/usr/bin/careerguide" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || fail "readelf found no NEEDED entries in usr/bin/careerguide"
resolved=$(ldd "$root/usr/bin/careerguide")
for library in $needed; do
    path=$(awk -v lib="$library" '$1 == lib && $2 == "=>" { print $3; exit }' <<<"$resolved")
    owner=""
    if [ -n "$path" ]; then
        owner=$(owner_of "$path" || true)
    fi
    if [ -z "$owner" ]; then
        fail "no installed package provides $library"
    else
        expect "Depends names $owner ($library)" "Depends does not name $owner, which provides $library" \
            names_package "$owner"
    fi
done
# ...and so must the plugins it loads at run time, which dpkg-shlibdeps cannot see.
for plugin_package in libqt6sql6-sqlite libqt6svg6; do
    expect "Depends names $plugin_package (plugin)" "Depends does not name $plugin_package" \
        names_package "$plugin_package"
done

step "lintian"
# Errors fail the check; warnings and the rest are shown so they can be read.
status=0
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || status=$?
grep -v '^running with root privileges' "$work/lintian.log" || echo "(lintian had nothing to say)"
expect "lintian: no errors" "lintian exited with $status (errors above)" [ "$status" -eq 0 ]

step "Files in the package"
expected=(
    usr/bin/careerguide
    usr/share/careerguide/careerguide-content.sqlite
    usr/share/applications/careerguide.desktop
    "usr/share/metainfo/$app_id.metainfo.xml"
    usr/share/icons/hicolor/scalable/apps/careerguide.svg
    usr/share/man/man1/careerguide.1.gz
    usr/share/doc/careerguide/copyright
    usr/share/doc/careerguide/changelog.gz
)
for size in $icon_sizes; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/careerguide.png")
done
for file in "${expected[@]}"; do
    expect "$file" "$file is not in the package" [ -f "$root/$file" ]
done
# PNG width and height sit big-endian at bytes 16-23; themes file icons by size, so the two have to agree.
for size in $icon_sizes; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/careerguide.png"
    [ -f "$png" ] || continue
    read -r width height < <(od -An -t u1 -j 16 -N 8 "$png" |
        awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    expect "icon ${size}x${size} is ${width}x${height}" "icon ${size}x${size} is ${width}x${height}" \
        [ "$width x $height" = "$size x $size" ]
done
changelog_version=$(gzip -dc "$root/usr/share/doc/careerguide/changelog.gz" |
    sed -n '1s/^careerguide (\([^)]*\)).*/\1/p')
expect "changelog starts with $version" \
    "changelog starts with '$changelog_version', not $version: add an entry to packaging/changelog" \
    [ "$changelog_version" = "$version" ]
outside=$(cd "$root" && find . ! -type d ! -path './usr/*' -printf '%P ')
expect "nothing outside /usr" "files outside /usr: $outside" [ -z "$outside" ]
rpath=$(readelf -d "$root/usr/bin/careerguide" | grep -E 'RPATH|RUNPATH' || true)
expect "no RPATH" "the executable carries an RPATH: $rpath" [ -z "$rpath" ]

step "desktop-file-validate"
expect "desktop entry" "desktop entry" desktop-file-validate "$root/usr/share/applications/careerguide.desktop"

step "appstreamcli validate"
# --no-net: the screenshot and homepage addresses are not fetched, so the check works offline and does not depend on
# the screenshots having been published yet.
expect "metainfo" "metainfo" \
    appstreamcli validate --no-net --pedantic --explain "$root/usr/share/metainfo/$app_id.metainfo.xml"
expect "installed tree" "installed tree" appstreamcli validate-tree --no-net "$root"
metainfo_version=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$root/usr/share/metainfo/$app_id.metainfo.xml" |
    head -n 1)
expect "newest metainfo release is $version" "newest metainfo release is '$metainfo_version', not $version" \
    [ "$metainfo_version" = "$version" ]

step "Running the packaged careerguide"
reported=$(run_packaged "$root/usr/bin/careerguide" --version || true)
expect "--version says '$reported'" "--version says '$reported'" [ "$reported" = "careerguide $version" ]
started=$SECONDS
status=0
run_packaged "$root/usr/bin/careerguide" --exit-after-startup --user-db "$work/user.sqlite" || status=$?
expect "careerguide --exit-after-startup exits 0 in $((SECONDS - started)) s" \
    "careerguide --exit-after-startup exited with $status" [ "$status" -eq 0 ]
expect "it created the user database it was given" "no user database at $work/user.sqlite" [ -s "$work/user.sqlite" ]
# The control: without the packaged database the same start must fail, so the pass above really used it.
mv "$root/usr/share/careerguide/careerguide-content.sqlite" "$work/moved-content.sqlite"
status=0
run_packaged "$root/usr/bin/careerguide" --exit-after-startup --user-db "$work/user-2.sqlite" \
    2>"$work/missing.log" || status=$?
expect "without usr/share/careerguide/careerguide-content.sqlite it exits $status: $(head -n 1 "$work/missing.log")" \
    "careerguide started without its content database" [ "$status" -eq 1 ]
mv "$work/moved-content.sqlite" "$root/usr/share/careerguide/careerguide-content.sqlite"

step "The tar package"
tar -xzf "$tgz" -C "$work"
tree="$work/$(basename "$tgz" .tar.gz)"
for file in bin/careerguide share/careerguide/careerguide-content.sqlite share/applications/careerguide.desktop \
            share/man/man1/careerguide.1.gz; do
    expect "$file" "$file is not in the tar package" [ -f "$tree/$file" ]
done
status=0
run_packaged "$tree/bin/careerguide" --exit-after-startup --user-db "$work/user-3.sqlite" || status=$?
expect "careerguide from the unpacked tar exits 0" "careerguide from the unpacked tar exited with $status" \
    [ "$status" -eq 0 ]

echo
[ "$failures" -eq 0 ] || stop "$failures packaging check(s) failed"
echo "All packaging checks passed."
