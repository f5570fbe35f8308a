#!/usr/bin/env python3
"""Writes a cpio "newc" archive (the initramfs format Linux unpacks) from a spec on stdin, without
needing root for device nodes or ownership. Spec lines, one entry each, parents before children:
  dir   PATH MODE
  file  PATH SOURCE MODE
  slink PATH TARGET
  nod   PATH MODE c|b MAJOR MINOR
Every entry is owned by root with mtime 0, so the same inputs give the same bytes."""
import stat
import sys

def header(out, ino, mode, size, name, rdev=(0, 0), nlink=1):
    encoded = name.encode() + b"\0"
    fields = [ino, mode, 0, 0, nlink, 0, size, 0, 0, rdev[0], rdev[1], len(encoded), 0]
    out.write(b"070701" + b"".join(b"%08X" % f for f in fields) + encoded)
    out.write(b"\0" * (-(110 + len(encoded)) % 4))

def data(out, payload):
    out.write(payload)
    out.write(b"\0" * (-len(payload) % 4))

def main():
    out = sys.stdout.buffer
    ino = 1
    for lineno, line in enumerate(sys.stdin, 1):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        kind, path = parts[0], parts[1].lstrip("/")
        ino += 1
        if kind == "dir" and len(parts) == 3:
            header(out, ino, stat.S_IFDIR | int(parts[2], 8), 0, path, nlink=2)
        elif kind == "file" and len(parts) == 4:
            with open(parts[2], "rb") as f:
                payload = f.read()
            header(out, ino, stat.S_IFREG | int(parts[3], 8), len(payload), path)
            data(out, payload)
        elif kind == "slink" and len(parts) == 3:
            target = parts[2].encode()
            header(out, ino, stat.S_IFLNK | 0o777, len(target), path)
            data(out, target)
        elif kind == "nod" and len(parts) == 6 and parts[3] in ("c", "b"):
            kind_bits = stat.S_IFCHR if parts[3] == "c" else stat.S_IFBLK
            header(out, ino, kind_bits | int(parts[2], 8), 0, path, rdev=(int(parts[4]), int(parts[5])))
        else:
            sys.exit(f"mkcpio: line {lineno}: cannot parse {line.strip()!r}")
    header(out, 0, 0, 0, "TRAILER!!!")
    out.write(b"\0" * (-out.tell() % 512) if out.seekable() else b"")

if __name__ == "__main__":
    main()
