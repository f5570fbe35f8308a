// A network backend over a Linux TAP interface created for one VM: /dev/net/tun with IFF_TAP|IFF_NO_PI, a unique
// interface name, a private /30 whose first address is the host's and whose second is the guest's, and `ip` from
// iproute2 to bring it up. The interface is not persistent: it disappears when the descriptor closes on Dispose.
using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Harness.Vmm.Platform;
using Microsoft.Win32.SafeHandles;

namespace Harness.Vmm.Devices.Virtio.Net.Tap;

/// <summary>
/// A TAP interface on the host, one per VM. The guest reaches <see cref="HostAddress"/> on it and the host reaches
/// <see cref="GuestAddress"/>; no route or forwarding beyond that link is set up.
/// </summary>
public sealed class TapBackend : INetworkBackend
{
    /// <summary>The device node TAP interfaces are made through.</summary>
    public const string TunDevicePath = "/dev/net/tun";

    /// <summary>The private range the per-VM /30 subnets are taken from (10.213.0.0/16).</summary>
    public const uint SubnetRangeBase = 0x0AD5_0000;

    private const int PrefixBits = 30;
    private const int MaxFrame = 65535 + 18;
    private static int s_counter;

    private readonly SafeFileHandle _tun;
    private Thread? _reader;
    private Action<byte[]>? _receiver;
    private volatile bool _disposed;
    private long _droppedTx;

    private TapBackend(SafeFileHandle tun, string name, uint hostIp)
    {
        _tun = tun;
        InterfaceName = name;
        HostAddress = ToAddress(hostIp);
        GuestAddress = ToAddress(hostIp + 1);
    }

    /// <summary>The host interface name (unique per VM).</summary>
    public string InterfaceName { get; }

    /// <summary>The host's address on the link.</summary>
    public IPAddress HostAddress { get; }

    /// <summary>The address the guest should configure on its interface.</summary>
    public IPAddress GuestAddress { get; }

    /// <summary>The link's prefix length (30).</summary>
    public int PrefixLength => PrefixBits;

    /// <summary>Frames from the guest dropped because the interface's queue was full.</summary>
    public long DroppedTxFrames => Interlocked.Read(ref _droppedTx);

    /// <summary>Whether this host can create TAP interfaces (checked by making one); <paramref name="reason"/> says why not.</summary>
    public static bool IsAvailable(out string reason)
    {
        if (!OperatingSystem.IsLinux())
        {
            reason = "TAP interfaces need Linux";
            return false;
        }

        if (!File.Exists(TunDevicePath))
        {
            reason = $"{TunDevicePath} does not exist (the tun module is not loaded, or the container does not expose it)";
            return false;
        }

        if (!Environment.IsPrivilegedProcess)
        {
            reason = "creating a TAP interface needs root (CAP_NET_ADMIN)";
            return false;
        }

        if (FindIp() == null)
        {
            reason = "the `ip` command is missing: install the Debian package iproute2";
            return false;
        }

        // Root is not always enough (a container without CAP_NET_ADMIN): try it. The probe interface is not
        // persistent, so closing the descriptor removes it again.
        try
        {
            using SafeFileHandle tun = LinuxInterop.Open(TunDevicePath, LinuxInterop.O_RDWR | LinuxInterop.O_CLOEXEC);
            AttachUniqueName(tun);
        }
        catch (Exception e) when (e is PlatformCallException or TapUnavailableException)
        {
            reason = $"cannot create a TAP interface here: {e.Message}";
            return false;
        }

        reason = "";
        return true;
    }

