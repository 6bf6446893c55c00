namespace ProcurementInsight.Core.Harvesting;

/// <summary>Which version of a notice a stored record was made from.</summary>
/// <param name="ContentHash">SHA-256 of the raw payload (see <see cref="RawNotice.ContentHash"/>).</param>
/// <param name="RawLocation">Where the raw payload is archived.</param>
/// <param name="SourceModified">HILMA's modification time of the version, when known.</param>
/// <param name="HarvestedAt">When the service stored it.</param>
public sealed record NoticeRevision(string ContentHash, string RawLocation, DateTimeOffset? SourceModified, DateTimeOffset HarvestedAt)
{
    /// <summary>
    /// True when this revision should replace <paramref name="stored"/>: it is different content and
    /// not older than it (a missing time counts as older than any known time).
    /// </summary>
    public bool Supersedes(NoticeRevision stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (string.Equals(ContentHash, stored.ContentHash, StringComparison.Ordinal))
        {
            return false;
        }

        return (SourceModified, stored.SourceModified) switch
        {
            (null, not null) => false,
            ({ } mine, { } theirs) => mine >= theirs,
            _ => true,
        };
    }
}
