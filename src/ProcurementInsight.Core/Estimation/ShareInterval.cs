namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// A share (0–1) with its 95 % confidence interval. The interval is absent (both ends null) when the method
/// could not give an honest one — no survey answers, a correction that fell back or was clipped — and
/// <see cref="Note"/> then says why; a point without an interval is never to be read as a measured share.
/// </summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="CiLow">The lower end of the 95 % interval, or null when there is none.</param>
/// <param name="CiHigh">The upper end of the 95 % interval, or null when there is none.</param>
public sealed record ShareInterval(double Estimate, double? CiLow, double? CiHigh)
{
    /// <summary>Why the interval is absent or what the estimate rests on, in one plain sentence; null when nothing needs saying.</summary>
    public string? Note { get; init; }

    /// <summary>True when the interval is there.</summary>
    public bool HasInterval => CiLow is not null && CiHigh is not null;

    /// <summary>A point without an interval, with the reason.</summary>
    public static ShareInterval WithoutInterval(double estimate, string note) => new(estimate, null, null) { Note = note };

    /// <summary>True when <paramref name="share"/> lies inside the interval (ends included); false when there is no interval.</summary>
    public bool Covers(double share) => HasInterval && share >= CiLow && share <= CiHigh;
}
