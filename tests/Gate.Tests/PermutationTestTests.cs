// The permutation test on synthetic distributions: exact values on tiny samples, identical and shifted
// distributions, heavy noise, reproducibility of the seeded estimate, and bad input.
namespace Harness.Gate.Tests;

public sealed class PermutationTestTests
{
    [Test]
    public void Exact_enumeration_on_a_tiny_sample_gives_the_textbook_p_value()
    {
        // C(6,3) = 20 splits; only {1,2,3} | {4,5,6} and its mirror reach |difference| = 3.
        PermutationResult r = PermutationTest.DifferenceOfMeans([1, 2, 3], [4, 5, 6]);

        r.Exact.Should().BeTrue();
        r.Permutations.Should().Be(20);
        r.PValue.Should().BeApproximately(0.1, 1e-12);
        r.SmallestPossiblePValue.Should().BeApproximately(0.1, 1e-12);
        r.MeanA.Should().Be(2);
        r.MeanB.Should().Be(5);
        r.Difference.Should().Be(3);
    }

    [Test]
    public void Exact_p_value_counts_every_split_at_least_as_extreme()
    {
        // Splits of {1,2,3,4} into 2+2 (6 of them): differences |5-5|=0 for {1,4},{2,3}; 2 for {1,3},{2,4}; 4 for {1,2},{3,4}.
        PermutationTestResultShould(PermutationTest.DifferenceOfMeans([1, 3], [2, 4]), expectedP: 4.0 / 6);
        PermutationTestResultShould(PermutationTest.DifferenceOfMeans([1, 2], [3, 4]), expectedP: 2.0 / 6);
        PermutationTestResultShould(PermutationTest.DifferenceOfMeans([1, 4], [2, 3]), expectedP: 1.0);
    }

    private static void PermutationTestResultShould(PermutationResult r, double expectedP)
    {
        r.Exact.Should().BeTrue();
        r.PValue.Should().BeApproximately(expectedP, 1e-12);
    }

    [Test]
    public void Identical_samples_give_p_of_one()
    {
        double[] a = Synthetic.Normal(1, 30, 100, 5);

        PermutationResult r = PermutationTest.DifferenceOfMeans(a, a);

        r.Exact.Should().BeFalse();
        r.PValue.Should().Be(1.0);
    }

    [Test]
    public void Two_draws_from_one_distribution_give_a_high_p()
    {
        PermutationResult r = PermutationTest.DifferenceOfMeans(Synthetic.Normal(1, 30, 100, 5), Synthetic.Normal(2, 30, 100, 5));

        r.PValue.Should().BeGreaterThan(0.05);
    }

    [Test]
    public void A_20_percent_shift_with_low_noise_gives_p_below_one_percent()
    {
        double[] a = Synthetic.Normal(3, 20, 100, 3);
        double[] b = Synthetic.Normal(4, 20, 120, 3);

        PermutationResult r = PermutationTest.DifferenceOfMeans(a, b);

        r.PValue.Should().BeLessThan(0.01);
        r.PValue.Should().BeApproximately(1.0 / 10_001, 1e-12, "no random split comes close to the observed difference");
        (r.Difference / r.MeanA).Should().BeApproximately(0.2, 0.03);
    }

    [Test]
    public void Heavy_noise_hides_a_10_percent_shift()
    {
        double[] a = Synthetic.Normal(5, 10, 100, 60);
        double[] b = Synthetic.Normal(6, 10, 110, 60);

        PermutationResult r = PermutationTest.DifferenceOfMeans(a, b);

        r.PValue.Should().BeGreaterThan(0.01);
    }

    [Test]
    public void The_sampled_test_is_reproducible_from_its_seed()
    {
        double[] a = Synthetic.Normal(7, 25, 100, 20);
        double[] b = Synthetic.Normal(8, 25, 108, 20);

        PermutationResult first = PermutationTest.DifferenceOfMeans(a, b, seed: 42);
        PermutationResult again = PermutationTest.DifferenceOfMeans(a, b, seed: 42);
        PermutationResult other = PermutationTest.DifferenceOfMeans(a, b, seed: 43);

        first.Exact.Should().BeFalse();
        again.PValue.Should().Be(first.PValue);
        other.PValue.Should().BeApproximately(first.PValue, 0.02, "two seeds estimate the same p within Monte Carlo error");
    }

    [Test]
    public void The_sampled_estimate_agrees_with_exact_enumeration()
    {
        // C(14,7) = 3432 splits: exact with the default resamples, sampled when resamples are fewer.
        double[] a = Synthetic.Normal(9, 7, 100, 10);
        double[] b = Synthetic.Normal(10, 7, 110, 10);

        PermutationResult exact = PermutationTest.DifferenceOfMeans(a, b);
        PermutationResult sampled = PermutationTest.DifferenceOfMeans(a, b, resamples: 3000);

        exact.Exact.Should().BeTrue();
        exact.Permutations.Should().Be(3432);
        sampled.Exact.Should().BeFalse();
        sampled.PValue.Should().BeApproximately(exact.PValue, 0.02);
    }

    [Test]
    public void Too_few_samples_cannot_reach_one_percent_and_say_so()
    {
        PermutationResult r = PermutationTest.DifferenceOfMeans([10, 11, 12], [50, 51, 52]);

        r.SmallestPossiblePValue.Should().BeGreaterThanOrEqualTo(0.01);
        r.PValue.Should().Be(r.SmallestPossiblePValue);
    }

    [Test]
    public void Unequal_sizes_are_supported()
    {
        PermutationResult r = PermutationTest.DifferenceOfMeans(Synthetic.Normal(11, 8, 100, 2), Synthetic.Normal(12, 40, 130, 2));

        r.PValue.Should().BeLessThan(0.01);
    }

    [Test]
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => PermutationTest.DifferenceOfMeans([], [1.0])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => PermutationTest.DifferenceOfMeans([1.0, double.NaN], [1.0])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => PermutationTest.DifferenceOfMeans([1.0], [1.0], resamples: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [TestCase(5, 2, 10)]
    [TestCase(20, 10, 184756)]
    [TestCase(16, 8, 12870)]
    [TestCase(7, 0, 1)]
    public void Binomial_counts_splits(int n, int k, double expected) => PermutationTest.Binomial(n, k).Should().Be(expected);
}
