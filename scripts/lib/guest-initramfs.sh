# Sourced by scripts/build-kernel: the initramfs stage. Compiles the guest agent (kernels/agent) as a
# static riscv64 program and packs it as /init with busybox and its applet links into a cpio archive (and a gzip copy).
# Each kernels/tools/*.c is a one-file static guest tool installed as /bin/<name> (vsockcat, virtio-fuzz).

GUEST_AGENT_CFLAGS=(-static -O2 -std=gnu11 -D_GNU_SOURCE -D_FORTIFY_SOURCE=2 -fstack-protector-strong -Wall -Wextra -Werror)

initramfs_key() {
    local root=$1 busybox_key=$2
    {
        echo "initramfs-stage-1 busybox=$busybox_key"
        riscv64-linux-gnu-gcc --version | head -n 1
        gzip --version | head -n 1
        for f in "$root"/kernels/agent/* "$root"/kernels/tools/*.c; do
            echo "== ${f#"$root"/kernels/}"
            cat "$f"
        done
        cat "$root/scripts/lib/guest-initramfs.sh" "$root/scripts/lib/mkcpio.py" \
            "$root/scripts/lib/guest-common.sh"
    } | guest_hash
}

# The cpio spec: the directories the agent mounts on, /dev/console so the kernel can hand /init its
# console, the agent, busybox and one relative symlink per applet.
initramfs_spec() {
    local init=$1 busybox=$2 links=$3 tools=$6 link dir up tool
    printf 'dir %s 755\n' /bin /sbin /usr /usr/bin /usr/sbin /dev /proc /sys /etc /root /mnt
    echo "dir /tmp 1777"
    echo "nod /dev/console 600 c 5 1"
    echo "file /init $init 755"
    echo "file /bin/busybox $busybox 755"
    echo "file /etc/passwd $4 644"
    echo "file /etc/group $5 644"
    for tool in "$tools"/*; do
        [ -f "$tool" ] && echo "file /bin/${tool##*/} $tool 755"
    done
    while IFS= read -r link; do
        case "$link" in
            /bin/busybox | /linuxrc | "") continue ;;
        esac
        dir=${link%/*}
        up=$(echo "${dir#/}" | sed 's|[^/]*|..|g')
        [ "$dir" = /bin ] && echo "slink $link busybox" || echo "slink $link $up/bin/busybox"
    done <"$links"
}

initramfs_build() {
    local root=$1 cache=$2 final=$3 busybox_dir=$4 staging
    staging="$final.tmp.$$"
    rm -rf "$staging"
    mkdir -p "$staging/etc"
    guest_log "compiling the guest agent (riscv64-linux-gnu-gcc ${GUEST_AGENT_CFLAGS[*]})"
    riscv64-linux-gnu-gcc "${GUEST_AGENT_CFLAGS[@]}" -o "$staging/init.unstripped" "$root"/kernels/agent/*.c ||
        guest_die "the guest agent does not compile"
    riscv64-linux-gnu-strip -o "$staging/init" "$staging/init.unstripped"
    mkdir -p "$staging/tools"
    local tool name
    for tool in "$root"/kernels/tools/*.c; do
        [ -f "$tool" ] || continue
        name=$(basename "$tool" .c)
        guest_log "compiling the guest tool $name"
        riscv64-linux-gnu-gcc "${GUEST_AGENT_CFLAGS[@]}" -s -o "$staging/tools/$name" "$tool" ||
            guest_die "the guest tool $name does not compile"
    done
    echo "root:x:0:0:root:/root:/bin/sh" >"$staging/etc/passwd"
    echo "root:x:0:" >"$staging/etc/group"
    initramfs_spec "$staging/init" "$busybox_dir/busybox" "$busybox_dir/busybox.links" \
        "$staging/etc/passwd" "$staging/etc/group" "$staging/tools" >"$staging/initramfs.spec"
    # The uncompressed archive is the default: inflating it costs the guest ~45 M instructions at every boot (40%
    # of the boot on our interpreter), while its extra size costs the host a memcpy. The gzip one is for QEMU users.
    python3 "$root/scripts/lib/mkcpio.py" <"$staging/initramfs.spec" >"$staging/initramfs.cpio" ||
        guest_die "packing the initramfs failed"
    gzip -9 -n <"$staging/initramfs.cpio" >"$staging/initramfs.cpio.gz" || guest_die "compressing the initramfs failed"
    rm -rf "$staging/etc" "$staging/tools"
    guest_publish "$staging" "$final"
    guest_log "initramfs: $(stat -c %s "$final/initramfs.cpio") bytes ($(stat -c %s "$final/initramfs.cpio.gz") gzipped), agent $(stat -c %s "$final/init") bytes"
}
