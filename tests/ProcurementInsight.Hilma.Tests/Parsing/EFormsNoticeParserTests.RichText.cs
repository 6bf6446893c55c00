using ProcurementInsight.Testing;

namespace ProcurementInsight.Hilma.Tests.Parsing;

public sealed partial class EFormsNoticeParserTests
{
    [Fact]
    public void Parse_HtmlInDescription_ReadsCleanTextWithLineBreaks()
    {
        var path = FixtureFiles.TestData("rich-text/E4_minimum_html-description.xml");

        var notice = ParseNotice(path);

        // /*/cac:ProcurementProject/cbc:Description[@languageID='FIN'] holds escaped <p>, <b>, <br/>, &nbsp;, &amp;, &quot;
        Assert.Equal("Hankinnan kohteena on uusi ratkaisu.\nToinen\nrivi & \"loppu\"", notice.Description["FIN"]);
    }

    [Fact]
    public void Parse_HtmlInProcedureDescription_LeavesLotDescriptionAlone()
    {
        var path = FixtureFiles.TestData("rich-text/E4_minimum_html-description.xml");

        var notice = ParseNotice(path);

        // The lot's cac:ProcurementProject/cbc:Description was not edited: testitekstiä
        Assert.Equal("testitekstiä", Assert.Single(notice.Lots).Description["FIN"]);
    }
}
