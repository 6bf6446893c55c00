using System.Globalization;
using System.Text;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// Regenerates a full <see cref="SimulatedNotice"/> from its compact <see cref="NoticeEntry"/>. Procedure-level
/// content (buyer, texts, lots, ground truth) comes from the procedure seed, so a contract notice and its
/// award agree; notice-level content (answers' noise, winners) comes from the notice seed.
/// </summary>
public sealed class NoticeGenerator
{
    private readonly OrganisationPopulation _population;
    private readonly double[] _divisionPropensity;
    private readonly SimulatorCorpusOptions _options;

    /// <summary>Share of lots classified with their division's general CPV code instead of the specific one.</summary>
    private const double GeneralCodeShare = 0.35;

    /// <summary>
    /// Share of awards that go to a newcomer from the company register rather than to one of the corpus's
    /// suppliers. Assumed (no published figure found for the share of awards won by first-time winners): it makes
    /// about one held-out award in six go to a supplier without earlier contracts in a two-year corpus, where the
    /// corpus without newcomers had one in fifty. Decided and drawn from their own streams, so only those winners change.
    /// </summary>
    public const double NewcomerAwardShare = 0.15;

    /// <summary>Creates a generator over a population.</summary>
    /// <param name="population">The buyers and suppliers.</param>
    /// <param name="options">
    /// The hidden truth's base rates (<see cref="SimulatorCorpusOptions.NewToMarketShare"/>,
    /// <see cref="SimulatorCorpusOptions.NewToBuyerShare"/>) and the buyers' self-report recall by sector.
    /// </param>
    public NoticeGenerator(OrganisationPopulation population, SimulatorCorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _population = population;
        _options = options;
        var divisions = TextCatalog.Divisions;
        var total = 0.0;
        var weightedPropensity = 0.0;
        for (var i = 0; i < divisions.Count; i++)
        {
            total += divisions[i].Frequency;
            weightedPropensity += divisions[i].Frequency * divisions[i].InnovationPropensity;
        }

        var mean = weightedPropensity / total;
        _divisionPropensity = divisions.Select(d => d.InnovationPropensity / mean).ToArray();
    }

