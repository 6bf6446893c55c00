namespace ProcurementInsight.Web.Broker;

/// <summary>An open need on the broker view.</summary>
/// <param name="Title">Its title.</param>
/// <param name="Organisation">The buyer organisation that left it.</param>
/// <param name="CreatedAt">When it was left.</param>
public sealed record NeedView(string Title, string Organisation, DateTimeOffset CreatedAt);
