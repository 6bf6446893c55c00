namespace ProcurementInsight.Web.Broker;

/// <summary>One part of a supplier's innovation potential, as the scorer gave it; <see cref="BrokerTexts"/> names and explains it per language.</summary>
/// <param name="Name">The scorer's name of the component (e.g. <c>innovativeContracts</c>).</param>
/// <param name="Raw">The component's own figure (a count, share or years).</param>
/// <param name="Contribution">Its points in the potential.</param>
/// <param name="Explanation">The scorer's English explanation, kept for a component the pages do not know.</param>
public sealed record ComponentView(string Name, double Raw, double Contribution, string Explanation);
