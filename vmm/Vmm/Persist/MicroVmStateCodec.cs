// Serializes MicroVmState for a snapshot section. JSON keeps the section readable in `snapshot inspect` and is
// small next to guest memory; the source-generated context keeps it reflection-free and fast.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harness.Vmm.Persist;

/// <summary>Encodes and decodes <see cref="MicroVmState"/>.</summary>
public static class MicroVmStateCodec
{
    /// <summary>Upper bound on an encoded state; anything larger is refused before parsing.</summary>
    public const int MaxEncodedBytes = 16 << 20;

    /// <summary>Encodes <paramref name="state"/> as UTF-8 JSON.</summary>
    public static byte[] Encode(MicroVmState state) => JsonSerializer.SerializeToUtf8Bytes(state, MicroVmStateJsonContext.Default.MicroVmState);

    /// <summary>Decodes untrusted bytes; every failure is a <see cref="MachineStateException"/>.</summary>
    public static MicroVmState Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length > MaxEncodedBytes)
        {
            throw new MachineStateException($"machine state of {encoded.Length} bytes exceeds the limit of {MaxEncodedBytes}");
        }

        MicroVmState? state;
        try
        {
            state = JsonSerializer.Deserialize(encoded, MicroVmStateJsonContext.Default.MicroVmState);
        }
        catch (JsonException e)
        {
            throw new MachineStateException($"machine state is malformed: {e.Message}", e);
        }

        if (state == null)
        {
            throw new MachineStateException("machine state is empty");
        }

        if (state.Version != MicroVmState.CurrentVersion)
        {
            throw new MachineStateException(
                $"machine state version {state.Version} is not supported (this build reads version {MicroVmState.CurrentVersion})");
        }

        return state;
    }
}

[JsonSourceGenerationOptions(RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(MicroVmState))]
internal sealed partial class MicroVmStateJsonContext : JsonSerializerContext;
