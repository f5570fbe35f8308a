// A bench step failed in a way the user should read (not a bug in the bench itself).
namespace Harness.Cli.Bench;

internal sealed class BenchException(string message, Exception? inner = null) : Exception(message, inner);
