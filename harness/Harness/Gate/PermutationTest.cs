// Two-sample permutation test on the difference of means, the test Firecracker's A/B tooling runs on benchmark
// distributions: pool both samples, re-split them at random (or in every possible way when that is few enough) and
// count how often a split's |mean difference| is at least the observed one. No assumption about the shape of the
// distributions, which for latencies are skewed and heavy-tailed.
namespace Harness.Gate;

/// <summary>Outcome of <see cref="PermutationTest.DifferenceOfMeans"/>.</summary>
/// <param name="PValue">Two-sided p-value of "both samples come from the same distribution".</param>
/// <param name="MeanA">Mean of the first (baseline) sample.</param>
/// <param name="MeanB">Mean of the second (candidate) sample.</param>
/// <param name="Exact">True when every split was enumerated; false for a seeded Monte Carlo estimate.</param>
/// <param name="Permutations">Splits evaluated.</param>
/// <param name="SmallestPossiblePValue">The lowest p-value these sample sizes and resamples can produce: when it is
/// not below the significance level, the test cannot detect anything and says so instead of passing silently.</param>
public sealed record PermutationResult(double PValue, double MeanA, double MeanB, bool Exact, long Permutations, double SmallestPossiblePValue)
{
    /// <summary>MeanB − MeanA.</summary>
    public double Difference => MeanB - MeanA;
}

/// <summary>The permutation test.</summary>
public static class PermutationTest
{
    /// <summary>Resamples used unless told otherwise (Firecracker's A/B tooling uses the same order).</summary>
    public const int DefaultResamples = 10_000;

    /// <summary>Seed used unless told otherwise, so that a gate run is reproducible from its inputs.</summary>
    public const int DefaultSeed = 0x5EED;

    /// <summary>
    /// Tests whether <paramref name="a"/> and <paramref name="b"/> differ in mean. Exact (all C(n, k) splits) when
    /// there are at most <paramref name="resamples"/> of them, otherwise <paramref name="resamples"/> random splits
    /// from a generator seeded with <paramref name="seed"/>, with p = (hits + 1) / (resamples + 1).
    /// </summary>
    /// <exception cref="ArgumentException">A sample is empty or holds a non-finite value, or resamples is below 1.</exception>
    public static PermutationResult DifferenceOfMeans(IReadOnlyList<double> a, IReadOnlyList<double> b,
        int resamples = DefaultResamples, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            throw new ArgumentException("both samples need at least one value");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        double[] pool = [.. a, .. b];
        if (pool.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("samples must be finite numbers");
        }

        int n = pool.Length;
        int k = a.Count;
        double total = pool.Sum();
        double sumA = a.Sum();
        double meanA = sumA / k, meanB = (total - sumA) / (n - k);
        double observed = Statistic(sumA, total, k, n);
        // Splits whose statistic equals the observed one up to rounding count as hits.
        double tolerance = 1e-9 * Math.Max(1.0, pool.Max(Math.Abs));
        double splits = Binomial(n, k);
        // The observed split and, when the groups are equal in size, its mirror always tie with the observed value.
        double tiesAlways = k == n - k ? 2 : 1;

        if (splits <= resamples)
        {
            long hits = 0, count = 0;
            int[] index = new int[k];
            for (int i = 0; i < k; i++)
            {
                index[i] = i;
            }

            while (true)
            {
                double s = 0;
                for (int i = 0; i < k; i++)
                {
                    s += pool[index[i]];
                }

                count++;
                if (Statistic(s, total, k, n) >= observed - tolerance)
                {
                    hits++;
                }

                if (!NextCombination(index, n))
                {
                    break;
                }
            }

            return new PermutationResult((double)hits / count, meanA, meanB, Exact: true, count, tiesAlways / count);
        }

        var random = new Random(seed);
        double[] work = (double[])pool.Clone();
        long mcHits = 0;
        for (int r = 0; r < resamples; r++)
        {
            // A partial Fisher–Yates shuffle: the first k slots become a uniform random subset.
            double s = 0;
            for (int i = 0; i < k; i++)
            {
                int j = random.Next(i, n);
                (work[i], work[j]) = (work[j], work[i]);
                s += work[i];
            }

            if (Statistic(s, total, k, n) >= observed - tolerance)
            {
                mcHits++;
            }
        }

        return new PermutationResult((mcHits + 1.0) / (resamples + 1.0), meanA, meanB, Exact: false, resamples,
            Math.Max(1.0 / (resamples + 1.0), tiesAlways / splits));
    }

    private static double Statistic(double sumFirst, double total, int k, int n) =>
        Math.Abs(((total - sumFirst) / (n - k)) - (sumFirst / k));

    /// <summary>Advances <paramref name="index"/> to the next k-subset of 0..n-1 in lexicographic order.</summary>
    private static bool NextCombination(int[] index, int n)
    {
        int k = index.Length;
        int i = k - 1;
        while (i >= 0 && index[i] == n - k + i)
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        index[i]++;
        for (int j = i + 1; j < k; j++)
        {
            index[j] = index[j - 1] + 1;
        }

        return true;
    }

    /// <summary>C(n, k) as a double (exact for the sizes where it decides exact versus sampled).</summary>
    public static double Binomial(int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        k = Math.Min(k, n - k);
        double c = 1;
        for (int i = 1; i <= k; i++)
        {
            c = c * (n - k + i) / i;
        }

        return Math.Round(c);
    }
}
