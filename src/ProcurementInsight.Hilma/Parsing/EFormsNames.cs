using System.Xml.Linq;

namespace ProcurementInsight.Hilma.Parsing;

/// <summary>
/// The eForms (UBL 2.3 + eForms extension) namespaces and element names the parser reads, atomised once
/// so that lookups compare references instead of building names per call.
/// </summary>
internal static class EFormsNames
{
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static readonly XNamespace Ext = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    public static readonly XNamespace Efext = "http://data.europa.eu/p27/eforms-ubl-extensions/1";
    public static readonly XNamespace Efac = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
    public static readonly XNamespace Efbc = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";

    // The four eForms root elements (eForms SDK schemas/maindoc).
    public static readonly XName PriorInformationNotice = XNamespace.Get("urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2") + "PriorInformationNotice";
    public static readonly XName ContractNotice = XNamespace.Get("urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2") + "ContractNotice";
    public static readonly XName ContractAwardNotice = XNamespace.Get("urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2") + "ContractAwardNotice";
    public static readonly XName BusinessRegistrationInformationNotice = XNamespace.Get("http://data.europa.eu/p27/eforms-business-registration-information-notice/1") + "BusinessRegistrationInformationNotice";

    public static readonly XName SchemeName = "schemeName";
    public static readonly XName ListName = "listName";
    public static readonly XName LanguageId = "languageID";
    public static readonly XName CurrencyId = "currencyID";

    public static readonly XName CbcId = Cbc + "ID";
    public static readonly XName CbcVersionId = Cbc + "VersionID";
    public static readonly XName CbcContractFolderId = Cbc + "ContractFolderID";
    public static readonly XName CbcNoticeTypeCode = Cbc + "NoticeTypeCode";
    public static readonly XName CbcSubTypeCode = Cbc + "SubTypeCode";
    public static readonly XName CbcIssueDate = Cbc + "IssueDate";
    public static readonly XName CbcIssueTime = Cbc + "IssueTime";
    public static readonly XName CbcNoticeLanguageCode = Cbc + "NoticeLanguageCode";
    public static readonly XName CbcName = Cbc + "Name";
    public static readonly XName CbcDescription = Cbc + "Description";
    public static readonly XName CbcCompanyId = Cbc + "CompanyID";
    public static readonly XName CbcPartyTypeCode = Cbc + "PartyTypeCode";
    public static readonly XName CbcCountrySubentityCode = Cbc + "CountrySubentityCode";
    public static readonly XName CbcElectronicMail = Cbc + "ElectronicMail";
    public static readonly XName CbcItemClassificationCode = Cbc + "ItemClassificationCode";
    public static readonly XName CbcEstimatedOverallContractAmount = Cbc + "EstimatedOverallContractAmount";
    public static readonly XName CbcProcurementTypeCode = Cbc + "ProcurementTypeCode";
    public static readonly XName CbcProcedureCode = Cbc + "ProcedureCode";
    public static readonly XName CbcTenderResultCode = Cbc + "TenderResultCode";
    public static readonly XName CbcPayableAmount = Cbc + "PayableAmount";

    public static readonly XName CacAdditionalNoticeLanguage = Cac + "AdditionalNoticeLanguage";
    public static readonly XName CacContractingParty = Cac + "ContractingParty";
    public static readonly XName CacContractingPartyType = Cac + "ContractingPartyType";
    public static readonly XName CacParty = Cac + "Party";
    public static readonly XName CacPartyIdentification = Cac + "PartyIdentification";
    public static readonly XName CacPartyName = Cac + "PartyName";
    public static readonly XName CacPartyLegalEntity = Cac + "PartyLegalEntity";
    public static readonly XName CacPostalAddress = Cac + "PostalAddress";
    public static readonly XName CacContact = Cac + "Contact";
    public static readonly XName CacProcurementProject = Cac + "ProcurementProject";
    public static readonly XName CacProcurementProjectLot = Cac + "ProcurementProjectLot";
    public static readonly XName CacTenderSubmissionDeadlinePeriod = Cac + "TenderSubmissionDeadlinePeriod";
    public static readonly XName CbcEndDate = Cbc + "EndDate";
    public static readonly XName CbcEndTime = Cbc + "EndTime";
    public static readonly XName CacMainCommodityClassification = Cac + "MainCommodityClassification";
    public static readonly XName CacAdditionalCommodityClassification = Cac + "AdditionalCommodityClassification";
    public static readonly XName CacRequestedTenderTotal = Cac + "RequestedTenderTotal";
    public static readonly XName CacProcurementAdditionalType = Cac + "ProcurementAdditionalType";
    public static readonly XName CacTenderingProcess = Cac + "TenderingProcess";
    public static readonly XName CacTenderingTerms = Cac + "TenderingTerms";
    public static readonly XName CacLegalMonetaryTotal = Cac + "LegalMonetaryTotal";

    public static readonly XName ExtUblExtensions = Ext + "UBLExtensions";
    public static readonly XName ExtUblExtension = Ext + "UBLExtension";
    public static readonly XName ExtExtensionContent = Ext + "ExtensionContent";
    public static readonly XName EfextEformsExtension = Efext + "EformsExtension";

    public static readonly XName EfacNoticeSubType = Efac + "NoticeSubType";
    public static readonly XName EfacPublication = Efac + "Publication";
    public static readonly XName EfacChanges = Efac + "Changes";
    public static readonly XName EfacOrganizations = Efac + "Organizations";
    public static readonly XName EfacOrganization = Efac + "Organization";
    public static readonly XName EfacCompany = Efac + "Company";
    public static readonly XName EfacNoticeResult = Efac + "NoticeResult";
    public static readonly XName EfacLotResult = Efac + "LotResult";
    public static readonly XName EfacLotTender = Efac + "LotTender";
    public static readonly XName EfacTenderingParty = Efac + "TenderingParty";
    public static readonly XName EfacTenderer = Efac + "Tenderer";
    public static readonly XName EfacSettledContract = Efac + "SettledContract";
    public static readonly XName EfacContractReference = Efac + "ContractReference";
    public static readonly XName EfacTenderLot = Efac + "TenderLot";

    public static readonly XName EfbcPublicationDate = Efbc + "PublicationDate";
    public static readonly XName EfbcChangedNoticeIdentifier = Efbc + "ChangedNoticeIdentifier";
    public static readonly XName EfbcGroupLeadIndicator = Efbc + "GroupLeadIndicator";

    /// <summary>True for the root element of one of the four eForms notice schemas.</summary>
    public static bool IsNoticeRoot(XName name) =>
        name == ContractNotice || name == ContractAwardNotice || name == PriorInformationNotice || name == BusinessRegistrationInformationNotice;
}
