// Linux paused, its machine state saved and restored over a copy of its RAM into a new VM in the same process:
// the clone serves the agent, keeps its files and processes, and its clock keeps running.
using Harness.Agent;
using Harness.Guest;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;

namespace Harness.Integration.Tests;

public class LinuxRestoreTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);

    private static unsafe GuestMemory CopyOf(GuestMemory source)
    {
        var copy = GuestMemory.CreateAnonymous(source.BaseAddress, source.Size);
        Buffer.MemoryCopy(source.Pointer, copy.Pointer, (long)copy.Size, (long)source.Size);
        return copy;
    }

    [TestCase(1)]
    [TestCase(2)]
    public async Task A_restored_clone_serves_the_agent_and_keeps_the_guest_state(int vcpus)
    {
        await using BootedGuest original = await DefaultGuest.BootAsync(vcpus);
        (await original.Agent.ExecAsync(["/bin/sh", "-c", "echo before > /tmp/marker; sleep 1000 & echo $! > /tmp/pid"]).WaitAsync(Step))
            .ExitCode.Should().Be(0);
        await original.Vm.PauseAsync();
        MicroVmState state = MicroVmStateCodec.Decode(MicroVmStateCodec.Encode(original.Vm.SaveState()));
        GuestMemory memory = CopyOf(original.Vm.Memory);

        await using BootedGuest clone = await BootedGuest.RestoreAsync(state, memory, Step);
        clone.Vm.Generation.Should().Be(1);
        ExecResult r = await clone.Agent.ExecAsync(["/bin/sh", "-c", "cat /tmp/marker; kill -0 $(cat /tmp/pid) && echo alive; cat /proc/uptime"]).WaitAsync(Step);
        r.ExitCode.Should().Be(0, r.StderrText);
        string[] lines = r.StdoutText.Split('\n');
        lines[0].Should().Be("before");
        lines[1].Should().Be("alive");

        // Both guests go on independently: a write in the clone is not seen by the original.
        (await clone.Agent.ExecAsync(["/bin/sh", "-c", "echo clone > /tmp/marker"]).WaitAsync(Step)).ExitCode.Should().Be(0);
        await original.Vm.ResumeAsync();
        (await original.Agent.ExecAsync(["/bin/sh", "-c", "cat /tmp/marker"]).WaitAsync(Step)).StdoutText.Should().Be("before\n");

        (await clone.PowerOffAsync(Step)).Should().Be(VmExitReason.PoweredOff);
        clone.Vm.Console.ToString().Should().NotContain("Oops").And.NotContain("BUG:").And.NotContain("stall");
    }
}
