namespace ProcurementInsight.Core.Broker;

/// <summary>How a supplier profile's winners were recognised as one company.</summary>
public enum SupplierIdentification
{
    /// <summary>By a valid Finnish business id (BT-501, check digit validated).</summary>
    BusinessId = 0,

    /// <summary>By a foreign or otherwise non-Finnish registration number, as published.</summary>
    OtherIdentifier = 1,

    /// <summary>By normalised name only: no winner of this profile published an identifier. Flagged to users.</summary>
    NameOnly = 2,
}
