# Sourced by scripts/build-kernel: the busybox stage. Fetches Debian bookworm's busybox source
# package (a deb-src entry is added when missing), builds its defconfig statically for riscv64,
# and keeps the binary with its list of applet links.

# Pinned so the cache key is known without asking apt; bookworm's archive snapshot carries it.
GUEST_BUSYBOX_SOURCE_VERSION=1:1.35.0-4+deb12u1
GUEST_BUSYBOX_SOURCES_FILE=/etc/apt/sources.list.d/harness-debian-src.sources
GUEST_BUSYBOX_MAKE=(ARCH=riscv CROSS_COMPILE=riscv64-linux-gnu-)

busybox_key() {
    local root=$1
    {
        echo "busybox-stage-1"
        echo "busybox $GUEST_BUSYBOX_SOURCE_VERSION"
        riscv64-linux-gnu-gcc --version | head -n 1
        cat "$root/scripts/lib/guest-busybox.sh" "$root/scripts/lib/guest-common.sh"
    } | guest_hash
}

# The deb822 stanza this machine's /etc/apt/sources.list.d/debian.sources uses, for sources.
busybox_deb_src_stanza() {
    cat <<'STANZA'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
STANZA
}

busybox_has_source() {
    apt-cache showsrc busybox 2>/dev/null | grep -qxF "Version: $GUEST_BUSYBOX_SOURCE_VERSION"
}

busybox_ensure_deb_src() {
    if busybox_has_source; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "build-kernel: apt has no source for busybox $GUEST_BUSYBOX_SOURCE_VERSION. As root, create" >&2
        echo "$GUEST_BUSYBOX_SOURCES_FILE with:" >&2
        busybox_deb_src_stanza >&2
        echo "then run: apt-get update" >&2
        guest_die "busybox source package unavailable"
    fi
    guest_log "adding bookworm deb-src entries in $GUEST_BUSYBOX_SOURCES_FILE and updating apt"
    busybox_deb_src_stanza >"$GUEST_BUSYBOX_SOURCES_FILE"
    apt-get update -q >&2 || guest_die "apt-get update failed"
    busybox_has_source || guest_die "apt has no source for busybox $GUEST_BUSYBOX_SOURCE_VERSION (it has:" \
        "$(apt-cache showsrc busybox 2>/dev/null | sed -n 's/^Version: //p' | tr '\n' ' '));" \
        "update GUEST_BUSYBOX_SOURCE_VERSION in scripts/lib/guest-busybox.sh"
}

# Unpacked once per pinned version with Debian's patches (security fixes among them) applied.
busybox_source() {
    local cache=$1 src dl
    src="$cache/src/busybox-${GUEST_BUSYBOX_SOURCE_VERSION#*:}-patched"
    if [ ! -f "$src/.unpacked" ]; then
        busybox_ensure_deb_src
        ensure_packages dpkg-dev || guest_die "dpkg-dev is needed to unpack the busybox source"
        rm -rf "$cache"/src/busybox-* "$cache/build/busybox-riscv64"
        dl="$cache/src/busybox-download.$$"
        rm -rf "$dl"
        mkdir -p "$dl"
        guest_log "downloading the busybox $GUEST_BUSYBOX_SOURCE_VERSION source package"
        (cd "$dl" && apt-get source -q --download-only "busybox=$GUEST_BUSYBOX_SOURCE_VERSION") >&2 ||
            guest_die "apt-get source busybox=$GUEST_BUSYBOX_SOURCE_VERSION failed"
        (cd "$dl" && dpkg-source -x ./*.dsc unpacked) >&2 ||
            guest_die "dpkg-source could not unpack the busybox source"
        touch "$dl/unpacked/.unpacked"
        mv -T "$dl/unpacked" "$src"
        rm -rf "$dl"
    fi
    echo "$src"
}

busybox_build() {
    local root=$1 cache=$2 final=$3 src bld staging
    src=$(busybox_source "$cache")
    bld="$cache/build/busybox-riscv64"
    mkdir -p "$bld"
    guest_log "configuring busybox (defconfig, CONFIG_STATIC=y)"
    make -s -C "$src" O="$bld" "${GUEST_BUSYBOX_MAKE[@]}" defconfig >"$bld/config.log" 2>&1 ||
        { tail -n 20 "$bld/config.log" >&2; guest_die "busybox defconfig failed"; }
    sed -i 's/^# CONFIG_STATIC is not set$/CONFIG_STATIC=y/' "$bld/.config"
    grep -q '^CONFIG_STATIC=y$' "$bld/.config" || guest_die "CONFIG_STATIC=y did not stick in busybox's .config"
    guest_log "building busybox with -j$(nproc) (1-1.5 minutes from nothing on 2 cores)"
    guest_run_logged busybox "$bld/build.log" \
        make -C "$src" O="$bld" "${GUEST_BUSYBOX_MAKE[@]}" -j"$(nproc)" busybox busybox.links ||
        guest_die "busybox build failed (full log: $bld/build.log)"
    staging="$final.tmp.$$"
    rm -rf "$staging"
    mkdir -p "$staging"
    cp "$bld/busybox" "$staging/busybox"
    riscv64-linux-gnu-strip "$staging/busybox"
    cp "$bld/busybox.links" "$staging/busybox.links"
    cp "$bld/.config" "$staging/config"
    guest_publish "$staging" "$final"
}
