// A serial sink that copies the guest's console into a host stream (a log file, the terminal).
namespace Harness.Vmm.Devices;

/// <summary>Writes transmitted bytes to a <see cref="Stream"/>, flushing at each line end so logs stay current.</summary>
public sealed class StreamSerialSink : ISerialSink
{
    private readonly Lock _lock = new();
    private readonly Stream _stream;

    /// <summary>Wraps <paramref name="stream"/>; the caller keeps ownership and disposes it.</summary>
    public StreamSerialSink(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("the console stream is not writable", nameof(stream));
        }

        _stream = stream;
    }

    /// <inheritdoc />
    public void Write(ReadOnlySpan<byte> data)
    {
        lock (_lock)
        {
            _stream.Write(data);
            if (data.Contains((byte)'\n'))
            {
                _stream.Flush();
            }
        }
    }
}
