namespace ProcurementInsight.Core.Harvesting;

/// <summary>The answer to a notice lookup: the notice, or a problem with its HTTP status.</summary>
/// <param name="Status">The HTTP status: 200, 400 or 404.</param>
/// <param name="Notice">The notice, on 200.</param>
/// <param name="Title">The problem's short title, otherwise.</param>
/// <param name="Detail">The problem in plain words, otherwise.</param>
public sealed record NoticeLookupResult(int Status, StoredNoticeDocument? Notice, string? Title, string? Detail)
{
    /// <summary>A found notice.</summary>
    public static NoticeLookupResult Found(StoredNoticeDocument notice) => new(200, notice, null, null);

    /// <summary>A problem.</summary>
    public static NoticeLookupResult Problem(int status, string title, string detail) => new(status, null, title, detail);
}
