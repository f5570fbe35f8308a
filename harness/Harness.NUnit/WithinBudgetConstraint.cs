// NUnit constraint: measurements are within a set of budgets; a failure names each breached metric, its
// percentile, the limit and the value.
using global::NUnit.Framework.Constraints;
using Harness.Budgets;

namespace Harness.NUnit;

/// <summary>Passes when every budget holds for the <see cref="Measurements"/> it is applied to.</summary>
public sealed class WithinBudgetConstraint(BudgetSet budgets) : Constraint
{
    /// <inheritdoc />
    public override string Description => "within budget: " + string.Join(", ", budgets.Budgets);

    /// <inheritdoc />
    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        if (actual is not Measurements measurements)
        {
            throw new ArgumentException($"Is.WithinBudget applies to {nameof(Measurements)}, not {actual?.GetType().Name ?? "null"}", nameof(actual));
        }

        BudgetVerdict verdict = budgets.Check(measurements);
        return new BudgetConstraintResult(this, verdict);
    }

    private sealed class BudgetConstraintResult(IConstraint constraint, BudgetVerdict verdict)
        : ConstraintResult(constraint, verdict.Describe(), verdict.Passed)
    {
        public override void WriteMessageTo(MessageWriter writer)
        {
            writer.WriteLine("budget breached:");
            foreach (BudgetCheck breach in verdict.Breaches)
            {
                writer.WriteLine("  " + breach.Describe());
            }
        }
    }
}
