namespace ProcurementInsight.Infra.Tests;

/// <summary>
/// One publish of the function app for every test that reads it: two publishes of the same project at
/// once would fight over its obj folder.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedPublishedApp : ICollectionFixture<PublishedFunctionApp>
{
    public const string Name = "Published function app";
}
