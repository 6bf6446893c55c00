using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementInsight.Broker.Register;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Core.Telemetry;

namespace ProcurementInsight.Broker.Profiles;

/// <summary>
/// Rebuilds every supplier profile from the harvested result notices, marks survey-confirmed innovative
/// contracts, attaches company register data (cached; at most <see cref="BrokerOptions.MaxRegisterLookupsPerBuild"/>
/// register calls a build), replaces the stored profiles and refreshes the potential supplier field
/// (<see cref="SupplierField.RegisterFieldBuilder"/>) from them.
/// </summary>
public sealed class SupplierProfileJob(
    INoticeStore notices,
    IEnumerable<ISurveyOutcomeSource> surveys,
    CompanyRegister register,
    ICompanyRegisterCache registerCache,
    ISupplierProfileStore profiles,
    SupplierField.RegisterFieldBuilder field,
    IOptions<BrokerOptions> options,
    TimeProvider time,
    ILogger<SupplierProfileJob> logger)
{
    /// <summary>Runs one build; returns the counts.</summary>
    public async Task<SupplierProfileBuildResult> RunAsync(CancellationToken cancellationToken)
    {
        using var measurement = RunMetrics.Start(RunMetrics.SupplierProfilesJob, time);
        try
        {
            var results = new List<Notice>();
            await foreach (var stored in notices.ListAsync(cancellationToken))
            {
                if (stored.Notice.Winners.Count > 0)
                {
                    results.Add(stored.Notice);
                }
            }

            var confirmed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var source in surveys)
            {
                await foreach (var outcome in source.ListAsync(cancellationToken))
                {
                    if (outcome.Status == SurveyOutcomeStatus.Answered && outcome.Label?.JudgedInnovative == true)
                    {
                        confirmed.Add(outcome.NoticeKey);
                    }
                }
            }

            var settings = options.Value;
            var built = new SupplierProfileBuilder(settings.MaxContractsPerProfile, settings.MaxTextCharsPerLanguage).Build(results, confirmed);
            var enriched = new List<SupplierProfile>(built.Count);
            var asked = 0;
            foreach (var profile in built)
            {
                var entry = await RegisterEntryAsync(profile, asked < settings.MaxRegisterLookupsPerBuild, cancellationToken);
                asked += entry.Asked ? 1 : 0;
                enriched.Add(SupplierProfileBuilder.WithRegister(profile, entry.Entry));
            }

            var version = await profiles.ReplaceAllAsync(enriched, cancellationToken);
            var (snapshot, fieldCalls) = await field.BuildAsync(enriched, cancellationToken);
            measurement.Count("register.field.call", fieldCalls);
            measurement.Count("register.field.company", snapshot.Companies.Count);
            var withRegister = enriched.Count(p => p.Register?.Found == true);
            measurement.Count("notice.result", results.Count);
            measurement.Count("supplier.profile", enriched.Count);
            measurement.Count("register.lookup", asked);
            Log.ProfilesBuilt(logger, enriched.Count, results.Count, asked, withRegister);
            measurement.Succeed();
            return new SupplierProfileBuildResult(results.Count, enriched.Count, asked, withRegister, confirmed.Count, version);
        }
        catch (OperationCanceledException)
        {
            measurement.Cancel();
            throw;
        }
    }

    private async Task<(CompanyRegisterEntry? Entry, bool Asked)> RegisterEntryAsync(SupplierProfile profile, bool mayAsk, CancellationToken cancellationToken)
    {
        if (profile.BusinessId is null || !BusinessId.TryParse(profile.BusinessId, out var businessId))
        {
            return (null, false);
        }

        if (!mayAsk)
        {
            return (await registerCache.GetAsync(businessId.Value, cancellationToken), false);
        }

        try
        {
            return await register.GetAsync(businessId, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or Refit.ApiExceptionBase or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            // The register is an enrichment: a profile without it is still a profile; the next build asks again.
            Log.RegisterFailed(logger, businessId.Value, ex);
            return (await registerCache.GetAsync(businessId.Value, cancellationToken), true);
        }
    }
}
