using System.Text;
using HtmlAgilityPack;

namespace ProcurementInsight.Hilma.Parsing;

/// <summary>
/// Reduces the rich text buyers paste into descriptions (BT-24 and friends: <c>&lt;p&gt;</c>,
/// <c>&lt;br&gt;</c>, entities) to clean plain text.
/// </summary>
internal static class RichText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "tr", "thead", "tbody", "tfoot", "blockquote", "pre", "section", "article", "header",
        "footer", "hr", "address", "figure", "figcaption", "main", "nav", "aside",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title" };

    /// <summary>
    /// Returns the text with markup removed, block elements as line breaks, entities decoded and
    /// whitespace collapsed (one space within a line, no empty lines, no leading or trailing space).
    /// Text without <c>&lt;</c> or <c>&amp;</c> is only trimmed, so the common case stays cheap.
    /// </summary>
    public static string ToPlainText(string text)
    {
        if (text.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return text.Trim();
        }

        var document = new HtmlDocument();
        document.LoadHtml(text);
        var raw = new StringBuilder(text.Length);
        Append(document.DocumentNode, raw);
        return Collapse(raw.ToString());
    }

    private static void Append(HtmlNode node, StringBuilder raw)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    raw.Append(HtmlEntity.DeEntitize(((HtmlTextNode)child).Text));
                    break;
                case HtmlNodeType.Element when SkippedElements.Contains(child.Name):
                    break;
                case HtmlNodeType.Element:
                    var block = BlockElements.Contains(child.Name);
                    if (block)
                    {
                        raw.Append('\n');
                    }

                    Append(child, raw);
                    if (block)
                    {
                        raw.Append('\n');
                    }

                    break;
                default:
                    // Comments and the document node carry no text.
                    break;
            }
        }
    }

    private static string Collapse(string raw)
    {
        var result = new StringBuilder(raw.Length);
        foreach (var line in raw.Split('\n'))
        {
            var pendingSpace = false;
            var lineStart = result.Length;
            foreach (var c in line)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = result.Length > lineStart;
                    continue;
                }

                if (pendingSpace)
                {
                    result.Append(' ');
                    pendingSpace = false;
                }

                result.Append(c);
            }

            if (result.Length > lineStart)
            {
                result.Append('\n');
            }
        }

        return result.ToString().TrimEnd('\n');
    }
}
