using ProcurementInsight.Core.Notices;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Hilma.Tests.Parsing;

public sealed partial class EFormsNoticeParserTests
{
    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Parse_ValidFixture_ReadsIdSubtypeAndFormType(string relativePath)
    {
        var path = Path.Combine(FixtureFiles.SharedFixtures, relativePath);

        var notice = ParseNotice(path);

        Assert.False(string.IsNullOrWhiteSpace(notice.NoticeId));
        Assert.False(string.IsNullOrWhiteSpace(notice.Subtype));
        Assert.False(string.IsNullOrWhiteSpace(notice.FormType));
        Assert.NotEmpty(notice.Languages);
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Parse_InvalidFixture_ReturnsFailureWithReasonOrNotice(string relativePath)
    {
        var path = Path.Combine(FixtureFiles.SharedFixtures, relativePath);

        var result = ParseFile(path);

        // Schematron-invalid files are still readable XML; schema-invalid ones may lack BT-701.
        if (result.IsSuccess)
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Notice.NoticeId));
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
        }
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Parse_StreamAndBytesOfSameFile_GiveSameNotice(string relativePath)
    {
        var path = Path.Combine(FixtureFiles.SharedFixtures, relativePath);
        using var stream = File.OpenRead(path);

        var fromStream = _parser.Parse(stream).Notice;
        var fromBytes = ParseNotice(path);

        Assert.NotNull(fromStream);
        Assert.Equal(fromBytes.NoticeId, fromStream.NoticeId);
        Assert.Equal(fromBytes.Lots.Count, fromStream.Lots.Count);
        Assert.Equal(fromBytes.Winners, fromStream.Winners);
    }

    [Fact]
    public void Parse_Stream_LeavesTheStreamOpenForTheCaller()
    {
        using var stream = File.OpenRead(FixtureFiles.HilmaSample("hilma-sdk/E4_minimum.xml"));

        var result = _parser.Parse(stream);

        Assert.True(result.IsSuccess, result.Error);
        Assert.True(stream.CanRead);
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void Parse_SameParserOnManyThreads_GivesTheSequentialResults()
    {
        var paths = ((IEnumerable<object[]>)ValidFiles()).Select(row => Path.Combine(FixtureFiles.SharedFixtures, (string)row[0])).ToArray();
        var sequential = paths.Select(p => ParseNotice(p)).ToArray();

        var parallel = new Notice?[paths.Length];
        Parallel.For(0, paths.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = _parser.Parse(File.ReadAllBytes(paths[i])).Notice);

        for (var i = 0; i < paths.Length; i++)
        {
            Assert.NotNull(parallel[i]);
            Assert.Equal(sequential[i].NoticeId, parallel[i]!.NoticeId);
            Assert.Equal(sequential[i].Winners, parallel[i]!.Winners);
            Assert.Equal(sequential[i].Lots.Select(l => l.LotId), parallel[i]!.Lots.Select(l => l.LotId));
        }
    }
}
