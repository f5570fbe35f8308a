// The SiFive test device (sifive,test0 / syscon): one register whose writes power the machine off, reboot it,
// or end it with a failure code. Linux reaches it through syscon-poweroff and syscon-reboot; bare-metal tests
// write it directly.
using Harness.Vmm.Bus;

namespace Harness.Vmm.Devices;

/// <summary>What the guest asked the machine to do.</summary>
public enum PowerRequestKind
{
    /// <summary>Nothing requested yet.</summary>
    None = 0,

    /// <summary>Power off with success (0x5555).</summary>
    PowerOff = 1,

    /// <summary>Reboot (0x7777).</summary>
    Reboot = 2,

    /// <summary>Power off with a failure code ((code &lt;&lt; 16) | 0x3333).</summary>
    Fail = 3,
}

/// <summary>A power request and, for <see cref="PowerRequestKind.Fail"/>, the guest's exit code.</summary>
public readonly record struct PowerRequest(PowerRequestKind Kind, ushort FailCode);

/// <summary>
/// The SiFive test/syscon device. A write of a recognised command records it and calls the injected handler on
/// the writing vCPU thread; the machine stops itself from there. Other values are ignored, as on QEMU.
/// </summary>
public sealed class PowerControl : IMmioDevice
{
    /// <summary>Size of the device's MMIO window.</summary>
    public const ulong WindowSize = 0x1000;

    /// <summary>Low half-word that requests a failure exit; the code is in the high half-word.</summary>
    public const uint FailCommand = 0x3333;

    /// <summary>Value that requests power-off.</summary>
    public const uint PowerOffCommand = 0x5555;

    /// <summary>Value that requests a reboot.</summary>
    public const uint RebootCommand = 0x7777;

    private const string Name = "power control";

    private readonly Lock _lock = new();
    private readonly Action<PowerRequest> _onRequest;
    private PowerRequest _last;

    /// <summary>Creates the device.</summary>
    /// <param name="onRequest">Called with each request, on the vCPU thread that wrote it; must not block on the vCPUs.</param>
    public PowerControl(Action<PowerRequest> onRequest)
    {
        ArgumentNullException.ThrowIfNull(onRequest);
        _onRequest = onRequest;
    }

    /// <summary>The most recent request (Kind None until the guest makes one).</summary>
    public PowerRequest LastRequest
    {
        get
        {
            lock (_lock)
            {
                return _last;
            }
        }
    }

    /// <inheritdoc />
    public bool Read(ulong offset, int size, out ulong value)
    {
        value = 0;
        return offset == 0 && size is 2 or 4;
    }

    /// <inheritdoc />
    public bool Write(ulong offset, int size, ulong value)
    {
        if (offset != 0 || size is not (2 or 4))
        {
            return false;
        }

        uint v = (uint)value;
        PowerRequest request;
        if ((v & 0xffff) == FailCommand)
        {
            request = new PowerRequest(PowerRequestKind.Fail, (ushort)(v >> 16));
        }
        else if (v == PowerOffCommand)
        {
            request = new PowerRequest(PowerRequestKind.PowerOff, 0);
        }
        else if (v == RebootCommand)
        {
            request = new PowerRequest(PowerRequestKind.Reboot, 0);
        }
        else
        {
            return true;
        }

        lock (_lock)
        {
            _last = request;
        }

        // Outside the lock: the handler may stop vCPUs that are themselves about to touch this device.
        _onRequest(request);
        return true;
    }

    /// <summary>Captures the last request.</summary>
    public PowerControlState Save()
    {
        lock (_lock)
        {
            return new PowerControlState { LastKind = (int)_last.Kind, LastFailCode = _last.FailCode };
        }
    }

    /// <summary>Restores the last request after validating it; the handler is not called.</summary>
    /// <exception cref="InvalidDeviceStateException">Unknown request kind, or a failure code on a non-failure request.</exception>
    public void Restore(PowerControlState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!Enum.IsDefined((PowerRequestKind)state.LastKind))
        {
            throw new InvalidDeviceStateException(Name, $"unknown request kind {state.LastKind}");
        }

        if (state.LastKind != (int)PowerRequestKind.Fail && state.LastFailCode != 0)
        {
            throw new InvalidDeviceStateException(Name, $"failure code {state.LastFailCode} on a {(PowerRequestKind)state.LastKind} request");
        }

        lock (_lock)
        {
            _last = new PowerRequest((PowerRequestKind)state.LastKind, state.LastFailCode);
        }
    }
}
