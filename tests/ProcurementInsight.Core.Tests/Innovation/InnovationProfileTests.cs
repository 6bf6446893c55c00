using ProcurementInsight.Core.Innovation;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Core.Tests.Innovation;

public sealed class InnovationProfileTests
{
    private static Lot Lot(string id, IReadOnlyList<string>? strategic = null, IReadOnlyList<string>? innovative = null, InnovationAnswers? answers = null) =>
        new(id, LocalizedText.Empty, LocalizedText.Empty, null, [], null, strategic ?? [], innovative ?? [], answers);

    private static Notice Notice(IReadOnlyList<Lot> lots, InnovationAnswers? noticeAnswers = null) =>
        new("00000000-0000-0000-0000-000000000001", "01", null, FormType.Competition, "cn-standard", "16", null, null,
            ["FIN"], [], LocalizedText.Empty, LocalizedText.Empty, null, [], null, "open", "services", lots, [], null)
        {
            HilmaNoticeAnswers = noticeAnswers,
        };

    [Fact]
    public void From_NoCodesNoAnswers_IsEmpty()
    {
        var notice = Notice([Lot("LOT-0001", strategic: ["env-imp"])]);

        var profile = InnovationProfile.From(notice);

        Assert.False(profile.Any);
        Assert.False(profile.HasEFormsSignal);
        Assert.False(profile.HasHilmaAnswers);
        Assert.Empty(profile.Signals);
    }

    [Fact]
    public void From_HilmaNewToMarketAnswer_IsNewToMarketWithoutEFormsSignal()
    {
        var answers = new InnovationAnswers(true, false, true, HilmaStatisticsSource.ReadApi);
        var notice = Notice([Lot("LOT-0001", answers: answers)]);

        var profile = InnovationProfile.From(notice);

        Assert.True(profile.NewToMarket);
        Assert.False(profile.NewToBuyer);
        Assert.True(profile.Considered);
        Assert.True(profile.HasHilmaAnswers);
        Assert.False(profile.HasEFormsSignal);
        Assert.Equal([InnovationSignal.HilmaNewToMarket, InnovationSignal.HilmaInnovationConsidered], profile.Signals);
    }

    [Fact]
    public void From_EFormsMarNov_IsNewToMarketWithoutHilmaAnswers()
    {
        var notice = Notice([Lot("LOT-0001", innovative: ["mar-nov"])]);

        var profile = InnovationProfile.From(notice);

        Assert.True(profile.NewToMarket);
        Assert.False(profile.HasHilmaAnswers);
        Assert.True(profile.HasEFormsSignal);
        Assert.Equal([InnovationSignal.EFormsMarketNovelty], profile.Signals);
    }

    [Fact]
    public void From_HilmaAnswersAndEFormsCodes_KeepsEachSignalApart()
    {
        var answers = new InnovationAnswers(null, true, null, HilmaStatisticsSource.SearchIndex);
        var notice = Notice([Lot("LOT-0001", innovative: ["org-nov"], answers: answers)]);

        var profile = InnovationProfile.From(notice);

        Assert.True(profile.NewToBuyer);
        Assert.Equal([InnovationSignal.HilmaNewToBuyer, InnovationSignal.EFormsOrganisationNovelty], profile.Signals);
    }

    [Fact]
    public void From_InnovativePurchaseAndProcessInnovation_AreEFormsSignalsButNotNovelty()
    {
        var notice = Notice([Lot("LOT-0001", strategic: ["inn-pur"], innovative: ["proc-innov"])]);

        var profile = InnovationProfile.From(notice);

        Assert.False(profile.NewToMarket);
        Assert.False(profile.NewToBuyer);
        Assert.True(profile.Any);
        Assert.True(profile.HasEFormsSignal);
        Assert.Equal([InnovationSignal.EFormsInnovativePurchase, InnovationSignal.EFormsOtherInnovativeAcquisition], profile.Signals);
    }

    [Fact]
    public void From_LegacyAnswers_MapOnlyToLegacyInnovationConsidered()
    {
        // A legacy source cannot answer the "new to" questions; even if set they must not count.
        var legacy = new InnovationAnswers(true, true, true, HilmaStatisticsSource.LegacyNotice);
        var notice = Notice([], noticeAnswers: legacy);

        var profile = InnovationProfile.From(notice);

        Assert.Equal([InnovationSignal.LegacyInnovationConsidered], profile.Signals);
        Assert.True(profile.Considered);
        Assert.False(profile.NewToMarket);
        Assert.False(profile.NewToBuyer);
        Assert.True(profile.Any);
        Assert.False(profile.HasEFormsSignal);
    }

    [Fact]
    public void From_LegacyAnswerNo_HasAnswersButNoSignal()
    {
        var legacy = new InnovationAnswers(false, null, null, HilmaStatisticsSource.LegacyNotice);
        var notice = Notice([], noticeAnswers: legacy);

        var profile = InnovationProfile.From(notice);

        Assert.True(profile.HasHilmaAnswers);
        Assert.False(profile.Any);
        Assert.Empty(profile.Signals);
    }

    [Fact]
    public void From_EmptyAnswers_DoNotCountAsAnswers()
    {
        var empty = new InnovationAnswers(null, null, null, HilmaStatisticsSource.ReadApi);
        var notice = Notice([Lot("LOT-0001", answers: empty)]);

        var profile = InnovationProfile.From(notice);

        Assert.False(profile.HasHilmaAnswers);
        Assert.False(profile.Any);
    }

    [Fact]
    public void From_SameSignalOnSeveralLots_IsListedOnce()
    {
        var notice = Notice([Lot("LOT-0001", innovative: ["mar-nov"]), Lot("LOT-0002", innovative: ["MAR-NOV"])]);

        var profile = InnovationProfile.From(notice);

        Assert.Equal([InnovationSignal.EFormsMarketNovelty], profile.Signals);
    }

    [Fact]
    public void EFormsCodes_SeveralLots_ListsInnovationCodesInLotOrderWithoutRepeats()
    {
        var notice = Notice(
        [
            Lot("LOT-0001", strategic: ["env-imp", "inn-pur"], innovative: ["mar-nov"]),
            Lot("LOT-0002", strategic: ["inn-pur"], innovative: ["rd-act"]),
        ]);

        var codes = InnovationProfile.EFormsCodes(notice);

        Assert.Equal(["inn-pur", "mar-nov", "rd-act"], codes);
    }
}
