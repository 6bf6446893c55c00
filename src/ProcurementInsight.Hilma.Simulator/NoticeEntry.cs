namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The compact per-notice record the corpus keeps in memory; everything else (XML, search document,
/// statistics, truth) is regenerated from <see cref="NoticeSeed"/> and <see cref="ProcedureSeed"/> on demand.
/// </summary>
/// <param name="NoticeId">HILMA <c>noticeId</c>; increases with publication time.</param>
/// <param name="ProcedureId">HILMA <c>procedureId</c>; shared by a contract notice and its award.</param>
/// <param name="TypeIndex">Index into <see cref="NoticeTypes.All"/>.</param>
/// <param name="PublishedTicks">UTC ticks of <c>datePublished</c>.</param>
/// <param name="ModifiedTicks">UTC ticks of <c>dateModified</c> (later for corrected notices).</param>
/// <param name="NoticeSeed">Seed of notice-specific content (winners, answers' noise).</param>
/// <param name="ProcedureSeed">Seed of procedure-level content (buyer, texts, lots, truth).</param>
/// <param name="ProcedureYear">Year the procedure started (its first notice), used in titles.</param>
/// <param name="IsCorrected">The notice was corrected after publication; the served version is the newest.</param>
/// <param name="IsMalformed">The served <c>eForm</c> is permanently broken.</param>
/// <param name="IsLegacy">A pre-eForms notice (published before 2023-09-01): key <c>OLD-&lt;noticeId&gt;</c>, served by the legacy read endpoint.</param>
public readonly record struct NoticeEntry(
    int NoticeId,
    int ProcedureId,
    byte TypeIndex,
    long PublishedTicks,
    long ModifiedTicks,
    int NoticeSeed,
    int ProcedureSeed,
    short ProcedureYear,
    bool IsCorrected,
    bool IsMalformed,
    bool IsLegacy = false)
{
    /// <summary>The search document key, <c>EF-&lt;noticeId&gt;</c> (or <c>OLD-&lt;noticeId&gt;</c> for legacy notices).</summary>
    public string Key => (IsLegacy ? "OLD-" : "EF-") + NoticeId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The notice type.</summary>
    public NoticeTypeInfo Type => NoticeTypes.All[TypeIndex];

    /// <summary><c>datePublished</c> as a UTC instant.</summary>
    public DateTimeOffset DatePublished => new(PublishedTicks, TimeSpan.Zero);

    /// <summary><c>dateModified</c> as a UTC instant.</summary>
    public DateTimeOffset DateModified => new(ModifiedTicks, TimeSpan.Zero);
}
