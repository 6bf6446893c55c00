using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Broker.Needs;
using ProcurementInsight.Broker.Profiles;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>broker build-profiles</c> and <c>buyer-key create --organisation NAME</c>.</summary>
internal static class BrokerCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var build = new Command("build-profiles", "Rebuild supplier profiles from harvested result notices and enrich them from the company register (offline: the bundled register simulator). The same job as the BuildSupplierProfiles timer.");
        build.SetAction((_, cancellationToken) => BuildAsync(output, error, settings, cancellationToken));
        return new Command("broker", "The innovation broker: supplier profiles and matching.") { build, SupplierCommand.CreateOpportunities(output, error, settings) };
    }

    public static Command CreateBuyerKey(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var organisation = new Option<string>("--organisation") { Description = "The buyer organisation the key is for.", Required = true };
        var create = new Command("create", "Create an API key for a buyer organisation. The key is printed once and stored only as its SHA-256 hash; send it in the X-Api-Key header.") { organisation };
        create.SetAction((result, cancellationToken) => CreateKeyAsync(result.GetValue(organisation)!, output, error, settings, cancellationToken));
        return new Command("buyer-key", "Buyer organisations' API keys.") { create };
    }

    private static async Task<int> BuildAsync(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await using var register = await CliHost.StartRegisterSimulatorIfConfiguredAsync(services, cancellationToken);
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var result = await services.GetRequiredService<SupplierProfileJob>().RunAsync(cancellationToken);
        if (result.ResultNotices == 0)
        {
            await error.WriteLineAsync("No result notices with winners in storage: run 'procurement-insight harvest' first.");
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"result notices {result.ResultNotices}, supplier profiles {result.Profiles}, register look-ups {result.RegisterLookups}, with register data {result.WithRegister}, survey-confirmed notices {result.SurveyConfirmedNotices}"));
        return result.ResultNotices == 0 ? 1 : 0;
    }

    private static async Task<int> CreateKeyAsync(string organisation, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(organisation))
        {
            await error.WriteLineAsync("--organisation must name the organisation.");
            return 2;
        }

        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        var key = await services.GetRequiredService<BuyerKeys>().CreateAsync(organisation, cancellationToken);
        await output.WriteLineAsync(key);
        await error.WriteLineAsync($"API key for '{organisation.Trim()}' created. It is shown only now; store it safely. Send it as the {BuyerKeys.HeaderName} header.");
        return 0;
    }
}
