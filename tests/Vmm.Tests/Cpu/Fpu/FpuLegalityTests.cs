// Which OP-FP and fused multiply-add encodings are legal, decided by FpuExecutor and by the reference (SIGILL or
// not) for every funct5 × fmt × rs2 × rm combination, with valid and reserved frm values under DYN.
using Harness.Vmm.Cpu.RiscV.Fpu;

namespace Harness.Vmm.Tests.Cpu.Fpu;

[TestFixture]
public class FpuLegalityTests
{
    private const uint Rd = 10;
    private const uint Rs1 = 11;

    private static List<(uint Insn, uint Frm)> Words()
    {
        var words = new List<(uint, uint)>();
        void AddWithFrm(uint insn)
        {
            uint rm = (insn >> 12) & 7;
            foreach (uint frm in rm == 7 ? new uint[] { 0, 4, 5, 6, 7 } : [1])
            {
                words.Add((insn, frm));
            }
        }
        for (uint funct5 = 0; funct5 < 32; funct5++)
        {
            for (uint fmt = 0; fmt < 4; fmt++)
            {
                for (uint rs2 = 0; rs2 < 32; rs2++)
                {
                    for (uint rm = 0; rm < 8; rm++)
                    {
                        AddWithFrm((funct5 << 27) | (fmt << 25) | (rs2 << 20) | (Rs1 << 15) | (rm << 12) | (Rd << 7) | 0x53);
                    }
                }
            }
        }
        foreach (uint opcode in new uint[] { 0x43, 0x47, 0x4B, 0x4F })
        {
            for (uint fmt = 0; fmt < 4; fmt++)
            {
                for (uint rm = 0; rm < 8; rm++)
                {
                    AddWithFrm((13u << 27) | (fmt << 25) | (12u << 20) | (Rs1 << 15) | (rm << 12) | (Rd << 7) | opcode);
                }
            }
        }
        return words;
    }

    [Test]
    public void Legal_encodings_match_the_reference()
    {
        List<(uint Insn, uint Frm)> words = Words();
        bool[] expected = FpuReference.ProbeLegality(words);
        var x = new ulong[32];
        var f = new ulong[32];
        var wrong = new List<string>();
        int legal = 0;
        for (int i = 0; i < words.Count; i++)
        {
            uint fcsr = words[i].Frm << 5;
            bool actual = FpuExecutor.Execute(words[i].Insn, x, f, ref fcsr);
            legal += expected[i] ? 1 : 0;
            if (actual != expected[i] && wrong.Count < 20)
            {
                wrong.Add($"{words[i].Insn:x8} frm={words[i].Frm}: reference {(expected[i] ? "legal" : "illegal")}");
            }
        }
        wrong.Should().BeEmpty($"of {words.Count} encodings ({legal} legal), these disagree");
        legal.Should().BeGreaterThan(1000).And.BeLessThan(words.Count / 2);
    }
}
