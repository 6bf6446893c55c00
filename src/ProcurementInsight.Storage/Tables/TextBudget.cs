namespace ProcurementInsight.Storage.Tables;

/// <summary>
/// How many text characters one entity may still take (see <see cref="TextColumns"/>), and which
/// columns had to be cut to stay within it.
/// </summary>
internal sealed class TextBudget(int characters)
{
    private readonly List<string> _truncated = [];

    public int Remaining { get; private set; } = characters;

    public IReadOnlyList<string> Truncated => _truncated;

    /// <summary>Counts text that must be kept whole (e.g. JSON) against the budget without cutting it.</summary>
    public void Reserve(int characters) => Remaining = Math.Max(0, Remaining - characters);

    /// <summary>Notes a column cut by a rule of its own (see <see cref="TextColumns.Cap"/>).</summary>
    public void MarkTruncated(string column)
    {
        if (!_truncated.Contains(column))
        {
            _truncated.Add(column);
        }
    }

    public string Take(string column, string value)
    {
        if (value.Length <= Remaining)
        {
            Remaining -= value.Length;
            return value;
        }

        var length = Remaining;
        if (length > 0 && char.IsHighSurrogate(value[length - 1]))
        {
            length--;
        }

        _truncated.Add(column);
        Remaining = 0;
        return value[..length];
    }
}
