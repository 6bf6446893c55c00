using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ProcurementInsight.Hilma.Simulator.Tests;

public sealed partial class SimulatedCorpusTests
{
    /// <summary>
    /// SHA-256 of every non-text field of seed 20250101's notices from January to March 2025. First pinned before the
    /// notices got varied titles and descriptions (commit a6f25b6), and held through that change; pinned again when
    /// the register newcomers (commit de917a7) deliberately gave 15 % of awards to first-time winners, which moves the
    /// winner fields. Texts come from their own random stream, so this must not move when wording changes; if it
    /// does, the market (buyers, codes, values, winners, answers) moved.
    /// </summary>
    private const string MarketHashBeforeTexts = "EE2BD3CE5BC799D3FAE371F23C2F91B3121BCFA0F452EF1AE681468585E3D595";

    [Fact]
    public void Generate_SeedCorpus_NonTextFieldsUnchangedSinceTextsWereVaried()
    {
        var corpus = new SimulatedCorpus(new SimulatorCorpusOptions { Seed = 20250101, From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 3, 31) });

        var hash = MarketHash(corpus);

        Assert.True(string.Equals(MarketHashBeforeTexts, hash, StringComparison.Ordinal), "The market moved: non-text hash is now " + hash);
    }

    private static string MarketHash(SimulatedCorpus corpus)
    {
        var text = new StringBuilder();
        foreach (var entry in corpus.Entries)
        {
            var n = corpus.Generate(entry);
            text.Append(CultureInfo.InvariantCulture, $"{entry.Key}|{n.Buyer.BusinessId}|{n.Language}|{n.Nature}|{n.DivisionIndex}|{string.Join(',', n.CpvCodes)}|{n.EstimatedValue}|{n.ProcedureType}|{n.ContractFolderId}|{n.NoticeUuid}|{n.IssuedLocal:O}|{n.Truth}|");
            text.Append(CultureInfo.InvariantCulture, $"{n.Title.Fi is null}{n.Title.Sv is null}{n.Title.En is null}\n");
            foreach (var lot in n.Lots)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {lot.Id}|{string.Join(',', lot.CpvCodes)}|{lot.EstimatedValue}|{lot.Statistics}|{string.Join(',', lot.InnovativeAcquisitionCodes)}|{string.Join(',', lot.StrategicProcurementCodes)}|{lot.ReceivedTenders}|{lot.ObjectIndex}|");
                text.AppendJoin(',', lot.Awards.Select(a => a.Supplier.CompanyId + ":" + a.Value.ToString(CultureInfo.InvariantCulture)));
                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
