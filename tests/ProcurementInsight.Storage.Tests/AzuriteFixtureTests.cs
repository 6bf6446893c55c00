using System.Text.RegularExpressions;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed partial class AzuriteFixtureTests(AzuriteFixture azurite)
{
    [Fact]
    public void NewNames_ManyCalls_AreUniqueAndFollowAzureNamingRules()
    {
        var tables = Enumerable.Range(0, 50).Select(_ => azurite.NewTableName()).ToList();
        var containers = Enumerable.Range(0, 50).Select(_ => azurite.NewContainerName()).ToList();
        var queues = Enumerable.Range(0, 50).Select(_ => azurite.NewQueueName()).ToList();
        var prefixes = Enumerable.Range(0, 50).Select(_ => azurite.NewPrefix()).ToList();

        var all = tables.Concat(containers).Concat(queues).Concat(prefixes).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tables.Concat(prefixes), n => Assert.Matches(TableName(), n));
        Assert.All(containers.Concat(queues), n => Assert.Matches(ContainerOrQueueName(), n));
        Assert.All(prefixes, p => Assert.InRange((p + "QuarantinedNotices").Length, 3, 63));
    }

    [Fact]
    public void ConnectionString_AfterStart_NamesTheDevelopmentAccountOnLoopback()
    {
        var connectionString = azurite.ConnectionString;

        Assert.Contains("AccountName=devstoreaccount1;", connectionString, StringComparison.Ordinal);
        Assert.Contains("TableEndpoint=http://127.0.0.1:", connectionString, StringComparison.Ordinal);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();

    [GeneratedRegex("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex ContainerOrQueueName();
}
