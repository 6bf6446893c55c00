using ProcurementInsight.Broker.Matching;

namespace ProcurementInsight.Broker.Tests;

public sealed partial class SupplierIndexTests
{
    [Fact]
    public void Match_StopWordsOnlyShared_FindsNothingThroughThem()
    {
        using var index = Build(
            Awards.Result("EF-1", "Hissi Oy", "0112038-9", "50750000", "Hissien huolto", Day),
            Awards.Result("EF-2", "Tie Oy", "0101263-6", "45233140", "Teiden ja katujen rakentaminen", Day));

        var result = index.Match(new MatchQuery("Hissihuolto kouluille ja päiväkodeille", null, null, 5), new MatchWeights());

        Assert.Equal("0112038-9", result.Matches[0].BusinessId);
        Assert.DoesNotContain(result.Matches.SelectMany(m => m.Evidence.MatchedTerms), t => t == "ja");
    }

    [Fact]
    public void Match_EnglishNeedFinnishContracts_KeepsTrackRecordThroughTheCpvLabels()
    {
        using var index = Build(Awards.Result("EF-1", "Kone Oy", "0112038-9", "30213100", "Kannettavat tietokoneet opettajille", Day));

        var result = index.Match(new MatchQuery("Portable computers for teachers", null, null, 5), new MatchWeights());

        var match = Assert.Single(result.Matches);
        Assert.True(match.Evidence.Parts.TrackRecord > 0);
        Assert.Equal(TextAnalysis.English, result.Interpretation!.Language);
    }

    [Fact]
    public void Match_NoCpvGiven_ReadsTheNeedAsCpvCodesInItsLanguage()
    {
        using var index = Build(Awards.Result("EF-1", "Valo Oy", "0112038-9", "50232100", "Katuvalojen huolto", Day));

        var result = index.Match(new MatchQuery("Katuvalaistuksen kunnossapito", null, null, 5), new MatchWeights());

        Assert.StartsWith("5023", result.Interpretation!.CpvUsed, StringComparison.Ordinal);
        Assert.True(result.Interpretation.CpvFromReading);
        Assert.NotNull(result.Matches[0].Evidence.Parts.Cpv);
    }

    [Fact]
    public void Match_InnovationWordedNeed_GivesInnovationPotentialMoreWeight()
    {
        using var index = Build(Awards.Result("EF-1", "Hoiva Oy", "0112038-9", "85312000", "Kotihoidon palvelut", Day));

        var plain = index.Match(new MatchQuery("Kotihoidon palvelut", null, null, 5), new MatchWeights());
        var worded = index.Match(new MatchQuery("Kotihoidon palvelut, pilotti uudesta ratkaisusta", null, null, 5), new MatchWeights());

        Assert.Empty(plain.Interpretation!.InnovationCues);
        Assert.NotEmpty(worded.Interpretation!.InnovationCues);
        Assert.True(worded.Interpretation.InnovationWeight > plain.Interpretation.InnovationWeight);
    }

    [Fact]
    public void Match_NoWordKnown_AdvisesBroaderWordsOrACode()
    {
        using var index = Build(Awards.Result("EF-1", "Tie Oy", "0112038-9", "45233140", "Tienrakennus", Day));

        var result = index.Match(new MatchQuery("qwzzx plorbk", null, null, 5), new MatchWeights());

        Assert.Empty(result.Matches);
        Assert.Equal("no-known-words", result.Advice!.Reason);
        Assert.Contains("CPV", result.Advice.Try.Sv, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_CodeWithNoSupplierNear_AdvisesABroaderCode()
    {
        using var index = Build(Awards.Result("EF-1", "Tie Oy", "0112038-9", "45233140", "Tienrakennus", Day));

        var result = index.Match(new MatchQuery("qwzzx", "85312000", null, 5), new MatchWeights());

        Assert.Empty(result.Matches);
        Assert.Equal("no-supplier-near-cpv", result.Advice!.Reason);
    }
}
