// Configures a guest's eth0 through the agent with busybox `ip`, since the guest kernel has no IP autoconfiguration
// and the user network has no DHCP: an address on the link and, on the user network, a default route via the gateway.
using System.Net;
using System.Text;
using Harness.Agent;
using Harness.Vmm.Machine;

namespace Harness.Guest;

/// <summary>The address a guest puts on its network interface.</summary>
/// <param name="Address">The guest's IPv4 address.</param>
/// <param name="PrefixLength">The link's prefix length.</param>
/// <param name="Gateway">The default route, or null for the link alone (TAP: nothing beyond the host is reachable).</param>
/// <param name="Interface">The guest interface name.</param>
public sealed record GuestNetworkConfig(IPAddress Address, int PrefixLength, IPAddress? Gateway, string Interface = "eth0")
{
    /// <summary>What the guest of <paramref name="vm"/> should configure for its network backend.</summary>
    /// <exception cref="InvalidOperationException">The VM has no network device.</exception>
    public static GuestNetworkConfig For(MicroVm vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        if (vm.UserNetwork is { } user)
        {
            return new GuestNetworkConfig(user.Options.GuestAddress, user.Options.PrefixLength, user.Options.GatewayAddress);
        }

        if (vm.Tap is { } tap)
        {
            return new GuestNetworkConfig(tap.GuestAddress, tap.PrefixLength, null);
        }

        throw new InvalidOperationException("the VM has no network device: build it WithNetwork(...)");
    }

    /// <summary>The address the host side answers on: the user gateway or the TAP interface's own address.</summary>
    public static IPAddress HostSideAddress(MicroVm vm)
    {
        ArgumentNullException.ThrowIfNull(vm);
        return vm.UserNetwork?.Options.GatewayAddress ?? vm.Tap?.HostAddress
            ?? throw new InvalidOperationException("the VM has no network device: build it WithNetwork(...)");
    }
}

/// <summary>The guest's network configuration failed; the message has the guest's error output.</summary>
public sealed class NetworkSetupException(string message) : Exception(message);

/// <summary>Brings a guest's network interface up through its agent.</summary>
public static class NetworkSetup
{
    /// <summary>Configures the guest of <paramref name="vm"/> for its network backend (see <see cref="GuestNetworkConfig.For"/>).</summary>
    public static Task ConfigureGuestAsync(AgentClient agent, MicroVm vm, CancellationToken cancellationToken = default) =>
        ConfigureGuestAsync(agent, GuestNetworkConfig.For(vm), cancellationToken);

    /// <summary>
    /// Sets the interface up with the address (replacing any earlier one, so it can run again after a restore) and the
    /// default route if there is a gateway.
    /// </summary>
    /// <exception cref="NetworkSetupException">A command failed in the guest.</exception>
    public static async Task ConfigureGuestAsync(AgentClient agent, GuestNetworkConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(config);
        if (config.PrefixLength is < 1 or > 32 || config.Interface.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-'))
        {
            throw new ArgumentException($"interface '{config.Interface}' or prefix /{config.PrefixLength} is not valid", nameof(config));
        }

        var script = new StringBuilder()
            .Append($"ip link set lo up && ip link set {config.Interface} up")
            .Append($" && ip addr flush dev {config.Interface}")
            .Append($" && ip addr add {config.Address}/{config.PrefixLength} dev {config.Interface}");
        if (config.Gateway != null)
        {
            script.Append($" && ip route replace default via {config.Gateway} dev {config.Interface}");
        }

        ExecResult r = await agent.ExecAsync(new ExecRequest(["/bin/sh", "-c", script.ToString()]) { Timeout = TimeSpan.FromSeconds(30) },
            cancellationToken).ConfigureAwait(false);
        if (r.ExitCode != 0 || r.TimedOut)
        {
            throw new NetworkSetupException($"configuring {config.Interface} in the guest failed (exit {r.ExitCode}): {r.StderrText.Trim()}");
        }
    }
}
