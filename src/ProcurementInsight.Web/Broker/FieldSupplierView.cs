namespace ProcurementInsight.Web.Broker;

/// <summary>A company of the potential supplier field with why it is there, in the page's language.</summary>
/// <param name="Name">The company's name.</param>
/// <param name="BusinessId">Its business id.</param>
/// <param name="Because">The sentences saying why.</param>
public sealed record FieldSupplierView(string Name, string BusinessId, IReadOnlyList<string> Because);
