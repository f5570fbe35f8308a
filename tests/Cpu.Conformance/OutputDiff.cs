// Explains where two console outputs part: the first differing line with a little context before it.
using System.Text;

namespace Harness.Cpu.Conformance;

internal static class OutputDiff
{
    public static string Describe(string expected, string actual, string expectedName = "QEMU", string actualName = "ours")
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        var sb = new StringBuilder();
        sb.AppendLine($"outputs differ at line {i + 1} ({expectedName} has {e.Length} lines, {actualName} {a.Length}):");
        for (int k = Math.Max(0, i - 3); k < i; k++)
        {
            sb.AppendLine("    " + e[k]);
        }

        sb.AppendLine($"  {expectedName}: " + (i < e.Length ? e[i] : "<end of output>"));
        sb.AppendLine($"  {actualName}: " + (i < a.Length ? a[i] : "<end of output>"));
        return sb.ToString();
    }
}
