using System.Diagnostics.CodeAnalysis;

namespace ProcurementInsight.Core.Notices;

/// <summary>The outcome of parsing a notice: a <see cref="Notice"/>, or the reason it could not be read.</summary>
public sealed record NoticeParseResult
{
    private NoticeParseResult(Notice? notice, string? error)
    {
        Notice = notice;
        Error = error;
    }

    /// <summary>The notice, when parsing succeeded.</summary>
    public Notice? Notice { get; }

    /// <summary>Why parsing failed, in plain words, when it did.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Notice"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Notice))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Notice is not null;

    /// <summary>A successful parse.</summary>
    public static NoticeParseResult Success(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new NoticeParseResult(notice, null);
    }

    /// <summary>A failed parse with its reason.</summary>
    public static NoticeParseResult Failure(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new NoticeParseResult(null, error);
    }
}
