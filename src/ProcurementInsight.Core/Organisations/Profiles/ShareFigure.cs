namespace ProcurementInsight.Core.Organisations.Profiles;

/// <summary>An organisation's share (0–1) with its 95 % interval.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Low">The interval's lower end.</param>
/// <param name="High">The interval's upper end.</param>
public sealed record ShareFigure(double Estimate, double Low, double High)
{
    /// <summary>High − Low.</summary>
    public double Width => High - Low;

    /// <summary>True when <paramref name="share"/> lies inside the interval, ends included.</summary>
    public bool Covers(double share) => share >= Low && share <= High;
}
