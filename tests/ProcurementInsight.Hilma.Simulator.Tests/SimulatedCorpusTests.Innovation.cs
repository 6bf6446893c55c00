using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed partial class SimulatedCorpusTests
{
    private static readonly Lazy<(SimulatedCorpus Corpus, SimulatedNotice[] Notices)> OneYear = new(() =>
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 2025, From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 12, 31) });
        var notices = corpus.Entries
            .Where(e => e.Type.Kind is NoticeKind.Contract or NoticeKind.Award)
            .Select(corpus.Generate)
            .ToArray();
        return (corpus, notices);
    });

    [Fact]
    public void Statistics_OneYear_NewToBuyerAnsweredYesAboutFortyFivePercent()
    {
        var notices = OneYear.Value.Notices;

        var share = notices.Count(n => n.Statistics!.SolutionNewToBuyer == true) / (double)notices.Length;

        Assert.InRange(share, 0.37, 0.53);
    }

    [Fact]
    public void Statistics_OneYear_NewToMarketAnsweredYesAboutFivePercent()
    {
        var notices = OneYear.Value.Notices;

        var share = notices.Count(n => n.Statistics!.SolutionNewToMarketOrIndustry == true) / (double)notices.Length;

        Assert.InRange(share, 0.02, 0.08);
    }

    [Fact]
    public void Statistics_EveryLot_ConsideredAtLeastWhenNewToBuyer()
    {
        var lots = OneYear.Value.Notices.SelectMany(n => n.Lots).Select(l => l.Statistics!);

        var violations = lots.Count(s => s.SolutionNewToBuyer == true && s.InnovationConsidered != true);

        Assert.Equal(0, violations);
    }

    [Fact]
    public void Truth_ComparedWithSelfReports_DiffersSometimesButNotMostly()
    {
        var notices = OneYear.Value.Notices;

        var disagreements = notices.Count(n => n.Truth.NewToBuyer != (n.Statistics!.SolutionNewToBuyer == true)) / (double)notices.Length;

        Assert.InRange(disagreements, 0.02, 0.25);
    }

    [Fact]
    public void Truth_NewToMarket_DependsOnCpvDivision()
    {
        var notices = OneYear.Value.Notices;

        double Rate(string division) =>
            notices.Where(n => n.CpvCodes[0].StartsWith(division, StringComparison.Ordinal)).Average(n => n.Truth.NewToMarket ? 1.0 : 0.0);

        Assert.True(Rate("72") > 2 * Rate("45"), $"72: {Rate("72")}, 45: {Rate("45")}");
    }

    [Fact]
    public void Generate_TrulyInnovativeNotices_UseInnovationVocabularyMoreOften()
    {
        var notices = OneYear.Value.Notices;
        var vocabulary = TextCatalog.InnovationFi.Concat(TextCatalog.InnovationSv).Concat(TextCatalog.InnovationEn).ToArray();
        bool Mentions(SimulatedNotice n) => vocabulary.Any(v => n.Description.Any.Contains(v, StringComparison.Ordinal));

        var innovative = notices.Where(n => n.Truth.TrulyInnovative).Average(n => Mentions(n) ? 1.0 : 0.0);
        var ordinary = notices.Where(n => !n.Truth.NewToBuyer).Average(n => Mentions(n) ? 1.0 : 0.0);

        Assert.True(innovative > 0.5 && ordinary < 0.15, $"innovative {innovative}, ordinary {ordinary}");
    }

    [Fact]
    public async Task WriteGroundTruthAsync_EveryNotice_HasOneLine()
    {
        var corpus = new SimulatedCorpus(SmallOptions);
        using var stream = new MemoryStream();

        await corpus.WriteGroundTruthAsync(stream, CancellationToken.None);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(corpus.Count, lines.Length);
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.Equal(corpus.Entries.Select(e => e.Key), ids);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(corpus.Truth(corpus.Entries[0].Key).NewToBuyer, first.GetProperty("newToBuyer").GetBoolean());
    }

    [Fact]
    public void EFormBytes_EuNoticesWithNewToMarketYes_CarryMarNov()
    {
        var (corpus, notices) = OneYear.Value;
        var eu = notices.Where(n => !n.Type.IsNational && !n.Entry.IsMalformed && n.Lots.Any(l => l.Statistics!.SolutionNewToMarketOrIndustry == true)).ToArray();

        var documents = eu.Select(n => XDocument.Parse(Encoding.UTF8.GetString(SimulatedCorpus.EFormBytes(n)))).ToArray();

        Assert.NotEmpty(eu);
        _ = corpus;
        Assert.All(documents, d => Assert.Contains("mar-nov", EForms.AdditionalTypeCodes(d, "innovative-acquisition")));
    }

    [Fact]
    public void EFormBytes_NationalNotices_CarryNoInnovationCodes()
    {
        var national = OneYear.Value.Notices.Where(n => n.Type.IsNational && !n.Entry.IsMalformed && n.Statistics!.InnovationConsidered == true).Take(500).ToArray();

        var documents = national.Select(n => XDocument.Parse(Encoding.UTF8.GetString(SimulatedCorpus.EFormBytes(n)))).ToArray();

        Assert.NotEmpty(national);
        Assert.All(documents, d =>
        {
            Assert.Empty(EForms.AdditionalTypeCodes(d, "innovative-acquisition"));
            Assert.Empty(EForms.AdditionalTypeCodes(d, "strategic-procurement"));
        });
    }
}
