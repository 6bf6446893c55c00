namespace ProcurementInsight.Hilma.Simulator.Tests;

/// <summary>Simulated suppliers specialise, so a broker backtest on the corpus has something real to find.</summary>
public sealed class SupplierSpecialisationTests
{
    private static readonly SimulatedCorpus Corpus = new(new SimulatorCorpusOptions { NoticesPerYear = 4000 });

    [Fact]
    public void Awards_RegionalWinners_MostlyWinInTheBuyersRegion()
    {
        var awards = Awarded().Where(a => !a.Supplier.National).ToList();

        var local = awards.Count(a => a.Supplier.Nuts == a.Notice.Buyer.Nuts);

        Assert.True(awards.Count > 500, $"{awards.Count} regional awards");
        Assert.InRange((double)local / awards.Count, 0.6, 1.0);
    }

    [Fact]
    public void Awards_Winners_MostlyWinInTheirSpecialty()
    {
        // Newcomers from the register have no specialty of the corpus's suppliers.
        var awards = Awarded().Where(a => !a.Supplier.IsFinnish || Corpus.Population.Register[Corpus.Population.Register.IndexOf(a.Supplier.CompanyId)].IsCorpusSupplier).ToList();

        var specialist = awards.Count(a => a.Supplier.Specialties.Contains(a.Lot.ObjectIndex));

        Assert.InRange((double)specialist / awards.Count, 0.8, 1.0);
    }

    [Fact]
    public void Lots_AboutOneInThree_CarryTheDivisionsGeneralCodeButStillNameTheirObject()
    {
        var lots = Corpus.Entries.Take(3000).Select(Corpus.Generate).SelectMany(n => n.Lots.Select(l => (Notice: n, Lot: l))).ToList();

        var general = lots.Where(x => x.Lot.CpvCodes[0] == TextCatalog.Divisions[x.Notice.DivisionIndex].Code + "000000").ToList();
        var specific = lots.Where(x => x.Lot.CpvCodes[0] == TextCatalog.Divisions[x.Notice.DivisionIndex].Objects[x.Lot.ObjectIndex].Cpv).ToList();

        Assert.InRange((double)general.Count / lots.Count, 0.25, 0.45);
        Assert.Equal(lots.Count, general.Union(specific).Count());
        Assert.All(lots.Where(x => x.Lot.Title.Fi is not null), x =>
            Assert.Contains(
                NoticeWording.ByCpv[TextCatalog.Divisions[x.Notice.DivisionIndex].Objects[x.Lot.ObjectIndex].Cpv].Fi.Titles,
                t => x.Lot.Title.Fi!.Contains(t, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Population_Specialisation_IsTheSameForTheSameSeed()
    {
        var again = new OrganisationPopulation(Corpus.Options.Seed);

        Assert.Equal(
            Corpus.Population.Suppliers.Select(s => (s.CompanyId, string.Join(',', s.Specialties), s.National, s.Innovativeness)),
            again.Suppliers.Select(s => (s.CompanyId, string.Join(',', s.Specialties), s.National, s.Innovativeness)));
    }

    private static IEnumerable<(SimulatedNotice Notice, SimulatedLot Lot, SimulatedSupplier Supplier)> Awarded()
    {
        foreach (var entry in Corpus.Entries.Where(e => e.Type.HasResult && !e.IsLegacy))
        {
            var notice = Corpus.Generate(entry);
            foreach (var lot in notice.Lots)
            {
                foreach (var award in lot.Awards)
                {
                    yield return (notice, lot, award.Supplier);
                }
            }
        }
    }
}
