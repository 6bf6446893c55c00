using ProcurementInsight.Core.Estimation;

namespace ProcurementInsight.Ml;

/// <summary>The answer to an HTTP estimate request: estimates (and the page), or a problem with its status.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Estimates">The estimates, one per requested definition.</param>
/// <param name="SingleDefinition">True when one definition was asked for: the JSON body is then one object, else an array.</param>
/// <param name="Html">The analyst page, when the page was asked for.</param>
/// <param name="Title">Problem title.</param>
/// <param name="Detail">Problem detail.</param>
public sealed record EstimateQueryResult(int Status, IReadOnlyList<ShareEstimate>? Estimates, bool SingleDefinition, string? Html, string? Title, string? Detail)
{
    /// <summary>The JSON body: one estimate, or every definition's in an array.</summary>
    public object? Body => Estimates is null ? null : SingleDefinition ? Estimates[0] : Estimates;

    public static EstimateQueryResult Problem(int status, string title, string detail) => new(status, null, false, null, title, detail);
}
