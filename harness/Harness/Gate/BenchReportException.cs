// The typed error for a bench report or gate configuration that cannot be used.
namespace Harness.Gate;

/// <summary>A bench report (schema harness-bench/1) or a gate configuration is missing, malformed or unusable.</summary>
public sealed class BenchReportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BenchReportException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with the error that caused it.</summary>
    public BenchReportException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public BenchReportException() : base("unusable bench report")
    {
    }
}
