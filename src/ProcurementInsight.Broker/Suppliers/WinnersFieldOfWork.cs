using Microsoft.Extensions.Logging;
using ProcurementInsight.Broker.Register;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Broker.Suppliers;

/// <summary>
/// The field of work learnt from the winners: the company's main line of business from the register, and the
/// CPV divisions that the profiled winners with the same line of business won.
/// </summary>
public sealed class WinnersFieldOfWork(CompanyRegister register, ISupplierProfileStore profiles, ILogger<WinnersFieldOfWork> logger) : ISupplierFieldOfWork
{
    /// <inheritdoc />
    public async Task<FieldOfWork?> GetAsync(BusinessId businessId, CancellationToken cancellationToken)
    {
        CompanyRegisterEntry entry;
        try
        {
            (entry, _) = await register.GetAsync(businessId, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or Refit.ApiExceptionBase or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            // The register is down or unreachable: the company's line of business stays unknown for this answer.
            Log.RegisterFailed(logger, businessId.Value, ex);
            return null;
        }

        if (!entry.Found || entry.MainBusinessLineCode is not { Length: > 0 } code)
        {
            return null;
        }

        var winners = new Dictionary<string, (HashSet<string> Winners, int Contracts)>(StringComparer.Ordinal);
        await foreach (var profile in profiles.ListAsync(cancellationToken))
        {
            if (!string.Equals(profile.Register?.MainBusinessLineCode, code, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var contract in profile.Contracts)
            {
                if (contract.Cpv is not { Length: >= 2 } cpv)
                {
                    continue;
                }

                var division = cpv[..2];
                var (set, count) = winners.TryGetValue(division, out var known) ? known : (new HashSet<string>(StringComparer.Ordinal), 0);
                set.Add(profile.Key);
                winners[division] = (set, count + 1);
            }
        }

        return new FieldOfWork(
            code,
            entry.MainBusinessLine,
            [.. winners.Select(w => new DivisionWinners(w.Key, w.Value.Winners.Count, w.Value.Contracts))
                .OrderByDescending(d => d.Winners).ThenByDescending(d => d.Contracts).ThenBy(d => d.Division, StringComparer.Ordinal)]);
    }
}
