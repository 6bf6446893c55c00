using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Core.Tests.Notices;

public sealed class CpvCodeTests
{
    [Theory]
    [InlineData("45000000", "45000000")]
    [InlineData("45000000-7", "45000000")]
    [InlineData(" 60100000-9 ", "60100000")]
    public void TryParse_EightDigitsWithOrWithoutCheckDigit_KeepsEightDigits(string text, string expected)
    {
        var parsed = CpvCode.TryParse(text, out var code);

        Assert.True(parsed);
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4500000")]
    [InlineData("450000000")]
    [InlineData("4500000A")]
    [InlineData("45000000-")]
    [InlineData("45000000-X")]
    [InlineData("45000000-77")]
    public void TryParse_NotACpvCode_IsRejected(string? text)
    {
        var parsed = CpvCode.TryParse(text, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void DivisionAndGroup_ParsedCode_AreTheFirstTwoAndThreeDigits()
    {
        var code = CpvCode.Parse("79952000-2");

        var (division, group) = (code.Division, code.Group);

        Assert.Equal("79", division);
        Assert.Equal("799", group);
    }

    [Fact]
    public void Equality_SameDigitsWithAndWithoutCheckDigit_AreEqual()
    {
        var plain = CpvCode.Parse("45000000");

        var withCheck = CpvCode.Parse("45000000-7");

        Assert.Equal(plain, withCheck);
    }

    [Fact]
    public void Parse_InvalidText_ThrowsFormatException()
    {
        var text = "not-a-cpv";

        Action act = () => CpvCode.Parse(text);

        Assert.Throws<FormatException>(act);
    }
}
