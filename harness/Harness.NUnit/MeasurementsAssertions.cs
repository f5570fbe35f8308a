// FluentAssertions extensions: `measurements.Should().BeWithinBudget(budgets)`.
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Harness.Budgets;

namespace Harness.NUnit;

/// <summary>Assertions on <see cref="Measurements"/>.</summary>
public sealed class MeasurementsAssertions(Measurements subject)
    : ReferenceTypeAssertions<Measurements, MeasurementsAssertions>(subject)
{
    /// <inheritdoc />
    protected override string Identifier => "measurements";

    /// <summary>Asserts every budget holds; the failure names each breached metric, percentile, limit and value.</summary>
    public AndConstraint<MeasurementsAssertions> BeWithinBudget(BudgetSet budgets, string because = "", params object[] becauseArgs)
    {
        BudgetVerdict verdict = budgets.Check(Subject);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(verdict.Passed)
            .FailWith("Expected {context:measurements} to be within budget{reason}, but " + verdict.Describe().Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) + ".");
        return new AndConstraint<MeasurementsAssertions>(this);
    }

    /// <summary>Asserts the given budgets hold.</summary>
    public AndConstraint<MeasurementsAssertions> BeWithinBudget(params Budget[] budgets) => BeWithinBudget(new BudgetSet(budgets));
}

/// <summary>Entry point of the FluentAssertions extensions.</summary>
public static class MeasurementsAssertionExtensions
{
    /// <summary>Starts an assertion on <paramref name="measurements"/>.</summary>
    public static MeasurementsAssertions Should(this Measurements measurements) => new(measurements);
}
