// The host end of a guest-initiated vsock connection: a Unix socket listener at <vsock socket>_PORT, which the
// vsock device bridges a guest connect(CID 2, PORT) to (Firecracker's convention). Accepts one connection.
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Harness.Integration.Tests;

internal sealed class VirtioHostPort : IDisposable
{
    private readonly Socket _listener;
    private readonly string _path;

    public VirtioHostPort(string vsockUdsPath, uint port)
    {
        _path = $"{vsockUdsPath}_{port}";
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(_path));
        _listener.Listen(1);
    }

    /// <summary>Accepts the guest's connection, sends <paramref name="bytes"/> of seeded random data, then closes its send side and waits for the guest's EOF.</summary>
    /// <returns>The SHA-256 of what was sent.</returns>
    public async Task<string> SendAsync(long bytes, int seed, CancellationToken ct)
    {
        using Socket s = await _listener.AcceptAsync(ct);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var random = new Random(seed);
        byte[] chunk = new byte[256 * 1024];
        for (long left = bytes; left > 0; left -= chunk.Length)
        {
            int n = (int)Math.Min(left, chunk.Length);
            random.NextBytes(chunk.AsSpan(0, n));
            hash.AppendData(chunk, 0, n);
            await s.SendAsync(chunk.AsMemory(0, n), SocketFlags.None, ct);
        }

        s.Shutdown(SocketShutdown.Send);
        while (await s.ReceiveAsync(chunk, SocketFlags.None, ct) > 0)
        {
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Accepts the guest's connection and reads it to EOF.</summary>
    /// <returns>The number of bytes and their SHA-256.</returns>
    public async Task<(long Bytes, string Sha256)> ReceiveAsync(CancellationToken ct)
    {
        using Socket s = await _listener.AcceptAsync(ct);
        s.Shutdown(SocketShutdown.Send);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] chunk = new byte[256 * 1024];
        long total = 0;
        int n;
        while ((n = await s.ReceiveAsync(chunk, SocketFlags.None, ct)) > 0)
        {
            hash.AppendData(chunk, 0, n);
            total += n;
        }

        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public void Dispose()
    {
        _listener.Dispose();
        File.Delete(_path);
    }
}
