using System.Globalization;
using Azure.Data.Tables;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// Azure Table storage's entity limits, checked before a write so that a notice too large for them is
/// refused with its reason instead of a 400/413 from the service, and a pessimistic estimate of an
/// entity's bytes in a batch request, to keep each transaction under Azure's 4 MiB payload limit (JSON
/// may escape every non-ASCII character as six bytes).
/// </summary>
internal static class EntitySize
{
    /// <summary>The most estimated bytes one transaction carries: 3 MiB, under the 4 MiB limit.</summary>
    public const int MaxTransactionBytes = 3 * 1024 * 1024;

    /// <summary>An entity's limit: 1 MiB, counted as the service stores strings (two bytes a character).</summary>
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>Properties per entity: 255, of which PartitionKey, RowKey and Timestamp take three.</summary>
    public const int MaxProperties = 252;

    /// <summary>A PartitionKey or RowKey holds at most 1 KiB: 512 UTF-16 characters.</summary>
    public const int MaxKeyChars = 512;

    /// <summary>A string property holds at most 64 KiB: 32,768 UTF-16 characters.</summary>
    public const int MaxStringChars = 32 * 1024;

    /// <summary>
    /// Why the service would refuse this entity, or null when it fits: a key over 1 KiB, more than 252
    /// properties, a string over 64 KiB or more than 1 MiB in all.
    /// </summary>
    public static string? Violation(TableEntity entity)
    {
        if (entity.PartitionKey.Length > MaxKeyChars || entity.RowKey.Length > MaxKeyChars)
        {
            return string.Create(CultureInfo.InvariantCulture, $"its key is {Math.Max(entity.PartitionKey.Length, entity.RowKey.Length)} characters long; table storage takes at most {MaxKeyChars}");
        }

        var properties = entity.Keys.Count(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"));
        if (properties > MaxProperties)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it needs {properties} columns in one row; table storage takes at most {MaxProperties}");
        }

        var bytes = 4 + (2 * (entity.PartitionKey.Length + entity.RowKey.Length));
        foreach (var (name, value) in entity)
        {
            var (chars, size) = value switch
            {
                string text => (text.Length, 4 + (2 * text.Length)),
                byte[] binary => (0, 4 + binary.Length),
                _ => (0, 8),
            };
            if (chars > MaxStringChars)
            {
                return string.Create(CultureInfo.InvariantCulture, $"its column {name} holds {chars} characters; table storage takes at most {MaxStringChars}");
            }

            bytes += 8 + (2 * name.Length) + size;
        }

        return bytes > MaxEntityBytes
            ? string.Create(CultureInfo.InvariantCulture, $"one of its rows takes {bytes} bytes; table storage takes at most {MaxEntityBytes}")
            : null;
    }

    public static int Estimate(TableEntity entity)
    {
        var bytes = 512;
        foreach (var (name, value) in entity)
        {
            bytes += (2 * name.Length) + 48;
            if (value is string text)
            {
                bytes += JsonBytes(text);
            }
            else
            {
                bytes += 40;
            }
        }

        return bytes;
    }

    private static int JsonBytes(string text)
    {
        var count = 2;
        foreach (var c in text)
        {
            count += c switch
            {
                < ' ' or > '\u007E' => 6,
                '"' or '\\' => 2,
                _ => 1,
            };
        }

        return count;
    }
}
