// Reads the register dumps that `qemu-riscv64 -singlestep -d cpu,nochain` writes before every instruction.
using System.Globalization;

namespace Harness.Cpu.Conformance;

/// <summary>pc, x0..x31 and (when logged with -d fpu) f0..f31 before one instruction.</summary>
internal sealed record RegisterDump(ulong Pc, ulong[] X, ulong[] F);

internal static class QemuTrace
{
    /// <summary>The dumps from the first one at <paramref name="from"/> through the first one at <paramref name="to"/>.</summary>
    public static List<RegisterDump> Read(string path, ulong from, ulong to)
    {
        var dumps = new List<RegisterDump>();
        bool inRange = false;
        ulong pc = 0;
        ulong[]? x = null;
        ulong[]? f = null;
        foreach (string line in File.ReadLines(path))
        {
            string t = line.Trim();
            if (t.StartsWith("pc ", StringComparison.Ordinal))
            {
                Flush();
                pc = ulong.Parse(t[3..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                x = new ulong[32];
                f = new ulong[32];
                continue;
            }

            if (x is null || f is null || (!t.StartsWith('x') && !t.StartsWith('f')))
            {
                continue;
            }

            string[] parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < parts.Length; i += 2)
            {
                int slash = parts[i].IndexOf('/', StringComparison.Ordinal);
                if (slash > 1 && int.TryParse(parts[i][1..slash], CultureInfo.InvariantCulture, out int r) && r is >= 0 and < 32)
                {
                    ulong v = ulong.Parse(parts[i + 1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    (parts[i][0] == 'x' ? x : f)[r] = v;
                }
            }

            if (dumps.Count > 0 && dumps[^1].Pc == to && inRange)
            {
                break;
            }
        }

        Flush();
        return dumps;

        void Flush()
        {
            if (x is null)
            {
                return;
            }

            if (pc == from && !inRange)
            {
                inRange = true;
            }

            if (inRange && (dumps.Count == 0 || dumps[^1].Pc != to))
            {
                dumps.Add(new RegisterDump(pc, x, f!));
            }

            x = null;
            f = null;
        }
    }
}
