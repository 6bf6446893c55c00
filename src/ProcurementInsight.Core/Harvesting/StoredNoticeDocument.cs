using System.Globalization;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Core.Harvesting;

/// <summary>The JSON shape of a harvested notice: the notice and where its raw version is archived.</summary>
/// <param name="Notice">The notice (without buyer e-mails).</param>
/// <param name="Revision">The version it was made from.</param>
public sealed record StoredNoticeDocument(NoticeDocument Notice, StoredNoticeDocument.RevisionDocument Revision)
{
    /// <summary>Builds the document.</summary>
    public static StoredNoticeDocument From(StoredNotice stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var r = stored.Revision;
        return new StoredNoticeDocument(
            NoticeDocument.From(stored.Notice, includeEmails: false),
            new RevisionDocument(r.ContentHash, r.RawLocation, r.SourceModified?.ToString("O", CultureInfo.InvariantCulture), r.HarvestedAt.ToString("O", CultureInfo.InvariantCulture)));
    }

    /// <summary>A stored version.</summary>
    /// <param name="ContentHash">SHA-256 of the version.</param>
    /// <param name="RawLocation">Where the raw payload is archived.</param>
    /// <param name="SourceModified">HILMA's modification time.</param>
    /// <param name="HarvestedAt">When it was stored.</param>
    public sealed record RevisionDocument(string ContentHash, string RawLocation, string? SourceModified, string HarvestedAt);
}
