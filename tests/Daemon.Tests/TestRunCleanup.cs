// Removes the run's snapshot directory after the last test of the assembly.
namespace Harness.Daemon.Tests;

[SetUpFixture]
public sealed class TestRunCleanup
{
    [OneTimeTearDown]
    public void RemoveSnapshotDirectory()
    {
        if (System.IO.Directory.Exists(TestSnapshot.Directory))
        {
            System.IO.Directory.Delete(TestSnapshot.Directory, recursive: true);
        }
    }
}
