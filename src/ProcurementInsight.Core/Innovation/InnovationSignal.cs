namespace ProcurementInsight.Core.Innovation;

/// <summary>One source of evidence that a procurement was innovative. Each is kept apart.</summary>
public enum InnovationSignal
{
    /// <summary>HILMA statistics: <c>solutionNewToMarketOrIndustry</c> answered yes for some lot.</summary>
    HilmaNewToMarket = 1,

    /// <summary>HILMA statistics: <c>solutionNewToBuyer</c> answered yes for some lot.</summary>
    HilmaNewToBuyer = 2,

    /// <summary>HILMA statistics: <c>innovationConsidered</c> answered yes for some lot.</summary>
    HilmaInnovationConsidered = 3,

    /// <summary>A pre-2023 notice's single notice-level "innovation considered" answer was yes.</summary>
    LegacyInnovationConsidered = 4,

    /// <summary>eForms BT-06 <c>inn-pur</c> (innovative purchase as strategic procurement) on some lot.</summary>
    EFormsInnovativePurchase = 5,

    /// <summary>eForms BT-776 <c>mar-nov</c> (new to the market) on some lot.</summary>
    EFormsMarketNovelty = 6,

    /// <summary>eForms BT-776 <c>org-nov</c> (new to the organisation, HILMA-specific) on some lot.</summary>
    EFormsOrganisationNovelty = 7,

    /// <summary>eForms BT-776 <c>proc-innov</c>, <c>prod-innov</c> or <c>rd-act</c> on some lot.</summary>
    EFormsOtherInnovativeAcquisition = 8,
}
