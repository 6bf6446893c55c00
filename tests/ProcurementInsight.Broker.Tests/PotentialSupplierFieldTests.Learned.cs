using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Broker.SupplierField;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Tests;

/// <summary>The ranking learned from first-time winners' register data, on constructed fields whose answer is known.</summary>
public sealed partial class PotentialSupplierFieldTests
{
    private const string Oy = "Osakeyhtiö";

    private const string SoleTrader = "Yksityinen elinkeinonharjoittaja";

    private static readonly Dictionary<string, string> Towns = new(StringComparer.Ordinal) { ["TAMPERE"] = "FI197", ["HELSINKI"] = "FI1B1", ["TURKU"] = "FI1C1" };

    [Fact]
    public void Rank_FirstWinnersAreOldLocalCleaningCompanies_ShowsExactlyTheOldTurkuCleaningCompaniesFirst()
    {
        var ranker = new PotentialSupplierRanker(LearnedSnapshot(FirstWinners(Oy, new DateOnly(2012, 1, 1))));

        var field = ranker.Rank(["90910000"], "FI1C1", 5, 1);

        Assert.Equal(60, ranker.FirstWinExamples);
        Assert.Equal(Companies().Where(c => c is { LineCode: "81210", City: "TURKU", Form: Oy } && c.RegisteredOn!.Value.Year == 2010).Select(c => c.BusinessId).Order(StringComparer.Ordinal), field.Suppliers.Select(s => s.BusinessId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rank_FirstWinnersAreYoungSoleTraders_LearnsThatInsteadOfPreferringOldCompanies()
    {
        var ranker = new PotentialSupplierRanker(LearnedSnapshot(FirstWinners(SoleTrader, new DateOnly(2025, 3, 1))));

        var field = ranker.Rank(["90910000"], "FI1C1", 5, 1);

        Assert.All(field.Suppliers, s => Assert.Equal(("81210", "Turku", SoleTrader, 2025), (s.LineCode, s.City, s.CompanyForm, s.RegisteredYear)));
    }

    [Fact]
    public void Rank_TooFewFirstWinners_KeepsTheAllWinnerTableAndFixedRegionFit()
    {
        var ranker = new PotentialSupplierRanker(LearnedSnapshot(FirstWinners(SoleTrader, new DateOnly(2025, 3, 1)).Take(PotentialSupplierRanker.MinFirstWins - 1).ToList()));
        var withoutFirstWins = new PotentialSupplierRanker(LearnedSnapshot(null)).Rank(["90910000"], "FI1C1", 5, 1);

        var field = ranker.Rank(["90910000"], "FI1C1", 5, 1);

        Assert.Equal(0, ranker.FirstWinExamples);
        Assert.Equal(withoutFirstWins.Suppliers.Select(s => s.BusinessId), field.Suppliers.Select(s => s.BusinessId));
        Assert.All(field.Suppliers, s => Assert.Equal("Turku", s.City));
    }

    [Fact]
    public void FirstWins_ContractsAfterTheBurnIn_KeepsEachLaterCompanysFirstContractWithItsRegisterData()
    {
        var start = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var built = new SupplierProfileBuilder(400, 10_000).Build(
            [
                Awards.Result("EF-1", "Vanha Oy", "0112038-9", "90910000", "Siivous", start, nuts: "FI197"),
                Awards.Result("EF-2", "Vanha Oy", "0112038-9", "90911200", "Siivous", start.AddDays(300), nuts: "FI197"),
                Awards.Result("EF-3", "Uusi Oy", "1000002-0", "90919000", "Pihat", start.AddDays(200), nuts: "FI1B1"),
                Awards.Result("EF-4", "Uusi Oy", "1000002-0", "90910000", "Siivous", start.AddDays(250), nuts: "FI197"),
            ],
            new HashSet<string>());
        var profiles = built.Select(p => SupplierProfileBuilder.WithRegister(p, new CompanyRegisterEntry(p.BusinessId!, p.Name, [], "81210", "Kiinteistöjen siivous", Oy, new DateOnly(2015, 5, 1), null, null, "Turku", true, Retrieved))).ToList();

        var wins = RegisterFieldBuilder.FirstWins(profiles, 400);

        Assert.Equal([new FirstWin("90919000", "81210", Oy, new DateOnly(2015, 5, 1), "TURKU", null, "FI1B1", DateOnly.FromDateTime(start.AddDays(200).UtcDateTime))], wins);
    }

    /// <summary>
    /// 120 never-won companies: lines 81300 (landscaping) and 81210 (cleaning) × Tampere, Helsinki, Turku × sole
    /// trader or limited company × registered 2025 or 2010, five of each, business ids in that order (so ties fall to
    /// the first, never the learned answer); the all-winner table gives both lines the same share of division 90, so
    /// only the first wins can tell them apart.
    /// </summary>
    private static List<RegisterFieldCompany> Companies()
    {
        var companies = new List<RegisterFieldCompany>();
        foreach (var line in new[] { "81300", "81210" })
        {
            foreach (var town in Towns.Keys)
            {
                foreach (var form in new[] { SoleTrader, Oy })
                {
                    foreach (var registered in new[] { new DateOnly(2025, 6, 1), new DateOnly(2010, 6, 1) })
                    {
                        for (var i = 0; i < 5; i++)
                        {
                            var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{2_000_000 + companies.Count}-1");
                            companies.Add(new RegisterFieldCompany(id, "Yritys " + id, line, town, form, registered, 0));
                        }
                    }
                }
            }
        }

        return companies;
    }

    /// <summary>60 first wins of cleaning contracts (CPV 9091…), all by cleaning companies of a form and registration date, each in its own buyer's region, 20 per town.</summary>
    private static List<FirstWin> FirstWinners(string form, DateOnly registered) =>
        [.. Towns.SelectMany(t => Enumerable.Range(0, 20).Select(i => new FirstWin("90911200", "81210", form, registered, t.Key, null, t.Value, new DateOnly(2025, 9, 1).AddDays(i))))];

    private static RegisterFieldSnapshot LearnedSnapshot(IReadOnlyList<FirstWin>? firstWins) => new(
        Retrieved,
        [new LineWins("909", "81210", "FI197", 10), new LineWins("909", "81300", "FI197", 10)],
        [new RegisterFieldLine("81210", "Kiinteistöjen siivous", Retrieved, true), new RegisterFieldLine("81300", "Maisemanhoitopalvelut", Retrieved, true)],
        Companies(),
        Towns,
        firstWins);
}
