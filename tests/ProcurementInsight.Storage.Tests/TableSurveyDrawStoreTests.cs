using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableSurveyDrawStoreTests(AzuriteFixture azurite)
{
    private static readonly SurveyDraw Control = new("2025-123/proc?#", 2025, SurveyPhase.Control, "Municipal|45|medium", 0.12, false);

    [Fact]
    public async Task TryRecordAsync_SecondDrawOfTheProcedure_ReturnsTheFirst()
    {
        var store = await StoreAsync();

        await store.TryRecordAsync(Control, CancellationToken.None);
        var second = await store.TryRecordAsync(Control with { Selected = true, Rate = 0.9 }, CancellationToken.None);

        Assert.Equal((0.12, false), (second.Rate, second.Selected));
        var read = await store.GetAsync(Control.Procedure, CancellationToken.None);
        Assert.Equal((0.12, false), (read!.Rate, read.Selected));
    }

    [Fact]
    public async Task RecordUpgradeAsync_ThenBuyers_AreReadBackWithTheDraw()
    {
        var store = await StoreAsync();
        var stored = await store.TryRecordAsync(Control, CancellationToken.None);

        await store.RecordUpgradeAsync(stored with { Phase = SurveyPhase.Flagged, Rate = 1, Selected = true, Upgraded = true }, CancellationToken.None);
        await store.TryRecordBuyerAsync(Control.Procedure, new SurveyBuyerDraw("inv-1", 8, 36.0 / 64, false), CancellationToken.None);
        var repeat = await store.TryRecordBuyerAsync(Control.Procedure, new SurveyBuyerDraw("inv-1", 9, 1, true), CancellationToken.None);
        await store.TryRecordBuyerAsync(Control.Procedure, new SurveyBuyerDraw("inv-2", null, 1, true), CancellationToken.None);

        var read = await store.GetAsync(Control.Procedure, CancellationToken.None);
        Assert.Equal(new SurveyBuyerDraw("inv-1", 8, 36.0 / 64, false), repeat);
        Assert.Equal((SurveyPhase.Flagged, 1.0, true, true), (read!.Phase, read.Rate, read.Selected, read.Upgraded));
        Assert.Equal(new SurveyBuyerDraw("inv-1", 8, 36.0 / 64, false), read.Buyers["inv-1"]);
        Assert.Equal(new SurveyBuyerDraw("inv-2", null, 1, true), read.Buyers["inv-2"]);
    }

    [Fact]
    public async Task GetAsync_NeverDrawn_IsNull()
    {
        var store = await StoreAsync();

        Assert.Null(await store.GetAsync("never", CancellationToken.None));
    }

    private async Task<TableSurveyDrawStore> StoreAsync()
    {
        var context = await StorageTestContext.CreateAsync(azurite);
        return new TableSurveyDrawStore(context.Tables, context.Layout);
    }
}
