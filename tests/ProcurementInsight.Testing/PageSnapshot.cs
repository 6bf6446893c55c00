using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Xunit;

namespace ProcurementInsight.Testing;

/// <summary>
/// A normalised structural text of an HTML page, one line per thing a reader meets: the language and title, each
/// heading, each block of visible text (whitespace collapsed, entities decoded), each link with its target, each form
/// field with its label, hint and value, each button, image and chart. Markup that does not change what a reader sees
/// or can do (attribute order, inline splitting of text, the style sheet) does not show, so a page can be re-rendered
/// by other code and still be compared with what it was.
/// </summary>
public static partial class PageSnapshot
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "header", "main", "footer", "nav", "section", "article", "div", "p", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tr", "th", "td", "caption", "figure", "figcaption", "details", "summary", "form", "fieldset", "legend", "br",
    };

    /// <summary>The snapshot text of <paramref name="html"/>.</summary>
    public static string Of(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var lines = new List<string>();
        var root = document.DocumentNode;
        var htmlNode = root.SelectSingleNode("//html");
        lines.Add("lang: " + (htmlNode?.GetAttributeValue("lang", "(none)") ?? "(no html element)"));
        lines.Add("title: " + Text(root.SelectSingleNode("//title")?.InnerText ?? "(none)"));
        var text = new StringBuilder();
        Walk(root.SelectSingleNode("//body") ?? root, document, lines, text);
        Flush(lines, text);
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// Asserts that <paramref name="html"/>'s snapshot equals the one committed as <c>Snapshots/{name}.txt</c> beside the calling
    /// test; with <c>PI_UPDATE_SNAPSHOTS=1</c> it writes the file instead. With <c>PI_PAGE_DUMP=DIR</c> the page itself is also written to
    /// <c>DIR/{name}.html</c> (for screenshots).
    /// </summary>
    public static void AssertMatches(string html, string name, [CallerFilePath] string caller = "")
    {
        var actual = Of(html);
        if (Environment.GetEnvironmentVariable("PI_PAGE_DUMP") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            File.WriteAllText(Path.Combine(dump, name + ".html"), html);
        }

        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Snapshots", name + ".txt"); // The caller is a source file, so it has a directory.
        if (Environment.GetEnvironmentVariable("PI_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!); // A path built from a directory has one.
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No snapshot {path}: run the test with PI_UPDATE_SNAPSHOTS=1 once and commit it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static void Walk(HtmlNode node, HtmlDocument document, List<string> lines, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    text.Append(HtmlEntity.DeEntitize(child.InnerText));
                    continue;
                case HtmlNodeType.Element:
                    break;
                default:
                    continue;
            }

            var name = child.Name.ToLowerInvariant();
            switch (name)
            {
                case "style" or "script" or "title" or "meta":
                    if (name == "script")
                    {
                        Flush(lines, text);
                        lines.Add("SCRIPT");
                    }

                    continue;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Flush(lines, text);
                    lines.Add(new string('#', name[1] - '0') + " " + Text(child.InnerText));
                    continue;
                case "svg":
                    Flush(lines, text);
                    lines.Add("svg chart");
                    continue;
                case "img":
                    Flush(lines, text);
                    lines.Add($"img src={child.GetAttributeValue("src", "")} alt=\"{child.GetAttributeValue("alt", "(none)")}\"");
                    continue;
                case "label":
                    // A label is read with its field.
                    continue;
                case "input" or "textarea" or "select":
                    Flush(lines, text);
                    lines.Add(Field(child, document));
                    continue;
                case "button":
                    Flush(lines, text);
                    lines.Add($"button {child.GetAttributeValue("type", "submit")}: {Text(child.InnerText)}");
                    continue;
                case "a":
                    text.Append(HtmlEntity.DeEntitize(child.InnerText));
                    lines.Add($"link: {Text(child.InnerText)} -> {HtmlEntity.DeEntitize(child.GetAttributeValue("href", ""))}{Attribute(child, "lang")}{Attribute(child, "aria-current")}");
                    continue;
                case "form":
                    Flush(lines, text);
                    lines.Add($"form {child.GetAttributeValue("method", "get")} -> {HtmlEntity.DeEntitize(child.GetAttributeValue("action", ""))}");
                    Walk(child, document, lines, text);
                    Flush(lines, text);
                    lines.Add("end form");
                    continue;
            }

            var block = Blocks.Contains(name);
            if (block)
            {
                Flush(lines, text);
                if (child.GetAttributeValue("role", "") is { Length: > 0 } role)
                {
                    lines.Add($"[{role}]");
                }
            }

            Walk(child, document, lines, text);
            if (block)
            {
                Flush(lines, text);
            }
        }
    }

    private static string Field(HtmlNode field, HtmlDocument document)
    {
        var id = field.GetAttributeValue("id", "");
        var label = id.Length == 0 ? null : document.DocumentNode.SelectSingleNode($"//label[@for='{id}']");
        var hints = field.GetAttributeValue("aria-describedby", "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(h => document.GetElementbyId(h)?.InnerText is { } hint ? Text(hint) : "(missing " + h + ")");
        var value = field.Name == "textarea" ? HtmlEntity.DeEntitize(field.InnerText) : HtmlEntity.DeEntitize(field.GetAttributeValue("value", ""));
        var flags = new[] { "required", "autocomplete", "inputmode", "min", "max" }
            .Where(a => field.Attributes[a] is not null)
            .Select(a => field.GetAttributeValue(a, "") is { Length: > 0 } v ? $"{a}={v}" : a);
        return $"field {field.Name}{Attribute(field, "type")} name={field.GetAttributeValue("name", "")} label=\"{(label is null ? "(none)" : Text(label.InnerText))}\""
            + $" hint=\"{string.Join(" | ", hints)}\" value=\"{value}\" {string.Join(' ', flags)}".TrimEnd();
    }

    private static string Attribute(HtmlNode node, string name) => node.Attributes[name] is { } a ? $" {name}={a.Value}" : string.Empty;

    private static void Flush(List<string> lines, StringBuilder text)
    {
        var line = Text(text.ToString());
        text.Clear();
        if (line.Length > 0)
        {
            lines.Add("  " + line);
        }
    }

    private static string Text(string text) => Whitespace().Replace(HtmlEntity.DeEntitize(text), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
