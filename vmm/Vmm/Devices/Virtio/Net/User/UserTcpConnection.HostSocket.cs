// The host-socket half of a user-mode TCP connection: connecting to 127.0.0.1, one reader and one writer task that
// post what happened back to the endpoint's loop, and the loop-side handlers of those events.
using System.Net.Sockets;

namespace Harness.Vmm.Devices.Virtio.Net.User;

internal sealed partial class UserTcpConnection
{
    private async Task ConnectAsync(Socket socket, ushort port)
    {
        try
        {
            await socket.ConnectAsync(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, port)).ConfigureAwait(false);
            _stack.Post(() => OnHostConnected(socket));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            socket.Dispose();
            _stack.Post(OnHostConnectFailed);
        }
    }

    private void OnHostConnected(Socket socket)
    {
        if (State != UserTcpState.HostConnecting)
        {
            socket.Dispose();
            return;
        }

        _socket = socket;
        State = UserTcpState.SynReceived;
        SendSynAck();
    }

    private void OnHostConnectFailed()
    {
        if (State != UserTcpState.HostConnecting)
        {
            return;
        }

        // Refused on the host: refuse the guest's SYN the same way.
        _stack.SendTcp(this, TcpFlags.Rst | TcpFlags.Ack, 0, _rcvNxt, 0, 0, []);
        Close();
    }

    private async Task ReadHostAsync(Socket socket)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                await _room.WaitAsync().ConfigureAwait(false);
                int n = await socket.ReceiveAsync(buffer, SocketFlags.None).ConfigureAwait(false);
                if (n == 0)
                {
                    _stack.Post(OnHostEof);
                    return;
                }

                byte[] data = buffer[..n];
                _stack.Post(() => OnHostData(data));
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            _stack.Post(OnHostError);
        }
    }

    private async Task WriteHostAsync(Socket socket)
    {
        try
        {
            await foreach (byte[]? chunk in _toHost.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (chunk == null)
                {
                    socket.Shutdown(SocketShutdown.Send);
                    _stack.Post(OnHostWriteShut);
                    return;
                }

                int done = 0;
                while (done < chunk.Length)
                {
                    done += await socket.SendAsync(chunk.AsMemory(done), SocketFlags.None).ConfigureAwait(false);
                }

                _stack.Post(() => OnHostWritten(chunk.Length));
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            _stack.Post(OnHostError);
        }
    }

    private void OnHostData(byte[] data)
    {
        if (State != UserTcpState.Established)
        {
            return;
        }

        _toGuest.Append(data);
        if (_toGuest.Count < ToGuestLimit)
        {
            _room.Release();
        }
        else
        {
            _readerBlocked = true;
        }

        TrySend();
    }

    private void OnHostEof()
    {
        if (State != UserTcpState.Established)
        {
            return;
        }

        _hostEof = true;
        TrySend();
    }

    private void OnHostWritten(int n)
    {
        if (State != UserTcpState.Established)
        {
            return;
        }

        _queuedToHost -= n;
        // Tell a guest that saw a nearly closed window that it opened again.
        if (_lastAdvertised < _mss && Window >= Math.Min(MaxWindow / 2, 4 * _mss))
        {
            SendAck();
        }
    }

    private void OnHostWriteShut()
    {
        _hostWriteShut = true;
        MaybeFinish();
    }

    private void OnHostError()
    {
        if (State == UserTcpState.Closed)
        {
            return;
        }

        // The host peer reset or failed: reset the guest side too.
        _stack.SendTcp(this, TcpFlags.Rst | TcpFlags.Ack, _sndNxt, _rcvNxt, 0, 0, []);
        Close();
    }
}
