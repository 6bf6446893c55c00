namespace ProcurementInsight.Hilma.Api;

/// <summary>The families of HILMA search documents, told apart by key prefix.</summary>
public enum HilmaDocumentKind
{
    /// <summary>Unrecognised key.</summary>
    Unknown = 0,

    /// <summary><c>EF-</c>: eForms notice, read through the eForms read API.</summary>
    EForms = 1,

    /// <summary><c>OLD-</c>: pre-eForms notice (before September 2023), read through the legacy API.</summary>
    Legacy = 2,

    /// <summary><c>PLAN-</c>: procurement plan, not a notice.</summary>
    Plan = 3,
}
