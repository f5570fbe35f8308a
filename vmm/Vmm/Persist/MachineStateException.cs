// Typed error for machine state that cannot be restored: malformed, from another version, or inconsistent.
namespace Harness.Vmm.Persist;

/// <summary>Machine state is malformed or does not fit the machine it is restored into; the message says which part.</summary>
public sealed class MachineStateException(string message, Exception? inner = null) : Exception(message, inner);
