// The test-only restore delay's setting: parsed strictly, so a typo is an error rather than a silent no-op.
using Harness.Guest;

namespace Harness.Gate.Tests;

public sealed class TestOnlyRestoreDelayTests
{
    [TestCase(null, 0)]
    [TestCase("", 0)]
    [TestCase("0", 0)]
    [TestCase("250", 250)]
    public void Valid_values_parse(string? value, int expected) => TestOnlyRestoreDelay.Parse(value).Should().Be(expected);

    [TestCase("-5")]
    [TestCase("20ms")]
    [TestCase("1.5")]
    [TestCase("60001")]
    public void Invalid_values_are_rejected(string value) =>
        FluentActions.Invoking(() => TestOnlyRestoreDelay.Parse(value)).Should().Throw<ArgumentException>().WithMessage("*HARNESS_TEST_RESTORE_DELAY_MS*");
}
