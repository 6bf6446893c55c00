namespace ProcurementInsight.Core.Harvesting;

/// <summary>A notice payload exactly as HILMA served it.</summary>
/// <param name="Key">The notice key (HILMA id such as <c>EF-48640</c>).</param>
/// <param name="Content">The bytes as received: eForms XML, or JSON for pre-eForms notices.</param>
/// <param name="ContentType">The media type, <c>application/xml</c> or <c>application/json</c>.</param>
/// <param name="SourceModified">HILMA's modification time of this version, when known.</param>
public sealed record RawNotice(string Key, ReadOnlyMemory<byte> Content, string ContentType, DateTimeOffset? SourceModified)
{
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>: the identity of this version.</summary>
    public string ContentHash => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content.Span));
}
