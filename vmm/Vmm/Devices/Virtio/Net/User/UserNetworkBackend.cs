// The unprivileged, in-process network backend: a small user-mode TCP/IP endpoint that plays the gateway on the
// guest's link (ARP, ICMP echo, TCP), splicing guest connections to the gateway onto 127.0.0.1 and forwarding host
// ports on 127.0.0.1 into the guest. It never opens a socket to any address other than loopback. All protocol
// state lives on one loop thread; host sockets post their events to it.
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace Harness.Vmm.Devices.Virtio.Net.User;

/// <summary>
/// A user-mode network in the style of QEMU's slirp, without DHCP or DNS: configure the guest statically with
/// <see cref="UserNetworkOptions.GuestAddress"/> and the gateway <see cref="UserNetworkOptions.GatewayAddress"/>.
/// A guest TCP connection to gateway:P reaches 127.0.0.1:P on the host; <see cref="ForwardTcp"/> does the reverse.
/// </summary>
public sealed class UserNetworkBackend : INetworkBackend
{
    private const int TickMs = 200;
    private const ushort FirstForwardPort = 49152;

    private readonly Channel<Action> _work = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread _loop;
    private readonly Timer _timer;
    private readonly Dictionary<(ushort Guest, ushort Gateway), UserTcpConnection> _connections = [];
    private readonly List<(Socket Listener, TcpForward Forward)> _forwards = [];
    private readonly uint _gatewayIp;
    private readonly uint _guestIp;
    private Action<byte[]>? _receiver;
    private MacAddress _guestMac;
    private ushort _ipId;
    private ushort _nextForwardPort = FirstForwardPort;
    private long _dropped;
    private long _internalErrors;
    private string? _lastInternalError;
    private int _connectionCount;
    private volatile bool _disposed;

    /// <summary>Creates the endpoint and starts its loop thread.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public UserNetworkBackend(UserNetworkOptions? options = null)
    {
        options ??= new UserNetworkOptions();
        options.Validate();
        Options = options;
        _gatewayIp = UserNetworkOptions.ToUInt32(options.GatewayAddress);
        _guestIp = UserNetworkOptions.ToUInt32(options.GuestAddress);
        _guestMac = options.GuestMac;
        _ipId = (ushort)RandomNumberGenerator.GetInt32(65536);
        _loop = new Thread(RunLoop) { IsBackground = true, Name = "user-net" };
        _loop.Start();
        _timer = new Timer(_ => Post(Tick), null, TickMs, TickMs);
    }

    /// <summary>The addresses this network uses.</summary>
    public UserNetworkOptions Options { get; }

    /// <summary>Frames from the guest that were malformed, not for the gateway, or of a protocol it does not serve.</summary>
    public long DroppedFrames => Interlocked.Read(ref _dropped);

    /// <summary>Unexpected exceptions caught on the loop thread (each also dropped the event that caused it).</summary>
    public long InternalErrors => Interlocked.Read(ref _internalErrors);

    /// <summary>The most recent internal error, for diagnostics.</summary>
    public string? LastInternalError => Volatile.Read(ref _lastInternalError);

    /// <summary>TCP connections currently open through the endpoint.</summary>
    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    /// <summary>The active port forwards.</summary>
    public IReadOnlyList<TcpForward> Forwards
    {
        get
        {
            lock (_forwards)
            {
                return [.. _forwards.Select(f => f.Forward)];
            }
        }
    }

