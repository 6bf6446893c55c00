using System.Xml;
using System.Xml.Linq;
using static ProcurementInsight.Hilma.Parsing.EFormsNames;

namespace ProcurementInsight.Hilma.Parsing;

/// <summary>
/// Loads a notice into LINQ to XML, leaving out the subtrees the notice model never reads: tendering terms
/// (selection and award criteria, review and submission terms) everywhere and each lot's tendering process
/// except its tender submission deadline (BT-131).
/// These hold about 70% of a large notice's elements, so skipping them with <see cref="XmlReader.Skip"/>
/// (still read and checked for well-formedness, never allocated) keeps parsing close to the reader's speed.
/// </summary>
internal static class EFormsDocumentLoader
{
    /// <summary>The deepest nesting accepted; eForms notices reach about 15 levels.</summary>
    public const int MaxDepth = 64;

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>
    /// Reads the whole document and returns its root element, pruned; null when the document has no root.
    /// A root that is not one of the eForms notice roots is returned without content, unread.
    /// </summary>
    /// <exception cref="XmlException">The bytes are not well-formed XML (or declare a DTD).</exception>
    public static XElement? Load(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            return null;
        }

        // Namespace declarations are not kept: every lookup goes by expanded XName.
        var root = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (!IsNoticeRoot(root.Name))
        {
            // Not a notice: the caller refuses it by its root's name, so its content is not worth loading.
            return root;
        }

        ReadChildren(reader, root, isRoot: true);

        // Read to the end so that content after the root (a second root, garbage) is still an error.
        while (reader.Read())
        {
        }

        return root;
    }

    /// <summary>Reads the children of the element the reader is on into <paramref name="parent"/>, pruned; with <paramref name="only"/>, just the children of that name.</summary>
    private static void ReadChildren(XmlReader reader, XElement parent, bool isRoot, XName? only = null)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        reader.Read();
        while (reader.NodeType != XmlNodeType.EndElement)
        {
            if (reader.EOF)
            {
                throw new XmlException("Unexpected end of file: the root element is not closed.");
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                // Text between the top-level elements carries nothing the model reads.
                reader.Read();
            }
            else if (only is not null)
            {
                if (IsName(reader, only))
                {
                    parent.Add(ReadElement(reader));
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (!isRoot && IsName(reader, CacTenderingProcess))
            {
                // Of a lot's tendering process the model reads only the tender submission deadline (BT-131).
                var process = new XElement(CacTenderingProcess);
                ReadChildren(reader, process, isRoot: false, CacTenderSubmissionDeadlinePeriod);
                parent.Add(process);
            }
            else if (IsPruned(reader))
            {
                reader.Skip();
            }
            else if (isRoot && IsName(reader, CacProcurementProjectLot))
            {
                var lot = new XElement(CacProcurementProjectLot);
                ReadChildren(reader, lot, isRoot: false);
                parent.Add(lot);
            }
            else
            {
                parent.Add(ReadElement(reader));
            }
        }

        reader.Read();
    }

    /// <summary>
    /// Reads the element the reader is on, with its subtree, and leaves the reader after it. Unlike
    /// <see cref="XNode.ReadFrom"/>, it refuses nesting deeper than <see cref="MaxDepth"/>: adding a node checks
    /// all its ancestors, so a hostile document nested 100,000 deep would take minutes to load.
    /// </summary>
    private static XElement ReadElement(XmlReader reader)
    {
        var root = NewElement(reader, out var isEmpty);
        if (isEmpty)
        {
            reader.Read();
            return root;
        }

        var current = root;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth > MaxDepth)
                    {
                        throw new XmlException($"Elements are nested more than {MaxDepth} levels deep; no eForms notice is.");
                    }

                    var child = NewElement(reader, out var childIsEmpty);
                    current.Add(child);
                    if (!childIsEmpty)
                    {
                        current = child;
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (ReferenceEquals(current, root))
                    {
                        reader.Read();
                        return root;
                    }

                    // Every element below the subtree's root was added to a parent.
                    current = current.Parent!;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    current.Add(reader.Value);
                    break;
                default:
                    // Comments and processing instructions are ignored by the reader settings already.
                    break;
            }
        }

        throw new XmlException("Unexpected end of file: an element is not closed.");
    }

    private static XElement NewElement(XmlReader reader, out bool isEmpty)
    {
        isEmpty = reader.IsEmptyElement;
        var element = new XElement(XNamespace.Get(reader.NamespaceURI).GetName(reader.LocalName));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                // Namespace declarations are not kept: every lookup goes by expanded XName.
                if (!string.Equals(reader.NamespaceURI, XmlnsNamespace, StringComparison.Ordinal))
                {
                    element.Add(new XAttribute(XNamespace.Get(reader.NamespaceURI).GetName(reader.LocalName), reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return element;
    }

    /// <summary><c>cac:TenderingTerms</c> at any level (a lot's <c>cac:TenderingProcess</c> is read for its deadline alone).</summary>
    private static bool IsPruned(XmlReader reader) => IsName(reader, CacTenderingTerms);

    private static bool IsName(XmlReader reader, XName name) =>
        string.Equals(reader.LocalName, name.LocalName, StringComparison.Ordinal)
        && string.Equals(reader.NamespaceURI, name.NamespaceName, StringComparison.Ordinal);
}
