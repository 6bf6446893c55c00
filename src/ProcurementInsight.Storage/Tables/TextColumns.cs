using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// Writes long strings across several columns and localised texts as one column per language.
/// </summary>
/// <remarks>
/// Azure Table Storage limits a string property to 64 KiB (32,768 UTF-16 characters) and an entity to
/// 1 MiB and 252 custom properties. A string longer than <see cref="MaxPropertyChars"/> is split into
/// <c>Name</c>, <c>Name_2</c>, <c>Name_3</c>…, never between the halves of a surrogate pair. Texts
/// also draw on an entity-wide <see cref="TextBudget"/>; what exceeds it is cut (and the column named in
/// the entity's <c>Truncated</c> column) rather than failing the whole notice.
/// A localised text <c>Title</c> becomes <c>Title_FIN</c>, <c>Title_SWE</c>, <c>Title_ENG</c>, … for
/// every language it has; a language code that is not plain letters and digits is written as
/// <c>x</c> plus the hex of its UTF-8 bytes.
/// </remarks>
internal static class TextColumns
{
    /// <summary>Characters per column part, under the 32,768 limit.</summary>
    public const int MaxPropertyChars = 32_000;

    /// <summary>Text characters per entity (2 bytes each in storage), leaving room under 1 MiB for the rest.</summary>
    public const int EntityTextBudget = 400_000;

    /// <summary>
    /// Characters kept of a name, identifier or code (a buyer's or winner's name, a notice id): far above
    /// any real one, far below the limits, so a hostile 10 MB name is cut, not a reason to lose the notice.
    /// </summary>
    public const int MaxFieldChars = 1_024;

    /// <summary>
    /// <paramref name="value"/> cut to <see cref="MaxFieldChars"/> (never between the halves of a
    /// surrogate pair); a cut is noted in <paramref name="budget"/> under <paramref name="column"/>.
    /// </summary>
    public static string? Cap(string? value, string column, TextBudget budget)
    {
        if (value is null || value.Length <= MaxFieldChars)
        {
            return value;
        }

        budget.MarkTruncated(column);
        return Cut(value, MaxFieldChars);
    }

    /// <summary>
    /// Cuts every single-column string of <paramref name="entity"/> longer than one property may hold
    /// (an identifier or code no reader splits) to <see cref="MaxFieldChars"/>, and adds the columns cut
    /// to the entity's <c>Truncated</c> column. Texts written by <see cref="Write"/> are already in parts.
    /// </summary>
    public static void CutOversize(TableEntity entity)
    {
        var cut = new List<string>();
        foreach (var name in entity.Keys.ToList())
        {
            if (entity[name] is string { Length: > MaxPropertyChars } text)
            {
                entity[name] = Cut(text, MaxFieldChars);
                cut.Add(name);
            }
        }

        if (cut.Count > 0)
        {
            entity["Truncated"] = string.Join(',', (entity.GetString("Truncated") is { Length: > 0 } earlier ? earlier.Split(',') : []).Concat(cut));
        }
    }

    private static string Cut(string value, int length)
    {
        if (char.IsHighSurrogate(value[length - 1]))
        {
            length--;
        }

        return value[..length];
    }

    public static void Write(TableEntity entity, string name, string? value, TextBudget? budget = null)
    {
        if (value is null)
        {
            return;
        }

        if (budget is not null)
        {
            value = budget.Take(name, value);
        }

        if (value.Length == 0)
        {
            return;
        }

        var part = 1;
        var start = 0;
        do
        {
            var length = Math.Min(MaxPropertyChars, value.Length - start);
            if (length == MaxPropertyChars && char.IsHighSurrogate(value[start + length - 1]))
            {
                length--;
            }

            entity[PartName(name, part)] = value.Substring(start, length);
            start += length;
            part++;
        }
        while (start < value.Length);
    }

    public static string? Read(TableEntity entity, string name)
    {
        var first = entity.GetString(name);
        if (first is null || !entity.ContainsKey(PartName(name, 2)))
        {
            return first;
        }

        var builder = new StringBuilder(first);
        for (var part = 2; entity.GetString(PartName(name, part)) is { } next; part++)
        {
            builder.Append(next);
        }

        return builder.ToString();
    }

    public static void WriteLocalized(TableEntity entity, string name, LocalizedText text, TextBudget budget)
    {
        foreach (var (language, value) in text.Texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Write(entity, name + "_" + EncodeLanguage(language), value, budget);
        }
    }

    public static LocalizedText ReadLocalized(TableEntity entity, string name)
    {
        var prefix = name + "_";
        var texts = new List<KeyValuePair<string, string>>();
        foreach (var column in entity.Keys)
        {
            if (!column.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var language = column[prefix.Length..];
            if (language.Contains('_', StringComparison.Ordinal))
            {
                continue; // A continuation part, read with its first part.
            }

            if (Read(entity, column) is { } value)
            {
                texts.Add(new(DecodeLanguage(language), value));
            }
        }

        return texts.Count == 0 ? LocalizedText.Empty : new LocalizedText(texts);
    }

    private static string PartName(string name, int part) =>
        part == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}_{part}");

    private static string EncodeLanguage(string language) =>
        language.Length > 0 && language.All(char.IsAsciiLetterOrDigit) && !language.StartsWith('x')
            ? language
            : "x" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(language));

    private static string DecodeLanguage(string column) =>
        column.StartsWith('x') ? Encoding.UTF8.GetString(Convert.FromHexString(column[1..])) : column;
}
