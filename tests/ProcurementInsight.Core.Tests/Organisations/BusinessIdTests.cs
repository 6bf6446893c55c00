using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Tests.Organisations;

public sealed class BusinessIdTests
{
    [Theory]
    [InlineData("0988084-1")] // Hansel Oy
    [InlineData("0216509-5")] // Kristinestad
    [InlineData("5717358-6")] // HILMA's test company
    public void TryParse_ValidCheckDigit_KeepsNormalisedForm(string text)
    {
        var parsed = BusinessId.TryParse(text, out var id);

        Assert.True(parsed);
        Assert.Equal(text, id.Value);
    }

    [Theory]
    [InlineData("0988084-2")]
    [InlineData("0216509-4")]
    [InlineData("5717358-0")]
    public void TryParse_WrongCheckDigit_IsRejected(string text)
    {
        var parsed = BusinessId.TryParse(text, out _);

        Assert.False(parsed);
    }

    [Theory]
    [InlineData("FI09880841", "0988084-1")]
    [InlineData("fi19921555", "1992155-5")]
    [InlineData("FI 0988 0841", "0988084-1")]
    public void TryParse_VatForm_NormalisesToDashedForm(string text, string expected)
    {
        var parsed = BusinessId.TryParse(text, out var id);

        Assert.True(parsed);
        Assert.Equal(expected, id.Value);
    }

    [Fact]
    public void TryParse_OldSixDigitForm_GetsLeadingZero()
    {
        // Body 0123456: 0*7+1*9+2*10+3*5+4*8+5*4+6*2 = 108, 108 mod 11 = 9, check digit 11 - 9 = 2.
        const string oldForm = "123456-2";

        var parsed = BusinessId.TryParse(oldForm, out var id);

        Assert.True(parsed);
        Assert.Equal("0123456-2", id.Value);
    }

    [Theory]
    [InlineData(" 0988084-1 ", "0988084-1")]
    [InlineData("0988 084-1", "0988084-1")]
    [InlineData("0988084 - 1", "0988084-1")]
    public void TryParse_Spaces_AreIgnored(string text, string expected)
    {
        var parsed = BusinessId.TryParse(text, out var id);

        Assert.True(parsed);
        Assert.Equal(expected, id.Value);
    }

    [Theory]
    [InlineData("1000008-0")]
    [InlineData("1000008-1")]
    [InlineData("1000016-0")]
    public void TryParse_BodyWithRemainderOne_IsRejectedWhateverTheCheckDigit(string text)
    {
        var parsed = BusinessId.TryParse(text, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void CheckDigit_BodyWithRemainderOne_IsNull()
    {
        var body = "1000008";

        var check = BusinessId.CheckDigit(body);

        Assert.Null(check);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0988084-")]
    [InlineData("0988084-12")]
    [InlineData("09880841-")]
    [InlineData("0988-084-1")]
    [InlineData("098808412")]
    [InlineData("GB 226 3733 70")]
    [InlineData("ABCDEFG-H")]
    public void TryParse_NotABusinessId_IsRejected(string? text)
    {
        var parsed = BusinessId.TryParse(text, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void VatNumber_DashedId_IsFiPrefixedDigits()
    {
        var id = BusinessId.Parse("0988084-1");

        var vat = id.VatNumber;

        Assert.Equal("FI09880841", vat);
    }

    [Fact]
    public void Parse_InvalidText_ThrowsFormatException()
    {
        var text = "0988084-2";

        Action act = () => BusinessId.Parse(text);

        Assert.Throws<FormatException>(act);
    }
}
