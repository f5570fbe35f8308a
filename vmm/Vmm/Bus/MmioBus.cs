// Maps guest-physical windows to devices, rejects overlaps, and counts accesses that hit no device.
namespace Harness.Vmm.Bus;

/// <summary>The guest-physical MMIO address space. Registration happens before the vCPUs start; lookups are lock-free.</summary>
public sealed class MmioBus
{
    private Window[] _windows = [];
    private long _unmappedAccesses;

    /// <summary>One registered device window.</summary>
    public readonly record struct Window(ulong Base, ulong Size, IMmioDevice Device, string Name)
    {
        /// <summary>One past the window's last address.</summary>
        public ulong End => Base + Size;
    }

    /// <summary>The registered windows in address order.</summary>
    public IReadOnlyList<Window> Windows => _windows;

    /// <summary>Accesses that hit no window (each one became an access fault in the guest).</summary>
    public long UnmappedAccesses => Interlocked.Read(ref _unmappedAccesses);

    /// <summary>Maps <paramref name="device"/> at [<paramref name="baseAddress"/>, +<paramref name="size"/>).</summary>
    /// <exception cref="ArgumentException">The window is empty, wraps, or overlaps a registered one.</exception>
    public void Register(ulong baseAddress, ulong size, IMmioDevice device, string name)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (size == 0 || baseAddress + size < baseAddress)
        {
            throw new ArgumentException($"MMIO window '{name}' at 0x{baseAddress:x} size 0x{size:x} is empty or wraps");
        }

        foreach (Window w in _windows)
        {
            if (baseAddress < w.End && w.Base < baseAddress + size)
            {
                throw new ArgumentException(
                    $"MMIO window '{name}' [0x{baseAddress:x}, 0x{baseAddress + size:x}) overlaps '{w.Name}' [0x{w.Base:x}, 0x{w.End:x})");
            }
        }

        var list = new List<Window>(_windows) { new(baseAddress, size, device, name) };
        list.Sort((a, b) => a.Base.CompareTo(b.Base));
        _windows = [.. list];
    }

    /// <summary>Finds the window holding <paramref name="address"/>.</summary>
    public bool TryFind(ulong address, out Window window)
    {
        Window[] ws = _windows;
        int lo = 0, hi = ws.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (address < ws[mid].Base)
            {
                hi = mid - 1;
            }
            else if (address >= ws[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                window = ws[mid];
                return true;
            }
        }

        window = default;
        return false;
    }

    /// <summary>Reads from the device at <paramref name="address"/>; false (and counted) when nothing answers.</summary>
    public bool Read(ulong address, int size, out ulong value)
    {
        if (TryFind(address, out Window w) && address + (ulong)size <= w.End && w.Device.Read(address - w.Base, size, out value))
        {
            return true;
        }

        Interlocked.Increment(ref _unmappedAccesses);
        value = 0;
        return false;
    }

    /// <summary>Writes to the device at <paramref name="address"/>; false (and counted) when nothing answers.</summary>
    public bool Write(ulong address, int size, ulong value)
    {
        if (TryFind(address, out Window w) && address + (ulong)size <= w.End && w.Device.Write(address - w.Base, size, value))
        {
            return true;
        }

        Interlocked.Increment(ref _unmappedAccesses);
        return false;
    }
}