    /// <inheritdoc />
    public void Start(Action<byte[]> receiver)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        if (Interlocked.CompareExchange(ref _receiver, receiver, null) != null)
        {
            throw new InvalidOperationException("the user network backend is already started");
        }
    }

    /// <inheritdoc />
    public void Send(ReadOnlySpan<byte> frame)
    {
        byte[] copy = frame.ToArray();
        Post(() => OnGuestFrame(copy));
    }

    /// <summary>
    /// Listens on 127.0.0.1:<paramref name="hostPort"/> (0 picks a free port) and opens a TCP connection to the
    /// guest's <paramref name="guestPort"/> for every connection accepted there. Returns the port listening.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A port is out of range.</exception>
    /// <exception cref="SocketException">The host port cannot be bound.</exception>
    public int ForwardTcp(int hostPort, int guestPort)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hostPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hostPort, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(guestPort, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(guestPort, 65535);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(IPAddress.Loopback, hostPort));
            listener.Listen(64);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        var forward = new TcpForward(((IPEndPoint)listener.LocalEndPoint!).Port, guestPort);
        lock (_forwards)
        {
            _forwards.Add((listener, forward));
        }

        _ = AcceptAsync(listener, (ushort)guestPort);
        return forward.HostPort;
    }

    private async Task AcceptAsync(Socket listener, ushort guestPort)
    {
        while (!_disposed)
        {
            Socket accepted;
            try
            {
                accepted = await listener.AcceptAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            accepted.NoDelay = true;
            if (!Post(() => StartForwarded(accepted, guestPort)))
            {
                accepted.Dispose();
            }
        }
    }

    /// <summary>Queues work for the loop thread; false once the endpoint is disposed.</summary>
    internal bool Post(Action action) => !_disposed && _work.Writer.TryWrite(action);

    /// <summary>Completes once the loop has handled everything posted before this call (for tests).</summary>
    internal Task FlushAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!Post(() => done.TrySetResult()))
        {
            done.TrySetException(new ObjectDisposedException(nameof(UserNetworkBackend)));
        }

        return done.Task;
    }

    private void RunLoop()
    {
        ChannelReader<Action> reader = _work.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out Action? action))
            {
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    // One bad event must not stop the network; it is counted and visible.
                    Interlocked.Increment(ref _internalErrors);
                    Volatile.Write(ref _lastInternalError, e.ToString());
                }
            }
        }
    }

    private void Tick()
    {
        long now = Environment.TickCount64;
        foreach (UserTcpConnection c in _connections.Values.ToArray())
        {
            c.OnTick(now);
        }
    }

    private void Emit(byte[] frame) => Volatile.Read(ref _receiver)?.Invoke(frame);

    private void Drop() => Interlocked.Increment(ref _dropped);

    private void OnGuestFrame(byte[] frame)
    {
        if (frame.Length < PacketBuilder.EthernetHeaderSize)
        {
            Drop();
            return;
        }

        var destination = new MacAddress(frame.AsSpan(0, 6));
        var source = new MacAddress(frame.AsSpan(6, 6));
        if ((destination != Options.GatewayMac && destination != MacAddress.Broadcast) || source.IsMulticast)
        {
            Drop();
            return;
        }

        ReadOnlySpan<byte> payload = frame.AsSpan(PacketBuilder.EthernetHeaderSize);
        switch (BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(12)))
        {
            case EtherType.Arp:
                OnArp(source, payload);
                break;
            case EtherType.Ipv4 when destination == Options.GatewayMac:
                OnIpv4(source, payload);
                break;
            default:
                Drop();
                break;
        }
    }

    private void OnArp(MacAddress source, ReadOnlySpan<byte> a)
    {
        if (a.Length < 28 || BinaryPrimitives.ReadUInt16BigEndian(a) != 1 || BinaryPrimitives.ReadUInt16BigEndian(a[2..]) != EtherType.Ipv4
            || a[4] != 6 || a[5] != 4)
        {
            Drop();
            return;
        }

        ushort op = BinaryPrimitives.ReadUInt16BigEndian(a[6..]);
        var senderMac = new MacAddress(a.Slice(8, 6));
        uint senderIp = BinaryPrimitives.ReadUInt32BigEndian(a[14..]);
        uint targetIp = BinaryPrimitives.ReadUInt32BigEndian(a[24..]);
        if (senderIp != _guestIp || senderMac != source)
        {
            Drop();
            return;
        }

        _guestMac = source;
        if (op == 1 && targetIp == _gatewayIp)
        {
            Emit(PacketBuilder.ArpReply(Options.GatewayMac, _gatewayIp, senderMac, senderIp));
        }
        else if (op != 2)
        {
            // Requests for other addresses go unanswered: nothing else lives on this link.
            Drop();
        }
    }

    private void OnIpv4(MacAddress source, ReadOnlySpan<byte> p)
    {
        if (!Ipv4Packet.TryParse(p, out Ipv4Packet ip) || ip.Source != _guestIp || ip.Destination != _gatewayIp)
        {
            Drop();
            return;
        }

        _guestMac = source;
        switch (ip.Protocol)
        {
            case IpProtocol.Icmp:
                OnIcmp(ip.Payload);
                break;
            case IpProtocol.Tcp when TcpSegment.TryParse(ip.Payload, ip.Source, ip.Destination, out TcpSegment s):
                OnTcp(s);
                break;
            default:
                Drop();
                break;
        }
    }

    private void OnIcmp(ReadOnlySpan<byte> icmp)
    {
        if (icmp.Length < 8 || icmp[0] != 8 || icmp[1] != 0 || InternetChecksum.Finish(InternetChecksum.Add(0, icmp)) != 0)
        {
            Drop();
            return;
        }

        Emit(PacketBuilder.IcmpEchoReply(Options.GatewayMac, _guestMac, _gatewayIp, _guestIp, _ipId++, icmp));
    }

    private void OnTcp(in TcpSegment s)
    {
        if (s.SourcePort == 0 || s.DestinationPort == 0)
        {
            Drop();
            return;
        }

        if (_connections.TryGetValue((s.SourcePort, s.DestinationPort), out UserTcpConnection? c))
        {
            c.OnSegment(s);
            return;
        }

        if (s.Has(TcpFlags.Rst))
        {
            return;
        }

        if (s.Has(TcpFlags.Syn) && !s.Has(TcpFlags.Ack) && _connections.Count < Options.MaxConnections)
        {
            c = new UserTcpConnection(this, s.SourcePort, s.DestinationPort, RandomIss());
            Add(c);
            c.StartFromGuestSyn(s);
            return;
        }

        // No such connection (RFC 9293 §3.10.7.1): answer with a reset that the guest will accept.
        if (s.Has(TcpFlags.Ack))
        {
            SendRaw(s.DestinationPort, s.SourcePort, s.Acknowledgment, 0, TcpFlags.Rst, 0);
        }
        else
        {
            SendRaw(s.DestinationPort, s.SourcePort, 0, s.Sequence + (uint)s.SequenceLength, TcpFlags.Rst | TcpFlags.Ack, 0);
        }
    }

    private void StartForwarded(Socket socket, ushort guestPort)
    {
        if (_connections.Count >= Options.MaxConnections)
        {
            socket.Dispose();
            return;
        }

        ushort gatewayPort = 0;
        for (int i = 0; i < 65536 - FirstForwardPort; i++)
        {
            ushort candidate = _nextForwardPort;
            _nextForwardPort = candidate == ushort.MaxValue ? FirstForwardPort : (ushort)(candidate + 1);
            if (!_connections.ContainsKey((guestPort, candidate)))
            {
                gatewayPort = candidate;
                break;
            }
        }

        if (gatewayPort == 0)
        {
            socket.Dispose();
            return;
        }

        var c = new UserTcpConnection(this, guestPort, gatewayPort, RandomIss());
        Add(c);
        c.StartForwarded(socket);
    }

    private static uint RandomIss() => (uint)RandomNumberGenerator.GetInt32(int.MaxValue) * 2;

    private void Add(UserTcpConnection c)
    {
        _connections.Add((c.GuestPort, c.GatewayPort), c);
        Volatile.Write(ref _connectionCount, _connections.Count);
    }

    internal void Remove(UserTcpConnection c)
    {
        if (_connections.TryGetValue((c.GuestPort, c.GatewayPort), out UserTcpConnection? current) && current == c)
        {
            _connections.Remove((c.GuestPort, c.GatewayPort));
            Volatile.Write(ref _connectionCount, _connections.Count);
        }
    }

    /// <summary>Sends a segment of <paramref name="c"/> to the guest.</summary>
    internal void SendTcp(UserTcpConnection c, TcpFlags flags, uint seq, uint ack, ushort window, ushort mss, ReadOnlySpan<byte> payload) =>
        Emit(PacketBuilder.Tcp(Options.GatewayMac, _guestMac, _gatewayIp, _guestIp, _ipId++, c.GatewayPort, c.GuestPort,
            seq, ack, flags, window, mss, payload));

    private void SendRaw(ushort gatewayPort, ushort guestPort, uint seq, uint ack, TcpFlags flags, ushort window) =>
        Emit(PacketBuilder.Tcp(Options.GatewayMac, _guestMac, _gatewayIp, _guestIp, _ipId++, gatewayPort, guestPort,
            seq, ack, flags, window, 0, []));

    /// <summary>Stops the loop, closes every forward listener and every connection.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _work.Writer.TryWrite(() =>
        {
            foreach (UserTcpConnection c in _connections.Values.ToArray())
            {
                c.Abort();
            }
        });
        _disposed = true;
        _timer.Dispose();
        lock (_forwards)
        {
            foreach ((Socket listener, _) in _forwards)
            {
                listener.Dispose();
            }

            _forwards.Clear();
        }

        _work.Writer.TryComplete();
        if (Thread.CurrentThread != _loop)
        {
            _loop.Join(TimeSpan.FromSeconds(10));
        }
    }
}
