// Builds the conformance programs with Debian's riscv64-linux-gnu-gcc into a cache keyed by the hash of their
// inputs, so a second run of the suite compiles nothing.
using System.Security.Cryptography;
using System.Text;

namespace Harness.Cpu.Conformance;

internal static class Toolchain
{
    public const string Gcc = "riscv64-linux-gnu-gcc";

    private static readonly string[] BareMetalFlags =
    [
        "-march=rv64gc", "-mabi=lp64d", "-static", "-fno-pie", "-no-pie", "-nostdlib", "-nostartfiles",
        "-mcmodel=medany", "-Wl,--build-id=none",
    ];

    private static readonly string[] LinuxFlags = ["-march=rv64gc", "-mabi=lp64d", "-static", "-O2"];

    private static readonly string[] LinuxAsmFlags =
    [
        "-march=rv64gc", "-mabi=lp64d", "-static", "-fno-pie", "-no-pie", "-nostdlib", "-nostartfiles", "-Wl,--build-id=none",
    ];

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string IsaDir => Path.Combine(RepoRoot, "tests", "isa");

    public static string CacheDir => Path.Combine(RepoRoot, ".build", "cpu-conformance");

    /// <summary>The bare-metal ISA test sources (tests/isa/src/*.S) by name.</summary>
    public static IEnumerable<string> IsaTestNames() =>
        Directory.GetFiles(Path.Combine(IsaDir, "src"), "*.S").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>The static Linux C programs (tests/isa/linux/*.c) by name.</summary>
    public static IEnumerable<string> LinuxProgramNames() =>
        Directory.GetFiles(Path.Combine(IsaDir, "linux"), "*.c").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>The ELF of bare-metal test <paramref name="name"/>, built with the runtime, header and linker script.</summary>
    public static string BuildIsaTest(string name)
    {
        string common = Path.Combine(IsaDir, "common");
        string source = Path.Combine(IsaDir, "src", name + ".S");
        string[] inputs = [source, .. Directory.GetFiles(common).Order(StringComparer.Ordinal)];
        string[] args = [.. BareMetalFlags, "-I" + common, "-T" + Path.Combine(common, "link.ld"), Path.Combine(common, "runtime.S"), source];
        return Cached("isa-" + name, inputs, args);
    }

    /// <summary>A bare-metal test from source text (for tests of the suite itself), built like the others.</summary>
    public static string BuildIsaSource(string name, string source)
    {
        Directory.CreateDirectory(CacheDir);
        string hash = Hash([Encoding.UTF8.GetBytes(source)], BareMetalFlags);
        string path = Path.Combine(CacheDir, $"{name}-{hash}.S");
        if (!File.Exists(path))
        {
            WriteAtomically(path, Encoding.UTF8.GetBytes(source));
        }

        string common = Path.Combine(IsaDir, "common");
        string[] inputs = [path, .. Directory.GetFiles(common).Order(StringComparer.Ordinal)];
        string[] args = [.. BareMetalFlags, "-I" + common, "-T" + Path.Combine(common, "link.ld"), Path.Combine(common, "runtime.S"), path];
        return Cached("isa-" + name, inputs, args);
    }

    /// <summary>The CPU benchmark of scripts/bench-cpu with a small round count, optionally its Sv39 U-mode variant.</summary>
    public static string BuildBenchmark(bool userMode, int rounds)
    {
        string common = Path.Combine(IsaDir, "common");
        string bench = Path.Combine(IsaDir, "bench");
        string[] sources = userMode
            ? [Path.Combine(common, "runtime.S"), Path.Combine(bench, "user.S"), Path.Combine(bench, "bench.c")]
            : [Path.Combine(common, "runtime.S"), Path.Combine(bench, "bench.c")];
        string[] args =
        [
            .. BareMetalFlags, "-O2", "-ffreestanding", "-fno-builtin", "-fno-tree-loop-distribute-patterns",
            "-DROUNDS=" + rounds.ToString(System.Globalization.CultureInfo.InvariantCulture), .. userMode ? new[] { "-DUSER_MODE" } : [],
            "-I" + common, "-T" + Path.Combine(common, "link.ld"), .. sources,
        ];
        string[] inputs = [.. sources, .. Directory.GetFiles(common).Order(StringComparer.Ordinal)];
        return Cached(userMode ? "bench-user" : "bench", inputs, args);
    }

    /// <summary>The static Linux executable of C program <paramref name="name"/>.</summary>
    public static string BuildLinuxProgram(string name)
    {
        string source = Path.Combine(IsaDir, "linux", name + ".c");
        return Cached("linux-" + name, [source], [.. LinuxFlags, source, "-lm"]);
    }

    /// <summary>A static Linux executable from assembly text (no libc), for generated programs.</summary>
    public static string BuildLinuxAssembly(string name, string assembly)
    {
        Directory.CreateDirectory(CacheDir);
        string hash = Hash([Encoding.UTF8.GetBytes(assembly)], LinuxAsmFlags);
        string source = Path.Combine(CacheDir, $"{name}-{hash}.S");
        if (!File.Exists(source))
        {
            WriteAtomically(source, Encoding.UTF8.GetBytes(assembly));
        }

        return Cached(name, [source], [.. LinuxAsmFlags, source]);
    }

    private static string Cached(string name, string[] inputs, string[] args)
    {
        Directory.CreateDirectory(CacheDir);
        string hash = Hash(inputs.Select(File.ReadAllBytes), args);
        string output = Path.Combine(CacheDir, $"{name}-{hash}.elf");
        if (File.Exists(output))
        {
            return output;
        }

        string temp = output + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        ProcessResult r = HostProcess.Run(Gcc, [.. args, "-o", temp], TimeSpan.FromMinutes(2));
        if (r.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Gcc} failed for {name} (exit {r.ExitCode}):\n{r.StderrText}");
        }

        File.Move(temp, output, overwrite: true);
        return output;
    }

    private static string Hash(IEnumerable<byte[]> contents, string[] args)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (byte[] c in contents)
        {
            sha.AppendData(BitConverter.GetBytes(c.Length));
            sha.AppendData(c);
        }

        // Paths differ between checkouts; only the flags matter to the output.
        foreach (string a in args.Where(a => a.StartsWith('-') && !a.StartsWith("-I", StringComparison.Ordinal) && !a.StartsWith("-T", StringComparison.Ordinal)))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(a + "\n"));
        }

        return Convert.ToHexString(sha.GetHashAndReset())[..16].ToLowerInvariant();
    }

    private static void WriteAtomically(string path, byte[] data)
    {
        string temp = path + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        File.WriteAllBytes(temp, data);
        File.Move(temp, path, overwrite: true);
    }

    private static string FindRepoRoot()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Harness.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Harness.sln) above " + AppContext.BaseDirectory);
    }
}
