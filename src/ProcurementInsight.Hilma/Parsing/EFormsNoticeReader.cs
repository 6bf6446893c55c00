using System.Xml.Linq;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Organisations;
using static ProcurementInsight.Hilma.Parsing.EFormsNames;
using static ProcurementInsight.Hilma.Parsing.EFormsValues;

namespace ProcurementInsight.Hilma.Parsing;

/// <summary>
/// Reads one loaded eForms notice into a <see cref="Notice"/>. Organisations, tendering parties, tenders
/// and contracts are indexed once by their technical ids, so every reference resolves with a dictionary
/// lookup instead of another scan of the document.
/// </summary>
internal sealed class EFormsNoticeReader
{
    private readonly XElement _root;
    private readonly XElement? _extension;
    private readonly string _mainLanguage;
    private readonly Dictionary<string, PublishedOrganisation> _organisations = new(StringComparer.Ordinal);

    public EFormsNoticeReader(XElement root)
    {
        _root = root;

        // The notice's own extension is the root's; lots and criteria carry nested UBLExtensions of their own.
        _extension = root.Element(ExtUblExtensions)?.Elements(ExtUblExtension)
            .Select(e => e.Element(ExtExtensionContent)?.Element(EfextEformsExtension))
            .FirstOrDefault(e => e is not null);
        _mainLanguage = Text(root.Element(CbcNoticeLanguageCode))?.ToUpperInvariant() ?? string.Empty;
        IndexOrganisations();
    }

    /// <summary>Reads the notice whose BT-701 the caller has already found.</summary>
    public Notice Read(string noticeId)
    {
        var typeCode = _root.Element(CbcNoticeTypeCode);
        var project = _root.Element(CacProcurementProject);
        var result = _extension?.Element(EfacNoticeResult);

        return new Notice(
            NoticeId: noticeId,
            NoticeVersion: Text(_root.Element(CbcVersionId)),
            ProcedureId: Text(_root.Element(CbcContractFolderId)),
            FormType: typeCode is null ? null : Attribute(typeCode, ListName),
            NoticeType: Text(typeCode),
            Subtype: Text(_extension?.Element(EfacNoticeSubType)?.Element(CbcSubTypeCode)),
            IssueDate: Instant(Text(_root.Element(CbcIssueDate)), Text(_root.Element(CbcIssueTime))),
            PublicationDate: Instant(Text(_extension?.Element(EfacPublication)?.Element(EfbcPublicationDate)), null),
            Languages: ReadLanguages(),
            Buyers: ReadBuyers(),
            Title: Localized(project?.Elements(CbcName), rich: false),
            Description: Localized(project?.Elements(CbcDescription), rich: true),
            MainCpv: MainCpv(project),
            AdditionalCpv: AdditionalCpv(project),
            EstimatedValue: Money(project?.Element(CacRequestedTenderTotal)?.Element(CbcEstimatedOverallContractAmount)),
            ProcedureType: Text(_root.Element(CacTenderingProcess)?.Element(CbcProcedureCode)),
            ContractNature: Codes(project?.Elements(CbcProcurementTypeCode), "contract-nature").FirstOrDefault(),
            Lots: ReadLots(),
            Winners: result is null ? [] : ReadWinners(result),
            ChangedNoticeId: Text(_extension?.Element(EfacChanges)?.Element(EfbcChangedNoticeIdentifier)))
        {
            TenderDeadline = TenderDeadline(),
        };
    }

    /// <summary>BT-131: the latest of the lots' tender submission deadlines (a date, with a time when given).</summary>
    private DateTimeOffset? TenderDeadline() => _root.Elements(CacProcurementProjectLot)
        .Select(lot => lot.Element(CacTenderingProcess)?.Element(CacTenderSubmissionDeadlinePeriod))
        .Where(period => period is not null)
        .Select(period => Instant(Text(period!.Element(CbcEndDate)), Text(period.Element(CbcEndTime))))
        .Max();

    private void IndexOrganisations()
    {
        var organisations = _extension?.Element(EfacOrganizations);
        if (organisations is null)
        {
            return;
        }

        foreach (var company in organisations.Elements(EfacOrganization).Elements(EfacCompany))
        {
            var id = Text(company.Element(CacPartyIdentification)?.Element(CbcId));
            if (id is null)
            {
                continue;
            }

            _organisations.TryAdd(id, new PublishedOrganisation(
                Name: NameInNoticeLanguage(company.Elements(CacPartyName).Elements(CbcName)) ?? string.Empty,
                Identifier: OrganisationIdentifier.FromPublished(Text(company.Element(CacPartyLegalEntity)?.Element(CbcCompanyId))),
                NutsCode: Text(company.Element(CacPostalAddress)?.Element(CbcCountrySubentityCode)),
                Email: Text(company.Element(CacContact)?.Element(CbcElectronicMail))));
        }
    }

