using ProcurementInsight.Core.Harvesting;

namespace ProcurementInsight.Core.Tests.Harvesting;

public sealed class NoticeRevisionTests
{
    private static readonly DateTimeOffset Harvested = new(2026, 5, 10, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Earlier = new(2026, 5, 8, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 5, 9, 12, 0, 0, TimeSpan.Zero);

    private static NoticeRevision Revision(string hash, DateTimeOffset? modified) => new(hash, $"raw/{hash}.xml", modified, Harvested);

    [Fact]
    public void Supersedes_SameContent_IsFalseEvenWhenNewer()
    {
        var stored = Revision("aaa", Earlier);

        var supersedes = Revision("aaa", Later).Supersedes(stored);

        Assert.False(supersedes);
    }

    [Fact]
    public void Supersedes_DifferentContentNewer_IsTrue()
    {
        var stored = Revision("aaa", Earlier);

        var supersedes = Revision("bbb", Later).Supersedes(stored);

        Assert.True(supersedes);
    }

    [Fact]
    public void Supersedes_DifferentContentSameTime_IsTrue()
    {
        var stored = Revision("aaa", Earlier);

        var supersedes = Revision("bbb", Earlier).Supersedes(stored);

        Assert.True(supersedes);
    }

    [Fact]
    public void Supersedes_DifferentContentOlder_IsFalse()
    {
        var stored = Revision("aaa", Later);

        var supersedes = Revision("bbb", Earlier).Supersedes(stored);

        Assert.False(supersedes);
    }

    [Fact]
    public void Supersedes_NewWithoutTimeOverStoredWithTime_IsFalse()
    {
        var stored = Revision("aaa", Earlier);

        var supersedes = Revision("bbb", null).Supersedes(stored);

        Assert.False(supersedes);
    }

    [Fact]
    public void Supersedes_NewWithTimeOverStoredWithoutTime_IsTrue()
    {
        var stored = Revision("aaa", null);

        var supersedes = Revision("bbb", Earlier).Supersedes(stored);

        Assert.True(supersedes);
    }

    [Fact]
    public void Supersedes_NeitherHasTime_IsTrueForDifferentContent()
    {
        var stored = Revision("aaa", null);

        var supersedes = Revision("bbb", null).Supersedes(stored);

        Assert.True(supersedes);
    }
}
