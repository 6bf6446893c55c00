using System.Text;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Hilma.Tests.Parsing;

public sealed partial class EFormsNoticeParserTests
{
    [Fact]
    public void Parse_EmptyInput_ReturnsFailureSayingEmpty()
    {
        var empty = ReadOnlyMemory<byte>.Empty;

        var result = _parser.Parse(empty);

        Assert.False(result.IsSuccess);
        Assert.Contains("empty", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_EmptyStream_ReturnsFailureSayingNotWellFormed()
    {
        using var stream = new MemoryStream();

        var result = _parser.Parse(stream);

        Assert.False(result.IsSuccess);
        Assert.Contains("not well-formed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GarbageBytes_ReturnsFailureSayingNotWellFormed()
    {
        var garbage = new byte[4096];
        new Random(20240829).NextBytes(garbage);

        var result = _parser.Parse(garbage);

        Assert.False(result.IsSuccess);
        Assert.Contains("not well-formed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedNotice_ReturnsFailureSayingNotWellFormed()
    {
        var bytes = File.ReadAllBytes(FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml"));

        var result = _parser.Parse(bytes.AsMemory(0, bytes.Length / 2));

        Assert.False(result.IsSuccess);
        Assert.Contains("not well-formed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EntityExpansionAttack_ReturnsFailureNamingTheDtd()
    {
        const string billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">&lol3;</ContractNotice>
            """;

        var result = _parser.Parse(Encoding.UTF8.GetBytes(billionLaughs));

        Assert.False(result.IsSuccess);
        Assert.Contains("DTD", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntity_ReturnsFailureWithoutReadingTheFile()
    {
        const string externalEntity = """
            <?xml version="1.0"?>
            <!DOCTYPE n [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">&secret;</ContractNotice>
            """;

        var result = _parser.Parse(Encoding.UTF8.GetBytes(externalEntity));

        Assert.False(result.IsSuccess);
        Assert.Contains("DTD", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonEFormsRoot_ReturnsFailureNamingTheRoot()
    {
        const string html = "<html><body><p>Not a notice</p></body></html>";

        var result = _parser.Parse(Encoding.UTF8.GetBytes(html));

        Assert.False(result.IsSuccess);
        Assert.Contains("'html'", result.Error, StringComparison.Ordinal);
        Assert.Contains("not an eForms notice", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RightLocalNameInWrongNamespace_ReturnsFailure()
    {
        const string wrongNamespace = """<ContractNotice xmlns="urn:example:not-ubl"><ID>x</ID></ContractNotice>""";

        var result = _parser.Parse(Encoding.UTF8.GetBytes(wrongNamespace));

        Assert.False(result.IsSuccess);
        Assert.Contains("urn:example:not-ubl", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoticeWithoutNoticeId_ReturnsFailureNamingBt701()
    {
        // E4_minimum.xml with its /*/cbc:ID[@schemeName='notice-id'] removed.
        var xml = File.ReadAllText(FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml"))
            .Replace("""<cbc:ID schemeName="notice-id">13e6bd2f-56e8-4d60-b09e-a685b74dd4ee</cbc:ID>""", string.Empty, StringComparison.Ordinal);

        var result = _parser.Parse(Encoding.UTF8.GetBytes(xml));

        Assert.False(result.IsSuccess);
        Assert.Contains("BT-701", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ContentAfterTheRoot_ReturnsFailureSayingNotWellFormed()
    {
        // The loader stops building the tree at the root's end tag, but must still read to the end.
        var xml = File.ReadAllText(FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml")) + "<ContractNotice/>";

        var result = _parser.Parse(Encoding.UTF8.GetBytes(xml));

        Assert.False(result.IsSuccess);
        Assert.Contains("not well-formed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedInsideSkippedTenderingTerms_ReturnsFailure()
    {
        // Pruned subtrees are skipped, not ignored: a broken tag inside cac:TenderingTerms is still an error.
        var xml = File.ReadAllText(FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml"))
            .Replace("<cac:AppealTerms>", "<cac:AppealTerms><broken>", StringComparison.Ordinal);

        var result = _parser.Parse(Encoding.UTF8.GetBytes(xml));

        Assert.False(result.IsSuccess);
        Assert.Contains("not well-formed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HostileDeepNesting_ReturnsFailureQuickly()
    {
        // 100,000 nested elements inside the procedure title. LINQ to XML checks every ancestor on each add,
        // so loading this unchecked takes minutes; the loader refuses it at depth 64 instead.
        var xml = WithProcedureTitle(Nested("Otsikko", 100_000));

        var result = _parser.Parse(Encoding.UTF8.GetBytes(xml));

        Assert.False(result.IsSuccess);
        Assert.Contains("nested more than 64 levels", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ElementsInsideTitle_ReadsOnlyTheTitlesOwnText()
    {
        // cbc:Name holds text only in eForms; child elements are left out rather than merged into the title.
        var xml = WithProcedureTitle(Nested("Otsikko", 40));

        var result = _parser.Parse(Encoding.UTF8.GetBytes(xml));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Otsikko", result.Notice.Title["FIN"]);
    }

    private static string Nested(string text, int depth) =>
        new StringBuilder(text).Insert(text.Length, "<x>", depth).Insert(text.Length + (3 * depth), "</x>", depth).ToString();

    /// <summary>E4_minimum.xml with the procedure title's content (the first cbc:Name "E4-minimum") replaced.</summary>
    private static string WithProcedureTitle(string content)
    {
        var original = File.ReadAllText(FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml"));
        const string title = """<cbc:Name languageID="FIN">E4-minimum</cbc:Name>""";
        var at = original.IndexOf(title, StringComparison.Ordinal);
        return string.Concat(original.AsSpan(0, at), $"""<cbc:Name languageID="FIN">{content}</cbc:Name>""", original.AsSpan(at + title.Length));
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-no-such-encoding")]
    [InlineData("ebcdic-cp-us")]
    [InlineData("utf-32")]
    public void Parse_UnusableEncodingDeclaration_ReturnsFailure(string encoding)
    {
        var xml = $"""<?xml version="1.0" encoding="{encoding}"?><ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"/>""";

        var result = _parser.Parse(Encoding.UTF8.GetBytes(xml));

        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Parse_Utf16NoticeWithByteOrderMark_ReadsTheSameNotice()
    {
        var text = File.ReadAllText(FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml"));
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var result = _parser.Parse(utf16);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("13e6bd2f-56e8-4d60-b09e-a685b74dd4ee", result.Notice.NoticeId);
        Assert.Equal("Testiyritys", Assert.Single(result.Notice.Winners).Name);
    }

    [Fact]
    public void Parse_EveryTruncationAndByteFlipOfRealNotices_NeverThrows()
    {
        // Seeded mutations of real notices: cut at many points and corrupt single bytes. Each outcome must
        // be a value (a notice or a reason); an exception fails the test with the offending input named.
        var random = new Random(42);
        var sources = new[]
        {
            FixtureFiles.HilmaSample("ted-published/2024-OJS170-00525037.xml"),
            FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml"),
            FixtureFiles.EFormsExample("can_24_maximal.xml"),
        };
        var outcomes = 0;

        foreach (var source in sources)
        {
            var bytes = File.ReadAllBytes(source);
            for (var i = 0; i < 150; i++)
            {
                var cut = random.Next(bytes.Length);
                var flipped = (byte[])bytes.Clone();
                flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                foreach (var input in new[] { bytes.AsMemory(0, cut), flipped.AsMemory() })
                {
                    var result = _parser.Parse(input);
                    Assert.True(result.IsSuccess || !string.IsNullOrWhiteSpace(result.Error), $"{source} gave neither notice nor reason");
                    outcomes++;
                }
            }
        }

        Assert.Equal(3 * 150 * 2, outcomes);
    }
}
