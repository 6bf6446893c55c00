namespace ProcurementInsight.Core.Innovation;

/// <summary>eForms innovation code values (BT-06 and BT-776 code lists).</summary>
public static class EFormsInnovationCodes
{
    /// <summary>BT-06 strategic procurement: "innovative purchase" (<c>strategic-procurement</c> list).</summary>
    public const string InnovativePurchase = "inn-pur";

    /// <summary>BT-776 <c>innovative-acquisition</c>: new to the market. HILMA writes it from "new to market".</summary>
    public const string MarketNovelty = "mar-nov";

    /// <summary>
    /// BT-776: new to the organisation. HILMA writes it from "new to buyer" (hilma-api deviations.md);
    /// not in the EU code list, so only HILMA notices carry it.
    /// </summary>
    public const string OrganisationNovelty = "org-nov";

    /// <summary>BT-776: process innovation.</summary>
    public const string ProcessInnovation = "proc-innov";

    /// <summary>BT-776: product or service innovation.</summary>
    public const string ProductInnovation = "prod-innov";

    /// <summary>BT-776: research and development activities.</summary>
    public const string ResearchAndDevelopment = "rd-act";
}
