// One TCP connection between the guest and the user-mode endpoint (RFC 9293), spliced to a host socket on
// 127.0.0.1. All state is touched only on the endpoint's loop thread; the host socket is served by one reader and
// one writer task that post their results back to the loop. Flow control both ways: the guest's advertised window
// bounds what is sent to it, and bytes not yet written to the host socket shrink the window advertised to it.
using System.Net.Sockets;
using System.Threading.Channels;

namespace Harness.Vmm.Devices.Virtio.Net.User;

internal enum UserTcpState
{
    /// <summary>The guest sent SYN; the host socket is connecting.</summary>
    HostConnecting,

    /// <summary>SYN-ACK sent to the guest, waiting for its ACK.</summary>
    SynReceived,

    /// <summary>A forwarded host connection: SYN sent to the guest, waiting for SYN-ACK.</summary>
    SynSent,

    Established,
    Closed,
}

internal sealed partial class UserTcpConnection
{
    /// <summary>Window advertised to the guest when nothing is queued for the host (no window scaling).</summary>
    public const int MaxWindow = 65535;

    /// <summary>MSS announced to the guest (MTU 1500 less IP and TCP headers).</summary>
    public const ushort OurMss = 1460;

    /// <summary>Host bytes buffered for the guest beyond which the host socket is not read.</summary>
    private const int ToGuestLimit = 256 * 1024;

    private const int MaxSynRetries = 6;

    private readonly UserNetworkBackend _stack;
    private readonly ByteRing _toGuest = new();
    private readonly SemaphoreSlim _room = new(1);
    private readonly Channel<byte[]?> _toHost = Channel.CreateUnbounded<byte[]?>(new UnboundedChannelOptions { SingleReader = true });
    private Socket? _socket;
    private uint _iss;
    private uint _sndUna;
    private uint _sndNxt;
    private int _sndWnd;
    private int _mss = 536;
    private uint _irs;
    private uint _rcvNxt;
    private int _queuedToHost;
    private int _lastAdvertised = MaxWindow;
    private bool _readerBlocked;
    private bool _hostEof;
    private bool _finAcked;
    private uint _sndMax;
    private bool _guestFin;
    private bool _hostWriteShut;
    private long _lastProgress;
    private int _synRetries;
    private readonly long _retransmitMs;

    public UserTcpConnection(UserNetworkBackend stack, ushort guestPort, ushort gatewayPort, uint iss)
    {
        _stack = stack;
        GuestPort = guestPort;
        GatewayPort = gatewayPort;
        _iss = iss;
        _sndUna = _sndNxt = iss;
        _lastProgress = Environment.TickCount64;
        _retransmitMs = (long)Math.Min(stack.Options.RetransmitTimeout.TotalMilliseconds, int.MaxValue);
    }

    public ushort GuestPort { get; }

    public ushort GatewayPort { get; }

    public UserTcpState State { get; private set; }

    private ushort Window => (ushort)Math.Clamp(MaxWindow - _queuedToHost, 0, MaxWindow);

    /// <summary>The guest opened a connection to the gateway: connect to 127.0.0.1 on the same port.</summary>
    public void StartFromGuestSyn(in TcpSegment syn)
    {
        State = UserTcpState.HostConnecting;
        _irs = syn.Sequence;
        _rcvNxt = syn.Sequence + 1;
        _sndWnd = syn.Window;
        _mss = EffectiveMss(syn.MaxSegmentSize);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        ushort port = GatewayPort;
        _ = ConnectAsync(socket, port);
    }

    private void SendSynAck()
    {
        _sndNxt = _sndMax = _iss + 1;
        _stack.SendTcp(this, TcpFlags.Syn | TcpFlags.Ack, _iss, _rcvNxt, Window, OurMss, []);
        _lastProgress = Environment.TickCount64;
    }

    /// <summary>A host connection accepted on a forward: open a connection to the guest's port.</summary>
    public void StartForwarded(Socket socket)
    {
        _socket = socket;
        State = UserTcpState.SynSent;
        SendSyn();
    }

    private void SendSyn()
    {
        _sndNxt = _sndMax = _iss + 1;
        _stack.SendTcp(this, TcpFlags.Syn, _iss, 0, Window, OurMss, []);
        _lastProgress = Environment.TickCount64;
    }

    private static int EffectiveMss(ushort offered) => offered == 0 ? 536 : Math.Clamp((int)offered, 64, OurMss);

