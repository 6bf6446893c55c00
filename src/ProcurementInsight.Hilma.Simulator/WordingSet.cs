namespace ProcurementInsight.Hilma.Simulator;

/// <summary>One language's wording of a catalogue object.</summary>
/// <param name="Titles">Ways a title names the object, capitalised.</param>
/// <param name="Scope">Things the contract covers, lower case, for scope sentences.</param>
public sealed record WordingSet(IReadOnlyList<string> Titles, IReadOnlyList<string> Scope);