    /// <summary>Generates the notice; pure and deterministic.</summary>
    public SimulatedNotice Generate(NoticeEntry entry)
    {
        var type = entry.Type;
        var procedure = new Random(entry.ProcedureSeed);
        var buyer = _population.Buyers[_population.PickBuyer(procedure)];
        var divisionIndex = PickDivision(procedure, buyer);
        var division = TextCatalog.Divisions[divisionIndex];

        var fi = buyer.Language == "FIN" || (buyer.Language == "SWE" && procedure.NextDouble() < 0.4);
        var sv = buyer.Language == "SWE" || (buyer.Language == "FIN" && procedure.NextDouble() < 0.05);
        var en = buyer.Language == "ENG" || procedure.NextDouble() < 0.12;

        var truth = DrawTruth(procedure, _options, _divisionPropensity[divisionIndex] * buyer.InnovationPropensity);

        var mainObject = division.Objects[procedure.Next(division.Objects.Count)];
        var lotCount = procedure.NextDouble() switch
        {
            < 0.62 => 1,
            < 0.96 => procedure.Next(2, 6),
            _ => procedure.Next(6, 21),
        };
        var estimated = procedure.NextDouble() < 0.2
            ? (decimal?)null
            : RoundValue(division.MedianValue * Math.Exp(OrganisationPopulation.NormalSample(procedure) * 1.1) * (1 + (0.3 * (lotCount - 1))));
        var procedureType = DrawProcedureType(procedure, type.IsNational, truth);
        var folderId = NewGuid(procedure);
        var year = entry.ProcedureYear;
        var reference = procedure.Next(100, 9999).ToString("D4", CultureInfo.InvariantCulture);
        // Drawn as before texts were varied, and unused, so every later draw of the procedure stays as it was.
        _ = procedure.Next(6);
        var innovationTextChance = truth.TrulyInnovative ? 0.75 : truth.NewToBuyer ? 0.3 : 0.06;
        var innovative = procedure.NextDouble() < innovationTextChance;
        var html = procedure.NextDouble() < 0.15;
        var bodySeed = procedure.Next();
        var lotIdBase = procedure.NextDouble() < 0.5 ? 0 : 1;
        var lotObjects = new CatalogObject[lotCount];
        lotObjects[0] = mainObject;
        for (var i = 1; i < lotCount; i++)
        {
            lotObjects[i] = division.Objects[procedure.Next(division.Objects.Count)];
        }

        var lotShares = new double[lotCount];
        for (var i = 0; i < lotCount; i++)
        {
            lotShares[i] = 0.5 + procedure.NextDouble();
        }

        var shareTotal = lotShares.Sum();
        var greenPropensity = procedure.NextDouble();
        var socialPropensity = procedure.NextDouble();

        var notice = new Random(entry.NoticeSeed);
        var corrected = entry.IsCorrected;

        // Wording has its own stream, so varying it never moves a market draw (buyers, codes, values, winners, answers).
        var wording = new Random(unchecked((entry.ProcedureSeed * 16777619) ^ 0x2F6E2B1));
        var words = NoticeWording.ByCpv[mainObject.Cpv];
        var phrase = wording.Next(1000);
        var template = wording.Next(1000);
        var buyerName = buyer.Name.Split(',')[0];
        var title = new TextSet(
            fi ? Title(TextCatalog.TitlesFi, template, words.Fi, phrase, buyerName, year, reference, corrected, " (korjattu)") : null,
            sv ? Title(TextCatalog.TitlesSv, template, words.Sv, phrase, buyerName, year, reference, corrected, " (rättad)") : null,
            en ? Title(TextCatalog.TitlesEn, template, words.En, phrase, buyerName, year, reference, corrected, " (corrected)") : null);
        var descriptionPhrase = wording.Next(1000);
        var description = new TextSet(
            fi ? Describe(bodySeed, Fi, words.Fi, descriptionPhrase, buyer.Name, year, innovative, html, corrected ? TextCatalog.CorrectionFi : null) : null,
            sv ? Describe(bodySeed, Sv, words.Sv, descriptionPhrase, buyer.Name, year, innovative, html, corrected ? TextCatalog.CorrectionSv : null) : null,
            en ? Describe(bodySeed, En, words.En, descriptionPhrase, buyer.Name, year, innovative, false, corrected ? TextCatalog.CorrectionEn : null) : null);

        var noticeUuid = NewGuid(notice);
        var issued = HelsinkiTime.ToLocal(entry.DatePublished.AddMinutes(-notice.Next(2, 180)).AddSeconds(-notice.Next(60)));
        var answers = DrawAnswers(notice, truth, _options.SelfReportRecall(BuyerLegalType.ToSector(buyer.LegalType)));
        var lots = new SimulatedLot[lotCount];
        var isPart = type.IsPin;
        for (var i = 0; i < lotCount; i++)
        {
            var obj = lotObjects[i];
            var lotWords = NoticeWording.ByCpv[obj.Cpv];
            var lotPhrase = wording.Next(1000);
            var numbered = wording.NextDouble() < 0.7;
            var lotScope = wording.Next(1000);
            var lotTitle = lotCount == 1
                ? title
                : new TextSet(
                    fi ? LotTitle(numbered, "Osa", i, lotWords.Fi, lotPhrase) : null,
                    sv ? LotTitle(numbered, "Del", i, lotWords.Sv, lotPhrase) : null,
                    en ? LotTitle(numbered, "Lot", i, lotWords.En, lotPhrase) : null);
            var lotDescription = lotCount == 1
                ? description
                : new TextSet(
                    fi ? Scope(TextCatalog.ScopeFi, lotWords.Fi, lotScope) : null,
                    sv ? Scope(TextCatalog.ScopeSv, lotWords.Sv, lotScope) : null,
                    en ? Scope(TextCatalog.ScopeEn, lotWords.En, lotScope) : null);
            // Buyers often classify with the division's general code ("72000000 IT services") rather than the
            // specific one; the lot's title still names what is bought. Decided from the procedure seed, not drawn,
            // so every other draw of the notice stays as it was.
            var lotCpv = GeneralCode(entry.ProcedureSeed, i) ? division.Code + "000000" : obj.Cpv;
            var mainCpv = GeneralCode(entry.ProcedureSeed, 0) ? division.Code + "000000" : mainObject.Cpv;
            var cpvs = lotCpv == mainCpv || i == 0
                ? new[] { lotCpv }
                : [lotCpv, mainCpv];
            decimal? lotValue = estimated is null ? null : RoundValue((double)estimated.Value * lotShares[i] / shareTotal);
            var statistics = type.HasStatistics ? DrawLotStatistics(notice, answers, i, type, greenPropensity, socialPropensity) : null;
            if (statistics is not null && entry.IsLegacy)
            {
                // The pre-eForms form asked only whether innovation was considered (CONTRACTS.md A.10).
                statistics = statistics with { SolutionNewToBuyer = false, SolutionNewToMarketOrIndustry = false };
            }

            var innovationCodes = new List<string>(2);
            var strategicCodes = new List<string>(1);
            if (statistics is not null && !type.IsNational && !entry.IsLegacy)
            {
                // HILMA overwrites BT-776 from the statistics answers (CONTRACTS.md A.9, deviations.md).
                if (statistics.SolutionNewToMarketOrIndustry == true)
                {
                    innovationCodes.Add("mar-nov");
                }

                if (statistics.SolutionNewToBuyer == true)
                {
                    innovationCodes.Add("org-nov");
                }

                if (statistics.InnovationConsidered == true && notice.NextDouble() < 0.35)
                {
                    strategicCodes.Add("inn-pur");
                }
            }

            var objectIndex = IndexOf(division, obj);
            var awards = type.HasResult ? DrawAwards(notice, (entry.NoticeSeed, i, obj.Cpv, DateOnly.FromDateTime(entry.DatePublished.UtcDateTime)), divisionIndex, objectIndex, buyer.Nuts, truth.TrulyInnovative, lotValue ?? RoundValue(division.MedianValue * Math.Exp(OrganisationPopulation.NormalSample(notice) * 0.9))) : [];
            lots[i] = new SimulatedLot(
                (isPart ? "PAR-" : "LOT-") + (i + lotIdBase).ToString("D4", CultureInfo.InvariantCulture),
                lotTitle,
                lotDescription,
                cpvs,
                lotValue,
                statistics,
                awards,
                innovationCodes,
                strategicCodes,
                awards.Length == 0 ? 0 : awards.Length + notice.Next(0, 7),
                objectIndex);
        }

        var allCpvs = lots.SelectMany(l => l.CpvCodes).Distinct(StringComparer.Ordinal).ToArray();
        return new SimulatedNotice
        {
            Entry = entry,
            Buyer = buyer,
            Language = buyer.Language == "ENG" ? "ENG" : fi && buyer.Language == "FIN" ? "FIN" : sv ? "SWE" : "FIN",
            Title = title,
            Description = description,
            Nature = division.Nature,
            DivisionIndex = divisionIndex,
            CpvCodes = allCpvs,
            EstimatedValue = estimated,
            ProcedureType = procedureType,
            ContractFolderId = folderId,
            NoticeUuid = noticeUuid,
            IssuedLocal = issued,
            Lots = lots,
            Truth = truth,
        };
    }

