using ProcurementInsight.Core.Configuration;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

/// <summary>Opt-out keys: an HMAC under the secret, not a hash anyone can recompute; old bare-hash opt-outs still hold.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveyAddressesTests(AzuriteFixture azurite, MailDevFixture mail)
{
    private const string Address = "Kirjaamo@Hel.example ";

    [Fact]
    public void KeyOf_DifferentSecrets_DifferentKeysAndNeitherIsTheBareSha256()
    {
        var bare = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("kirjaamo@hel.example")));

        var one = Addresses(1).KeyOf(Address);
        var two = Addresses(2).KeyOf(Address);

        Assert.NotEqual(one.Key, two.Key);
        Assert.NotEqual(bare, one.Key);
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(Secret(1), Encoding.UTF8.GetBytes("kirjaamo@hel.example"))), one.Key);
        Assert.Equal(bare, one.LegacyKey);
        Assert.Equal(one, Addresses(1).KeyOf("kirjaamo@hel.example"));
    }

    [Fact]
    public void Check_PublicLinkWithoutUsableOptOutKey_SwitchesTheSurveyLinksOffNamingTheKey()
    {
        var options = new SurveyOptions { LinkBaseUrl = new Uri("https://kysely.example.fi/api/"), TokenSigningKey = Convert.ToBase64String(Secret(1)) };
        FeatureState Check() => new SurveyLinksCheck(Microsoft.Extensions.Options.Options.Create(options)).Check();

        var missing = Check();
        options.OptOutKey = Convert.ToBase64String(new byte[16]);
        var tooShort = Check();
        options.OptOutKey = Convert.ToBase64String(Secret(2));
        var fine = Check();

        Assert.Contains("Survey:OptOutKey", missing.DisabledBecause, StringComparison.Ordinal);
        Assert.Contains("Survey:OptOutKey must be base64 of at least 32", tooShort.DisabledBecause, StringComparison.Ordinal);
        Assert.True(fine.Enabled);
    }

    [Fact]
    public async Task Contains_OptOutStoredUnderTheOldBareSha256_StillHolds()
    {
        await using var scenario = await SurveyScenario.StartAsync(azurite, mail);
        var legacy = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("legacy@hel.example")));
        var table = scenario.Get<TableServiceClient>().GetTableClient(scenario.Get<StorageLayout>().SurveyOptOuts);
        await table.UpsertEntityAsync(new TableEntity(legacy, "opt-out") { ["OptedOutAt"] = SurveyScenario.Start });
        var optOuts = scenario.Get<SurveyOptOuts>();

        var old = await optOuts.ContainsAsync("Legacy@Hel.example", CancellationToken.None);
        var other = await optOuts.ContainsAsync("someone@hel.example", CancellationToken.None);
        await optOuts.OptOutAsync("someone@hel.example", CancellationToken.None);
        var added = await optOuts.ContainsAsync("SOMEONE@hel.example", CancellationToken.None);

        Assert.True(old);
        Assert.False(other);
        Assert.True(added);
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            keys.Add(row.PartitionKey);
        }

        var someone = scenario.Get<SurveyAddresses>().KeyOf("someone@hel.example");
        Assert.Equal(new[] { legacy, someone.Key }.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    private static byte[] Secret(byte seed) => [.. Enumerable.Range(seed, 32).Select(i => (byte)i)];

    private static SurveyAddresses Addresses(byte seed) =>
        new(Options.Create(new SurveyOptions { OptOutKey = Convert.ToBase64String(Secret(seed)) }));
}
