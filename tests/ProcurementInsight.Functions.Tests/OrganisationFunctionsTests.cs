namespace ProcurementInsight.Functions.Tests;

/// <summary>The organisation profile endpoints: analysts' routes behind the function key, the respondents' signed link anonymous.</summary>
public sealed class OrganisationFunctionsTests
{
    [Theory]
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
    public void Metadata_RespondentProfile_IsAnAnonymousGetWhoseTokenIsTheKey()
    {
        var trigger = FunctionsMetadata.Trigger(GetOrganisationProfile.Name);

        Assert.Equal("Anonymous", (string?)trigger["authLevel"]);
        Assert.Equal("profile/{token}", (string?)trigger["route"]);
        Assert.Equal(["get"], trigger["methods"]!.AsArray().Select(m => (string)m!));
    }
}
