// A connection whose host end is a VsockLocalStream rather than a socket: the stream's reads take the guest's bytes
// straight from the queue the guest's packets filled, and its writes queue bytes for the guest as far as the guest's
// credit allows. The same credit rules as the socket loops hold both ways: bytes count as forwarded (and credit goes
// back to the guest) only when the host reader takes them, and the host writes no more than the guest can buffer.
namespace Harness.Vmm.Devices.Virtio.Vsock;

internal sealed partial class VsockConnection
{
    private TaskCompletionSource<bool>? _localReader;
    private Queue<byte[]>? _localOut;
    private int _localOutBytes;
    private int _localOutHeadOffset;
    private int _toHostHeadOffset;
    private bool _localClosed;

    /// <summary>The in-process host end, when the connection has one instead of a socket.</summary>
    public VsockLocalStream? Local { get; private set; }

    /// <summary>Gives a new connection its in-process host end. Called with the device lock held.</summary>
    public VsockLocalStream AttachLocal() => Local = new VsockLocalStream(this);

    public async ValueTask<int> LocalReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskCompletionSource<bool> wait;
            lock (_device.SyncLock)
            {
                if (buffer.Length == 0)
                {
                    return 0;
                }

                if (_toHost.Count > 0)
                {
                    return TakeToHost(buffer.Span);
                }

                if (_localClosed || State == VsockConnectionState.Closed || NeedRst || GuestShutSend)
                {
                    return 0; // refused, reset, closed, or the guest will send nothing more
                }

                // Completed by the vCPU thread that delivers the next bytes, after it released the lock: the read
                // resumes there rather than a thread-pool hop later.
                wait = _localReader = new TaskCompletionSource<bool>();
            }

