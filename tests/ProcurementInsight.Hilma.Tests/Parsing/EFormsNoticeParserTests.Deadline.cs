using ProcurementInsight.Testing;

namespace ProcurementInsight.Hilma.Tests.Parsing;

/// <summary>BT-131, the tender submission deadline of a contract notice's lots.</summary>
public sealed partial class EFormsNoticeParserTests
{
    [Fact]
    public void Parse_ContractNoticeWithLotDeadlines_ReadsTheLatestDeadlineWithItsTime()
    {
        var path = FixtureFiles.HilmaSample("ted-published/583624-2023.xml");

        var notice = ParseNotice(path);

        // cac:ProcurementProjectLot/cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod: cbc:EndDate 2023-10-19+03:00, cbc:EndTime 12:00:00+03:00 (every lot)
        Assert.Equal(new DateTimeOffset(2023, 10, 19, 12, 0, 0, TimeSpan.FromHours(3)), notice.TenderDeadline);
    }

    [Fact]
    public void Parse_ResultNotice_HasNoTenderDeadline()
    {
        var path = Kristinestad;

        var notice = ParseNotice(path);

        // No cac:TenderSubmissionDeadlinePeriod in a result notice.
        Assert.Null(notice.TenderDeadline);
    }
}
