namespace ProcurementInsight.Functions.Tests;

/// <summary>The respondents' organisation profile link: anonymous, its signed token is the key (the analysts' routes are in <see cref="FunctionsMetadataTests"/>).</summary>
public sealed class OrganisationFunctionsTests
{
    [Fact]
    public void Metadata_RespondentProfile_IsAnAnonymousGetWhoseTokenIsTheKey()
    {
        var trigger = FunctionsMetadata.Trigger(GetOrganisationProfile.Name);

        Assert.Equal("Anonymous", (string?)trigger["authLevel"]);
        Assert.Equal("profile/{token}", (string?)trigger["route"]);
        Assert.Equal(["get"], trigger["methods"]!.AsArray().Select(m => (string)m!));
    }
}
