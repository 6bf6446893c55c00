using Azure.Data.Tables;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableSurveyAddressCapTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RankAsync_ProceduresOfOneAddressAndQuarter_CountOneTwoThree_RepeatKeepsItsRank()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var cap = new TableSurveyAddressCap(context.Tables, context.Layout);

        var ranks = new List<int>();
        foreach (var procedure in new[] { "p1", "p2", "p3", "p2" })
        {
            ranks.Add(await cap.RankAsync(new SurveyCapSlot("buyer@example.fi", 2025, 1, procedure), CancellationToken.None));
        }

        Assert.Equal([1, 2, 3, 2], ranks);
    }

    [Fact]
    public async Task RankAsync_OtherQuarterOrAddress_CountsApart_CaseOfAddressDoesNot()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var cap = new TableSurveyAddressCap(context.Tables, context.Layout);
        await cap.RankAsync(new SurveyCapSlot("buyer@example.fi", 2025, 1, "p1"), CancellationToken.None);

        var sameAddress = await cap.RankAsync(new SurveyCapSlot(" Buyer@Example.fi", 2025, 1, "p2"), CancellationToken.None);
        var nextQuarter = await cap.RankAsync(new SurveyCapSlot("buyer@example.fi", 2025, 2, "p3"), CancellationToken.None);
        var nextYear = await cap.RankAsync(new SurveyCapSlot("buyer@example.fi", 2026, 1, "p4"), CancellationToken.None);
        var otherAddress = await cap.RankAsync(new SurveyCapSlot("other@example.fi", 2025, 1, "p5"), CancellationToken.None);

        Assert.Equal((2, 1, 1, 1), (sameAddress, nextQuarter, nextYear, otherAddress));
    }

    [Fact]
    public async Task RankAsync_TwentyProceduresRacedTwice_EachGetsOneDistinctRank()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        var cap = new TableSurveyAddressCap(context.Tables, context.Layout);
        var procedures = Enumerable.Range(0, 20).Select(i => $"proc-{i}").ToList();

        var ranks = await Task.WhenAll(procedures.Concat(procedures).Select(p =>
            Task.Run(async () => (Procedure: p, Rank: await cap.RankAsync(new SurveyCapSlot("race@example.fi", 2025, 3, p), CancellationToken.None)))));

        var byProcedure = ranks.GroupBy(r => r.Procedure).ToDictionary(g => g.Key, g => g.Select(r => r.Rank).Distinct().Single());
        Assert.Equal(Enumerable.Range(1, 20), byProcedure.Values.Order());
    }

    [Fact]
    public async Task RankAsync_StoresNoAddress()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        await new TableSurveyAddressCap(context.Tables, context.Layout).RankAsync(new SurveyCapSlot("secret.person@example.fi", 2025, 1, "p1"), CancellationToken.None);

        var rows = new List<TableEntity>();
        await foreach (var row in context.Tables.GetTableClient(context.Layout.SurveyAddressCaps).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.DoesNotContain("example", r.PartitionKey + r.RowKey + string.Join(",", r.Select(p => p.Value)), StringComparison.OrdinalIgnoreCase));
    }
}