    /// <summary>BT-702: the official language first, then the additional ones, without repeats.</summary>
    private List<string> ReadLanguages()
    {
        var languages = new List<string>();
        if (_mainLanguage.Length > 0)
        {
            languages.Add(_mainLanguage);
        }

        foreach (var additional in _root.Elements(CacAdditionalNoticeLanguage))
        {
            var code = Text(additional.Element(CbcId))?.ToUpperInvariant();
            if (code is not null && !languages.Contains(code))
            {
                languages.Add(code);
            }
        }

        return languages;
    }

    /// <summary>
    /// The buyers: each <c>cac:ContractingParty</c>'s party reference resolved to its organisation. The
    /// eSender and the review body are organisations too, but never contracting parties.
    /// </summary>
    private List<Buyer> ReadBuyers()
    {
        var buyers = new List<Buyer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in _root.Elements(CacContractingParty))
        {
            var organisationId = Text(party.Element(CacParty)?.Element(CacPartyIdentification)?.Element(CbcId));
            if (organisationId is null || !seen.Add(organisationId) || !_organisations.TryGetValue(organisationId, out var organisation))
            {
                continue;
            }

            var legalType = Codes(party.Elements(CacContractingPartyType).Elements(CbcPartyTypeCode), "buyer-legal-type").FirstOrDefault();
            buyers.Add(new Buyer(organisation.Name, organisation.Identifier, legalType, organisation.NutsCode, organisation.Email));
        }

