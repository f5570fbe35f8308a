// The agent transport over a microVM's serial console: bytes the guest prints arrive through the console log's
// subscription; bytes for the guest go into the UART's receive buffer, waiting while it is full.
using System.Threading.Channels;
using Harness.Vmm.Machine;

namespace Harness.Agent;

/// <summary>An <see cref="IAgentTransport"/> over the console of a <see cref="MicroVm"/>.</summary>
public sealed class ConsoleAgentTransport : IAgentTransport
{
    private static readonly TimeSpan InputRetryDelay = TimeSpan.FromMilliseconds(1);

    private readonly MicroVm _vm;
    private readonly Channel<ReadOnlyMemory<byte>> _fromGuest = Channel.CreateUnbounded<ReadOnlyMemory<byte>>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly IDisposable _subscription;
    private ReadOnlyMemory<byte> _pending;

    /// <summary>Attaches to <paramref name="vm"/>'s console; output written before this call is not replayed.</summary>
    public ConsoleAgentTransport(MicroVm vm)
    {
        _vm = vm;
        _subscription = vm.Console.Subscribe(chunk => _fromGuest.Writer.TryWrite(chunk));
        _ = vm.Exited.ContinueWith(_ => _fromGuest.Writer.TryComplete(), TaskScheduler.Default);
    }

    /// <inheritdoc />
    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (_pending.IsEmpty)
        {
            if (!await _fromGuest.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return 0;
            }

            _fromGuest.Reader.TryRead(out _pending);
        }

        int n = Math.Min(buffer.Length, _pending.Length);
        _pending[..n].CopyTo(buffer);
        _pending = _pending[n..];
        return n;
    }

    /// <inheritdoc />
    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        while (!data.IsEmpty)
        {
            if (_vm.ExitReason != VmExitReason.None)
            {
                throw new IOException($"the VM has exited ({_vm.ExitReason})");
            }

            int n = _vm.WriteConsoleInput(data.Span);
            data = data[n..];
            if (!data.IsEmpty)
            {
                await Task.Delay(InputRetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _subscription.Dispose();
        _fromGuest.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}
