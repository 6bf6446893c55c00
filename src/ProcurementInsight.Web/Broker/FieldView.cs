namespace ProcurementInsight.Web.Broker;

/// <summary>
/// The potential supplier field in the page's language: its words come from the broker's field texts, which the command line
/// and the JSON answers share, so they stay in one place there.
/// </summary>
/// <param name="Heading">The block's heading.</param>
/// <param name="Intro">What the block is.</param>
/// <param name="EstablishedHeading">The heading of the established suppliers before it.</param>
/// <param name="Note">Why the field is empty, when it is.</param>
/// <param name="Suppliers">The companies, best first.</param>
public sealed record FieldView(string Heading, string Intro, string EstablishedHeading, string Note, IReadOnlyList<FieldSupplierView> Suppliers);
