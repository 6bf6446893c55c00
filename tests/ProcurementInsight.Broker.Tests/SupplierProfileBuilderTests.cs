using ProcurementInsight.Broker.Profiles;
using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Tests;

public sealed class SupplierProfileBuilderTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly SupplierProfileBuilder _builder = new(400, 10_000);

    [Fact]
    public void Build_SameBusinessIdInTwoForms_OneProfile()
    {
        var notices = new[]
        {
            Awards.Result("EF-1", "Kivi Rakennus Oy", "0112038-9", "45214200", "Koulun rakentaminen", Day),
            Awards.Result("EF-2", "KIVI RAKENNUS OY", "FI01120389", "45453000", "Peruskorjaus", Day.AddDays(3)),
        };

        var profiles = _builder.Build(notices, new HashSet<string>());

        var profile = Assert.Single(profiles);
        Assert.Equal("0112038-9", profile.Key);
        Assert.Equal(SupplierIdentification.BusinessId, profile.Identification);
        Assert.Equal(["EF-2", "EF-1"], profile.Contracts.Select(c => c.NoticeKey));
    }

    [Fact]
    public void Build_WinnerWithoutIdAndUnambiguousName_JoinsAndIsFlagged()
    {
        var notices = new[]
        {
            Awards.Result("EF-1", "Kivi Rakennus Oy", "0112038-9", "45214200", "Koulun rakentaminen", Day),
            Awards.Result("EF-2", "Kivi Rakennus Oy Ab", null, "45453000", "Peruskorjaus", Day.AddDays(3)),
        };

        var profiles = _builder.Build(notices, new HashSet<string>());

        var profile = Assert.Single(profiles);
        Assert.Equal(2, profile.Contracts.Count);
        Assert.True(profile.Contracts.Single(c => c.NoticeKey == "EF-2").MatchedByName);
        Assert.False(profile.Contracts.Single(c => c.NoticeKey == "EF-1").MatchedByName);
    }

    [Fact]
    public void Build_WinnerWithoutIdAndAmbiguousName_StaysApartAsNameOnly()
    {
        var notices = new[]
        {
            Awards.Result("EF-1", "Kivi Oy", "0112038-9", "45214200", "Koulun rakentaminen", Day),
            Awards.Result("EF-2", "Kivi Ab", "0101263-6", "45214200", "Koulun rakentaminen", Day),
            Awards.Result("EF-3", "Kivi", null, "45453000", "Peruskorjaus", Day.AddDays(3)),
        };

        var profiles = _builder.Build(notices, new HashSet<string>());

        Assert.Equal(3, profiles.Count);
        var nameOnly = Assert.Single(profiles, p => p.Identification == SupplierIdentification.NameOnly);
        Assert.Equal("name:kivi", nameOnly.Key);
        Assert.Equal("EF-3", Assert.Single(nameOnly.Contracts).NoticeKey);
    }

    [Fact]
    public void Build_InvalidCheckDigit_IsNotABusinessId()
    {
        var notices = new[] { Awards.Result("EF-1", "Kivi Oy", "0112038-8", "45214200", "Koulu", Day) };

        var profile = Assert.Single(_builder.Build(notices, new HashSet<string>()));

        Assert.Equal(SupplierIdentification.OtherIdentifier, profile.Identification);
        Assert.Null(profile.BusinessId);
    }

    [Fact]
    public void Build_WinnersOwnRegion_TheMostCommonIsTheHomeRegion()
    {
        var profiles = _builder.Build(
            [
                Awards.Result("EF-1", "Lähi Oy", "0112038-9", "90910000", "Siivous", Day, winnerNuts: "FI1D9"),
                Awards.Result("EF-2", "Lähi Oy", "0112038-9", "90910000", "Siivous", Day.AddDays(1), winnerNuts: "fi1d9"),
                Awards.Result("EF-3", "Lähi Oy", "0112038-9", "90910000", "Siivous", Day.AddDays(2), winnerNuts: "FI1B1"),
                Awards.Result("EF-4", "Kauko Oy", "0101263-6", "90910000", "Siivous", Day),
            ],
            new HashSet<string>());

        Assert.Equal("FI1D9", profiles.Single(p => p.Key == "0112038-9").HomeRegion);
        Assert.Null(profiles.Single(p => p.Key == "0101263-6").HomeRegion);
    }

    [Fact]
    public void Build_SurveyConfirmedNotice_MarksTheContract()
    {
        var notices = new[]
        {
            Awards.Result("EF-1", "Kivi Oy", "0112038-9", "45214200", "Koulu", Day),
            Awards.Result("EF-2", "Kivi Oy", "0112038-9", "45214200", "Koulu", Day.AddDays(1)),
        };

        var profile = Assert.Single(_builder.Build(notices, new HashSet<string> { "EF-2" }));

        Assert.True(profile.Contracts.Single(c => c.NoticeKey == "EF-2").SurveyConfirmed);
        Assert.False(profile.Contracts.Single(c => c.NoticeKey == "EF-1").SurveyConfirmed);
    }

    [Fact]
    public void Build_ContractRecordsCpvBuyerRegionValueAndInnovation()
    {
        var notices = new[] { Awards.Result("EF-1", "Kivi Oy", "0112038-9", "72200000", "Ohjelmistokehitys", Day, "Oulun kaupunki", "FI1D9", 250_000m, newToMarket: true) };

        var contract = Assert.Single(Assert.Single(_builder.Build(notices, new HashSet<string>())).Contracts);

        Assert.Equal(("72200000", "Oulun kaupunki", "FI1D9", 250_000m, true, true), (contract.Cpv, contract.BuyerName, contract.Region, contract.Value, contract.NewToMarket, contract.Innovative));
    }

    [Fact]
    public void Normalise_LegalFormsAndPunctuation_AreDropped()
    {
        Assert.Equal("kivi rakennus", SupplierNames.Normalise("  Kivi-Rakennus Oy Ab "));
    }
}
