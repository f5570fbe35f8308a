// Builds the riscv64 reference program (cached by source hash) and runs test vectors through it under
// qemu-riscv64-static, whose softfloat gives the expected results and fflags.
using System.Diagnostics;
using System.Security.Cryptography;

namespace Harness.Vmm.Tests.Cpu.Fpu;

/// <summary>One vector as the reference reads it.</summary>
public readonly record struct FpuVector(int Op, uint Rm, ulong A, ulong B, ulong C);

/// <summary>What the reference (or FpuExecutor) produced for one vector.</summary>
public readonly record struct FpuOutcome(ulong Result, uint Flags);

public static class FpuReference
{
    private const string Compiler = "riscv64-linux-gnu-gcc";
    private const string Emulator = "qemu-riscv64-static";
    private const string CompilerFlags = "-static -O2";
    private const string SourceRelativePath = "tests/Vmm.Tests/Cpu/Fpu/Reference/fpu_reference.c";

    /// <summary>Runs every vector through the reference in one emulator process.</summary>
    public static FpuOutcome[] Run(IReadOnlyList<FpuVector> vectors)
    {
        var input = new byte[vectors.Count * 32];
        for (int i = 0; i < vectors.Count; i++)
        {
            Span<byte> rec = input.AsSpan(i * 32, 32);
            BitConverter.TryWriteBytes(rec[0..], vectors[i].Op);
            BitConverter.TryWriteBytes(rec[4..], vectors[i].Rm);
            BitConverter.TryWriteBytes(rec[8..], vectors[i].A);
            BitConverter.TryWriteBytes(rec[16..], vectors[i].B);
            BitConverter.TryWriteBytes(rec[24..], vectors[i].C);
        }
        byte[] output = RunReference([], input, vectors.Count * 16);
        var results = new FpuOutcome[vectors.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = new FpuOutcome(BitConverter.ToUInt64(output, i * 16), (uint)BitConverter.ToUInt64(output, i * 16 + 8));
        }
        return results;
    }

    /// <summary>Whether each instruction word executes (true) or raises SIGILL, with frm set as given.</summary>
    public static bool[] ProbeLegality(IReadOnlyList<(uint Insn, uint Frm)> words)
    {
        var input = new byte[words.Count * 8];
        for (int i = 0; i < words.Count; i++)
        {
            BitConverter.TryWriteBytes(input.AsSpan(i * 8), words[i].Insn);
            BitConverter.TryWriteBytes(input.AsSpan(i * 8 + 4), words[i].Frm);
        }
        byte[] output = RunReference(["legal"], input, words.Count);
        return [.. output.Select(b => b != 0)];
    }

    private static byte[] RunReference(string[] args, byte[] input, int expectedBytes)
    {
        string program = EnsureBuilt();
        var (exit, output, error) = RunProcess(RequireTool(Emulator, "qemu-user-static"), [program, .. args], input);
        if (exit != 0 || output.Length != expectedBytes)
        {
            throw new InvalidOperationException(
                $"reference run failed (exit {exit}, {output.Length} of {expectedBytes} bytes): {error}");
        }
        return output;
    }

    /// <summary>The path of the built reference, compiling it only when no build of this source is cached.</summary>
    public static string EnsureBuilt()
    {
        string source = FindSource();
        byte[] text = File.ReadAllBytes(source);
        string key = Convert.ToHexString(SHA256.HashData([.. text, .. System.Text.Encoding.UTF8.GetBytes(CompilerFlags)]))[..16];
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string cacheRoot = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : home.Length > 0 ? Path.Combine(home, ".cache")
            : Path.GetTempPath();
        string dir = Path.Combine(cacheRoot, "harness", "fpu-reference", key);
        string program = Path.Combine(dir, "fpu_reference");
        if (File.Exists(program))
        {
            return program;
        }
        Directory.CreateDirectory(dir);
        // Build under a unique name and rename, so concurrent test runs never see a half-written binary.
        string temp = Path.Combine(dir, $"fpu_reference.{Environment.ProcessId}.tmp");
        string gcc = RequireTool(Compiler, "gcc-riscv64-linux-gnu");
        var (exit, _, error) = RunProcess(gcc, [.. CompilerFlags.Split(' '), "-o", temp, source], []);
        if (exit != 0)
        {
            throw new InvalidOperationException($"building the FPU reference failed: {error}");
        }
        File.Move(temp, program, overwrite: true);
        return program;
    }

    private static string FindSource()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, SourceRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"cannot find {SourceRelativePath} above {AppContext.BaseDirectory}");
    }

    private static string RequireTool(string name, string debianPackage)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException(
            $"{name} is not installed; the FPU differential tests need the Debian package {debianPackage} " +
            $"(apt-get install {debianPackage})");
    }

    private static (int Exit, byte[] Output, string Error) RunProcess(string file, string[] args, byte[] input)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        Task<string> error = process.StandardError.ReadToEndAsync();
        var output = new MemoryStream();
        Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        try
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process exited early; its exit code and stderr say why.
        }
        copy.Wait();
        process.WaitForExit();
        return (process.ExitCode, output.ToArray(), error.Result);
    }
}
