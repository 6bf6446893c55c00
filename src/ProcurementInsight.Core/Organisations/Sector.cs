namespace ProcurementInsight.Core.Organisations;

/// <summary>The public sector a buyer belongs to, derived from its legal type (BT-11).</summary>
public enum Sector
{
    /// <summary>The legal type is missing or not one we can place.</summary>
    Unknown = 0,

    /// <summary>Central government: ministries, agencies, state-owned bodies (BT-11 <c>cga</c> family).</summary>
    State = 1,

    /// <summary>
    /// Municipalities, joint municipal authorities and wellbeing services counties (BT-11 <c>la</c>
    /// and <c>ra</c> families): the "kunta-ala" of KEINO's survey.
    /// </summary>
    Municipal = 2,

    /// <summary>Other contracting entities: public undertakings, utilities, bodies governed by public law.</summary>
    Other = 3,
}
