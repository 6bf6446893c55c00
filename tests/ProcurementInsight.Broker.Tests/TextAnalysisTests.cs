using ProcurementInsight.Broker.Matching;

namespace ProcurementInsight.Broker.Tests;

public sealed class TextAnalysisTests
{
    private static TextAnalysis Analysis => CpvBridge.Instance.Analysis;

    [Theory]
    [InlineData("katuvalaistus", "valaistus", "FIN")]
    [InlineData("kunnossapito", "kunnossapidon", "FIN")]
    [InlineData("katuvalaistukselle", "valaistuksen", "FIN")]
    [InlineData("hissihuolto", "hissien huolto", "FIN")]
    [InlineData("päiväkodeille", "päiväkoti", "FIN")]
    [InlineData("sähköbussien", "bussit", "FIN")]
    [InlineData("Snöröjning", "Snöröjningstjänster", "SWE")]
    [InlineData("hemvård", "Hemvårdstjänster", "SWE")]
    [InlineData("laptops", "laptop", "ENG")]
    public void Terms_InflectedOrCompoundPair_ShareATerm(string first, string second, string language)
    {
        var a = Analysis.DistinctTerms(first, language);

        var b = Analysis.DistinctTerms(second, language);

        Assert.NotEmpty(a.Intersect(b));
    }

    [Theory]
    [InlineData("Hissihuolto kouluille ja päiväkodeille", "FIN", "ja")]
    [InlineData("Snöröjning och halkbekämpning för kommunens gator", "SWE", "och")]
    [InlineData("Snöröjning och halkbekämpning för kommunens gator", "SWE", "för")]
    [InlineData("Laptops for the teachers and pupils", "ENG", "the")]
    public void Terms_StopWord_IsDropped(string text, string language, string stopWord)
    {
        var terms = Analysis.DistinctTerms(text, language);

        Assert.DoesNotContain(stopWord, terms);
        Assert.NotEmpty(terms);
    }

    [Theory]
    [InlineData("Tekoälypohjainen ennakoiva kunnossapito katuvalaistukselle", "FIN")]
    [InlineData("Hissihuolto kouluille ja päiväkodeille", "FIN")]
    [InlineData("Sähköbussien latausinfrastruktuuri", "FIN")]
    [InlineData("Digitala tjänster för äldreomsorg i hemmet", "SWE")]
    [InlineData("Snöröjning och halkbekämpning för kommunens gator", "SWE")]
    [InlineData("Laptops for teachers", "ENG")]
    [InlineData("Street lighting maintenance with predictive analytics", "ENG")]
    public void Detect_ShortNeed_FindsItsLanguage(string text, string language)
    {
        var detected = TextAnalysis.Detect(text);

        Assert.Equal(language, detected);
    }

    [Theory]
    [InlineData("Katuvalaistuksen kunnossapito", "FIN", "502")]
    [InlineData("Hissien huolto", "FIN", "5075")]
    [InlineData("Snöröjning", "SWE", "9062")]
    [InlineData("Kannettavat tietokoneet opettajille", "FIN", "302131")]
    [InlineData("Street-lighting maintenance", "ENG", "502321")]
    public void Read_NeedInAnyLanguage_ReadsItAsTheRightCpvGroup(string text, string language, string prefix)
    {
        var readings = CpvBridge.Instance.Read(Analysis.DistinctTerms(text, language), language, 5);

        Assert.StartsWith(prefix, readings[0].Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Bridge_EmbeddedLabels_HasEveryCpvCodeInThreeLanguages()
    {
        var bridge = CpvBridge.Instance;

        Assert.Equal(9454, bridge.Count);
        Assert.Equal("Katuvalojen huolto", bridge.Label("50232100", TextAnalysis.Finnish));
        Assert.Equal("Underhåll av gatubelysning", bridge.Label("50232100", TextAnalysis.Swedish));
    }

    [Theory]
    [InlineData("Tekoälypohjainen ennakoiva kunnossapito katuvalaistukselle", true)]
    [InlineData("Pilot of a new solution for home care", true)]
    [InlineData("Ny lösning för hemvård", true)]
    [InlineData("Hissihuolto kouluille ja päiväkodeille", false)]
    public void Cues_Need_MarksInnovationWording(string text, bool worded)
    {
        var cues = InnovationWording.Cues(text);

        Assert.Equal(worded, cues.Count > 0);
    }
}
