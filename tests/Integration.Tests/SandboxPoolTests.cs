// Sandboxes and pools on the real guest: a recipe's snapshot built once, warm sandboxes handed out, each used
// once and destroyed, the pool's size and memory limits honoured, and the builder's validation.
using Harness.Agent;
using Harness.Guest;
using Harness.Sandboxes;

namespace Harness.Integration.Tests;

public class SandboxPoolTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);
    private string _catalogDir = "";
    private SandboxSpec _spec = null!;

    [OneTimeSetUp]
    public async Task Recipe()
    {
        _catalogDir = Directory.CreateTempSubdirectory("catalog").FullName;
        MicroVmArtifacts a = await MicroVmArtifacts.GetAsync();
        _spec = new SandboxBuilder().WithKernel(a.Kernel, a.Initramfs).WithWarmup("echo warm > /tmp/w")
            .WithEnvironment("GREETING", "hi").Build();
    }

    [OneTimeTearDown]
    public void Cleanup() => Directory.Delete(_catalogDir, recursive: true);

    private SandboxPool Pool(int minIdle, int max, long budgetMiB = long.MaxValue) =>
        new(_spec, new SandboxPoolOptions { MinIdle = minIdle, MaxSize = max, MemoryBudgetMiB = budgetMiB, Catalog = new SnapshotCatalog(_catalogDir) });

    [Test]
    public async Task A_pool_hands_out_warm_sandboxes_once_each()
    {
        await using SandboxPool pool = Pool(minIdle: 2, max: 4);
        await pool.StartAsync().WaitAsync(Step);
        pool.Idle.Should().Be(2);

        var ids = new HashSet<string>();
        for (int i = 0; i < 3; i++)
        {
            await using SandboxLease lease = await pool.AcquireAsync(Step);
            ExecResult r = await lease.Sandbox.ExecAsync("cat /tmp/w; echo $GREETING; cat /run/harness/generation_id").WaitAsync(Step);
            string[] lines = r.StdoutText.Split('\n');
            lines[0].Should().Be("warm");
            lines[1].Should().Be("hi");
            ids.Add(lines[2]).Should().BeTrue("a sandbox is never handed out twice");
        }

        pool.Destroyed.Should().Be(3);
        pool.Leased.Should().Be(0);
    }

    [Test]
    public async Task Parallel_acquires_beyond_the_maximum_wait_for_released_sandboxes()
    {
        await using SandboxPool pool = Pool(minIdle: 1, max: 2);
        await pool.StartAsync().WaitAsync(Step);
        int maxLeased = 0;
        var tasks = Enumerable.Range(0, 5).Select(async i =>
        {
            await using SandboxLease lease = await pool.AcquireAsync(Step);
            Interlocked.Exchange(ref maxLeased, Math.Max(Volatile.Read(ref maxLeased), pool.Leased));
            ExecResult r = await lease.Sandbox.ExecAsync($"echo {i}").WaitAsync(Step);
            return r.StdoutText.Trim();
        }).ToArray();
        (await Task.WhenAll(tasks)).Should().BeEquivalentTo(["0", "1", "2", "3", "4"]);
        maxLeased.Should().BeLessThanOrEqualTo(2);
    }

    [Test]
    public async Task An_exhausted_pool_times_out_with_a_message_that_says_why()
    {
        await using SandboxPool pool = Pool(minIdle: 1, max: 1);
        await pool.StartAsync().WaitAsync(Step);
        await using SandboxLease held = await pool.AcquireAsync(Step);
        Func<Task> second = () => pool.AcquireAsync(TimeSpan.FromMilliseconds(300));
        (await second.Should().ThrowAsync<SandboxPoolExhaustedException>()).WithMessage("*1 leased of at most 1*");
    }

    [Test]
    public async Task The_memory_budget_holds_restores_back()
    {
        await using SandboxPool pool = Pool(minIdle: 2, max: 4, budgetMiB: 1);
        await pool.StartAsync().WaitAsync(Step);
        pool.Idle.Should().Be(0);
        pool.AtMemoryBudget.Should().BeTrue();
        Func<Task> acquire = () => pool.AcquireAsync(TimeSpan.FromMilliseconds(300));
        (await acquire.Should().ThrowAsync<SandboxPoolExhaustedException>()).WithMessage("*memory*budget*");
    }

    [Test]
    public void The_builder_refuses_what_cannot_run()
    {
        FluentActions.Invoking(() => new SandboxBuilder().Build()).Should().Throw<SandboxConfigurationException>()
            .WithMessage("*WithSnapshot*WithKernel*");
        FluentActions.Invoking(() => new SandboxBuilder().WithSnapshot("/nonexistent.snap").Build())
            .Should().Throw<SandboxConfigurationException>().WithMessage("*/nonexistent.snap*");
        FluentActions.Invoking(() => new SandboxBuilder().WithKernel(_spec.KernelPath!, _spec.InitramfsPath!).WithVcpus(9).Build())
            .Should().Throw<SandboxConfigurationException>().WithMessage("*vCPU count 9*");
        FluentActions.Invoking(() => new SandboxBuilder().WithKernel(_spec.KernelPath!, _spec.InitramfsPath!).WithEnvironment("A=B", "x").Build())
            .Should().Throw<SandboxConfigurationException>().WithMessage("*A=B*");
        FluentActions.Invoking(() => new SandboxPool(_spec, new SandboxPoolOptions { MinIdle = 5, MaxSize = 2 }))
            .Should().Throw<SandboxConfigurationException>();
    }
}
