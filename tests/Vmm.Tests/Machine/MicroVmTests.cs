// The machine end to end with small S-mode programs: SBI, the UART, SMP bring-up through HSM, the SBI timer,
// faults on unmapped MMIO, pause/resume/stop, panic detection, and configuration errors.
using Harness.Vmm.Machine;
using Harness.Vmm.Tests.Machine.Programs;

namespace Harness.Vmm.Tests.Machine;

public class MicroVmTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("microvm-test").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Kernel(string source)
    {
        string path = Path.Combine(_dir, "Image");
        File.WriteAllBytes(path, GuestPrograms.Build(source));
        return path;
    }

    private MicroVm Build(string source, int vcpus = 1, int memoryMiB = 32) =>
        new MicroVmBuilder().WithKernel(Kernel(source)).WithVcpus(vcpus).WithMemoryMiB(memoryMiB).Build();

    private static async Task<VmExitReason> RunToExit(MicroVm vm)
    {
        await vm.StartAsync();
        try
        {
            return await vm.Exited.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            await vm.PauseAsync();
            Assert.Fail($"the VM did not exit within {Timeout}; pc 0x{vm.GetHartPc(0):x}, console: '{vm.Console}'");
            throw;
        }
    }

    [Test]
    public async Task Sbi_console_and_uart_output_reach_the_console_log_and_shutdown_powers_off()
    {
        await using MicroVm vm = Build(GuestPrograms.Hello);
        (await RunToExit(vm)).Should().Be(VmExitReason.PoweredOff);
        vm.Console.ToString().Should().Be("hello from sbi\nhello from uart\n");
        vm.SbiCalls.Should().BeGreaterThan(15);
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    [TestCase(8)]
    public async Task Secondary_harts_start_and_stop_through_hsm(int vcpus)
    {
        await using MicroVm vm = Build(GuestPrograms.Smp, vcpus);
        (await RunToExit(vm)).Should().Be(VmExitReason.PoweredOff);
        int sum = vcpus * (vcpus + 1) / 2 - 1; // secondaries 1..n-1 each add id + 1
        vm.Console.ToString().Should().Be($"{(char)('0' + vcpus)}{(char)('0' + sum)}\n");
    }

    [Test]
    public async Task Sbi_base_probes_and_unknown_extensions_answer_as_the_spec_says()
    {
        await using MicroVm vm = Build(GuestPrograms.SbiProbe);
        (await RunToExit(vm)).Should().Be(VmExitReason.PoweredOff);
        vm.Console.ToString().Should().Be("1102");
    }

    [Test]
    public async Task The_sbi_timer_wakes_a_hart_parked_in_wfi_with_a_supervisor_timer_interrupt()
    {
        await using MicroVm vm = Build(GuestPrograms.Timer);
        (await RunToExit(vm)).Should().Be(VmExitReason.PoweredOff);
        vm.Console.ToString().Should().Be("T15");
    }

    [Test]
    public async Task Fast_forward_skips_idle_time_to_the_guests_own_deadline_and_stops_at_the_target()
    {
        await using MicroVm vm = Build(GuestPrograms.DistantTimer);
        await vm.StartAsync();
        bool reached = await vm.FastForwardIdleAsync(TimeSpan.FromSeconds(2_000), Timeout);
        await vm.PauseAsync();
        reached.Should().BeTrue("the guest idles throughout, so 2,000 guest seconds pass without waiting for them");
        vm.Console.ToString().Should().Be("W", "the timer fires at its deadline, neither before nor a guest second after");
        vm.Clock.Read().Should().BeGreaterThanOrEqualTo(2_000 * 10_000_000UL);
        vm.Wakeups.Should().Be(1, "one timer interrupt, then idle with the timer off");
        vm.ExitReason.Should().Be(VmExitReason.None);
    }

    [Test]
    public async Task Fast_forward_needs_a_running_vm()
    {
        await using MicroVm vm = Build(GuestPrograms.DistantTimer);
        Func<Task> before = () => vm.FastForwardIdleAsync(TimeSpan.FromSeconds(1), Timeout);
        await before.Should().ThrowAsync<InvalidOperationException>();
        await vm.StartAsync();
        await vm.PauseAsync();
        Func<Task> paused = () => vm.FastForwardIdleAsync(TimeSpan.FromSeconds(1), Timeout);
        await paused.Should().ThrowAsync<InvalidOperationException>();
    }

    [Test]
    public async Task A_load_from_unmapped_mmio_is_an_access_fault_for_the_guest_and_is_counted()
    {
        await using MicroVm vm = Build(GuestPrograms.UnmappedMmio);
        (await RunToExit(vm)).Should().Be(VmExitReason.PoweredOff);
        vm.Console.ToString().Should().Be("C5A");
        vm.Bus.UnmappedAccesses.Should().Be(1);
    }

    [Test]
    public async Task A_kernel_panic_on_the_console_ends_the_vm()
    {
        await using MicroVm vm = Build(GuestPrograms.Panic);
        (await RunToExit(vm)).Should().Be(VmExitReason.GuestPanic);
    }

    [Test]
    public async Task Pause_freezes_every_vcpu_and_guest_time_and_stop_leaves_no_thread()
    {
        await using MicroVm vm = Build(GuestPrograms.Spin, vcpus: 2);
        await vm.StartAsync();
        SpinWait.SpinUntil(() => vm.InstructionsRetired > 1_000_000, Timeout).Should().BeTrue();

        await vm.PauseAsync();
        vm.IsPaused.Should().BeTrue();
        long frozen = vm.InstructionsRetired;
        ulong time = vm.Clock.Read();
        Thread.Sleep(20);
        vm.InstructionsRetired.Should().Be(frozen);
        vm.Clock.Read().Should().Be(time);

        await vm.ResumeAsync();
        SpinWait.SpinUntil(() => vm.InstructionsRetired > frozen, Timeout).Should().BeTrue();
        vm.Clock.Read().Should().BeGreaterThan(time);

        (await vm.StopAsync()).Should().Be(VmExitReason.Stopped);
        vm.ExitReason.Should().Be(VmExitReason.Stopped);
        vm.VcpuThreadsAlive.Should().Be(0);
    }

    [Test]
    public async Task Stop_while_paused_ends_the_vm()
    {
        await using MicroVm vm = Build(GuestPrograms.Spin);
        await vm.StartAsync();
        await vm.PauseAsync();
        (await vm.StopAsync().WaitAsync(Timeout)).Should().Be(VmExitReason.Stopped);
        vm.VcpuThreadsAlive.Should().Be(0);
    }

    [Test]
    public async Task An_automatic_vsock_socket_is_bound_when_first_asked_for_and_goes_with_the_vm()
    {
        MicroVm vm = Build(GuestPrograms.Hello);
        string path = vm.Vsock!.UdsPath;
        File.Exists(path).Should().BeFalse("nobody has asked for the path, so nothing is bound yet");
        vm.VsockUdsPath.Should().Be(path);
        File.Exists(path).Should().BeTrue("whoever learns the path finds it listening");
        using (var client = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream,
                   System.Net.Sockets.ProtocolType.Unspecified))
        {
            await client.ConnectAsync(new System.Net.Sockets.UnixDomainSocketEndPoint(path));
        }

        await using (MicroVm other = Build(GuestPrograms.Hello))
        {
            other.Vsock!.UdsPath.Should().NotBe(path, "every VM has a path of its own");
        }

        await vm.DisposeAsync();
        File.Exists(path).Should().BeFalse("the socket file goes with the VM");
        vm.VsockUdsPath.Should().Be(path, "a disposed VM still names its path but binds nothing");
        File.Exists(path).Should().BeFalse();
    }

    [Test]
    public async Task An_explicit_vsock_path_is_bound_at_creation()
    {
        string path = Path.Combine(_dir, "explicit.sock");
        await using MicroVm vm = new MicroVmBuilder().WithKernel(Kernel(GuestPrograms.Hello)).WithMemoryMiB(32).WithVsock(path).Build();
        File.Exists(path).Should().BeTrue("a path the caller chose is for processes that never ask this object");
        vm.VsockUdsPath.Should().Be(path);
    }

    [TestCase(0, 128, "vCPU count 0")]
    [TestCase(9, 128, "vCPU count 9")]
    [TestCase(1, 16, "memory 16 MiB")]
    [TestCase(1, 8192, "memory 8192 MiB")]
    public void Out_of_range_settings_are_rejected_before_anything_runs(int vcpus, int memoryMiB, string message)
    {
        var builder = new MicroVmBuilder().WithKernel(Kernel(GuestPrograms.Hello)).WithVcpus(vcpus).WithMemoryMiB(memoryMiB);
        FluentActions.Invoking(() => builder.Build()).Should().Throw<MicroVmConfigException>().WithMessage($"*{message}*");
    }

    [Test]
    public void A_kernel_that_is_not_an_image_is_rejected()
    {
        string path = Path.Combine(_dir, "notanimage");
        File.WriteAllBytes(path, new byte[4096]);
        FluentActions.Invoking(() => new MicroVmBuilder().WithKernel(path).Build())
            .Should().Throw<MicroVmConfigException>().WithMessage("*not a RISC-V Image*");
    }

    [Test]
    public void An_initramfs_larger_than_ram_is_rejected()
    {
        string initrd = Path.Combine(_dir, "initrd");
        using (FileStream f = File.Create(initrd))
        {
            f.SetLength(33L << 20);
        }

        FluentActions.Invoking(() => new MicroVmBuilder().WithKernel(Kernel(GuestPrograms.Hello)).WithInitramfs(initrd)
                .WithMemoryMiB(32).Build())
            .Should().Throw<MicroVmConfigException>().WithMessage("*larger than guest RAM*");
    }

    [Test]
    public void Missing_files_are_named()
    {
        FluentActions.Invoking(() => new MicroVmBuilder().WithKernel("/nonexistent/Image").Build())
            .Should().Throw<MicroVmConfigException>().WithMessage("*/nonexistent/Image*");
    }
}
