using System.Xml.Linq;

namespace ProcurementInsight.Hilma.Simulator.Tests;

/// <summary>eForms namespaces for reading simulated XML.</summary>
internal static class EForms
{
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static readonly XNamespace Efac = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";

    /// <summary>BT-137 lot ids: /*/cac:ProcurementProjectLot/cbc:ID.</summary>
    public static string[] LotIds(XDocument document) =>
        document.Root!.Elements(Cac + "ProcurementProjectLot").Select(l => l.Element(Cbc + "ID")!.Value).ToArray();

    /// <summary>BT-776/BT-06 codes: //cac:ProcurementAdditionalType/cbc:ProcurementTypeCode[@listName=list].</summary>
    public static string[] AdditionalTypeCodes(XDocument document, string listName) =>
        document.Descendants(Cac + "ProcurementAdditionalType")
            .Elements(Cbc + "ProcurementTypeCode")
            .Where(c => (string?)c.Attribute("listName") == listName)
            .Select(c => c.Value)
            .ToArray();
}
