using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Core.Harvesting;

/// <summary>A normalised notice as kept by the service, with the version it was made from.</summary>
/// <param name="Notice">The normalised notice.</param>
/// <param name="Revision">The raw version behind it.</param>
public sealed record StoredNotice(Notice Notice, NoticeRevision Revision);
