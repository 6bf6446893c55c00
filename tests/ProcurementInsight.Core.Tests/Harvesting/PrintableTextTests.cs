using ProcurementInsight.Core.Harvesting;

namespace ProcurementInsight.Core.Tests.Harvesting;

public sealed class PrintableTextTests
{
    [Fact]
    public void Of_EscapeAndBell_AreShownAsEscapes()
    {
        var text = PrintableText.Of("a\u001b[31mb\u0007c\u009bd");

        Assert.Equal("a\\u001b[31mb\\u0007c\\u009bd", text);
    }

    [Fact]
    public void Of_FinnishTextNewlinesAndEmoji_AreKept()
    {
        var text = PrintableText.Of("Hyvinkää\nÅbo\t😀");

        Assert.Equal("Hyvinkää\nÅbo\t😀", text);
    }

    [Fact]
    public void Of_LongText_IsCutWithTheCountLeftOut()
    {
        var text = PrintableText.Of(new string('x', 1000), 100);

        Assert.Equal(new string('x', 100) + "… (900 more characters)", text);
    }
}
