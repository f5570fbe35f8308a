// Folds a diff chain into one full snapshot, so restores stop depending on (and paying for) the bases.
using System.Runtime.InteropServices;
using Harness.Snapshots.Format;
using Harness.Snapshots.Memory;

namespace Harness.Snapshots.Chains;

/// <summary>Merges a diff chain into a new full snapshot.</summary>
public static class SnapshotRebase
{
    /// <summary>
    /// Writes a full snapshot with the sections of the chain's newest layer and the memory the whole chain restores
    /// to. The memory passes through a zero-filled native buffer of the guest size (only its non-zero pages are touched).
    /// </summary>
    public static unsafe SnapshotWriteResult Rebase(SnapshotChain chain, Stream destination, SnapshotWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(destination);
        SnapshotReader top = chain.Layers[0];
        var writer = new SnapshotWriter(top.Header.Architecture, options);
        foreach (SnapshotSection section in top.Sections)
        {
            if (section.Kind != SnapshotSectionKinds.MemoryImage)
            {
                writer.AddSection(section.Kind, section.Version, top.ReadSection(section), section.Instance);
            }
        }

        byte* memory = (byte*)NativeMemory.AllocZeroed((nuint)chain.GuestSize);
        try
        {
            chain.RestoreInto(memory, chain.GuestSize, destinationIsZeroed: true);
            writer.SetMemory(new MemorySource(memory, chain.GuestSize));
            return writer.WriteTo(destination);
        }
        finally
        {
            NativeMemory.Free(memory);
        }
    }

    /// <summary>Rebases into a file, atomically (see <see cref="SnapshotWriter.WriteToFile"/>).</summary>
    public static SnapshotWriteResult RebaseToFile(SnapshotChain chain, string path, SnapshotWriterOptions? options = null)
    {
        string full = Path.GetFullPath(path);
        string temp = $"{full}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            SnapshotWriteResult result;
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                result = Rebase(chain, stream, options);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
