using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

public sealed class InvitationPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Triggers_DefaultSignals_ContractOrAwardNoticeWithInnovationCode()
    {
        var planner = Planner(new SurveyOptions());
        var award = NoticeBuilder.Rich("EF-1").Build();

        Assert.True(planner.Triggers(award));
        Assert.False(planner.Triggers(award with { FormType = FormType.Planning }));
        Assert.False(planner.Triggers(NoticeBuilder.Minimal("EF-2").Build()));
    }

    [Fact]
    public void Triggers_OnlyConfiguredSignalsCount()
    {
        // EF-1's lots say new to buyer (HILMA) and carry inn-pur, mar-nov, org-nov: none is "new to market" from HILMA.
        var planner = Planner(new SurveyOptions { TriggerSignals = "HilmaNewToMarket" });

        Assert.False(planner.Triggers(NoticeBuilder.Rich("EF-1").Build()));
        Assert.True(Planner(new SurveyOptions { TriggerSignals = "HilmaNewToBuyer" }).Triggers(NoticeBuilder.Rich("EF-1").Build()));
    }

    [Fact]
    public void Plan_TwoBuyersOneWithoutEmail_OneInvitationEachWithNoContactRecorded()
    {
        var notice = NoticeBuilder.Rich("EF-1").Build();

        var invitations = Planner(new SurveyOptions()).Plan(notice, Now);

        Assert.Equal(2, invitations.Count);
        Assert.Equal((InvitationStatus.Pending, "hankinnat@hel.example"), (invitations[0].Status, invitations[0].Email));
        Assert.Equal((InvitationStatus.NoContact, (string?)null), (invitations[1].Status, invitations[1].Email));
        Assert.Equal(Now.AddDays(60), invitations[0].ExpiresAt);
        Assert.Equal("34", invitations[0].CpvDivision);
        Assert.NotEqual(invitations[0].Id, invitations[1].Id);
    }

    [Fact]
    public void Plan_SameProcedureInAnotherNotice_GivesTheSameInvitationId()
    {
        var contract = NoticeBuilder.Rich("EF-1").Build() with { ProcedureId = "proc-9" };
        var award = NoticeBuilder.Rich("EF-2").Build() with { ProcedureId = "proc-9" };
        var other = NoticeBuilder.Rich("EF-3").Build() with { ProcedureId = "proc-10" };
        var planner = Planner(new SurveyOptions());

        Assert.Equal(planner.Plan(contract, Now)[0].Id, planner.Plan(award, Now)[0].Id);
        Assert.NotEqual(planner.Plan(contract, Now)[0].Id, planner.Plan(other, Now)[0].Id);
    }

    [Theory]
    [InlineData("hankinnat@hel.fi", "hankinnat@hel.fi")]
    [InlineData("  kirjaamo@vantaa.fi ", "kirjaamo@vantaa.fi")]
    [InlineData("", null)]
    [InlineData("ei osoitetta", null)]
    [InlineData("a@b", null)]
    [InlineData("a@@b.fi", null)]
    [InlineData("a@b.fi, c@d.fi", null)]
    [InlineData("<a@b.fi>", null)]
    public void UsableEmail_CommonShapes(string email, string? expected)
    {
        Assert.Equal(expected, InvitationPlanner.UsableEmail(email));
    }

    private static InvitationPlanner Planner(SurveyOptions options) => new(Options.Create(options));
}
