using System.Text.Json;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Core.Tests.Survey;

public sealed class SurveyNoticeFactsTests
{
    [Fact]
    public void From_ResultNoticeWithEuroWinners_EurosAreTheAwardedTotal()
    {
        // Rich: winners of LOT-0001 480,000.00 EUR and LOT-0002 12,345.6789 EUR; estimated value 1,234,567.89 EUR.
        var facts = SurveyNoticeFacts.From(NoticeBuilder.Rich("EF-1").Build());

        Assert.Equal(492_345.6789m, facts.Euros);
    }

    [Fact]
    public void From_ContractNotice_EurosAreTheEstimatedValue()
    {
        var facts = SurveyNoticeFacts.From(NoticeBuilder.Rich("EF-1").Build() with { FormType = FormType.Competition });

        Assert.Equal(1_234_567.89m, facts.Euros);
    }

    [Fact]
    public void Deserialize_TriggerQueuedBeforeTheValueWasCarried_EurosAreNullAndBandUnknown()
    {
        var trigger = SurveyTrigger.For(NoticeBuilder.Rich("EF-1").Build());
        var json = JsonSerializer.Serialize(trigger).Replace(",\"Euros\":492345.6789", string.Empty, StringComparison.Ordinal);

        var old = JsonSerializer.Deserialize<SurveyTrigger>(json);

        Assert.DoesNotContain("Euros", json, StringComparison.Ordinal);
        Assert.Null(old!.Facts!.Euros);
        Assert.Equal("unknown", SurveyStrata.ValueBand(old.Facts.Euros));
        Assert.Equal(trigger.Facts!.ProcedureId, old.Facts.ProcedureId);
    }
}
