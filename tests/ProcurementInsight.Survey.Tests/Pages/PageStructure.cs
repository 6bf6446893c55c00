using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace ProcurementInsight.Survey.Tests.Pages;

/// <summary>
/// What a respondent's browser gets from a page, without how the markup happens to be written: one line per element
/// (its attributes sorted, entities decoded) and per text (whitespace collapsed), indented by depth. Two renderings
/// with the same structure show the same headings, labels and their <c>for</c>, inputs with name, type, value,
/// checked, required and aria-*, legends, buttons, links, texts and style, in the same order.
/// </summary>
internal static partial class PageStructure
{
    public static string Of(string html)
    {
        var document = new HtmlDocument { OptionFixNestedTags = false };
        document.LoadHtml(html);
        var lines = new StringBuilder();
        foreach (var node in document.DocumentNode.ChildNodes)
        {
            Write(node, 0, lines);
        }

        return lines.ToString();
    }

    private static void Write(HtmlNode node, int depth, StringBuilder lines)
    {
        var indent = new string(' ', depth * 2);
        switch (node.NodeType)
        {
            case HtmlNodeType.Element:
                lines.Append(indent).Append('<').Append(node.Name);
                foreach (var attribute in node.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    lines.Append(' ').Append(attribute.Name).Append("=\"").Append(HtmlEntity.DeEntitize(attribute.Value)).Append('"');
                }

                lines.Append(">\n");
                foreach (var child in node.ChildNodes)
                {
                    Write(child, depth + 1, lines);
                }

                break;
            case HtmlNodeType.Text:
                var text = Whitespace().Replace(HtmlEntity.DeEntitize(node.InnerText), " ");
                if (node.PreviousSibling is null)
                {
                    text = text.TrimStart();
                }

                if (node.NextSibling is null)
                {
                    text = text.TrimEnd();
                }

                if (text.Trim().Length > 0)
                {
                    lines.Append(indent).Append('"').Append(text).Append("\"\n");
                }

                break;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
