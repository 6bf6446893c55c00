namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed partial class SimulatedCorpusTests
{
    [Fact]
    public void NoticeWording_EveryCatalogueObject_HasTitlesAndScopeInEachLanguage()
    {
        var objects = TextCatalog.Divisions.SelectMany(d => d.Objects).ToList();

        var missing = objects.Where(o => !NoticeWording.ByCpv.TryGetValue(o.Cpv, out var w)
            || new[] { w.Fi, w.Sv, w.En }.Any(s => s.Titles.Count < 2 || s.Scope.Count < 2)).Select(o => o.Cpv).ToList();

        Assert.Empty(missing);
        Assert.Equal(objects.Count, NoticeWording.ByCpv.Count);
    }

    [Fact]
    public void Generate_OneYear_TitlesAreVariedAndSeldomTheCpvLabel()
    {
        var (corpus, notices) = OneYear.Value;
        var finnish = notices.Where(n => n.Title.Fi is not null).ToList();

        var labelOnly = finnish.Count(n => TextCatalog.Divisions[n.DivisionIndex].Objects.Any(o => string.Equals(o.Fi, n.Title.Fi, StringComparison.Ordinal)));
        var distinct = finnish.Select(n => n.Title.Fi).Distinct(StringComparer.Ordinal).Count();

        Assert.InRange((double)labelOnly / finnish.Count, 0.0, 0.1);
        Assert.True(distinct > 20 * TextCatalog.Divisions.Sum(d => d.Objects.Count), $"{distinct} distinct Finnish titles in {corpus.Count} notices");
    }

    [Fact]
    public void Generate_Description_NamesWhatTheContractCovers()
    {
        var notices = OneYear.Value.Notices.Take(500);

        var withoutScope = notices.Where(n => n.Description.Fi is { } text
            && !NoticeWording.ByCpv[TextCatalog.Divisions[n.DivisionIndex].Objects[n.Lots[0].ObjectIndex].Cpv].Fi.Scope.Any(s => text.Replace(" &amp; ", " ja ", StringComparison.Ordinal).Contains(s, StringComparison.Ordinal))).ToList();

        Assert.Empty(withoutScope);
    }
}
