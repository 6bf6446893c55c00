namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed class ODataFilterTests
{
    private static readonly NoticeEntry National = Entry("E3", new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));
    private static readonly NoticeEntry Eu = Entry("29", new DateTimeOffset(2025, 3, 2, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryParse_OrWithParentheses_MatchesEitherSide()
    {
        var parsed = ODataFilter.TryParse("isPlan eq false and (type eq 'E3' or mainType eq 'ContractAwardNotices')", out var predicate, out _);

        Assert.True(parsed);
        Assert.True(predicate(National));
        Assert.True(predicate(Eu));
    }

    [Fact]
    public void TryParse_DateComparisonWithOffset_ComparesInstants()
    {
        var parsed = ODataFilter.TryParse("datePublished ge 2025-03-02T12:00:00+02:00", out var predicate, out _);

        var matches = (predicate(National), predicate(Eu));

        Assert.True(parsed);
        Assert.Equal((false, true), matches);
    }

    [Fact]
    public void TryParse_Not_NegatesTheComparison()
    {
        var parsed = ODataFilter.TryParse("not isNationalProcurement eq true", out var predicate, out _);

        var matches = (predicate(National), predicate(Eu));

        Assert.True(parsed);
        Assert.Equal((false, true), matches);
    }

    [Fact]
    public void TryParse_LambdaOverLots_FailsNamingIt()
    {
        var parsed = ODataFilter.TryParse("lots/any(l: l/innovationConsidered eq true)", out _, out var error);

        Assert.False(parsed);
        Assert.Contains("lots/any", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_BadDate_FailsNamingTheLiteral()
    {
        var parsed = ODataFilter.TryParse("datePublished ge yesterday", out _, out var error);

        Assert.False(parsed);
        Assert.Contains("'yesterday'", error, StringComparison.Ordinal);
    }

    private static NoticeEntry Entry(string subtype, DateTimeOffset published) =>
        new(1, 1, (byte)NoticeTypes.IndexOf(subtype), published.UtcTicks, published.UtcTicks, 1, 1, 2025, false, false);
}
