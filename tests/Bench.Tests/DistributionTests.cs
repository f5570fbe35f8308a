// Order statistics of a distribution: nearest-rank percentiles over the samples as taken.
using Harness.Reports;

namespace Harness.Bench.Tests;

public class DistributionTests
{
    [Test]
    public void Percentiles_are_nearest_rank_samples()
    {
        var d = new Distribution("ms", Enumerable.Range(1, 100).Select(i => (double)(101 - i)));
        d.P50.Should().Be(50);
        d.P90.Should().Be(90);
        d.P99.Should().Be(99);
        d.P999.Should().Be(100);
        d.Min.Should().Be(1);
        d.Max.Should().Be(100);
        d.Samples[0].Should().Be(100, "the samples keep the order they were taken in");
    }

    [Test]
    public void A_single_sample_is_every_percentile()
    {
        var d = new Distribution("us", [7.5]);
        d.P50.Should().Be(7.5);
        d.P99.Should().Be(7.5);
        d.Mean.Should().Be(7.5);
    }

    [Test]
    public void Bad_samples_are_refused()
    {
        FluentActions.Invoking(() => new Distribution("ms", [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Distribution("ms", [1, double.NaN])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Distribution("ms", [1]).Percentile(101)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Scaling_converts_units()
    {
        Distribution us = new Distribution("ms", [0.5, 1.5]).Scaled(1000, "us");
        us.Unit.Should().Be("us");
        us.Samples.Should().Equal(500, 1500);
    }
}
