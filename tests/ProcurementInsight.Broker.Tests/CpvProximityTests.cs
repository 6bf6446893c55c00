using ProcurementInsight.Broker.Matching;

namespace ProcurementInsight.Broker.Tests;

public sealed class CpvProximityTests
{
    [Theory]
    [InlineData("45233140", "45233140", 1.0)]
    [InlineData("45000000", "45233140", 0.9)]
    [InlineData("45233140", "45200000", 0.7)]
    [InlineData("45233140", "45233220", 0.8)]
    [InlineData("45233140", "45214200", 0.45)]
    [InlineData("45233140", "45100000", 0.25)]
    [InlineData("45233140", "72000000", 0.0)]
    public void Between_CodesAtEachLevel_GiveTheDocumentedProximity(string need, string supplier, double expected)
    {
        Assert.Equal(expected, CpvProximity.Between(need, supplier));
    }
}
