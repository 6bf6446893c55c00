using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Suppliers;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Storage;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>supplier-key create BUSINESSID</c> and <c>broker opportunities BUSINESSID [--json] [--lang fi|sv|en]</c>.</summary>
internal static class SupplierCommand
{
    public static Command CreateSupplierKey(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var businessId = new Argument<string>("BUSINESSID") { Description = "The company's business id (1234567-8); the key sees only this company's opportunities." };
        var create = new Command("create", "Create an API key for a supplier company. The key is printed once and stored only as its SHA-256 hash; send it in the X-Api-Key header.") { businessId };
        create.SetAction((result, cancellationToken) => CreateKeyAsync(result.GetValue(businessId)!, output, error, settings, cancellationToken));
        return new Command("supplier-key", "Supplier companies' API keys.") { create };
    }

    public static Command CreateOpportunities(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var businessId = new Argument<string>("BUSINESSID") { Description = "The company's business id (1234567-8)." };
        var json = new Option<bool>("--json") { Description = "Print JSON, as GET /api/suppliers/{businessId}/opportunities answers." };
        var lang = new Option<string>("--lang") { Description = "Language of the reasons: fi, sv or en.", DefaultValueFactory = _ => "en" };
        var command = new Command("opportunities", "The open needs and open competitions that fit a company, with why (recorded in the SupplierAccessAudit table).") { businessId, json, lang };
        command.SetAction((result, cancellationToken) => OpportunitiesAsync(result.GetValue(businessId)!, result.GetValue(json), result.GetValue(lang), output, error, settings, cancellationToken));
        return command;
    }

    private static async Task<int> CreateKeyAsync(string text, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        if (!BusinessId.TryParse(text, out var businessId))
        {
            await error.WriteLineAsync($"'{text}' is not a Finnish business id: use the form 1234567-8.");
            return 2;
        }

        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
        var key = await services.GetRequiredService<SupplierKeys>().CreateAsync(businessId, cancellationToken);
        await output.WriteLineAsync(key);
        await error.WriteLineAsync($"API key for business id {businessId.Value} created. It is shown only now; store it safely. Send it as the {BuyerKeys.HeaderName} header.");
        return 0;
    }

    private static async Task<int> OpportunitiesAsync(string text, bool json, string? lang, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        if (!BusinessId.TryParse(text, out var businessId))
        {
            await error.WriteLineAsync($"'{text}' is not a Finnish business id: use the form 1234567-8.");
            return 2;
        }

        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await using var register = await CliHost.StartRegisterSimulatorIfConfiguredAsync(services, cancellationToken);
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
        var result = await services.GetRequiredService<SupplierView>().ShowAsync(SupplierView.CommandLineKeyId, businessId, lang, cancellationToken);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(result, CliJson.Options));
            return 0;
        }

        await output.WriteLineAsync($"{result.Name ?? result.BusinessId} ({result.BusinessId}): {result.Summary}");
        foreach (var (heading, items) in new[] { ("Open needs", result.Needs), ("Open competitions", result.Competitions) })
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{heading}: {items.Count.ToString(CultureInfo.InvariantCulture)}");
            foreach (var item in items)
            {
                var deadline = item.Deadline is { } d ? ", deadline " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {item.Score:0.000}  {item.Id}  {item.Title} — {item.Buyer}{deadline}"));
                foreach (var reason in item.Why)
                {
                    await output.WriteLineAsync("         " + reason);
                }
            }
        }

        return 0;
    }
}
