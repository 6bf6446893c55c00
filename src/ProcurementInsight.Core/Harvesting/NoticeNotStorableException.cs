namespace ProcurementInsight.Core.Harvesting;

/// <summary>
/// Storage refused a notice because of its own content (a key or an entity beyond Azure Table storage's
/// limits), not because storage is down: retrying cannot help, so the harvester quarantines the notice
/// with this message and goes on.
/// </summary>
public sealed class NoticeNotStorableException : Exception
{
    /// <summary>Creates the exception for a notice.</summary>
    /// <param name="noticeKey">The notice's key, as printable text.</param>
    /// <param name="reason">Why storage cannot hold it, in plain words.</param>
    /// <param name="innerException">The storage error, when there was one.</param>
    public NoticeNotStorableException(string noticeKey, string reason, Exception? innerException)
        : base($"Notice {PrintableText.Of(noticeKey, 100)} cannot be stored: {reason}", innerException) => NoticeKey = noticeKey;

    /// <summary>Creates the exception with a message.</summary>
    public NoticeNotStorableException()
        : base("The notice cannot be stored.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NoticeNotStorableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public NoticeNotStorableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The key of the notice storage refused.</summary>
    public string NoticeKey { get; } = string.Empty;
}
