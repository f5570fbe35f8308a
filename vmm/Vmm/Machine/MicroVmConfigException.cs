// Typed error for a machine configuration that cannot run, raised before anything is allocated or started.
namespace Harness.Vmm.Machine;

/// <summary>The machine configuration is invalid; the message names the setting and the allowed range.</summary>
public sealed class MicroVmConfigException(string message, Exception? inner = null) : Exception(message, inner);
