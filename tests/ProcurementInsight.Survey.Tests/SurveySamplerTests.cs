using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Survey.Tests;

public sealed class SurveySamplerTests
{
    private const string Stratum = "Municipal|45|medium";

    [Fact]
    public void Decide_SameProceduresInAnotherOrderAndInstance_SameDecisions()
    {
        var allocation = Allocation(0.3);
        var notices = Enumerable.Range(0, 300).Select(i => (Key: $"EF-{i}", Facts: Facts($"proc-{i}", flagged: i % 10 == 0, email: $"buyer{i % 7}@example.fi"))).ToList();

        var first = notices.ToDictionary(n => n.Key, n => Sampler().Decide(n.Key, n.Facts, allocation, null, _ => 3));
        var secondSampler = Sampler();
        var second = Enumerable.Reverse(notices).ToDictionary(n => n.Key, n => secondSampler.Decide(n.Key, n.Facts, allocation, null, _ => 3));

        Assert.All(notices, n =>
        {
            Assert.Equal(first[n.Key].Draw! with { Buyers = null! }, second[n.Key].Draw! with { Buyers = null! });
            Assert.Equal(first[n.Key].Buyers.Select(b => b.Design), second[n.Key].Buyers.Select(b => b.Design));
        });
        Assert.Contains(first.Values, d => d.Draw!.Phase == SurveyPhase.Control && d.Draw.Selected);
        Assert.Contains(first.Values, d => d.Draw!.Phase == SurveyPhase.Control && !d.Draw.Selected);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    [InlineData(0.8)]
    public void Draw_ThousandsOfUnflaggedProcedures_SelectedShareMatchesRateWithinBinomialBound(double rate)
    {
        const int n = 4000;
        var sampler = Sampler();
        var allocation = Allocation(rate);

        var selected = Enumerable.Range(0, n).Count(i => sampler.Draw($"EF-{i}", Facts($"2025-{i:D6}"), allocation, null)!.Selected);

        var bound = 4 * Math.Sqrt(n * rate * (1 - rate));
        Assert.InRange(selected, (n * rate) - bound, (n * rate) + bound);
    }

    [Fact]
    public void Decide_FlaggedProcedure_InclusionProbabilityOne()
    {
        var decision = Sampler().Decide("EF-1", Facts("proc-flagged", flagged: true), Allocation(0.1), null, _ => 1);

        Assert.Equal(new SurveyDesignPoint(SurveyPhase.Flagged, Stratum, 1), Assert.Single(decision.Buyers).Design);
    }

    [Fact]
    public void Decide_SelectedControlProcedure_InclusionProbabilityIsStratumRate()
    {
        var procedure = FirstProcedure(p => SurveySampler.ControlNumber(2025, p) < 0.25);

        var decision = Sampler().Decide("EF-1", Facts(procedure), Allocation(0.25), null, _ => 2);

        Assert.Equal(new SurveyDesignPoint(SurveyPhase.Control, Stratum, 0.25), Assert.Single(decision.Buyers).Design);
    }

    [Fact]
    public void Decide_NinthProcedureOfAnAddressUnderCapSix_KeptWithProbabilityThirtySixOverEightyOne()
    {
        var kept = FirstProcedure(p => SurveySampler.ControlNumber(2025, p) < 0.5 && SurveySampler.CapNumber(p, "0201256-6") < 36.0 / 81);
        var dropped = FirstProcedure(p => SurveySampler.ControlNumber(2025, p) < 0.5 && SurveySampler.CapNumber(p, "0201256-6") >= 36.0 / 81);
        SurveyCapSlot? asked = null;

        var keptDecision = Assert.Single(Sampler().Decide("EF-1", Facts(kept), Allocation(0.5), null, slot => { asked = slot; return 9; }).Buyers);
        var droppedDecision = Assert.Single(Sampler().Decide("EF-2", Facts(dropped), Allocation(0.5), null, _ => 9).Buyers);

        Assert.Equal(new SurveyDesignPoint(SurveyPhase.Control, Stratum, 0.5 * 36 / 81), keptDecision.Design);
        Assert.Equal(new SurveyCapSlot("hankinnat@hel.example", 2025, 1, kept), asked);
        Assert.Null(droppedDecision.Design);
        Assert.Equal(new SurveyBuyerDraw(droppedDecision.InvitationId, 9, 36.0 / 81, false), droppedDecision.Record);
    }

    [Fact]
    public void Draw_RecordedControlDrawAndANewAllocation_IsNotRedrawn()
    {
        var procedure = FirstProcedure(p => SurveySampler.ControlNumber(2025, p) >= 0.1);
        var sampler = Sampler();
        var recorded = sampler.Draw("EF-1", Facts(procedure), Allocation(0.1), null);

        var award = sampler.Decide("EF-2", Facts(procedure) with { FormType = FormType.Result }, Allocation(1), recorded, _ => 1);

        Assert.False(recorded!.Selected);
        Assert.Same(recorded, award.Draw);
        Assert.All(award.Buyers, b => Assert.Null(b.Design));
    }

    [Fact]
    public void Draw_ControlProcedureLaterFlagged_JoinsTheFlaggedCensus()
    {
        var procedure = FirstProcedure(p => SurveySampler.ControlNumber(2025, p) >= 0.1);
        var sampler = Sampler();
        var recorded = sampler.Draw("EF-1", Facts(procedure), Allocation(0.1), null)!;

        var upgraded = sampler.Decide("EF-2", Facts(procedure, flagged: true), null, recorded, _ => 1);

        Assert.Equal(recorded with { Phase = SurveyPhase.Flagged, Rate = 1, Selected = true, Upgraded = true }, upgraded.Draw);
        Assert.Equal(new SurveyDesignPoint(SurveyPhase.Flagged, Stratum, 1), Assert.Single(upgraded.Buyers).Design);
    }

    [Fact]
    public void Draw_PlanningNoticeOrNoControlSample_IsNotConsidered()
    {
        var sampler = Sampler();

        Assert.Null(sampler.Draw("EF-1", Facts("p") with { FormType = FormType.Planning }, Allocation(1), null));
        Assert.Null(sampler.Draw("EF-1", Facts("p"), null, null));
        Assert.NotNull(sampler.Draw("EF-1", Facts("p", flagged: true), null, null));
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(6, 1.0)]
    [InlineData(7, 36.0 / 49)]
    [InlineData(12, 0.25)]
    public void CapRate_RankAgainstCapSix_IsOneThenCOverKSquared(int rank, double expected)
    {
        Assert.Equal(expected, SurveySampler.CapRate(rank, 6), 12);
    }

    private static SurveySampler Sampler() => new(Options.Create(new SurveyOptions()));

    private static ControlAllocation Allocation(double rate) =>
        new("test", 2025, 2024, 100, new Dictionary<string, double>(StringComparer.Ordinal) { [Stratum] = rate }, rate, 100);

    private static string FirstProcedure(Func<string, bool> predicate) =>
        Enumerable.Range(0, 10_000).Select(i => $"proc-{i}").First(predicate);

    /// <summary>A competition notice of a municipal buyer, CPV 45, 100,000 euros (the medium band), published in 2025's first quarter.</summary>
    internal static SurveyNoticeFacts Facts(string procedure, bool flagged = false, string? email = "hankinnat@hel.example") =>
        new(
            procedure,
            FormType.Competition,
            flagged ? [InnovationSignal.HilmaNewToMarket] : [],
            ["FIN"],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["FIN"] = "Katuvalot" },
            "45",
            new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero),
            [new SurveyBuyer("Helsingin kaupunki", "0201256-6", Sector.Municipal, email)])
        {
            Euros = 100_000m,
        };
}
