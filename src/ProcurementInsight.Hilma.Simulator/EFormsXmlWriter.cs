using System.Globalization;
using System.Text;
using System.Xml;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// Writes a <see cref="SimulatedNotice"/> as eForms UBL (SDK 1.13 structure, as HILMA publishes it): the
/// eSender <c>Hansel Oy (Hilma)</c> and the review body Markkinaoikeus are always among the organisations,
/// HILMA national notices carry <c>hilma:NationalExtension</c> and no BT-06/BT-776 codes.
/// </summary>
public static class EFormsXmlWriter
{
    private const string Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private const string Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private const string Ext = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    private const string Efext = "http://data.europa.eu/p27/eforms-ubl-extensions/1";
    private const string Efac = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
    private const string Efbc = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";
    private const string Hilma = "urn:hanselHilma:NationalNoticeExtension";
    private const string BuyerOrg = "ORG-0001";
    private const string ReviewOrg = "ORG-0002";
    private const string ESenderOrg = "ORG-0003";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        OmitXmlDeclaration = false,
    };

    /// <summary>The notice as UTF-8 XML bytes.</summary>
    public static byte[] Write(SimulatedNotice notice)
    {
        using var stream = new MemoryStream(16 * 1024);
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            WriteDocument(writer, notice);
        }

        return stream.ToArray();
    }

    private static void WriteDocument(XmlWriter w, SimulatedNotice n)
    {
        var type = n.Type;
        var winners = n.Lots.SelectMany(l => l.Awards).Select(a => a.Supplier).Distinct().ToArray();
        var orgIds = new Dictionary<SimulatedSupplier, string>();
        for (var i = 0; i < winners.Length; i++)
        {
            orgIds[winners[i]] = Id("ORG-", i + 4);
        }

        w.WriteStartDocument();
        w.WriteStartElement(type.RootElement, "urn:oasis:names:specification:ubl:schema:xsd:" + type.RootElement + "-2");
        w.WriteAttributeString("xmlns", "cac", null, Cac);
        w.WriteAttributeString("xmlns", "cbc", null, Cbc);
        w.WriteAttributeString("xmlns", "ext", null, Ext);
        w.WriteAttributeString("xmlns", "efac", null, Efac);
        w.WriteAttributeString("xmlns", "efext", null, Efext);
        w.WriteAttributeString("xmlns", "efbc", null, Efbc);
        if (type.IsNational)
        {
            w.WriteAttributeString("xmlns", "hilma", null, Hilma);
        }

        w.WriteStartElement("ext", "UBLExtensions", Ext);
        w.WriteStartElement("ext", "UBLExtension", Ext);
        w.WriteStartElement("ext", "ExtensionContent", Ext);
        w.WriteStartElement("efext", "EformsExtension", Efext);
        if (type.HasResult)
        {
            WriteNoticeResult(w, n, orgIds);
        }

        w.WriteStartElement("efac", "NoticeSubType", Efac);
        Code(w, "SubTypeCode", "notice-subtype", type.Subtype);
        w.WriteEndElement();
        WriteOrganizations(w, n, winners, orgIds);
        if (!type.IsNational)
        {
            WritePublication(w, n);
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        Cbc1(w, "UBLVersionID", "2.3");
        Cbc1(w, "CustomizationID", "eforms-sdk-1.13");
        Scheme(w, "ID", "notice-id", n.NoticeUuid);
        if (!type.IsPin)
        {
            Cbc1(w, "ContractFolderID", n.ContractFolderId);
        }

        Cbc1(w, "IssueDate", n.IssuedLocal.ToString("yyyy-MM-ddzzz", CultureInfo.InvariantCulture));
        Cbc1(w, "IssueTime", n.IssuedLocal.ToString("HH:mm:sszzz", CultureInfo.InvariantCulture));
        Cbc1(w, "VersionID", n.VersionId);
        Cbc1(w, "RegulatoryDomain", type.RegulatoryDomain);
        Code(w, "NoticeTypeCode", type.FormType, type.NoticeTypeCode);
        Code(w, "NoticeLanguageCode", "eu-official-language", n.Language);

        w.WriteStartElement("cac", "ContractingParty", Cac);
        w.WriteStartElement("cac", "ContractingPartyType", Cac);
        Code(w, "PartyTypeCode", "buyer-legal-type", n.Buyer.LegalType);
        w.WriteEndElement();
        w.WriteStartElement("cac", "ContractingActivity", Cac);
        Code(w, "ActivityTypeCode", "authority-activity", n.Buyer.Activity);
        w.WriteEndElement();
        w.WriteStartElement("cac", "Party", Cac);
        PartyIdentification(w, BuyerOrg);
        w.WriteStartElement("cac", "ServiceProviderParty", Cac);
        Code(w, "ServiceTypeCode", "organisation-role", "ted-esen");
        w.WriteStartElement("cac", "Party", Cac);
        PartyIdentification(w, ESenderOrg);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        if (type.Kind != NoticeKind.Planning || type.Subtype == "10")
        {
            w.WriteStartElement("cac", "TenderingProcess", Cac);
            Code(w, "ProcedureCode", "procurement-procedure-type", n.ProcedureType);
            w.WriteEndElement();
        }

        w.WriteStartElement("cac", "ProcurementProject", Cac);
        Scheme(w, "ID", "InternalID", n.Entry.ProcedureId.ToString(CultureInfo.InvariantCulture));
        Texts(w, "Name", n.Title);
        Texts(w, "Description", n.Description);
        Code(w, "ProcurementTypeCode", "contract-nature", n.Nature);
        if (n.EstimatedValue is { } value)
        {
            w.WriteStartElement("cac", "RequestedTenderTotal", Cac);
            Amount(w, "EstimatedOverallContractAmount", value);
            w.WriteEndElement();
        }

        Classifications(w, n.CpvCodes);
        Location(w, n.Buyer.Nuts);
        w.WriteEndElement();

        foreach (var lot in n.Lots)
        {
            WriteLot(w, n, lot);
        }

        if (type.HasResult)
        {
            w.WriteStartElement("cac", "TenderResult", Cac);
            Cbc1(w, "AwardDate", n.IssuedLocal.AddDays(-14).ToString("yyyy-MM-ddzzz", CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }

        if (type.IsNational)
        {
            w.WriteStartElement("hilma", "NationalExtension", Hilma);
            w.WriteStartElement("hilma", "ProcurementProject", Hilma);
            w.WriteElementString("hilma", "IsEUApplicableConstraintIndicator", Hilma, "false");
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteLot(XmlWriter w, SimulatedNotice n, SimulatedLot lot)
    {
        w.WriteStartElement("cac", "ProcurementProjectLot", Cac);
        Scheme(w, "ID", lot.Id.StartsWith("PAR", StringComparison.Ordinal) ? "Part" : "Lot", lot.Id);
        w.WriteStartElement("cac", "TenderingTerms", Cac);
        Code(w, "FundingProgramCode", "eu-funded", "no-eu-funds");
        w.WriteStartElement("cac", "AppealTerms", Cac);
        w.WriteStartElement("cac", "AppealReceiverParty", Cac);
        PartyIdentification(w, ReviewOrg);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cac", "TenderingProcess", Cac);
        w.WriteStartElement("cac", "ContractingSystem", Cac);
        Code(w, "ContractingSystemTypeCode", "framework-agreement", lot.Awards.Count > 1 ? "fa-wo-rc" : "none");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cac", "ProcurementProject", Cac);
        Scheme(w, "ID", "InternalID", n.Entry.ProcedureId.ToString(CultureInfo.InvariantCulture) + "-" + lot.Id);
        Texts(w, "Name", lot.Title);
        Texts(w, "Description", lot.Description);
        Code(w, "ProcurementTypeCode", "contract-nature", n.Nature);
        foreach (var code in lot.StrategicProcurementCodes)
        {
            AdditionalType(w, "strategic-procurement", code);
        }

        foreach (var code in lot.InnovativeAcquisitionCodes)
        {
            AdditionalType(w, "innovative-acquisition", code);
        }

        if (lot.EstimatedValue is { } value)
        {
            w.WriteStartElement("cac", "RequestedTenderTotal", Cac);
            Amount(w, "EstimatedOverallContractAmount", value);
            w.WriteEndElement();
        }

        Classifications(w, lot.CpvCodes);
        Location(w, n.Buyer.Nuts);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteNoticeResult(XmlWriter w, SimulatedNotice n, Dictionary<SimulatedSupplier, string> orgIds)
    {
        w.WriteStartElement("efac", "NoticeResult", Efac);
        if (n.ResultTotal is { } total)
        {
            Amount(w, "TotalAmount", total);
        }

        var tender = 0;
        var tenders = new List<(string Tender, string Lot, LotAward Award)>();
        var resultIndex = 0;
        foreach (var lot in n.Lots)
        {
            resultIndex++;
            w.WriteStartElement("efac", "LotResult", Efac);
            Scheme(w, "ID", "result", Id("RES-", resultIndex));
            Code(w, "TenderResultCode", "winner-selection-status", lot.Awards.Count > 0 ? "selec-w" : "clos-nw");
            var lotTenders = new List<string>();
            foreach (var award in lot.Awards)
            {
                tender++;
                var tenderId = Id("TEN-", tender);
                lotTenders.Add(tenderId);
                tenders.Add((tenderId, lot.Id, award));
                w.WriteStartElement("efac", "LotTender", Efac);
                Scheme(w, "ID", "tender", tenderId);
                w.WriteEndElement();
            }

            if (lot.ReceivedTenders > 0)
            {
                w.WriteStartElement("efac", "ReceivedSubmissionsStatistics", Efac);
                Efbc1(w, "StatisticsCode", "received-submission-type", "tenders");
                w.WriteElementString("efbc", "StatisticsNumeric", Efbc, lot.ReceivedTenders.ToString(CultureInfo.InvariantCulture));
                w.WriteEndElement();
            }

            foreach (var tenderId in lotTenders)
            {
                w.WriteStartElement("efac", "SettledContract", Efac);
                Scheme(w, "ID", "contract", "CON-" + tenderId[4..]);
                w.WriteEndElement();
            }

            w.WriteStartElement("efac", "TenderLot", Efac);
            Scheme(w, "ID", "Lot", lot.Id);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        foreach (var (tenderId, lotId, award) in tenders)
        {
            w.WriteStartElement("efac", "LotTender", Efac);
            Scheme(w, "ID", "tender", tenderId);
            w.WriteStartElement("cac", "LegalMonetaryTotal", Cac);
            Amount(w, "PayableAmount", award.Value);
            w.WriteEndElement();
            w.WriteStartElement("efac", "TenderingParty", Efac);
            Scheme(w, "ID", "tendering-party", "TPA-" + orgIds[award.Supplier][4..]);
            w.WriteEndElement();
            w.WriteStartElement("efac", "TenderLot", Efac);
            Scheme(w, "ID", "Lot", lotId);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        foreach (var (tenderId, _, _) in tenders)
        {
            w.WriteStartElement("efac", "SettledContract", Efac);
            Scheme(w, "ID", "contract", "CON-" + tenderId[4..]);
            Cbc1(w, "IssueDate", n.IssuedLocal.AddDays(-7).ToString("yyyy-MM-ddzzz", CultureInfo.InvariantCulture));
            w.WriteStartElement("efac", "LotTender", Efac);
            Scheme(w, "ID", "tender", tenderId);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        foreach (var (supplier, orgId) in orgIds.OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            _ = supplier;
            w.WriteStartElement("efac", "TenderingParty", Efac);
            Scheme(w, "ID", "tendering-party", "TPA-" + orgId[4..]);
            w.WriteStartElement("efac", "Tenderer", Efac);
            Scheme(w, "ID", "organization", orgId);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteOrganizations(XmlWriter w, SimulatedNotice n, SimulatedSupplier[] winners, Dictionary<SimulatedSupplier, string> orgIds)
    {
        var b = n.Buyer;
        var eu = !n.Type.IsNational;
        w.WriteStartElement("efac", "Organizations", Efac);
        Organization(w, BuyerOrg, b.Name, n.Language, "https://www." + b.Domain, b.Street, b.City, b.PostalZone, b.Nuts, "FIN",
            eu && (n.Entry.NoticeSeed & 1) == 0 ? b.BusinessId.Replace("-", string.Empty, StringComparison.Ordinal).Insert(0, "FI") : b.BusinessId,
            eu ? "002" : null, "+358 " + (9_000_000 + (n.Entry.ProcedureSeed & 0xFFFFF)).ToString(CultureInfo.InvariantCulture), b.Email, isBuyer: true);
        Organization(w, ReviewOrg, "Markkinaoikeus", "FIN", "http://www.oikeus.fi/markkinaoikeus", "Radanrakentajantie 5", "Helsinki", "00520", "FI1B1", "FIN",
            "3006157-6", eu ? "002" : null, "+358 295643300", "markkinaoikeus@oikeus.fi", isBuyer: false);
        Organization(w, ESenderOrg, "Hansel Oy (Hilma)", "FIN", "https://www.hankintailmoitukset.fi", "Mannerheiminaukio 1 A", "Helsinki", "00100", "FI1B1", "FIN",
            "0988084-1", eu ? "002" : null, "+358 295563630", "tekninen@hankintailmoitukset.fi", isBuyer: false);
        foreach (var s in winners)
        {
            Organization(w, orgIds[s], s.Name, "FIN", null, null, s.City, null, s.Nuts, s.Country, s.CompanyId, null, null, null, isBuyer: false);
        }

        w.WriteEndElement();
    }

    private static void Organization(
        XmlWriter w, string orgId, string name, string language, string? website, string? street, string city, string? postalZone,
        string? nuts, string country, string companyId, string? companyScheme, string? phone, string? email, bool isBuyer)
    {
        w.WriteStartElement("efac", "Organization", Efac);
        if (isBuyer)
        {
            w.WriteElementString("efbc", "AcquiringCPBIndicator", Efbc, "false");
        }

        w.WriteStartElement("efac", "Company", Efac);
        if (website is not null)
        {
            Cbc1(w, "WebsiteURI", website);
        }

        PartyIdentification(w, orgId);
        w.WriteStartElement("cac", "PartyName", Cac);
        w.WriteStartElement("cbc", "Name", Cbc);
        w.WriteAttributeString("languageID", language);
        w.WriteString(name);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cac", "PostalAddress", Cac);
        if (street is not null)
        {
            Cbc1(w, "StreetName", street);
        }

        Cbc1(w, "CityName", city);
        if (postalZone is not null)
        {
            Cbc1(w, "PostalZone", postalZone);
        }

        if (nuts is not null)
        {
            Code(w, "CountrySubentityCode", "nuts", nuts);
        }

        w.WriteStartElement("cac", "Country", Cac);
        Code(w, "IdentificationCode", "country", country);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cac", "PartyLegalEntity", Cac);
        w.WriteStartElement("cbc", "CompanyID", Cbc);
        if (companyScheme is not null)
        {
            w.WriteAttributeString("schemeID", companyScheme);
        }

        w.WriteString(companyId);
        w.WriteEndElement();
        w.WriteEndElement();
        if (phone is not null || email is not null)
        {
            w.WriteStartElement("cac", "Contact", Cac);
            if (phone is not null)
            {
                Cbc1(w, "Telephone", phone);
            }

            if (email is not null)
            {
                Cbc1(w, "ElectronicMail", email);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WritePublication(XmlWriter w, SimulatedNotice n)
    {
        var published = n.Entry.DatePublished.AddDays(2);
        var year = published.Year.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement("efac", "Publication", Efac);
        Efbc1(w, "NoticePublicationID", "ojs-notice-id", (n.Entry.NoticeId * 7 % 1_000_000).ToString("D8", CultureInfo.InvariantCulture) + "-" + year, "schemeName");
        Efbc1(w, "GazetteID", "ojs-id", (published.DayOfYear * 5 / 7).ToString(CultureInfo.InvariantCulture) + "/" + year, "schemeName");
        w.WriteElementString("efbc", "PublicationDate", Efbc, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "Z");
        w.WriteEndElement();
    }

    private static void AdditionalType(XmlWriter w, string listName, string code)
    {
        w.WriteStartElement("cac", "ProcurementAdditionalType", Cac);
        Code(w, "ProcurementTypeCode", listName, code);
        w.WriteEndElement();
    }

    private static void Classifications(XmlWriter w, IReadOnlyList<string> cpvs)
    {
        for (var i = 0; i < cpvs.Count; i++)
        {
            w.WriteStartElement("cac", i == 0 ? "MainCommodityClassification" : "AdditionalCommodityClassification", Cac);
            Code(w, "ItemClassificationCode", "cpv", cpvs[i]);
            w.WriteEndElement();
        }
    }

    private static void Location(XmlWriter w, string nuts)
    {
        w.WriteStartElement("cac", "RealizedLocation", Cac);
        w.WriteStartElement("cac", "Address", Cac);
        Code(w, "CountrySubentityCode", "nuts", nuts);
        w.WriteStartElement("cac", "Country", Cac);
        Code(w, "IdentificationCode", "country", "FIN");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void PartyIdentification(XmlWriter w, string orgId)
    {
        w.WriteStartElement("cac", "PartyIdentification", Cac);
        Scheme(w, "ID", "organization", orgId);
        w.WriteEndElement();
    }

    private static void Texts(XmlWriter w, string element, TextSet texts)
    {
        foreach (var (language, text) in texts.Present())
        {
            w.WriteStartElement("cbc", element, Cbc);
            w.WriteAttributeString("languageID", language);
            w.WriteString(text);
            w.WriteEndElement();
        }
    }

    private static void Amount(XmlWriter w, string element, decimal value)
    {
        w.WriteStartElement("cbc", element, Cbc);
        w.WriteAttributeString("currencyID", "EUR");
        w.WriteString(value.ToString("0.##", CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static void Cbc1(XmlWriter w, string element, string value) => w.WriteElementString("cbc", element, Cbc, value);

    private static void Code(XmlWriter w, string element, string listName, string value)
    {
        w.WriteStartElement("cbc", element, Cbc);
        w.WriteAttributeString("listName", listName);
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static void Scheme(XmlWriter w, string element, string schemeName, string value)
    {
        w.WriteStartElement("cbc", element, Cbc);
        w.WriteAttributeString("schemeName", schemeName);
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static void Efbc1(XmlWriter w, string element, string list, string value, string attribute = "listName")
    {
        w.WriteStartElement("efbc", element, Efbc);
        w.WriteAttributeString(attribute, list);
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static string Id(string prefix, int number) => prefix + number.ToString("D4", CultureInfo.InvariantCulture);
}