    private int PickDivision(Random random, SimulatedBuyer buyer)
    {
        // Buyers buy what their sector needs: wellbeing regions health care, utilities works and maintenance.
        var divisions = TextCatalog.Divisions;
        Span<double> cumulative = stackalloc double[divisions.Count];
        var total = 0.0;
        for (var i = 0; i < divisions.Count; i++)
        {
            total += divisions[i].Frequency * Affinity(buyer, divisions[i].Code);
            cumulative[i] = total;
        }

        var target = random.NextDouble() * total;
        for (var i = 0; i < cumulative.Length; i++)
        {
            if (target < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }

    private static double Affinity(SimulatedBuyer buyer, string division) => (buyer.LegalType, buyer.Activity, division) switch
    {
        ("ra", _, "33" or "85") => 4.0,
        ("ra", _, "45" or "80" or "34") => 0.3,
        ("pub-undert", _, "45" or "50" or "71" or "90" or "34") => 2.5,
        ("pub-undert", _, "33" or "85" or "80") => 0.1,
        ("cga", _, "72" or "48" or "79" or "30") => 2.0,
        ("cga", _, "85" or "90") => 0.3,
        ("body-pl", "education", "80" or "72" or "30" or "48") => 2.5,
        _ => 1.0,
    };

    private static NoticeTruth DrawTruth(Random random, SimulatorCorpusOptions options, double propensity)
    {
        // Base rates: new to market about 5 %, new to buyer about 47 % (CONTRACTS.md A.9 answers are noisy reports of these).
        // The caps widen only for base rates beyond them, so the usual rates keep the usual thresholds, draw for draw.
        var marketShare = options.NewToMarketShare;
        var buyerShare = options.NewToBuyerShare;
        var newToMarket = random.NextDouble() < Math.Min(Math.Max(0.6, marketShare), marketShare * propensity);
        var newToBuyer = newToMarket || random.NextDouble() < Math.Clamp(buyerShare * (0.7 + (0.3 * propensity)), Math.Min(0.05, buyerShare), Math.Max(0.9, buyerShare));
        var newProcess = random.NextDouble() < (newToMarket ? 0.5 : newToBuyer ? 0.15 : 0.04);
        return new NoticeTruth(newToMarket || (newToBuyer && newProcess), newToMarket, newToBuyer, newProcess);
    }

    private static string DrawProcedureType(Random random, bool national, NoticeTruth truth)
    {
        if (!national && truth.NewProcess && random.NextDouble() < 0.25)
        {
            return "innovation";
        }

        return random.NextDouble() switch
        {
            < 0.74 => "open",
            < 0.86 => "restricted",
            < 0.95 => "neg-w-call",
            < 0.98 => national ? "oth-single" : "comp-dial",
            _ => "neg-wo-call",
        };
    }

    private static (bool Considered, bool NewToBuyer, bool NewToMarket) DrawAnswers(Random random, NoticeTruth truth, double? recall)
    {
        // Self-reports: about 85 % / 80 % recall (or the buyer's sector's setting) and a few per cent false
        // positives; "considered" >= the rest.
        var newToBuyer = truth.NewToBuyer ? random.NextDouble() < (recall ?? 0.85) : random.NextDouble() < 0.08;
        var newToMarket = truth.NewToMarket ? random.NextDouble() < (recall ?? 0.8) : random.NextDouble() < 0.012;
        var considered = newToBuyer || newToMarket || random.NextDouble() < 0.12;
        return (considered, newToBuyer, newToMarket);
    }

    private static LotStatistics DrawLotStatistics(
        Random random, (bool Considered, bool NewToBuyer, bool NewToMarket) answers, int lotIndex, NoticeTypeInfo type, double green, double social)
    {
        // A buyer answers the same way for most lots; later lots sometimes drop a "yes".
        var keep = lotIndex == 0 || random.NextDouble() >= 0.2;
        var energy = random.NextDouble() < 0.4 * green;
        var lowCarbon = random.NextDouble() < 0.35 * green;
        var circular = random.NextDouble() < 0.25 * green;
        var biodiversity = random.NextDouble() < 0.05 * green;
        var food = random.NextDouble() < 0.02;
        var anyGreen = energy || lowCarbon || circular || biodiversity || food;
        var employment = random.NextDouble() < 0.15 * social;
        return new LotStatistics
        {
            EnergyEfficiencyConsidered = energy,
            LowCarbon = lowCarbon,
            CircularEconomy = circular,
            Biodiversity = biodiversity,
            SustainableFoodProduction = food,
            ListedGreenCriteriaUsed = anyGreen ? random.NextDouble() < 0.5 : null,
            JustWorkingConditions = random.NextDouble() < 0.6 * social,
            EmploymentCondition = employment,
            HowManyOpportunitiesIsEstimated = employment ? random.Next(1, 12) : null,
            CodeOfConduct = random.NextDouble() < 0.3 * social,
            InnovationConsidered = answers.Considered && (keep || answers.NewToBuyer || answers.NewToMarket),
            SolutionNewToBuyer = answers.NewToBuyer && keep,
            SolutionNewToMarketOrIndustry = answers.NewToMarket && keep,
            SmeParticipationConsidered = random.NextDouble() < 0.6,
            EndUserInvolved = type.AsksEndUser ? random.NextDouble() < 0.3 : null,
        };
    }

    /// <summary>Whether lot <paramref name="lot"/> of a procedure carries its division's general CPV code (about one lot in three).</summary>
    private static bool GeneralCode(int procedureSeed, int lot)
    {
        var mixed = unchecked((uint)procedureSeed * 2654435761u ^ (uint)(lot + 1) * 2246822519u);
        mixed ^= mixed >> 15;
        mixed *= 2246822519u;
        mixed ^= mixed >> 13;
        return mixed % 1000 < GeneralCodeShare * 1000;
    }

    private static int IndexOf(CpvDivision division, CatalogObject obj)
    {
        for (var i = 0; i < division.Objects.Count; i++)
        {
            if (ReferenceEquals(division.Objects[i], obj))
            {
                return i;
            }
        }

        return 0;
    }

    private LotAward[] DrawAwards(Random random, (int Seed, int Lot, string Cpv, DateOnly On) award, int divisionIndex, int objectIndex, string buyerNuts, bool innovative, decimal lotValue)
    {
        var winners = random.NextDouble() switch
        {
            < 0.85 => 1,
            < 0.95 => 2,
            _ => 3,
        };
        var awards = new List<LotAward>(winners);
        for (var w = 0; w < winners; w++)
        {
            // Suppliers specialise: the lot's object, the buyer's region and, for innovative procurements, innovativeness decide who wins.
            var supplier = _population.PickSupplier(random, divisionIndex, objectIndex, buyerNuts, innovative);
            var newcomer = SimulatedCorpus.Mix(unchecked(award.Seed ^ 0x4E57C0), (award.Lot * 8) + w);
            if ((uint)newcomer % 10_000 < NewcomerAwardShare * 10_000)
            {
                // The draw above is still consumed, so every later draw of the notice stays as it was.
                var division = TextCatalog.Divisions[divisionIndex].Code;
                supplier = _population.Register.DrawNewcomer(new Random(newcomer), division, award.Cpv, buyerNuts, award.On);
            }

            if (awards.Any(a => a.Supplier == supplier))
            {
                continue;
            }

            var value = RoundValue((double)lotValue / winners * Math.Exp(OrganisationPopulation.NormalSample(random) * 0.25));
            awards.Add(new LotAward(supplier, value));
        }

        return awards.ToArray();
    }

    private static readonly Language Fi = new(TextCatalog.OpeningsFi, TextCatalog.ScopeFi, TextCatalog.BodyFi, TextCatalog.InnovationFi);
    private static readonly Language Sv = new(TextCatalog.OpeningsSv, TextCatalog.ScopeSv, TextCatalog.BodySv, TextCatalog.InnovationSv);
    private static readonly Language En = new(TextCatalog.OpeningsEn, TextCatalog.ScopeEn, TextCatalog.BodyEn, TextCatalog.InnovationEn);

    private static string Title(IReadOnlyList<string> templates, int template, WordingSet words, int phrase, string buyer, int year, string reference, bool corrected, string correctedSuffix)
    {
        var format = templates[template % templates.Count];
        var name = words.Titles[phrase % words.Titles.Count];
        var covers = words.Scope[phrase % words.Scope.Count];
        var text = string.Format(CultureInfo.InvariantCulture, format, name, year, year + 1, reference, buyer, year + 2, covers, Lower(name));
        return corrected ? text + correctedSuffix : text;
    }

    private static string LotTitle(bool numbered, string prefix, int lot, WordingSet words, int phrase)
    {
        var name = words.Titles[phrase % words.Titles.Count];
        return numbered ? string.Create(CultureInfo.InvariantCulture, $"{prefix} {lot + 1}: {name}") : name;
    }

    /// <summary>A sentence naming two things the contract covers, the same two in every language.</summary>
    private static string Scope(IReadOnlyList<string> templates, WordingSet words, int draw)
    {
        var first = draw % words.Scope.Count;
        var second = (first + 1) % words.Scope.Count;
        return string.Format(CultureInfo.InvariantCulture, templates[draw % templates.Count], words.Scope[first], words.Scope[second]);
    }

    private static string Describe(
        int seed,
        Language language,
        WordingSet words,
        int phrase,
        string buyer,
        int year,
        bool innovative,
        bool html,
        string? correction)
    {
        // Same seed for every language, so translations say the same things in the same order.
        var random = new Random(seed);
        var name = words.Titles[phrase % words.Titles.Count];
        var sentences = new List<string>(7)
        {
            string.Format(CultureInfo.InvariantCulture, language.Openings[random.Next(language.Openings.Count)], buyer, Lower(name), year, year + 2),
            Scope(language.Scope, words, random.Next(1000)),
        };
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var sentence = language.Body[random.Next(language.Body.Count)];
            if (!sentences.Contains(sentence))
            {
                sentences.Add(sentence);
            }
        }

        var innovation = language.Innovation;
        if (innovative)
        {
            sentences.Insert(1, innovation[random.Next(innovation.Count)]);
            if (random.NextDouble() < 0.4)
            {
                sentences.Add(innovation[random.Next(innovation.Count)]);
            }
        }

        if (correction is not null)
        {
            sentences.Add(correction);
        }

        if (!html)
        {
            return string.Join(random.NextDouble() < 0.5 ? " " : "\n\n", sentences.Distinct(StringComparer.Ordinal));
        }

        // Real HILMA descriptions carry editor markup and double-escaped entities.
        var builder = new StringBuilder();
        builder.Append("<p>").Append(sentences[0]).Append("</p>");
        builder.Append("<p>").Append(string.Join("<br/>", sentences.Skip(1).Distinct(StringComparer.Ordinal))).Append("</p>");
        return builder.ToString().Replace(" ja ", " &amp; ", StringComparison.Ordinal);
    }

    /// <summary>One language's sentence templates.</summary>
    private sealed record Language(IReadOnlyList<string> Openings, IReadOnlyList<string> Scope, IReadOnlyList<string> Body, IReadOnlyList<string> Innovation);

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static decimal RoundValue(double value) => Math.Max(1000m, Math.Round((decimal)value / 1000m) * 1000m);

    private static string NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
    }
}
