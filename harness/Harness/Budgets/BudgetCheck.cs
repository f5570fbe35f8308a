// The verdict of one budget against one measurement, and of a whole budget file.
namespace Harness.Budgets;

/// <summary>One budget's outcome.</summary>
public sealed record BudgetCheck(Budget Budget, double Value, string Unit, bool Passed)
{
    /// <summary>A sentence naming the metric, the percentile, the limit and the value.</summary>
    public string Describe() =>
        $"{Budget.Metric}{(Budget.Percentile is null ? "" : " " + Budget.Percentile)} is {Value:0.###} {Unit}, " +
        $"{(Passed ? "within" : "over")} the budget of {(Budget.AtLeast ? "at least" : "at most")} {Budget.Limit:0.###} {Unit}";
}

/// <summary>Every check of a budget set; <see cref="Passed"/> when all passed.</summary>
public sealed record BudgetVerdict(IReadOnlyList<BudgetCheck> Checks)
{
    /// <summary>True when no budget was breached.</summary>
    public bool Passed => Checks.All(c => c.Passed);

    /// <summary>The breached budgets.</summary>
    public IEnumerable<BudgetCheck> Breaches => Checks.Where(c => !c.Passed);

    /// <summary>One line per breach, or "all budgets met".</summary>
    public string Describe() => Passed ? $"all {Checks.Count} budgets met" : string.Join("; ", Breaches.Select(b => b.Describe()));
}
