// NUnit's syntax helper, extended: `Assert.That(measurements, Is.WithinBudget(budgets))`.
using Harness.Budgets;

namespace Harness.NUnit;

/// <summary>NUnit's <c>Is</c> plus budget constraints; import <c>Harness.NUnit</c> to use both.</summary>
public class Is : global::NUnit.Framework.Is
{
    /// <summary>Every budget in <paramref name="budgets"/> holds.</summary>
    public static WithinBudgetConstraint WithinBudget(BudgetSet budgets) => new(budgets);

    /// <summary>The given budgets hold.</summary>
    public static WithinBudgetConstraint WithinBudget(params Budget[] budgets) => new(new BudgetSet(budgets));

    /// <summary>Every budget in the JSON budgets file holds.</summary>
    public static WithinBudgetConstraint WithinBudget(string budgetFile) => new(BudgetSet.Load(budgetFile));
}
