namespace ProcurementInsight.Core.Broker;

/// <summary>What the Finnish company register (PRH/YTJ open data) says about a company.</summary>
/// <param name="BusinessId">The business id, normalised.</param>
/// <param name="Name">The current name (type 1 without an end date).</param>
/// <param name="PreviousNames">Earlier or parallel names.</param>
/// <param name="MainBusinessLineCode">Main line of business, a TOL 2008 code such as <c>62010</c>.</param>
/// <param name="MainBusinessLine">Its description, Finnish first.</param>
/// <param name="CompanyForm">The company form's description, e.g. <c>Osakeyhtiö</c>.</param>
/// <param name="RegisteredOn">When the business id was granted.</param>
/// <param name="Street">Visiting (else postal) street address.</param>
/// <param name="PostCode">Its post code.</param>
/// <param name="City">Its post town.</param>
/// <param name="Found">False when the register answered that it has no such company.</param>
/// <param name="RetrievedAt">When the register was asked.</param>
public sealed record CompanyRegisterEntry(
    string BusinessId,
    string? Name,
    IReadOnlyList<string> PreviousNames,
    string? MainBusinessLineCode,
    string? MainBusinessLine,
    string? CompanyForm,
    DateOnly? RegisteredOn,
    string? Street,
    string? PostCode,
    string? City,
    bool Found,
    DateTimeOffset RetrievedAt);
