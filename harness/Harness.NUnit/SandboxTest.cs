// Base class for tests that each need a fresh sandbox: one instance per test case (so parallel tests never share
// a sandbox), the sandbox acquired before the test and destroyed after it, its console attached on failure.
using global::NUnit.Framework;
using global::NUnit.Framework.Interfaces;

namespace Harness.NUnit;

/// <summary>
/// Gives every test its own sandbox from the namespace's pool, or from the pool daemon when <c>HARNESS_DAEMON</c>
/// names its socket (see <see cref="SandboxPoolSetUp"/>).
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public abstract class SandboxTest
{
    private TestSandbox? _lease;

    /// <summary>How long a test waits for a sandbox.</summary>
    protected virtual TimeSpan AcquireTimeout => TimeSpan.FromSeconds(60);

    /// <summary>This test's sandbox.</summary>
    protected TestSandbox Sandbox => _lease ?? throw new InvalidOperationException("the sandbox is acquired in [SetUp]");

    /// <summary>Acquires the sandbox and records the wait.</summary>
    [SetUp]
    public async Task AcquireSandboxAsync()
    {
        _lease = await SandboxPools.AcquireAsync(GetType().Namespace, AcquireTimeout).ConfigureAwait(false);
        SandboxPools.Measurements.Record("acquire", _lease.Waited.TotalMicroseconds, "us");
        SandboxPools.Measurements.Record("restore_to_ready", _lease.RestoreToReady);
    }

    /// <summary>Attaches the console on failure and destroys the sandbox.</summary>
    [TearDown]
    public async Task ReleaseSandboxAsync()
    {
        if (_lease == null)
        {
            return;
        }

        if (TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed)
        {
            string file = Path.Combine(TestContext.CurrentContext.WorkDirectory,
                $"{TestContext.CurrentContext.Test.ID}-console.log");
            await File.WriteAllTextAsync(file, _lease.ConsoleLog).ConfigureAwait(false);
            TestContext.AddTestAttachment(file, "the sandbox's console");
        }

        await _lease.DisposeAsync().ConfigureAwait(false);
        _lease = null;
    }
}
