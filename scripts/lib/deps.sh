# Sourced by the scripts: installs Debian packages the project needs when they are missing.
# As root it installs them (apt-get, non-interactive); otherwise it names exactly what to install and fails.

ensure_packages() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing Debian packages: ${missing[*]}" >&2
        echo "install them with: sudo apt-get install -y ${missing[*]}" >&2
        return 1
    fi
    echo "==> installing Debian packages: ${missing[*]}" >&2
    if [ -z "${HARNESS_APT_UPDATED:-}" ]; then
        apt-get update -q >&2
        export HARNESS_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

# Every package a build or test of this repository uses, in one place.
HARNESS_BUILD_PACKAGES=(gcc-riscv64-linux-gnu linux-source-6.1 make bc flex bison libelf-dev libssl-dev cpio xz-utils lz4 dpkg-dev python3 gzip)
HARNESS_TEST_PACKAGES=(qemu-system-misc qemu-user-static device-tree-compiler e2fsprogs python3 iproute2)
