using Azure.Data.Tables;

namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// A pessimistic estimate of an entity's bytes in a batch request, to keep each transaction under
/// Azure's 4 MiB payload limit (JSON may escape every non-ASCII character as six bytes).
/// </summary>
internal static class EntitySize
{
    /// <summary>The most estimated bytes one transaction carries: 3 MiB, under the 4 MiB limit.</summary>
    public const int MaxTransactionBytes = 3 * 1024 * 1024;

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
