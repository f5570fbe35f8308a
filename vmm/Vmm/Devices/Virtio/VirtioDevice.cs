// The contract between the virtio-mmio transport and a device type (block, entropy, vsock): what the device
// offers, its config space, and what it does when a queue is notified. The transport owns registers and queues.
using Harness.Vmm.Memory;

namespace Harness.Vmm.Devices.Virtio;

/// <summary>
/// A virtio device type behind <see cref="VirtioMmioTransport"/>. Every override is called with the transport's
/// lock held; a device that does work on its own threads takes <see cref="SyncRoot"/> before touching queues.
/// </summary>
public abstract class VirtioDevice : IDisposable
{
    private VirtioMmioTransport? _transport;

    /// <summary>The virtio device id (2 block, 4 entropy, 19 vsock).</summary>
    public abstract uint DeviceId { get; }

    /// <summary>Device-specific feature bits; the transport adds VERSION_1, INDIRECT_DESC and EVENT_IDX.</summary>
    protected internal abstract ulong DeviceFeatures { get; }

    /// <summary>QueueNumMax of each queue; the count is the number of queues.</summary>
    protected internal abstract IReadOnlyList<ushort> QueueMaxSizes { get; }

    /// <summary>Bytes of device config space.</summary>
    protected internal abstract int ConfigSize { get; }

    /// <summary>Fills <paramref name="destination"/> from config space at <paramref name="offset"/> (already bounds-checked).</summary>
    protected internal abstract void ReadConfig(int offset, Span<byte> destination);

    /// <summary>A driver write into config space (already bounds-checked). Ignored unless overridden.</summary>
    protected internal virtual void WriteConfig(int offset, ReadOnlySpan<byte> source)
    {
    }

    /// <summary>The driver notified queue <paramref name="queueIndex"/>, which is ready, and the device is live.</summary>
    protected internal abstract void ProcessQueue(int queueIndex);

    /// <summary>The driver set DRIVER_OK after a successful feature negotiation.</summary>
    protected internal virtual void OnActivate()
    {
    }

    /// <summary>The transport resumed after a pause; a device with host threads catches up on held-back work.</summary>
    protected internal virtual void OnResume()
    {
    }

    /// <summary>
    /// Called right after the transport released its lock, on the thread that held it, when a register write (a queue
    /// notification) or a resume may have run the device: for work that must not run under the lock, such as
    /// resuming a host reader that the guest's bytes just reached.
    /// </summary>
    protected internal virtual void AfterUnlocked()
    {
    }

    /// <summary>The device was reset (status 0 written, or the transport restored); drop per-driver state.</summary>
    protected internal virtual void OnReset()
    {
    }

    /// <summary>The transport this device is attached to.</summary>
    protected VirtioMmioTransport Transport =>
        _transport ?? throw new InvalidOperationException($"{GetType().Name} is not attached to a transport");

    /// <summary>Guest RAM.</summary>
    protected GuestMemory Memory => Transport.Memory;

    /// <summary>The transport's lock; hold it for any queue access from a thread of the device's own.</summary>
    protected Lock SyncRoot => Transport.SyncRoot;

    /// <summary>True when the driver set DRIVER_OK and the device is not in NEEDS_RESET.</summary>
    protected bool IsLive => Transport.IsLive;

    /// <summary>The features the driver accepted.</summary>
    protected ulong AckedFeatures => Transport.AckedFeatures;

    /// <summary>Queue <paramref name="index"/>.</summary>
    protected VirtQueue Queue(int index) => Transport.Queue(index);

    /// <summary>Raises the used-buffer interrupt for <paramref name="queueIndex"/> if the driver asked for one.</summary>
    protected void SignalUsed(int queueIndex) => Transport.SignalUsed(queueIndex);

    /// <summary>
    /// Serves every chain the driver has made available on <paramref name="queueIndex"/>: <paramref name="serve"/>
    /// returns the bytes it wrote into the chain (the used length). The driver is signalled once at the end, also
    /// when a malformed chain throws, so the chains already served are never left unannounced. Pass a delegate the
    /// device keeps in a field: this runs on every notify.
    /// </summary>
    protected void DrainQueue(int queueIndex, Func<DescriptorChain, uint> serve)
    {
        VirtQueue q = Queue(queueIndex);
        try
        {
            while (q.TryPop(out DescriptorChain? chain))
            {
                q.AddUsed(chain!.HeadIndex, serve(chain));
            }
        }
        finally
        {
            SignalUsed(queueIndex);
        }
    }

    /// <summary>Puts the device into NEEDS_RESET with <paramref name="reason"/>.</summary>
    protected void Fail(string reason) => Transport.Fail(reason);

    /// <summary>
    /// Runs device work started on a host thread (a backend's receive, a socket's read loop), which has no caller to
    /// report to: a malformed guest structure or any unexpected failure puts the device in NEEDS_RESET, visibly, with
    /// <paramref name="label"/> naming the device in the reason.
    /// </summary>
    protected void RunGuarded(string label, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            action();
        }
        catch (Exception ex) when (ex is VirtQueueException or GuestMemoryException)
        {
            Fail($"{label}: {ex.Message}");
        }
        catch (Exception ex)
        {
            Fail($"{label}: internal error: {ex.Message}");
        }
    }

    internal void Attach(VirtioMmioTransport transport)
    {
        if (_transport != null)
        {
            throw new InvalidOperationException($"{GetType().Name} is already attached to a transport");
        }

        _transport = transport;
        OnAttached();
    }

    /// <summary>True once a transport owns the device; before that there is no lock and no memory.</summary>
    protected bool IsAttached => _transport != null;

    /// <summary>Called once the transport exists; a device with host threads starts them here, not earlier.</summary>
    protected virtual void OnAttached()
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases host resources (files, sockets, threads).</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