    private static bool Before(uint a, uint b) => (int)(a - b) < 0;

    /// <summary>A segment from the guest for this connection.</summary>
    public void OnSegment(in TcpSegment s)
    {
        switch (State)
        {
            case UserTcpState.HostConnecting:
                if (s.Has(TcpFlags.Rst))
                {
                    Close();
                }

                return;
            case UserTcpState.SynReceived:
                if (s.Has(TcpFlags.Rst))
                {
                    Abort();
                    return;
                }

                if (s.Has(TcpFlags.Syn))
                {
                    if (s.Sequence == _irs)
                    {
                        SendSynAck();
                    }

                    return;
                }

                if (!s.Has(TcpFlags.Ack) || s.Acknowledgment != _iss + 1)
                {
                    return;
                }

                _sndUna = _iss + 1;
                Establish();
                break;
            case UserTcpState.SynSent:
                if (!s.Has(TcpFlags.Ack) || s.Acknowledgment != _iss + 1)
                {
                    return;
                }

                if (s.Has(TcpFlags.Rst))
                {
                    Abort();
                    return;
                }

                if (!s.Has(TcpFlags.Syn))
                {
                    return;
                }

                _irs = s.Sequence;
                _rcvNxt = s.Sequence + 1;
                _sndUna = _iss + 1;
                _mss = EffectiveMss(s.MaxSegmentSize);
                _sndWnd = s.Window;
                Establish();
                SendAck();
                return;
            case UserTcpState.Closed:
                return;
        }

        OnEstablishedSegment(s);
    }

    private void Establish()
    {
        State = UserTcpState.Established;
        _lastProgress = Environment.TickCount64;
        _ = ReadHostAsync(_socket!);
        _ = WriteHostAsync(_socket!);
    }

    private void OnEstablishedSegment(in TcpSegment s)
    {
        if (s.Has(TcpFlags.Rst))
        {
            // Accept a reset only from inside the window (RFC 5961's check, simplified), so stale ones do nothing.
            if ((uint)(s.Sequence - _rcvNxt) <= (uint)Math.Max((int)Window, 1))
            {
                Abort();
            }

            return;
        }

        if (s.Has(TcpFlags.Syn))
        {
            // A retransmitted SYN(-ACK): our answer was lost, or it is stale; either way repeat the ACK.
            SendAck();
            return;
        }

        if (!s.Has(TcpFlags.Ack))
        {
            return;
        }

        if (Before(_sndMax, s.Acknowledgment))
        {
            // Acknowledges what was never sent.
            SendAck();
            return;
        }

        if (Before(_sndUna, s.Acknowledgment))
        {
            OnAcked(s.Acknowledgment);
        }

        if (!Before(s.Acknowledgment, _sndUna))
        {
            _sndWnd = s.Window;
        }

        bool needAck = ReceiveData(s);
        if (State == UserTcpState.Closed)
        {
            return;
        }

        bool sent = TrySend();
        if (needAck && !sent)
        {
            SendAck();
        }

        MaybeFinish();
    }

    private void OnAcked(uint ack)
    {
        int n = (int)(ack - _sndUna);
        int data = Math.Min(n, _toGuest.Count);
        _toGuest.Discard(data);
        if (n > data && _hostEof)
        {
            // Beyond the last data byte lies only the FIN.
            _finAcked = true;
        }

        _sndUna = ack;
        if (Before(_sndNxt, ack))
        {
            // An acknowledgment of the flight before a retransmission went back.
            _sndNxt = ack;
        }

        _lastProgress = Environment.TickCount64;
        if (_readerBlocked && _toGuest.Count < ToGuestLimit)
        {
            _readerBlocked = false;
            _room.Release();
        }
    }

