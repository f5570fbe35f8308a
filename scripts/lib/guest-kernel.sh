# Sourced by scripts/build-kernel: the riscv64 kernel stage. Builds arch/riscv/boot/Image from
# Debian's linux-source-6.1 with tinyconfig plus kernels/riscv64/guest.config, and refuses a
# .config that lost any option the fragment asks for.

GUEST_KERNEL_TARBALL=/usr/src/linux-source-6.1.tar.xz
GUEST_KERNEL_PACKAGE=linux-source-6.1
GUEST_KERNEL_MAKE=(ARCH=riscv CROSS_COMPILE=riscv64-linux-gnu-)

# The key: source package version, compiler, config fragment and the scripts that build it.
kernel_key() {
    local root=$1
    {
        echo "kernel-stage-1"
        echo "$GUEST_KERNEL_PACKAGE $(guest_pkg_version "$GUEST_KERNEL_PACKAGE")"
        riscv64-linux-gnu-gcc --version | head -n 1
        cat "$root/kernels/riscv64/guest.config" "$root/scripts/lib/guest-kernel.sh" \
            "$root/scripts/lib/guest-common.sh"
    } | guest_hash
}

# Unpacks the source once per package version; the build itself goes to a separate O= tree so a
# config change rebuilds only what it touches.
kernel_source() {
    local cache=$1 version src
    version=$(guest_pkg_version "$GUEST_KERNEL_PACKAGE")
    src="$cache/src/linux-$version"
    if [ ! -f "$src/.unpacked" ]; then
        guest_log "unpacking $GUEST_KERNEL_TARBALL (about 20 s)"
        [ -r "$GUEST_KERNEL_TARBALL" ] || guest_die "$GUEST_KERNEL_TARBALL is missing: apt-get install $GUEST_KERNEL_PACKAGE"
        rm -rf "$cache"/src/linux-* "$cache/build/kernel-riscv64"
        mkdir -p "$src.tmp"
        tar -xJf "$GUEST_KERNEL_TARBALL" -C "$src.tmp" --strip-components=1 ||
            guest_die "unpacking $GUEST_KERNEL_TARBALL failed"
        touch "$src.tmp/.unpacked"
        mv -T "$src.tmp" "$src"
    fi
    echo "$src"
}

# Every option the fragment sets (or unsets) must read the same in the final .config.
kernel_check_config() {
    local fragment=$1 config=$2 line name want got missing=()
    while IFS= read -r line; do
        case "$line" in
            CONFIG_*=*)
                name=${line%%=*}
                want=${line#*=}
                got=$(sed -n "s/^$name=//p" "$config")
                [ "$got" = "$want" ] || missing+=("$name=$want (final .config has ${got:-it unset})")
                ;;
            "# CONFIG_"*" is not set")
                name=${line#\# }
                name=${name%% *}
                got=$(sed -n "s/^$name=//p" "$config")
                [ -z "$got" ] || missing+=("$name unset (final .config has $name=$got)")
                ;;
        esac
    done <"$fragment"
    if [ ${#missing[@]} -ne 0 ]; then
        echo "build-kernel: these options of $fragment did not stick (a menu or dependency is off):" >&2
        printf '  %s\n' "${missing[@]}" >&2
        return 1
    fi
}

kernel_build() {
    local root=$1 cache=$2 final=$3
    local fragment="$root/kernels/riscv64/guest.config" src bld staging
    src=$(kernel_source "$cache")
    bld="$cache/build/kernel-riscv64"
    mkdir -p "$bld"
    guest_log "configuring the kernel (tinyconfig + $fragment)"
    make -s -C "$src" O="$bld" "${GUEST_KERNEL_MAKE[@]}" tinyconfig >"$bld/config.log" 2>&1 ||
        { tail -n 20 "$bld/config.log" >&2; guest_die "make tinyconfig failed"; }
    (cd "$bld" && "$src/scripts/kconfig/merge_config.sh" -m -O "$bld" "$bld/.config" "$fragment") \
        >>"$bld/config.log" 2>&1 || { tail -n 20 "$bld/config.log" >&2; guest_die "merging $fragment failed"; }
    make -s -C "$src" O="$bld" "${GUEST_KERNEL_MAKE[@]}" olddefconfig >>"$bld/config.log" 2>&1 ||
        { tail -n 20 "$bld/config.log" >&2; guest_die "make olddefconfig failed"; }
    kernel_check_config "$fragment" "$bld/.config" || guest_die "kernel config check failed"
    guest_log "building the kernel Image with -j$(nproc) (2-5 minutes from nothing on 2 shared cores; a config change rebuilds only what it touches)"
    guest_run_logged kernel "$bld/build.log" \
        make -C "$src" O="$bld" "${GUEST_KERNEL_MAKE[@]}" -j"$(nproc)" Image ||
        guest_die "kernel build failed (full log: $bld/build.log)"
    staging="$final.tmp.$$"
    rm -rf "$staging"
    mkdir -p "$staging"
    cp "$bld/arch/riscv/boot/Image" "$staging/Image"
    cp "$bld/.config" "$staging/config"
    cp "$bld/System.map" "$staging/System.map"
    guest_publish "$staging" "$final"
}
