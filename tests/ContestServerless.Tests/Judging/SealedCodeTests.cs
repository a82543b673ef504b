using ContestServerless.Domain.Judging;

namespace ContestServerless.Tests.Judging;

public sealed class SealedCodeTests
{
    [Fact]
    public void Sealed_codes_are_short_readable_and_do_not_repeat_in_a_large_round()
    {
        var codes = Enumerable.Range(0, 5000).Select(_ => SealedCodes.New()).ToList();

        Assert.All(codes, c => Assert.True(SealedCodes.IsWellFormed(c), c));
        Assert.All(codes, c => Assert.DoesNotMatch("[01OILU]", c));
        // 29 random bits: 5,000 codes collide with a probability near 2%; the store retries on a taken code.
        Assert.True(codes.Distinct().Count() >= 4995);
    }

    [Theory]
    [InlineData("ABC-234", true)]
    [InlineData("ABC234", false)]
    [InlineData("ABC-2O4", false)]
    [InlineData(null, false)]
    public void Only_well_formed_codes_are_accepted(string? code, bool expected) =>
        Assert.Equal(expected, SealedCodes.IsWellFormed(code));
}
