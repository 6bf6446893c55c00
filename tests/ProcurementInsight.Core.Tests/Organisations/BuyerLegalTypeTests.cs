using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Core.Tests.Organisations;

public sealed class BuyerLegalTypeTests
{
    [Theory]
    [InlineData("cga", Sector.State)]
    [InlineData("body-pl-cga", Sector.State)]
    [InlineData("pub-undert-cga", Sector.State)]
    [InlineData("org-sub-cga", Sector.State)]
    [InlineData("la", Sector.Municipal)]
    [InlineData("ra", Sector.Municipal)]
    [InlineData("body-pl-la", Sector.Municipal)]
    [InlineData("body-pl-ra", Sector.Municipal)]
    [InlineData("pub-undert-la", Sector.Municipal)]
    [InlineData("body-pl", Sector.Other)]
    [InlineData("pub-undert", Sector.Other)]
    [InlineData("eu-ins-bod-ag", Sector.Other)]
    [InlineData("int-org", Sector.Other)]
    [InlineData("def-cont", Sector.Other)]
    public void ToSector_KnownCode_MapsToItsSector(string code, Sector expected)
    {
        var sector = BuyerLegalType.ToSector(code);

        Assert.Equal(expected, sector);
    }

    [Theory]
    [InlineData(" CGA ", Sector.State)]
    [InlineData("Body-PL-LA", Sector.Municipal)]
    public void ToSector_CaseAndSpaces_AreIgnored(string code, Sector expected)
    {
        var sector = BuyerLegalType.ToSector(code);

        Assert.Equal(expected, sector);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ToSector_MissingCode_IsUnknown(string? code)
    {
        var sector = BuyerLegalType.ToSector(code);

        Assert.Equal(Sector.Unknown, sector);
    }
}
