using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace ProcurementInsight.Functions.Tests;

public sealed class FunctionsMetadataTests
{
    [Fact]
    public void Metadata_EveryFunctionMethod_IsListedOnce()
    {
        var declared = typeof(GetNotice).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

        var listed = FunctionsMetadata.Functions.Select(f => (string)f["name"]!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(declared, listed);
        Assert.Equal(["GetEstimate", "GetEstimatePage", "GetNotice", "HarvestNotices", "PublishEstimate", "TrainClassifier"], listed);
    }

    [Fact]
    public void Metadata_HarvestNotices_IsTimerOnTheScheduleSetting()
    {
        var trigger = FunctionsMetadata.Trigger(HarvestNotices.Name);

        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal("%HarvestNoticesSchedule%", (string?)trigger["schedule"]);
        Assert.Equal("ProcurementInsight.Functions.dll", (string?)FunctionsMetadata.Function(HarvestNotices.Name)["scriptFile"]);
    }

    [Fact]
    public void Metadata_GetNotice_IsFunctionKeyGetOnNoticesRoute()
    {
        var trigger = FunctionsMetadata.Trigger(GetNotice.Name);

        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal("Function", (string?)trigger["authLevel"]);
        Assert.Equal("notices/{id}", (string?)trigger["route"]);
        Assert.Equal(["get"], trigger["methods"]!.AsArray().Select(m => (string)m!));
    }

    [Theory]
    [InlineData(TrainClassifier.Name, "%TrainClassifierSchedule%")]
    [InlineData(PublishEstimate.Name, "%PublishEstimateSchedule%")]
    public void Metadata_EstimateTimers_AreOnTheirScheduleSettings(string function, string schedule)
    {
        var trigger = FunctionsMetadata.Trigger(function);

        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal(schedule, (string?)trigger["schedule"]);
    }

    [Theory]
    [InlineData(GetEstimate.Name, "estimates/{year}")]
    [InlineData(GetEstimatePage.Name, "estimates/{year}/page")]
    public void Metadata_EstimateEndpoints_AreFunctionKeyGets(string function, string route)
    {
        var trigger = FunctionsMetadata.Trigger(function);

        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal("Function", (string?)trigger["authLevel"]);
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal(["get"], trigger["methods"]!.AsArray().Select(m => (string)m!));
    }
}