    /// <summary>Takes the in-order part of the payload and a FIN; true when the guest must be (re-)acknowledged.</summary>
    private bool ReceiveData(in TcpSegment s)
    {
        ReadOnlySpan<byte> payload = s.Payload;
        uint seq = s.Sequence;
        bool fin = s.Has(TcpFlags.Fin);
        if (payload.Length == 0 && !fin)
        {
            return false;
        }

        if (Before(seq, _rcvNxt))
        {
            // Duplicate or overlapping: skip what was already taken.
            uint skip = _rcvNxt - seq;
            if (skip > (uint)payload.Length)
            {
                return true;
            }

            payload = payload[(int)skip..];
            seq = _rcvNxt;
        }

        if (seq != _rcvNxt)
        {
            // A gap: nothing is lost on this link, so it is out of order; ask for what comes next.
            return true;
        }

        if (payload.Length > 0 && !_guestFin)
        {
            int take = Math.Min(payload.Length, (int)Window);
            if (take > 0)
            {
                byte[] chunk = payload[..take].ToArray();
                _queuedToHost += take;
                _toHost.Writer.TryWrite(chunk);
                _rcvNxt += (uint)take;
            }

            if (take < payload.Length)
            {
                // Beyond the window: dropped, the guest sends it again.
                return true;
            }
        }

        if (fin && !_guestFin)
        {
            _guestFin = true;
            _rcvNxt++;
            _toHost.Writer.TryWrite(null);
        }

        return true;
    }

    private void SendAck()
    {
        _lastAdvertised = Window;
        _stack.SendTcp(this, TcpFlags.Ack, _sndNxt, _rcvNxt, (ushort)_lastAdvertised, 0, []);
    }

    /// <summary>Sends what the guest's window allows, then a FIN once the host is done; true if anything went out.</summary>
    private bool TrySend(bool probe = false)
    {
        // Data occupies [SND.UNA, dataEnd); the FIN, once the host is done, takes dataEnd.
        uint dataEnd = _sndUna + (uint)_toGuest.Count;
        if (State != UserTcpState.Established || _finAcked || Before(dataEnd, _sndNxt))
        {
            return false;
        }

        bool any = false;
        int inFlight = (int)(_sndNxt - _sndUna);
        int usable = Math.Max(_sndWnd, probe ? 1 : 0) - inFlight;
        Span<byte> buffer = stackalloc byte[OurMss];
        while (usable > 0 && inFlight < _toGuest.Count)
        {
            int n = Math.Min(Math.Min(_mss, usable), _toGuest.Count - inFlight);
            _toGuest.CopyTo(inFlight, buffer[..n]);
            _lastAdvertised = Window;
            _stack.SendTcp(this, TcpFlags.Ack | TcpFlags.Psh, _sndNxt, _rcvNxt, (ushort)_lastAdvertised, 0, buffer[..n]);
            _sndNxt += (uint)n;
            inFlight += n;
            usable -= n;
            any = true;
        }

        if (_hostEof && _sndNxt == dataEnd)
        {
            _lastAdvertised = Window;
            _stack.SendTcp(this, TcpFlags.Fin | TcpFlags.Ack, _sndNxt, _rcvNxt, (ushort)_lastAdvertised, 0, []);
            _sndNxt++;
            any = true;
        }

        if (Before(_sndMax, _sndNxt))
        {
            _sndMax = _sndNxt;
        }

        return any;
    }

    private void MaybeFinish()
    {
        if (_guestFin && _hostWriteShut && _finAcked)
        {
            Close();
        }
    }

    /// <summary>Called by the loop every few hundred milliseconds: retransmits what the guest has not acknowledged.</summary>
    public void OnTick(long now)
    {
        if (now - _lastProgress < _retransmitMs)
        {
            return;
        }

        switch (State)
        {
            case UserTcpState.SynSent or UserTcpState.SynReceived:
                if (++_synRetries > MaxSynRetries)
                {
                    Abort();
                }
                else if (State == UserTcpState.SynSent)
                {
                    SendSyn();
                }
                else
                {
                    SendSynAck();
                }

                return;
            case UserTcpState.Established:
                _lastProgress = now;
                if (_sndNxt != _sndUna)
                {
                    // Go back to the first unacknowledged byte (the FIN follows the data again).
                    _sndNxt = _sndUna;
                    TrySend();
                }
                else if (_sndWnd == 0 && _toGuest.Count > 0)
                {
                    TrySend(probe: true);
                }

                return;
        }
    }

    /// <summary>Closes at once and resets the host peer (the guest reset, or gave up on a handshake).</summary>
    public void Abort()
    {
        if (_socket != null)
        {
            try
            {
                _socket.LingerState = new LingerOption(true, 0);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Already gone; closing is all that is left.
            }
        }

        Close();
    }

    /// <summary>Drops the connection and its socket; idempotent.</summary>
    public void Close()
    {
        if (State == UserTcpState.Closed)
        {
            return;
        }

        State = UserTcpState.Closed;
        _toHost.Writer.TryComplete();
        _socket?.Dispose();
        _room.Release();
        _stack.Remove(this);
    }
}
