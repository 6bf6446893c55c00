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
        Assert.Equal(["BrokerView", "BuildSupplierProfiles", "BuyerPage", "DispatchSurveys", "ExportSurveyAnswers", "GetEstimate", "GetEstimatePage", "GetNeedMatches", "GetNotice", "GetOrganisation", "GetOrganisationPage", "GetOrganisationProfile", "GetSupplier", "GetSupplierOpportunities", "GetSurveyForm", "GetSurveyOptOut", "HarvestNotices", "Health", "ListOrganisations", "PostNeed", "PostSurveyForm", "PostSurveyOptOut", "PublishEstimate", "SendSurveyReminders", "SupplierPage", "TrainClassifier"], listed);
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

    [Fact]
    public void Metadata_DispatchSurveys_IsQueueTriggerOnTheSurveyTriggerQueue()
    {
        var trigger = FunctionsMetadata.Trigger(DispatchSurveys.Name);

        Assert.Equal("queueTrigger", (string?)trigger["type"]);
        Assert.Equal("survey-triggers", (string?)trigger["queueName"]);
    }

    [Fact]
    public void Metadata_SendSurveyReminders_IsTimerOnTheScheduleSetting()
    {
        var trigger = FunctionsMetadata.Trigger(SendSurveyReminders.Name);

        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal("%SendSurveyRemindersSchedule%", (string?)trigger["schedule"]);
    }

    [Theory]
    [InlineData("GetSurveyForm", "get", "survey/{token}")]
    [InlineData("PostSurveyForm", "post", "survey/{token}")]
    [InlineData("GetSurveyOptOut", "get", "survey/optout/{key}")]
    [InlineData("PostSurveyOptOut", "post", "survey/optout/{key}")]
    public void Metadata_SurveyFormAndOptOut_AreAnonymousOnTheirSignedRoutes(string name, string method, string route)
    {
        var trigger = FunctionsMetadata.Trigger(name);

        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal("Anonymous", (string?)trigger["authLevel"]);
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => (string)m!));
    }

    [Fact]
    public void Metadata_ExportSurveyAnswers_NeedsAFunctionKey()
    {
        var trigger = FunctionsMetadata.Trigger(ExportSurveyAnswers.Name);

        Assert.Equal("Function", (string?)trigger["authLevel"]);
        Assert.Equal("surveys/export", (string?)trigger["route"]);
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
    [InlineData(GetOrganisation.Name, "organisations/{businessId}")]
    [InlineData(GetOrganisationPage.Name, "organisations/{businessId}/page")]
    [InlineData(ListOrganisations.Name, "organisations")]
    public void Metadata_AnalystEndpoints_AreFunctionKeyGets(string function, string route)
    {
        var trigger = FunctionsMetadata.Trigger(function);

        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal("Function", (string?)trigger["authLevel"]);
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal(["get"], trigger["methods"]!.AsArray().Select(m => (string)m!));
    }

    [Fact]
    public void Metadata_BuildSupplierProfiles_IsTimerOnTheScheduleSetting()
    {
        var trigger = FunctionsMetadata.Trigger(BuildSupplierProfiles.Name);

        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal("%BuildSupplierProfilesSchedule%", (string?)trigger["schedule"]);
    }

    [Theory]
    [InlineData("PostNeed", "needs", "post")]
    [InlineData("GetNeedMatches", "needs/{id}/matches", "get")]
    [InlineData("GetSupplier", "suppliers/{businessId}", "get")]
    public void Metadata_BuyerEndpoints_AreAnonymousAtTheHostAndCheckTheirOwnKeys(string name, string route, string method)
    {
        var trigger = FunctionsMetadata.Trigger(name);

        Assert.Equal("Anonymous", (string?)trigger["authLevel"]);
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => (string)m!));
    }
}