        return buyers;
    }

    /// <summary>The lots (BT-137); parts (<c>PAR-</c>) and lot groups (<c>GLO-</c>) are not lots.</summary>
    private List<Lot> ReadLots()
    {
        var lots = new List<Lot>();
        foreach (var lot in _root.Elements(CacProcurementProjectLot))
        {
            var idElement = lot.Element(CbcId);
            var lotId = Text(idElement);
            // lotId is only non-null when idElement is, so idElement! is safe.
            if (lotId is null || !IsLotId(idElement!, lotId))
            {
                continue;
            }

            var project = lot.Element(CacProcurementProject);
            var additionalTypes = project?.Elements(CacProcurementAdditionalType).Elements(CbcProcurementTypeCode);
            lots.Add(new Lot(
                LotId: lotId,
                Title: Localized(project?.Elements(CbcName), rich: false),
                Description: Localized(project?.Elements(CbcDescription), rich: true),
                MainCpv: MainCpv(project),
                AdditionalCpv: AdditionalCpv(project),
                EstimatedValue: Money(project?.Element(CacRequestedTenderTotal)?.Element(CbcEstimatedOverallContractAmount)),
                StrategicProcurement: Codes(additionalTypes, "strategic-procurement").Where(c => c != "none").Distinct(StringComparer.Ordinal).ToList(),
                InnovativeAcquisition: Codes(additionalTypes, "innovative-acquisition").Where(c => c != "none").Distinct(StringComparer.Ordinal).ToList(),
                HilmaAnswers: null));
        }

        return lots;
    }

    private static bool IsLotId(XElement idElement, string lotId)
    {
        var scheme = idElement.Attribute(SchemeName)?.Value;
        return scheme is null
            ? lotId.StartsWith("LOT-", StringComparison.OrdinalIgnoreCase)
            : string.Equals(scheme, "Lot", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The winners: every awarded lot result (see <see cref="IsAwarded"/>), through its tenders (OPT-320) and
    /// tendering parties (OPT-310) to the organisations; of a group, the leader (OPT-170) when one is
    /// marked, else every member.
    /// </summary>
    private List<Winner> ReadWinners(XElement result)
    {
        var tenders = new Dictionary<string, PublishedTender>(StringComparer.Ordinal);
        foreach (var tender in result.Elements(EfacLotTender))
        {
            if (Text(tender.Element(CbcId)) is { } id)
            {
                tenders.TryAdd(id, new PublishedTender(
                    Text(tender.Element(EfacTenderingParty)?.Element(CbcId)),
                    Money(tender.Element(CacLegalMonetaryTotal)?.Element(CbcPayableAmount))));
            }
        }

        var parties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var party in result.Elements(EfacTenderingParty))
        {
            if (Text(party.Element(CbcId)) is { } id && !parties.ContainsKey(id))
            {
                parties[id] = Tenderers(party);
            }
        }

        // BT-150 per contract (OPT-316) and per tender the contract settles (BT-3202).
        var contractsById = new Dictionary<string, string?>(StringComparer.Ordinal);
        var contractsByTender = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var contract in result.Elements(EfacSettledContract))
        {
            var reference = Text(contract.Element(EfacContractReference)?.Element(CbcId));
            if (Text(contract.Element(CbcId)) is { } id)
            {
                contractsById.TryAdd(id, reference);
            }

            foreach (var tender in contract.Elements(EfacLotTender))
            {
                if (Text(tender.Element(CbcId)) is { } tenderId)
                {
                    contractsByTender.TryAdd(tenderId, reference);
                }
            }
        }

        var winners = new List<Winner>();
        foreach (var lotResult in result.Elements(EfacLotResult))
        {
            if (!IsAwarded(lotResult) || Text(lotResult.Element(EfacTenderLot)?.Element(CbcId)) is not { } lotId)
            {
                continue;
            }

            var contractRefs = lotResult.Elements(EfacSettledContract).Select(c => Text(c.Element(CbcId))).OfType<string>().ToList();
            string? lotContract = contractRefs.Count == 1 ? contractsById.GetValueOrDefault(contractRefs[0]) : null;
            // A tender may be listed twice in one lot result (seen in HILMA's can-modif notices); it wins once.
            foreach (var tenderId in lotResult.Elements(EfacLotTender).Select(t => Text(t.Element(CbcId))).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (!tenders.TryGetValue(tenderId, out var tender)
                    || tender.TenderingPartyId is null
                    || !parties.TryGetValue(tender.TenderingPartyId, out var organisationIds))
                {
                    continue;
                }

                var contractId = contractsByTender.TryGetValue(tenderId, out var byTender) ? byTender : lotContract;
                foreach (var organisationId in organisationIds)
                {
                    if (_organisations.TryGetValue(organisationId, out var organisation))
                    {
                        winners.Add(new Winner(lotId, organisation.Name, organisation.Identifier, tender.Value, contractId, organisation.NutsCode));
                    }
                }
            }
        }

        return winners;
    }

    /// <summary>
    /// A lot result names winners when its BT-142 is <c>selec-w</c>, or when it has no BT-142 at all: the
    /// direct-award (veat, 25–28) and contract-modification (38–40, E6) forms have no such field, and their
    /// lot results list the contractor's tender. <c>clos-nw</c> and <c>open-nw</c> name no winner.
    /// </summary>
    private static bool IsAwarded(XElement lotResult) =>
        Text(lotResult.Element(CbcTenderResultCode)) is not { } code || string.Equals(code, "selec-w", StringComparison.Ordinal);

    private static List<string> Tenderers(XElement party)
    {
        var all = new List<string>();
        string? leader = null;
        foreach (var tenderer in party.Elements(EfacTenderer))
        {
            if (Text(tenderer.Element(CbcId)) is not { } id)
            {
                continue;
            }

            all.Add(id);
            if (leader is null && string.Equals(Text(tenderer.Element(EfbcGroupLeadIndicator)), "true", StringComparison.OrdinalIgnoreCase))
            {
                leader = id;
            }
        }

        return leader is null ? all : [leader];
    }

    private static CpvCode? MainCpv(XElement? project)
    {
        var code = project?.Elements(CacMainCommodityClassification).Elements(CbcItemClassificationCode).FirstOrDefault(IsCpv);
        return CpvCode.TryParse(Text(code), out var cpv) ? cpv : null;
    }

    /// <summary>BT-263, without repeats; supplementary codes of other lists are not CPV codes.</summary>
    private static List<CpvCode> AdditionalCpv(XElement? project)
    {
        var codes = new List<CpvCode>();
        if (project is null)
        {
            return codes;
        }

        foreach (var code in project.Elements(CacAdditionalCommodityClassification).Elements(CbcItemClassificationCode))
        {
            if (IsCpv(code) && CpvCode.TryParse(Text(code), out var cpv) && !codes.Contains(cpv))
            {
                codes.Add(cpv);
            }
        }

        return codes;
    }

    private static bool IsCpv(XElement code)
    {
        var list = code.Attribute(ListName)?.Value;
        return list is null || string.Equals(list, "cpv", StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Codes(IEnumerable<XElement>? codes, string listName)
    {
        if (codes is null)
        {
            yield break;
        }

        foreach (var code in codes)
        {
            if (HasList(code, listName) && Text(code) is { } value)
            {
                yield return value;
            }
        }
    }

    /// <summary>Texts by <c>languageID</c> (an untagged text counts as the notice language); the first per language wins.</summary>
    private LocalizedText Localized(IEnumerable<XElement>? elements, bool rich)
    {
        if (elements is null)
        {
            return LocalizedText.Empty;
        }

        List<KeyValuePair<string, string>>? texts = null;
        foreach (var element in elements)
        {
            var value = OwnText(element);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var language = element.Attribute(LanguageId)?.Value.Trim().ToUpperInvariant() ?? _mainLanguage;
            texts ??= [];
            if (!texts.Exists(t => t.Key == language))
            {
                texts.Add(new(language, rich ? RichText.ToPlainText(value) : value.Trim()));
            }
        }

        return texts is null ? LocalizedText.Empty : new LocalizedText(texts);
    }

    private string? NameInNoticeLanguage(IEnumerable<XElement> names)
    {
        string? first = null;
        foreach (var name in names)
        {
            var text = Text(name);
            if (text is null)
            {
                continue;
            }

            if (string.Equals(name.Attribute(LanguageId)?.Value.Trim(), _mainLanguage, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }

            first ??= text;
        }

        return first;
    }
}
