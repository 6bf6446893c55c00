using ProcurementInsight.Core.Broker;

namespace ProcurementInsight.Broker.Needs;

/// <summary>A submitted need, or why it was refused (field → message).</summary>
/// <param name="Need">The saved need.</param>
/// <param name="Errors">Validation errors by field.</param>
public sealed record NeedSubmission(Need? Need, IReadOnlyDictionary<string, string[]> Errors);