    /// <summary>Creates a TAP interface with a fresh name and /30, and brings it up.</summary>
    /// <exception cref="TapUnavailableException">The host cannot create one (the message says why).</exception>
    public static TapBackend Create()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(TunDevicePath))
        {
            throw new TapUnavailableException($"{TunDevicePath} does not exist (the tun module is not loaded, or the container does not expose it)");
        }

        SafeFileHandle tun;
        try
        {
            tun = LinuxInterop.Open(TunDevicePath, LinuxInterop.O_RDWR | LinuxInterop.O_NONBLOCK | LinuxInterop.O_CLOEXEC);
        }
        catch (PlatformCallException e)
        {
            throw new TapUnavailableException($"cannot open {TunDevicePath}: {e.Message}", e);
        }

        try
        {
            string name = AttachUniqueName(tun);
            uint hostIp = PickSubnet() + 1;
            RunIp($"addr add {ToAddress(hostIp)}/{PrefixBits} dev {name}");
            RunIp($"link set {name} up");
            return new TapBackend(tun, name, hostIp);
        }
        catch
        {
            tun.Dispose();
            throw;
        }
    }

    private static string AttachUniqueName(SafeFileHandle tun)
    {
        for (int attempt = 0; attempt < 16; attempt++)
        {
            int n = Interlocked.Increment(ref s_counter);
            string name = $"hv{Environment.ProcessId % 0xFFFFF:x}t{n:x}";
            if (name.Length >= LinuxInterop.InterfaceNameSize)
            {
                name = name[^(LinuxInterop.InterfaceNameSize - 1)..];
            }

            try
            {
                return LinuxInterop.TunSetInterface(tun, name, LinuxInterop.IFF_TAP | LinuxInterop.IFF_NO_PI);
            }
            catch (PlatformCallException e) when (e.Errno == LinuxInterop.EBUSY)
            {
                // Another process holds an interface of that name; try the next.
            }
            catch (PlatformCallException e) when (e.Errno is LinuxInterop.EPERM or LinuxInterop.EACCES)
            {
                throw new TapUnavailableException($"not permitted to create a TAP interface (needs CAP_NET_ADMIN): {e.Message}", e);
            }
        }

        throw new TapUnavailableException("no free TAP interface name after 16 attempts");
    }

    /// <summary>A /30 in 10.213.0.0/16 that no interface of this host uses yet.</summary>
    private static uint PickSubnet()
    {
        var used = new HashSet<uint>();
        foreach (NetworkInterface nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            foreach (UnicastIPAddressInformation a in nic.GetIPProperties().UnicastAddresses)
            {
                if (a.Address.AddressFamily == AddressFamily.InterNetwork)
                {
                    used.Add(ToUInt32(a.Address) & ~3u);
                }
            }
        }

        int start = (Environment.ProcessId * 131) + Interlocked.Increment(ref s_counter);
        for (int i = 0; i < 16384; i++)
        {
            uint subnet = SubnetRangeBase + ((uint)((start + i) & 0x3FFF) << 2);
            if (!used.Contains(subnet))
            {
                return subnet;
            }
        }

        throw new TapUnavailableException("every /30 in 10.213.0.0/16 is in use");
    }

    private static string? FindIp()
    {
        foreach (string dir in new[] { "/usr/sbin", "/sbin", "/usr/bin", "/bin" })
        {
            string path = Path.Combine(dir, "ip");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static void RunIp(string arguments)
    {
        string ip = FindIp() ?? throw new TapUnavailableException("the `ip` command is missing: install the Debian package iproute2");
        var psi = new ProcessStartInfo(ip, arguments) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        try
        {
            using Process p = Process.Start(psi)!;
            string stderr = p.StandardError.ReadToEnd();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0)
            {
                throw new TapUnavailableException($"`ip {arguments}` failed with exit code {p.ExitCode}: {stderr.Trim()}");
            }
        }
        catch (Win32Exception e)
        {
            throw new TapUnavailableException($"cannot run `ip {arguments}`: {e.Message}", e);
        }
    }

    private static uint ToUInt32(IPAddress a)
    {
        Span<byte> b = stackalloc byte[4];
        a.TryWriteBytes(b, out _);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(b);
    }

    private static IPAddress ToAddress(uint v) => new([(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);

    /// <inheritdoc />
    public void Start(Action<byte[]> receiver)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Interlocked.CompareExchange(ref _receiver, receiver, null) != null)
        {
            throw new InvalidOperationException("the TAP backend is already started");
        }

        _reader = new Thread(ReadLoop) { IsBackground = true, Name = $"tap-{InterfaceName}" };
        _reader.Start();
    }

    private void ReadLoop()
    {
        var buffer = new byte[MaxFrame];
        try
        {
            while (!_disposed)
            {
                // A short poll timeout is how Dispose stops this thread without closing the descriptor under it.
                if (!LinuxInterop.PollReadable(_tun, 100))
                {
                    continue;
                }

                int n;
                while (!_disposed && (n = LinuxInterop.Read(_tun, buffer)) > 0)
                {
                    _receiver!(buffer[..n]);
                }
            }
        }
        catch (PlatformCallException)
        {
            // The interface went away under us (deleted from outside): nothing more will arrive.
        }
    }

    /// <inheritdoc />
    public void Send(ReadOnlySpan<byte> frame)
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            if (!LinuxInterop.Write(_tun, frame))
            {
                Interlocked.Increment(ref _droppedTx);
            }
        }
        catch (Exception e) when (e is PlatformCallException or ObjectDisposedException)
        {
            Interlocked.Increment(ref _droppedTx);
        }
    }

    /// <summary>Stops the reader and closes the descriptor, which removes the interface.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_reader != null && Thread.CurrentThread != _reader)
        {
            _reader.Join(TimeSpan.FromSeconds(5));
        }

        _tun.Dispose();
    }
}
