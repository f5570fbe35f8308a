// `harness disk create`: builds an ext4 image from a host folder for `boot --disk` (mkfs.ext4 -d; no root needed).
using System.CommandLine;
using Harness.Disks;

namespace Harness.Cli.Commands;

internal static class DiskCommand
{
    public static Command Create()
    {
        var from = new Option<DirectoryInfo>("--from") { Description = "Folder whose tree becomes the filesystem root", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Image file to write (replaced if it exists)", Required = true };
        var size = new Option<int?>("--size") { Description = "Image size in MiB (default: the folder's size plus a third plus 8 MiB)" };
        var label = new Option<string>("--label") { Description = "Filesystem label", DefaultValueFactory = _ => "harness" };
        var create = new Command("create", "Make an ext4 image from a folder")
        {
            from, output, size, label,
        };
        create.SetAction((p, ct) => CreateAsync(p.GetValue(from)!, p.GetValue(output)!, p.GetValue(size), p.GetValue(label)!, ct));
        var disk = new Command("disk", "Disk images for virtio-blk");
        disk.Subcommands.Add(create);
        return disk;
    }

    private static async Task<int> CreateAsync(DirectoryInfo from, FileInfo output, int? sizeMiB, string label, CancellationToken ct)
    {
        try
        {
            if (!from.Exists)
            {
                Console.Error.WriteLine($"disk create: '{from.FullName}' is not a directory");
                return 2;
            }

            int size = sizeMiB ?? Ext4Image.SuggestSizeMiB(from.FullName);
            await Ext4Image.CreateAsync(from.FullName, output.FullName, size, label, ct).ConfigureAwait(false);
            Console.WriteLine($"{output.FullName}: ext4, {size} MiB, from {from.FullName}");
            return 0;
        }
        catch (DiskImageException e)
        {
            Console.Error.WriteLine($"disk create: {e.Message}");
            return 1;
        }
    }
}