            using (cancellationToken.UnsafeRegister(static s => ((TaskCompletionSource<bool>)s!).TrySetCanceled(), wait))
            {
                await wait.Task.ConfigureAwait(false);
            }
        }
    }

    public async ValueTask LocalWriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        int offset = 0;
        while (offset < data.Length)
        {
            Task wait;
            lock (_device.SyncLock)
            {
                ObjectDisposedException.ThrowIf(_localClosed, typeof(VsockLocalStream));
                if (State == VsockConnectionState.Closed || NeedRst || GuestShutReceive)
                {
                    throw new IOException("the guest closed the vsock connection");
                }

                int room = (int)_device.ConnectionBufferSize - _localOutBytes;
                if (room > 0)
                {
                    int n = Math.Min(room, data.Length - offset);
                    (_localOut ??= new Queue<byte[]>()).Enqueue(data.Slice(offset, n).ToArray());
                    _localOutBytes += n;
                    offset += n;
                    if (MoveLocalOut())
                    {
                        _device.ScheduleFromHost(this);
                    }

                    continue;
                }

                // Our own buffer is full: the guest has not taken what we gave it. Ask it for credit, as the socket
                // read loop does, and wait for it.
                _readerWaiting = true;
                if (State == VsockConnectionState.Established && (uint)(TxToGuest - PeerFwdCnt) >= PeerBufAlloc && !NeedCreditRequest)
                {
                    NeedCreditRequest = true;
                    _device.ScheduleFromHost(this);
                }

                wait = _creditSignal.WaitAsync(cancellationToken);
            }

            await wait.ConfigureAwait(false);
        }
    }

    /// <summary>The host disposed its end: the guest reads the end of the stream, or, before it accepted, gets RST.</summary>
    public void LocalClose()
    {
        bool reset = false;
        lock (_device.SyncLock)
        {
            if (_localClosed)
            {
                return;
            }

            _localClosed = true;
            _localOut?.Clear();
            _localOutBytes = _localOutHeadOffset = 0;
            DropUnreadToHost();
            WakeLocalWaitersLater();
            if (State == VsockConnectionState.Established && !NeedRst)
            {
                HostEof = true;
                NeedShutdownSend = true;
                _device.ScheduleFromHost(this);
                FinishCloseIfDone();
            }
            else
            {
                reset = State != VsockConnectionState.Closed;
            }
        }

        if (reset)
        {
            _device.OnHostSocketFailed(this);
        }
    }

    /// <summary>Guest bytes for the local reader (from guest packet handling, lock held).</summary>
    private void DeliverLocal(byte[] data, bool counted)
    {
        if (_localClosed)
        {
            // Nobody will read them: count them forwarded so the guest's sends never stall on credit.
            if (counted)
            {
                _device.OnForwarded(this, data.Length);
            }

            return;
        }

        _toHost.Enqueue((data, counted));
        ToHostBytes += data.Length;
        WakeLocalReader();
    }

    /// <summary>The guest shut a direction (lock held): a waiting reader learns of it, and a finished close ends.</summary>
    private void OnLocalGuestShutdown()
    {
        WakeLocalReader();
        FinishCloseIfDone();
    }

    /// <summary>Resumes a waiting local read once the lock is released, on this (guest packet handling's) thread.</summary>
    private void WakeLocalReader()
    {
        if (_localReader is { } reader)
        {
            _localReader = null;
            _device.WakeAfterUnlock(reader);
        }
    }

    /// <summary>Both sides are done (the guest shut both directions, the host read all or went): RST ends it. Lock held.</summary>
    private void FinishCloseIfDone()
    {
        if (GuestShutSend && GuestShutReceive && (_toHost.Count == 0 || _localClosed) && State == VsockConnectionState.Established &&
            !NeedRst)
        {
            _device.FinishClose(this);
        }
    }

    /// <summary>Copies queued guest bytes out, counting them forwarded. Lock held.</summary>
    private int TakeToHost(Span<byte> destination)
    {
        int done = 0, counted = 0;
        while (done < destination.Length && _toHost.Count > 0)
        {
            (byte[] head, bool isCounted) = _toHost.Peek();
            int n = Math.Min(destination.Length - done, head.Length - _toHostHeadOffset);
            head.AsSpan(_toHostHeadOffset, n).CopyTo(destination[done..]);
            done += n;
            _toHostHeadOffset += n;
            if (isCounted)
            {
                counted += n;
            }

            if (_toHostHeadOffset == head.Length)
            {
                _toHost.Dequeue();
                _toHostHeadOffset = 0;
            }
        }

        ToHostBytes -= done;
        if (counted > 0)
        {
            _device.OnForwarded(this, counted);
        }

        FinishCloseIfDone();
        return done;
    }

    private void DropUnreadToHost()
    {
        int counted = 0;
        foreach ((byte[] data, bool isCounted) in _toHost)
        {
            if (isCounted)
            {
                counted += data.Length;
            }
        }

        _toHost.Clear();
        _toHostHeadOffset = 0;
        ToHostBytes = 0;
        if (counted > 0)
        {
            _device.OnForwarded(this, counted);
        }
    }

    /// <summary>Moves host bytes into the guest-bound queue as far as the guest's credit allows. Lock held.</summary>
    private bool MoveLocalOut()
    {
        if (State != VsockConnectionState.Established || _localOut is not { Count: > 0 } pending)
        {
            return false;
        }

        int allowance = HostReadAllowance(_device.ConnectionBufferSize);
        int moved = 0;
        while (allowance > 0 && pending.Count > 0)
        {
            byte[] head = pending.Peek();
            int n = Math.Min(allowance, head.Length - _localOutHeadOffset);
            EnqueueToGuest(n == head.Length ? head : head[_localOutHeadOffset..(_localOutHeadOffset + n)]);
            _localOutHeadOffset += n;
            if (_localOutHeadOffset == head.Length)
            {
                pending.Dequeue();
                _localOutHeadOffset = 0;
            }

            allowance -= n;
            moved += n;
        }

        _localOutBytes -= moved;
        return moved > 0;
    }

    /// <summary>Wakes a waiting local read or write on the thread pool (a close, from any thread, lock held).</summary>
    private void WakeLocalWaitersLater()
    {
        if (_localReader is { } reader)
        {
            _localReader = null;
            ThreadPool.UnsafeQueueUserWorkItem(static r => r.TrySetResult(true), reader, preferLocal: false);
        }

        if (_readerWaiting)
        {
            _readerWaiting = false;
            _creditSignal.Release();
        }
    }
}
