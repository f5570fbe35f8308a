#!/usr/bin/env python3
"""Boot-to-READY and console round-trip timings of the built guest under qemu-system-riscv64.

Usage: kernels/tools/boot-bench.py [--runs N] [--harts N] [--append CMDLINE]
Takes the kernel and initramfs from the last lines of scripts/build-kernel. For each run it reports
the wall time from launching QEMU to the agent's HARNESS-READY line, the guest uptime that line
carries, the median of 20 ping round trips over the console, and the time from the power-off
request to QEMU's exit. Speaks the agent protocol of docs/agent-protocol.md with the standard library
only, so it measures the guest, not the C# client."""
import argparse
import base64
import os
import select
import statistics
import struct
import subprocess
import sys
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def artifacts():
    out = subprocess.run([os.path.join(ROOT, "scripts", "build-kernel")], check=True, capture_output=True, text=True).stdout
    values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    return values["KERNEL"], values["INITRAMFS"]


def frame_line(kind, request_id, payload):
    body = b"HAGT" + bytes([1, kind, 0, 0]) + struct.pack("<II", request_id, len(payload)) + payload
    return b"@@HA:" + base64.b64encode(body + struct.pack("<I", zlib.crc32(body))) + b"\n"


class Guest:
    def __init__(self, kernel, initramfs, harts, append):
        self.start = time.monotonic()
        self.proc = subprocess.Popen(
            ["qemu-system-riscv64", "-M", "virt", "-bios", "default", "-nographic", "-monitor", "none",
             "-serial", "stdio", "-m", "256M", "-smp", str(harts), "-no-reboot",
             "-kernel", kernel, "-initrd", initramfs, "-append", append],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.buf = b""

    def read_until(self, marker, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            at = self.buf.find(marker)
            if at >= 0 and self.buf.find(b"\n", at) >= 0:
                end = self.buf.find(b"\n", at)
                line, self.buf = self.buf[at:end], self.buf[end + 1:]
                return line
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.05)
            if ready:
                data = os.read(self.proc.stdout.fileno(), 1 << 20)
                if not data:
                    break
                self.buf += data
        raise TimeoutError(f"no {marker!r} within {timeout} s")

    def request(self, kind, request_id, payload=b""):
        self.proc.stdin.write(frame_line(kind, request_id, payload))
        self.proc.stdin.flush()
        return self.read_until(b"@@HA:")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--harts", type=int, default=1)
    parser.add_argument("--append", default="console=ttyS0 panic=-1")
    args = parser.parse_args()
    kernel, initramfs = artifacts()
    walls, uptimes, pings, offs = [], [], [], []
    for run in range(args.runs):
        g = Guest(kernel, initramfs, args.harts, args.append)
        ready = g.read_until(b"HARNESS-READY ")
        walls.append(time.monotonic() - g.start)
        uptimes.append(float(ready.split()[1]))
        rtts = []
        for i in range(20):
            t = time.monotonic()
            g.request(0x01, i + 1, b"x" * 16)
            rtts.append(time.monotonic() - t)
        pings.append(statistics.median(rtts))
        t = time.monotonic()
        g.request(0x05, 99)
        g.proc.wait(timeout=30)
        offs.append(time.monotonic() - t)
        print(f"run {run + 1}: ready {walls[-1]:.3f} s wall, uptime {uptimes[-1]:.3f} s, "
              f"ping {pings[-1] * 1000:.1f} ms, power-off {offs[-1]:.3f} s", file=sys.stderr)

    def summary(name, xs, scale=1.0, unit="s"):
        xs = [x * scale for x in xs]
        print(f"{name}: median {statistics.median(xs):.3f} {unit}, min {min(xs):.3f}, max {max(xs):.3f}")

    print(f"{args.runs} boots, {args.harts} hart(s), load average {os.getloadavg()[0]:.1f}")
    summary("launch to HARNESS-READY (wall)", walls)
    summary("guest uptime at READY", uptimes)
    summary("ping round trip", pings, 1000, "ms")
    summary("power-off request to QEMU exit", offs)


if __name__ == "__main__":
    main()
