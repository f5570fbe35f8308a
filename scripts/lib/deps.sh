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
HARNESS_TEST_PACKAGES=(qemu-system-misc qemu-user-static device-tree-compiler e2fsprogs python3)

# The container baseline of `harness bench --compare containers`: Debian's Docker engine and a static busybox for
# an image built FROM scratch (no image registry is reachable).
HARNESS_CONTAINER_PACKAGES=(docker.io busybox-static)
HARNESS_CONTAINER_IMAGE=harness-bench-busybox:1

# Starts dockerd (as root, in the background, logging to /var/log/harness-dockerd.log) unless a daemon already
# answers, and waits up to 60 s for /var/run/docker.sock to answer. The daemon is left running for later runs.
start_dockerd() {
    local docker=/usr/bin/docker
    [ -x "$docker" ] || docker=docker
    if [ -S /var/run/docker.sock ] && "$docker" info >/dev/null 2>&1; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "dockerd is not running and only root can start it: sudo dockerd &" >&2
        return 1
    fi
    echo "==> starting dockerd" >&2
    nohup dockerd >/var/log/harness-dockerd.log 2>&1 </dev/null &
    local i
    for i in $(seq 1 120); do
        if [ -S /var/run/docker.sock ] && "$docker" info >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.5
    done
    echo "dockerd did not answer within 60 s; see /var/log/harness-dockerd.log" >&2
    tail -n 20 /var/log/harness-dockerd.log >&2 || true
    return 1
}

# Builds $HARNESS_CONTAINER_IMAGE FROM scratch holding Debian's static busybox as /bin/busybox and /bin/sh,
# unless it exists. Prints the image name.
build_container_image() {
    local docker=/usr/bin/docker
    [ -x "$docker" ] || docker=docker
    if ! "$docker" image inspect "$HARNESS_CONTAINER_IMAGE" >/dev/null 2>&1; then
        echo "==> building the container image $HARNESS_CONTAINER_IMAGE (FROM scratch + busybox-static)" >&2
        local ctx
        ctx=$(mktemp -d)
        cp /bin/busybox "$ctx/busybox"
        printf 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nCMD ["/bin/sh"]\n' >"$ctx/Dockerfile"
        "$docker" build -q -t "$HARNESS_CONTAINER_IMAGE" "$ctx" >&2
        rm -rf "$ctx"
    fi
    echo "$HARNESS_CONTAINER_IMAGE"
}

# The Docker Engine API version the running daemon speaks (Debian's 20.10 speaks 1.41; clients that default to a
# newer one, Testcontainers among them, must be told through DOCKER_API_VERSION).
docker_api_version() {
    local docker=/usr/bin/docker
    [ -x "$docker" ] || docker=docker
    "$docker" version --format '{{.Server.APIVersion}}'
}

# Everything the container baseline needs: packages, a running daemon, the image.
# Prints "image=NAME" and "api=VERSION" lines.
prepare_container_baseline() {
    ensure_packages "${HARNESS_CONTAINER_PACKAGES[@]}" && start_dockerd || return 1
    local image api
    image=$(build_container_image) && api=$(docker_api_version) || return 1
    echo "image=$image"
    echo "api=$api"
}
