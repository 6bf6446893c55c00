using ProcurementInsight.Core.Notices;
using ProcurementInsight.Hilma.Parsing;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Hilma.Tests.Parsing;

/// <summary>Tests of <see cref="EFormsNoticeParser"/>, split by concern into partial files.</summary>
public sealed partial class EFormsNoticeParserTests
{
    private readonly EFormsNoticeParser _parser = new();

    /// <summary>Valid notices: the SDK examples except INVALID_*, HILMA's minimum examples and real TED notices.</summary>
    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(FixtureFiles.SharedFixtures, "eforms-sdk-examples"), "*.xml")
                     .Where(p => !Path.GetFileName(p).StartsWith("INVALID_", StringComparison.Ordinal))
                     .Concat(Directory.EnumerateFiles(Path.Combine(FixtureFiles.SharedFixtures, "hilma-samples", "hilma-sdk"), "*_minimum.xml"))
                     .Concat(Directory.EnumerateFiles(Path.Combine(FixtureFiles.SharedFixtures, "hilma-samples", "ted-published"), "*.xml"))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(FixtureFiles.SharedFixtures, path));
        }

        return data;
    }

    /// <summary>Intentionally invalid notices: the SDK's INVALID_* files and HILMA's FI-70 example.</summary>
    public static TheoryData<string> InvalidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(FixtureFiles.SharedFixtures, "eforms-sdk-examples"), "INVALID_*.xml")
                     .Concat(Directory.EnumerateFiles(Path.Combine(FixtureFiles.SharedFixtures, "hilma-samples", "hilma-sdk"), "*_invalid.xml"))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(FixtureFiles.SharedFixtures, path));
        }

        return data;
    }

    private NoticeParseResult ParseFile(string path) => _parser.Parse(File.ReadAllBytes(path));

    private Notice ParseNotice(string path)
    {
        var result = ParseFile(path);
        Assert.True(result.IsSuccess, result.Error);
        return result.Notice;
    }

    private static Lot LotById(Notice notice, string lotId) => Assert.Single(notice.Lots, l => l.LotId == lotId);
}
