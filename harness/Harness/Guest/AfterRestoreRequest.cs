// What the guest's after-restore hook is given: the host's wall clock, entropy, the generation and a per-restore id.
namespace Harness.Guest;

/// <summary>The arguments of the agent's after-restore hook (see <see cref="Harness.Agent.AgentClient.AfterRestoreAsync(DateTimeOffset?, ReadOnlyMemory{byte}, ulong?, Guid?, CancellationToken)"/>).</summary>
public sealed record AfterRestoreRequest(DateTimeOffset? WallClock, ReadOnlyMemory<byte> Entropy, ulong? Generation, Guid? GenerationId);
