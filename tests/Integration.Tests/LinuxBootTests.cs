// Linux on our monitor, end to end: boot to the agent's READY with 1, 2 and 4 vCPUs, run commands through the
// agent, power off, stop mid-boot, pause and resume, and idle without burning guest instructions.
using Harness.Agent;
using Harness.Guest;
using Harness.Vmm.Machine;

namespace Harness.Integration.Tests;

public class LinuxBootTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    public async Task Boots_to_ready_sees_every_vcpu_and_powers_off(int vcpus)
    {
        await using BootedGuest guest = await DefaultGuest.BootAsync(vcpus);
        ExecResult r = await guest.Agent.ExecAsync(["/bin/sh", "-c", "grep -c ^processor /proc/cpuinfo"]).WaitAsync(Step);
        r.ExitCode.Should().Be(0, r.StderrText);
        r.StdoutText.Trim().Should().Be(vcpus.ToString());

        (await guest.PowerOffAsync(Step)).Should().Be(VmExitReason.PoweredOff);
        guest.Vm.VcpuThreadsAlive.Should().Be(0);
        guest.Vm.Console.ToString().Should().NotContain("Oops").And.NotContain("BUG:").And.NotContain("WARNING:");
    }

    [Test]
    public async Task Exec_returns_stdout_stderr_and_the_exit_code()
    {
        await using BootedGuest guest = await DefaultGuest.BootAsync();
        ExecResult r = await guest.Agent.ExecAsync(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"]).WaitAsync(Step);
        r.ExitCode.Should().Be(3);
        r.StdoutText.Should().Be("out\n");
        r.StderrText.Should().Be("err\n");

        r = await guest.Agent.ExecAsync(["/bin/sh", "-c", "uname -m; cat /proc/self/status | grep -c ^Name"]).WaitAsync(Step);
        r.StdoutText.Should().Be("riscv64\n1\n");
    }

    [Test]
    public async Task The_agent_turns_fault_around_off_and_binaries_still_run()
    {
        // Fault-around off is a speed setting (docs/benchmarks.md); programs must not notice it.
        await using BootedGuest guest = await DefaultGuest.BootAsync();
        ExecResult r = await guest.Agent.ExecAsync(["/bin/sh", "-c",
            "cat /sys/kernel/debug/fault_around_bytes; ls /bin | wc -l | tr -d ' '; md5sum /bin/busybox | cut -c1-32 | wc -c"]).WaitAsync(Step);
        r.ExitCode.Should().Be(0, r.StderrText);
        string[] lines = r.StdoutText.Split('\n');
        lines[0].Should().Be("4096");
        int.Parse(lines[1]).Should().BeGreaterThan(10);
        lines[2].Should().Be("33");
    }

    [Test]
    public async Task Generation_files_read_zero_after_boot_and_are_swapped_whole_by_each_hook()
    {
        await using BootedGuest guest = await DefaultGuest.BootAsync();
        string Read() => guest.Agent.ExecAsync(["/bin/sh", "-c", "cat /run/harness/generation /run/harness/generation_id"])
            .WaitAsync(Step).GetAwaiter().GetResult().StdoutText;
        Read().Should().Be($"0\n{new string('0', 32)}\n", "no restore has happened yet");
        for (ulong g = 9; g <= 11; g++)
        {
            var id = Guid.NewGuid();
            await guest.Agent.AfterRestoreAsync(null, new byte[16], g, id).WaitAsync(Step);
            Read().Should().Be($"{g}\n{id:N}\n", "each hook's values replace the last ones (the number grew a digit at 10)");
        }
    }

    [Test]
    public async Task Stop_during_boot_ends_the_vm_and_leaves_no_thread()
    {
        MicroVm vm = (await DefaultGuest.BuilderAsync(vcpus: 2)).Build();
        await using (vm)
        {
            await vm.StartAsync();
            SpinWait.SpinUntil(() => vm.InstructionsRetired > 5_000_000, Step).Should().BeTrue();
            (await vm.StopAsync().WaitAsync(Step)).Should().Be(VmExitReason.Stopped);
            vm.VcpuThreadsAlive.Should().Be(0);
        }
    }

    [Test]
    public async Task A_paused_guest_resumes_and_keeps_serving()
    {
        await using BootedGuest guest = await DefaultGuest.BootAsync(vcpus: 2);
        await guest.Vm.PauseAsync();
        long frozen = guest.Vm.InstructionsRetired;
        Thread.Sleep(50);
        guest.Vm.InstructionsRetired.Should().Be(frozen);
        await guest.Vm.ResumeAsync();

        ExecResult r = await guest.Agent.ExecAsync(["/bin/sh", "-c", "echo after-resume"]).WaitAsync(Step);
        r.StdoutText.Should().Be("after-resume\n");
    }

    [Test]
    public async Task An_idle_guest_parks_its_vcpus_in_wfi()
    {
        await using BootedGuest guest = await DefaultGuest.BootAsync(vcpus: 2);
        await Task.Delay(200); // let the boot's last deferred work finish
        long before = guest.Vm.InstructionsRetired;
        await Task.Delay(1000);
        long idle = guest.Vm.InstructionsRetired - before;

        // A spinning vCPU retires tens of millions of instructions a second; an idle Linux with NO_HZ_IDLE only
        // wakes for its few timers, so one second of idleness costs a tiny fraction of that.
        idle.Should().BeLessThan(guest.InstructionsToReady / 20,
            $"the guest retired {idle} instructions in one idle second after {guest.InstructionsToReady} to boot");
    }

    [Test]
    public async Task Files_round_trip_through_the_agent()
    {
        await using BootedGuest guest = await DefaultGuest.BootAsync();
        byte[] data = new byte[100_000];
        new Random(7).NextBytes(data);
        await guest.Agent.WriteFileAsync("/tmp/blob", data).WaitAsync(Step);
        (await guest.Agent.ReadFileAsync("/tmp/blob").WaitAsync(Step)).Should().Equal(data);
        ExecResult r = await guest.Agent.ExecAsync(["/bin/sh", "-c", "wc -c < /tmp/blob"]).WaitAsync(Step);
        r.StdoutText.Trim().Should().Be("100000");
    }
}
