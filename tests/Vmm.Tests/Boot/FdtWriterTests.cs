// The FDT writer against the reference dtc: header, reservations, every property kind, string dedup, and the
// structural rules it enforces.
using System.Buffers.Binary;
using Harness.Vmm.Boot;

namespace Harness.Vmm.Tests.Boot;

public class FdtWriterTests
{
    private static byte[] SampleTree()
    {
        var w = new FdtWriter();
        w.AddMemoryReservation(0x8000_0000, 0x1000);
        uint intc = w.AllocatePhandle();
        w.BeginNode("");
        w.PropertyU32("#address-cells", 2);
        w.PropertyU32("#size-cells", 2);
        w.BeginNode("node@1000");
        w.PropertyU64("big", 0x1122_3344_5566_7788);
        w.PropertyU32Array("cells", 1, 2, 3);
        w.PropertyU64Array("reg", 0x1000, 0x100);
        w.PropertyString("model", "harness");
        w.PropertyStringList("compatible", "vendor,a", "vendor,b");
        w.PropertyBytes("blob", [0xde, 0xad, 0x01]);
        w.PropertyEmpty("interrupt-controller");
        w.PropertyU32("#interrupt-cells", 1);
        w.PropertyU32("#address-cells", 0);
        w.PropertyPhandle("phandle", intc);
        w.EndNode();
        w.BeginNode("other");
        w.PropertyPhandle("interrupt-parent", intc);
        w.PropertyU32("#size-cells", 0);
        w.EndNode();
        w.EndNode();
        return w.Finish(bootCpuId: 3);
    }

    [Test]
    public void The_reference_compiler_reads_back_every_property_kind()
    {
        string dts = Dtc.Decompile(SampleTree());
        dts.Should().Contain("/memreserve/\t0x0000000080000000 0x0000000000001000;");
        dts.Should().Contain("node@1000 {");
        dts.Should().Contain("big = <0x11223344 0x55667788>;");
        dts.Should().Contain("cells = <0x01 0x02 0x03>;");
        dts.Should().Contain("reg = <0x00 0x1000 0x00 0x100>;");
        dts.Should().Contain("model = \"harness\";");
        dts.Should().Contain("compatible = \"vendor,a\\0vendor,b\";");
        dts.Should().Contain("blob = [de ad 01];");
        dts.Should().Contain("interrupt-controller;");
        dts.Should().Contain("phandle = <0x01>;");
        dts.Should().Contain("interrupt-parent = <0x01>;");
    }

    [Test]
    public void Header_describes_a_version_17_blob()
    {
        byte[] blob = SampleTree();
        uint Field(int i) => BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan(i * 4));
        Field(0).Should().Be(FdtWriter.Magic);
        Field(1).Should().Be((uint)blob.Length);
        Field(5).Should().Be(17u);
        Field(6).Should().Be(16u);
        Field(7).Should().Be(3u, "the boot cpu id is recorded");
        (Field(4) % 8).Should().Be(0u, "the reservation block is 8-byte aligned");
        (Field(2) % 4).Should().Be(0u, "the structure block is 4-byte aligned");
        Field(2).Should().Be(Field(4) + 32, "one reservation plus the terminating entry");
        (Field(3) + Field(8)).Should().Be((uint)blob.Length);
    }

    [Test]
    public void Property_names_are_stored_once_in_the_strings_block()
    {
        byte[] blob = SampleTree();
        uint stringsOffset = BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan(12));
        uint stringsSize = BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan(32));
        string[] names = System.Text.Encoding.ASCII.GetString(blob, (int)stringsOffset, (int)stringsSize).TrimEnd('\0').Split('\0');
        names.Should().OnlyHaveUniqueItems();
        names.Count(n => n == "#size-cells").Should().Be(1, "the name is used by two nodes");
        names.Should().HaveCount(12);
    }

    [Test]
    public void Structural_mistakes_are_rejected()
    {
        AssertRejected(w => w.PropertyU32("orphan", 1));
        AssertRejected(w => w.BeginNode("not-root"));
        AssertRejected(w => { w.BeginNode(""); w.BeginNode("child"); w.EndNode(); w.PropertyU32("late", 1); });
        AssertRejected(w => { w.BeginNode(""); w.PropertyU32("p", 1); w.PropertyU32("p", 2); });
        AssertRejected(w => { w.BeginNode(""); w.BeginNode("c"); w.EndNode(); w.BeginNode("c"); });
        AssertRejected(w => { w.BeginNode(""); w.EndNode(); w.BeginNode(""); });
        AssertRejected(w => w.EndNode());
        AssertRejected(w => { w.BeginNode(""); w.BeginNode("open"); w.Finish(); });
        AssertRejected(w => w.Finish());
        AssertRejected(w => { w.BeginNode(""); w.BeginNode("bad name"); });
        AssertRejected(w => { w.BeginNode(""); w.BeginNode("9starts-with-digit"); });
        AssertRejected(w => { w.BeginNode(""); w.BeginNode("unit@"); });
        AssertRejected(w => { w.BeginNode(""); w.PropertyU32("name/with/slash", 1); });
        AssertRejected(w => { w.BeginNode(""); w.PropertyString("s", "nul\0inside"); });
        AssertRejected(w => { w.BeginNode(""); w.PropertyPhandle("ref", 0); });
        AssertRejected(w => { w.BeginNode(""); w.AddMemoryReservation(0, 0x1000); });
        AssertRejected(w => w.AddMemoryReservation(0x1000, 0));
        AssertRejected(w => { w.BeginNode(""); w.EndNode(); w.Finish(); w.Finish(); });
    }

    private static void AssertRejected(Action<FdtWriter> build) =>
        FluentActions.Invoking(() => build(new FdtWriter())).Should().Throw<FdtException>();
}
