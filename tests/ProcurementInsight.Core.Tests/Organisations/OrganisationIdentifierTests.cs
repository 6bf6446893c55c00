using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Tests.Organisations;

public sealed class OrganisationIdentifierTests
{
    [Theory]
    [InlineData("0988084-1", "0988084-1")]
    [InlineData("FI09880841", "0988084-1")]
    [InlineData(" FI19921555 ", "1992155-5")]
    public void FromPublished_FinnishId_IsNormalisedWithBusinessId(string text, string expected)
    {
        var identifier = OrganisationIdentifier.FromPublished(text);

        Assert.NotNull(identifier);
        Assert.Equal(expected, identifier.Value);
        Assert.Equal(expected, identifier.BusinessId?.Value);
    }

    [Theory]
    [InlineData("GB 226 3733 70")]
    [InlineData("998298")]
    [InlineData("EU-PO")]
    [InlineData("111 111 111")]
    public void FromPublished_ForeignId_IsKeptAsGiven(string text)
    {
        var identifier = OrganisationIdentifier.FromPublished(text);

        Assert.NotNull(identifier);
        Assert.Equal(text, identifier.Value);
        Assert.Null(identifier.BusinessId);
    }

    [Fact]
    public void FromPublished_BareEightDigitsWithValidCheckDigit_IsNotTreatedAsFinnish()
    {
        // 09880841 would be Hansel's id, but without a dash or FI prefix it may be any country's number.
        const string bare = "09880841";

        var identifier = OrganisationIdentifier.FromPublished(bare);

        Assert.NotNull(identifier);
        Assert.Equal("09880841", identifier.Value);
        Assert.Null(identifier.BusinessId);
    }

    [Fact]
    public void FromPublished_FinnishLookingIdWithBadCheckDigit_IsKeptAsGiven()
    {
        const string text = "0988084-2";

        var identifier = OrganisationIdentifier.FromPublished(text);

        Assert.NotNull(identifier);
        Assert.Equal("0988084-2", identifier.Value);
        Assert.Null(identifier.BusinessId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void FromPublished_EmptyText_IsNull(string? text)
    {
        var identifier = OrganisationIdentifier.FromPublished(text);

        Assert.Null(identifier);
    }

    [Fact]
    public void FromPublished_PaddedForeignId_IsTrimmedOnly()
    {
        const string text = "  GB 226 3733 70 ";

        var identifier = OrganisationIdentifier.FromPublished(text);

        Assert.Equal("GB 226 3733 70", identifier?.Value);
    }
}
