#!/usr/bin/env python3
# Boots the guest kernel under QEMU (virt, TCG) until its init prints READY, pauses it and saves guest RAM to a raw
# file: the "freshly booted guest" that tests/Snapshots.Bench measures. Usage:
#   capture-guest-memory.py KERNEL_IMAGE INITRAMFS OUTPUT_FILE 128M
# The initramfs's /init must print READY on the console.
import socket, subprocess, sys, time, os, json
kernel, initrd, out, mem = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
qmp = out + ".qmp"
if os.path.exists(qmp): os.unlink(qmp)
size = int(mem[:-1]) * 1024 * 1024
p = subprocess.Popen(["qemu-system-riscv64","-M","virt","-m",mem,"-smp","1","-bios","default","-kernel",kernel,"-initrd",initrd,
    "-append","console=ttyS0","-display","none","-qmp","unix:%s,server,nowait"%qmp,"-serial","stdio","-monitor","none"],stdin=subprocess.PIPE,stdout=subprocess.PIPE)
buf=b""; t0=time.time()
os.set_blocking(p.stdout.fileno(), False)
while b"READY" not in buf and time.time()-t0<60:
    d=p.stdout.read()
    if d: buf+=d
    time.sleep(0.05)
time.sleep(0.5)
s=socket.socket(socket.AF_UNIX); s.connect(qmp); f=s.makefile("rw")
print(f.readline().strip()[:80])
def cmd(c, **a):
    f.write(json.dumps({"execute":c,"arguments":a} if a else {"execute":c})+"\n"); f.flush()
    while True:
        r=json.loads(f.readline())
        if "return" in r or "error" in r: print(c, r); return r
cmd("qmp_capabilities"); cmd("stop")
cmd("pmemsave", val=0x80000000, size=size, filename=out)
cmd("quit"); p.wait(timeout=20)
print("ready" if b"READY" in buf else "NOT READY", "in %.1fs"%(time.time()-t0), os.path.exists(out) and os.path.getsize(out))
