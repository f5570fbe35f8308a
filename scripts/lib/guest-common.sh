# Sourced by scripts/build-kernel: logging, hashing, progress display and atomic publishing shared by
# the kernel, busybox and initramfs stages. A change here changes every stage's cache key.

guest_log() { echo "build-kernel: $*" >&2; }
guest_die() { echo "build-kernel: error: $*" >&2; exit 1; }

# Short content hash of stdin; 16 hex digits keep paths readable and collisions irrelevant here.
guest_hash() { sha256sum | cut -c1-16; }

# Installed version of a Debian package, or fail naming it.
guest_pkg_version() {
    dpkg-query -W -f='${Version}' "$1" 2>/dev/null || guest_die "Debian package $1 is not installed"
}

# Runs "$@" with its output in a log file, printing a progress line to stderr every 10 s so a
# 10-minute kernel build is visibly alive; on failure the tail of the log is shown.
guest_run_logged() {
    local label=$1 log=$2
    shift 2
    local start=$SECONDS pid rc=0 steps last
    "$@" >"$log" 2>&1 &
    pid=$!
    # The build is a child of this shell: stop it too if the user interrupts.
    trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; exit 130' INT TERM
    while kill -0 "$pid" 2>/dev/null; do
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        kill -0 "$pid" 2>/dev/null || break
        steps=$(grep -c '^  [A-Z]' "$log" 2>/dev/null || true)
        last=$(grep '^  [A-Z]' "$log" 2>/dev/null | tail -n 1 | sed 's/^ *//' || true)
        printf 'build-kernel: [%s %d:%02d] %s steps, %s\n' "$label" $(((SECONDS - start) / 60)) \
            $(((SECONDS - start) % 60)) "${steps:-0}" "${last:-starting}" >&2
    done
    wait "$pid" || rc=$?
    trap - INT TERM
    if [ "$rc" -ne 0 ]; then
        echo "build-kernel: $label failed (exit $rc); last lines of $log:" >&2
        tail -n 40 "$log" >&2
        return "$rc"
    fi
    guest_log "$label done in $((SECONDS - start)) s"
}

# Moves a fully built staging directory to its final cache path in one rename, so a reader that
# sees the final path always sees complete artifacts.
guest_publish() {
    local staging=$1 final=$2
    mkdir -p "$(dirname "$final")"
    rm -rf "$final"
    mv -T "$staging" "$final"
}
