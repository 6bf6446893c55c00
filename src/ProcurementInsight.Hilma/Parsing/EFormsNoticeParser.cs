using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ProcurementInsight.Core.Notices;
using static ProcurementInsight.Hilma.Parsing.EFormsNames;

namespace ProcurementInsight.Hilma.Parsing;

/// <summary>
/// Parses an eForms notice (any subtype HILMA publishes: 1–40, E1–E6, T01/T02, CEI, X01/X02) into a
/// <see cref="Notice"/>. Bad input is a <see cref="NoticeParseResult.Failure"/>, never an exception.
/// </summary>
/// <remarks>
/// The reader refuses DTDs and external resources (no entity expansion, no file or network access).
/// Thread-safe: the parser holds no state between calls.
/// </remarks>
public sealed class EFormsNoticeParser
{
    /// <summary>The reader settings; the parse benchmark's XmlReader baseline uses the same ones.</summary>
    internal static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Parses a notice from its bytes.</summary>
    public NoticeParseResult Parse(ReadOnlyMemory<byte> xml)
    {
        if (xml.IsEmpty)
        {
            return NoticeParseResult.Failure("The notice is empty: no bytes to read.");
        }

        var bytes = MemoryMarshal.TryGetArray(xml, out var segment) && segment.Array is not null
            ? segment
            : new ArraySegment<byte>(xml.ToArray());
        // Array is set in both branches: TryGetArray's is checked above, ToArray's is never null.
        using var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
        return Parse(stream);
    }

    /// <summary>Parses a notice from a stream, which is read to its end but not closed.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance API, so hosts inject the parser and tests can swap it.")]
    public NoticeParseResult Parse(Stream xml)
    {
        ArgumentNullException.ThrowIfNull(xml);

        XElement? root;
        try
        {
            using var reader = XmlReader.Create(xml, ReaderSettings);
            root = EFormsDocumentLoader.Load(reader);
        }
        catch (XmlException ex)
        {
            return NoticeParseResult.Failure(Describe(ex));
        }
        catch (DecoderFallbackException ex)
        {
            return NoticeParseResult.Failure("The notice is not well-formed XML: its bytes do not match its encoding (" + ex.Message + ").");
        }

        if (root is null)
        {
            return NoticeParseResult.Failure("The notice has no root element.");
        }

        if (!IsNoticeRoot(root.Name))
        {
            return NoticeParseResult.Failure(
                $"The root element '{root.Name.LocalName}' in namespace '{root.Name.NamespaceName}' is not an eForms notice " +
                "(PriorInformationNotice, ContractNotice, ContractAwardNotice or BusinessRegistrationInformationNotice).");
        }

        var noticeId = NoticeId(root);
        if (noticeId is null)
        {
            return NoticeParseResult.Failure("The notice has no notice identifier (BT-701, cbc:ID with schemeName 'notice-id').");
        }

        return NoticeParseResult.Success(new EFormsNoticeReader(root).Read(noticeId));
    }

    /// <summary>BT-701: the root's <c>cbc:ID</c> with scheme <c>notice-id</c> (an untagged root ID is accepted).</summary>
    private static string? NoticeId(XElement root)
    {
        foreach (var id in root.Elements(CbcId))
        {
            var scheme = id.Attribute(SchemeName)?.Value;
            if (scheme is null || string.Equals(scheme, "notice-id", StringComparison.Ordinal))
            {
                return EFormsValues.Text(id);
            }
        }

        return null;
    }

    private static string Describe(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? "The notice declares a DTD, which eForms never does; refused to protect against entity expansion (" + ex.Message + ")."
            : "The notice is not well-formed XML: " + ex.Message;
}
