namespace ProcurementInsight.Hilma.Simulator.Tests;

/// <summary>The simulated company register: a realistic population where most companies never win, and newcomers who do.</summary>
public sealed class RegisterPopulationTests
{
    private static readonly SimulatedCorpus Corpus = new(new SimulatorCorpusOptions { NoticesPerYear = 4000 });

    private static RegisterPopulation Register => Corpus.Population.Register;

    [Fact]
    public void Register_Population_HoldsEveryEnterpriseAndMostNeverAppearInTheCorpus()
    {
        var finnishSuppliers = Corpus.Population.Suppliers.Count(s => s.IsFinnish);

        Assert.Equal(RegisterPopulation.EnterpriseCount, Register.Count);
        Assert.Equal(finnishSuppliers, Register.WinnerCount);
        Assert.True(Register.WinnerCount < Register.Count / 20, $"{Register.WinnerCount} of {Register.Count} are corpus suppliers");
    }

    [Fact]
    public void Register_WinnersAndNonWinners_ShareTheLinesThatWinADivision()
    {
        var line = BusinessLines.ByDivision["72"][0].Code;

        var companies = Register.WithLine(line).Select(i => Register[i]).ToList();

        Assert.Contains(companies, c => c.IsCorpusSupplier);
        Assert.True(companies.Count(c => !c.IsCorpusSupplier) > 10 * companies.Count(c => c.IsCorpusSupplier), $"{companies.Count} companies of line {line}");
        Assert.All(companies, c => Assert.Equal(line, c.Line.Code));
    }

    [Fact]
    public void Register_SameSeed_SameCompanies()
    {
        var again = new OrganisationPopulation(Corpus.Options.Seed).Register;

        Assert.Equal(
            Enumerable.Range(0, 2000).Select(i => Register[Register.Count - 1 - i]),
            Enumerable.Range(0, 2000).Select(i => again[again.Count - 1 - i]));
    }

    [Fact]
    public void Awards_Newcomers_WinAboutTheAssumedShareFromLinesThatWinTheDivision()
    {
        var awards = Corpus.Entries.Where(e => e.Type.HasResult && !e.IsLegacy).Select(Corpus.Generate)
            .SelectMany(n => n.Lots.SelectMany(l => l.Awards.Select(a => (Notice: n, a.Supplier)))).ToList();

        var newcomers = awards.Where(a => Register.IndexOf(a.Supplier.CompanyId) is var i && i >= Register.WinnerCount).ToList();

        Assert.InRange((double)newcomers.Count / awards.Count, NoticeGenerator.NewcomerAwardShare - 0.03, NoticeGenerator.NewcomerAwardShare + 0.03);
        Assert.All(newcomers, a => Assert.Contains(
            BusinessLines.ByDivision[TextCatalog.Divisions[a.Notice.DivisionIndex].Code],
            l => l.Code == Register[Register.IndexOf(a.Supplier.CompanyId)].Line.Code));
        Assert.All(newcomers, a => Assert.True(Register[Register.IndexOf(a.Supplier.CompanyId)].RegisteredOn < DateOnly.FromDateTime(a.Notice.Entry.DatePublished.UtcDateTime)));
        Assert.InRange((double)newcomers.Count(a => a.Supplier.Nuts == a.Notice.Buyer.Nuts) / newcomers.Count, 0.65, 0.9);
    }
}
