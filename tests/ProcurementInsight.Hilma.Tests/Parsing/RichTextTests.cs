using ProcurementInsight.Hilma.Parsing;

namespace ProcurementInsight.Hilma.Tests.Parsing;

public sealed class RichTextTests
{
    [Fact]
    public void ToPlainText_PlainText_IsOnlyTrimmed()
    {
        const string text = "  Hankinnan kohde.\n\nToinen kappale.  ";

        var plain = RichText.ToPlainText(text);

        Assert.Equal("Hankinnan kohde.\n\nToinen kappale.", plain);
    }

    [Fact]
    public void ToPlainText_Paragraphs_BecomeLines()
    {
        const string html = "<p>Ensimmäinen</p><p>Toinen</p>";

        var plain = RichText.ToPlainText(html);

        Assert.Equal("Ensimmäinen\nToinen", plain);
    }

    [Fact]
    public void ToPlainText_BreaksAndListItems_BecomeLines()
    {
        const string html = "Alku<br>keski<br/>loppu<ul><li>yksi</li><li>kaksi</li></ul>";

        var plain = RichText.ToPlainText(html);

        Assert.Equal("Alku\nkeski\nloppu\nyksi\nkaksi", plain);
    }

    [Fact]
    public void ToPlainText_Entities_AreDecoded()
    {
        const string html = "A &amp; B &lt; C &quot;D&quot; &auml;&#228;&#xE4;";

        var plain = RichText.ToPlainText(html);

        Assert.Equal("A & B < C \"D\" äää", plain);
    }

    [Fact]
    public void ToPlainText_WhitespaceRuns_CollapseToOneSpace()
    {
        const string html = "<p>  monta \t  väliä&nbsp;&nbsp;tässä  </p>";

        var plain = RichText.ToPlainText(html);

        Assert.Equal("monta väliä tässä", plain);
    }

    [Fact]
    public void ToPlainText_ScriptAndStyle_AreDropped()
    {
        const string html = "<style>p{color:red}</style><p>Teksti</p><script>alert(1)</script>";

        var plain = RichText.ToPlainText(html);

        Assert.Equal("Teksti", plain);
    }

    [Fact]
    public void ToPlainText_BareAmpersand_IsKeptAsText()
    {
        const string text = "Tom & Jerry Oy";

        var plain = RichText.ToPlainText(text);

        Assert.Equal("Tom & Jerry Oy", plain);
    }
}
