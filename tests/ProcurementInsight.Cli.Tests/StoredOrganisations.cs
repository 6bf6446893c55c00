using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Storage;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>Stores procurements of a few buyer organisations, so organisation profiles have something to show.</summary>
internal static class StoredOrganisations
{
    /// <summary>Helsinki: eight procurements over 2025's quarters (with Tampere as a joint buyer on the first).</summary>
    public const string Helsinki = "0201256-6";

    /// <summary>Stores the notices: Helsinki's eight and one each for six other municipalities.</summary>
    public static async Task StoreAsync(IReadOnlyDictionary<string, string?> settings)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        var store = services.GetRequiredService<INoticeStore>();
        for (var i = 0; i < 8; i++)
        {
            var notice = NoticeBuilder.Rich($"EF-7{i:000}").Build();
            notice = notice with
            {
                ProcedureId = $"proc-hel-{i}",
                PublicationDate = new DateTimeOffset(2025, 1 + (i * 3 / 2), 10, 9, 0, 0, TimeSpan.Zero),
                Buyers = i == 0 ? notice.Buyers : [notice.Buyers[0]],
            };
            await store.SaveAsync(new StoredNotice(notice, new NoticeRevision($"h{i}", $"EF-7{i:000}/h{i}.xml", null, DateTimeOffset.UnixEpoch)), CancellationToken.None);
        }

        string[] others = ["0204819-8", "0156471-3", "0209602-6", "0135202-4", "0190361-5", "0188756-3"];
        for (var i = 0; i < others.Length; i++)
        {
            var notice = NoticeBuilder.Minimal($"EF-8{i:000}").Build();
            notice = notice with
            {
                ProcedureId = $"proc-other-{i}",
                FormType = FormType.Result,
                PublicationDate = new DateTimeOffset(2025, 5, 10, 9, 0, 0, TimeSpan.Zero),
                Buyers = [new Buyer($"Kunta {i}", OrganisationIdentifier.FromPublished(others[i]), "la", "FI1B1", null)],
            };
            await store.SaveAsync(new StoredNotice(notice, new NoticeRevision($"o{i}", $"EF-8{i:000}/o{i}.xml", null, DateTimeOffset.UnixEpoch)), CancellationToken.None);
        }
    }
}
