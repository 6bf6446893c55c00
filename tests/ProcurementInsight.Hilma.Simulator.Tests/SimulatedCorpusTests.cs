using System.Xml.Linq;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed partial class SimulatedCorpusTests
{
    private static readonly SimulatorCorpusOptions SmallOptions = new()
    {
        Seed = 7,
        From = new DateOnly(2025, 5, 1),
        To = new DateOnly(2025, 5, 31),
        Faults = new FaultOptions { MalformedXmlRate = 0.02 },
    };

    [Fact]
    public void Constructor_SameOptions_ProducesIdenticalEntries()
    {
        var first = new SimulatedCorpus(SmallOptions);

        var second = new SimulatedCorpus(SmallOptions);

        Assert.Equal(first.Entries, second.Entries);
    }

    [Fact]
    public void EFormBytes_SameSeed_AreByteIdentical()
    {
        var first = new SimulatedCorpus(SmallOptions);
        var second = new SimulatedCorpus(SmallOptions);

        var a = first.EFormBytes(first.Entries[100]);
        var b = second.EFormBytes(second.Entries[100]);

        Assert.Equal(a, b);
    }

    [Fact]
    public void EFormBytes_DifferentSeed_Differ()
    {
        var first = new SimulatedCorpus(SmallOptions);
        var second = new SimulatedCorpus(SmallOptions with { Seed = 8 });

        var a = first.EFormBytes(first.Entries[100]);
        var b = second.EFormBytes(second.Entries[100]);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Constructor_TwentyThousandPerYear_GeneratesMetadataForAboutTwentyThousandNotices()
    {
        var options = new SimulatorCorpusOptions { Seed = 1, From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 12, 31), NoticesPerYear = 20_000 };

        var corpus = new SimulatedCorpus(options);

        Assert.InRange(corpus.Count, 19_400, 20_600);
    }

    [Fact]
    public void Entries_NoticeIds_IncreaseWithPublicationTime()
    {
        var corpus = new SimulatedCorpus(SmallOptions);

        var pairs = corpus.Entries.Zip(corpus.Entries.Skip(1));

        Assert.All(pairs, p =>
        {
            Assert.True(p.Second.NoticeId > p.First.NoticeId);
            Assert.True(p.Second.PublishedTicks >= p.First.PublishedTicks);
        });
    }

    [Fact]
    public void Entries_PublicationDays_FavourWeekdays()
    {
        var corpus = new SimulatedCorpus(SmallOptions with { To = new DateOnly(2025, 8, 31) });

        var weekend = corpus.Entries.Count(e => HelsinkiTime.ToLocal(e.DatePublished).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

        // 2/7 of days are weekend days, but they carry roughly 0.25/1.3 of a weekday's volume each.
        Assert.InRange(weekend / (double)corpus.Count, 0.03, 0.12);
    }

    [Fact]
    public void Entries_TypeMix_IsLikeHilmas()
    {
        var corpus = new SimulatedCorpus(SmallOptions with { To = new DateOnly(2025, 10, 31) });

        var contract = corpus.Entries.Count(e => e.Type.Kind == NoticeKind.Contract) / (double)corpus.Count;
        var award = corpus.Entries.Count(e => e.Type.Kind == NoticeKind.Award) / (double)corpus.Count;
        var national = corpus.Entries.Count(e => e.Type.IsNational) / (double)corpus.Count;

        Assert.InRange(contract, 0.36, 0.45);
        Assert.InRange(award, 0.36, 0.45);
        Assert.InRange(national, 0.65, 0.75);
    }

    [Fact]
    public void Population_Buyers_HaveValidBusinessIdsAndDomainEmails()
    {
        var population = new OrganisationPopulation(3);

        var buyers = population.Buyers;

        Assert.InRange(buyers.Count, 1_400, 1_500);
        Assert.All(buyers, b =>
        {
            Assert.True(BusinessId.TryParse(b.BusinessId, out _), b.BusinessId);
            Assert.EndsWith("@" + b.Domain, b.Email, StringComparison.Ordinal);
            Assert.Matches("^FI[12][0-9A-D][0-9A-D]$|^FI200$", b.Nuts);
        });
    }

    [Fact]
    public void Population_Buyers_MixStateMunicipalAndOtherLegalTypes()
    {
        var population = new OrganisationPopulation(3);

        var types = population.Buyers.Select(b => b.LegalType).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "cga", "la", "ra", "body-pl", "pub-undert" }, types);
    }

    [Fact]
    public void Population_FinnishSuppliers_HaveValidBusinessIds()
    {
        var population = new OrganisationPopulation(3);

        var finnish = population.Suppliers.Where(s => s.IsFinnish).ToArray();

        Assert.InRange(population.Suppliers.Count, 7_000, 8_000);
        Assert.InRange(finnish.Length, population.Suppliers.Count * 0.9, population.Suppliers.Count * 0.99);
        Assert.All(finnish, s => Assert.True(BusinessId.TryParse(s.CompanyId, out _), s.CompanyId));
    }

    [Fact]
    public void MalformedKeys_SameSeed_AreTheSameNoticesAndStayBroken()
    {
        var first = new SimulatedCorpus(SmallOptions);
        var second = new SimulatedCorpus(SmallOptions);

        var keys = first.MalformedKeys;

        Assert.NotEmpty(keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal), second.MalformedKeys.Order(StringComparer.Ordinal));
        Assert.All(first.Entries.Where(e => keys.Contains(e.Key)), e => Assert.False(IsEFormsDocument(first.EFormBytes(e)), e.Key));
    }

    [Fact]
    public void EFormBytes_NotMalformed_ParseAsEFormsDocuments()
    {
        var corpus = new SimulatedCorpus(SmallOptions);

        var sample = corpus.Entries.Where(e => !e.IsMalformed).Take(300);

        Assert.All(sample, e => Assert.True(IsEFormsDocument(corpus.EFormBytes(e)), e.Key));
    }

    [Fact]
    public void Generate_CorrectedNotice_HasNewerDateModifiedAndCorrectedTitle()
    {
        var corpus = new SimulatedCorpus(SmallOptions);
        var corrected = corpus.Entries.First(e => e.IsCorrected);

        var notice = corpus.Generate(corrected);

        Assert.True(corrected.DateModified - corrected.DatePublished >= TimeSpan.FromDays(1));
        Assert.Equal("02", notice.VersionId);
        Assert.Matches(@"\((korjattu|rättad|corrected)\)$", notice.Title.Any);
    }

    [Fact]
    public void Generate_AwardOfEarlierContractNotice_SharesProcedureAndTitle()
    {
        var corpus = new SimulatedCorpus(SmallOptions with { To = new DateOnly(2025, 7, 31) });
        var firstByProcedure = new Dictionary<int, NoticeEntry>();
        NoticeEntry? award = null;
        foreach (var entry in corpus.Entries)
        {
            if (firstByProcedure.TryGetValue(entry.ProcedureId, out var first) && first.Type.Kind == NoticeKind.Contract && entry.Type.Kind == NoticeKind.Award)
            {
                award = entry;
                break;
            }

            firstByProcedure.TryAdd(entry.ProcedureId, entry);
        }

        Assert.NotNull(award);
        var contract = corpus.Generate(firstByProcedure[award.Value.ProcedureId]);
        var result = corpus.Generate(award.Value);

        Assert.Equal(contract.ContractFolderId, result.ContractFolderId);
        Assert.Equal(contract.Buyer, result.Buyer);
        Assert.True(result.Entry.PublishedTicks > contract.Entry.PublishedTicks);
        Assert.NotEqual(contract.NoticeUuid, result.NoticeUuid);
    }

    private static bool IsEFormsDocument(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            var root = XDocument.Load(stream).Root!;
            return root.Name.NamespaceName.StartsWith("urn:oasis:names:specification:ubl:schema:xsd:", StringComparison.Ordinal)
                && root.Descendants(EForms.Cbc + "SubTypeCode").Any();
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }
}
