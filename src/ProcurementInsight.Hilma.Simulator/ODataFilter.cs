using System.Globalization;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The subset of Azure AI Search's OData <c>$filter</c> the simulator understands: comparisons
/// (<c>eq ne gt ge lt le</c>) on <c>datePublished</c>, <c>dateModified</c> (ISO-8601 instants), the booleans
/// <c>isPlan</c>, <c>isEForms</c>, <c>isNationalProcurement</c>, <c>isEuProcurement</c>, the strings
/// <c>mainType</c>, <c>type</c>, <c>id</c> and the integers <c>noticeId</c>, <c>procedureId</c>; combined
/// with <c>and</c>, <c>or</c>, <c>not</c> and parentheses. Anything else is refused with a message that names it.
/// </summary>
public static class ODataFilter
{
    private static readonly HashSet<string> KnownUnsupported = new(StringComparer.Ordinal)
    {
        "deadline", "expirationDate", "cpvCodes", "nutsCodes", "estimatedValue", "currency", "procedureType", "procurementTypeCode",
        "innovationConsidered", "solutionNewToBuyer", "solutionNewToMarketOrIndustry", "smeParticipationConsidered",
        "organisationNationalRegistrationNumber", "organisationType", "isCorrigendum", "isCancelled", "lots", "titleFi", "parentNoticeId",
    };

    /// <summary>Parses a filter; an empty filter matches everything.</summary>
    public static bool TryParse(string? filter, out Func<NoticeEntry, bool> predicate, out string? error)
    {
        predicate = static _ => true;
        error = null;
        if (string.IsNullOrWhiteSpace(filter))
        {
            return true;
        }

        try
        {
            var parser = new Parser(Tokenize(filter));
            predicate = parser.ParseAll();
            return true;
        }
        catch (FormatException ex)
        {
            error = "Invalid expression: " + ex.Message + " Parameter name: $filter";
            return false;
        }
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '\'')
            {
                var builder = new System.Text.StringBuilder("'");
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unterminated string literal.");
                    }

                    if (text[i] == '\'')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '\'')
                        {
                            builder.Append('\'');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    builder.Append(text[i++]);
                }

                tokens.Add(builder.ToString());
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' and not ',' and not '\'')
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private sealed class Parser(List<string> tokens)
    {
        private int _position;

        public Func<NoticeEntry, bool> ParseAll()
        {
            var result = ParseOr();
            if (_position < tokens.Count)
            {
                throw new FormatException($"Syntax error at position {_position}: unexpected '{tokens[_position]}'.");
            }

            return result;
        }

        private string? Peek => _position < tokens.Count ? tokens[_position] : null;

        private string Next() => _position < tokens.Count
            ? tokens[_position++]
            : throw new FormatException("The expression ends too early.");

        private Func<NoticeEntry, bool> ParseOr()
        {
            var left = ParseAnd();
            while (Peek == "or")
            {
                _position++;
                var right = ParseAnd();
                var l = left;
                left = e => l(e) || right(e);
            }

            return left;
        }

        private Func<NoticeEntry, bool> ParseAnd()
        {
            var left = ParseUnary();
            while (Peek == "and")
            {
                _position++;
                var right = ParseUnary();
                var l = left;
                left = e => l(e) && right(e);
            }

            return left;
        }

        private Func<NoticeEntry, bool> ParseUnary()
        {
            if (Peek == "not")
            {
                _position++;
                var inner = ParseUnary();
                return e => !inner(e);
            }

            if (Peek == "(")
            {
                _position++;
                var inner = ParseOr();
                if (Next() != ")")
                {
                    throw new FormatException("Expected ')'.");
                }

                return inner;
            }

            return ParseComparison();
        }

        private Func<NoticeEntry, bool> ParseComparison()
        {
            var field = Next();
            if (Peek == "(")
            {
                throw new FormatException($"The function '{field}' is not supported by the HILMA simulator.");
            }

            if (field.Contains('/', StringComparison.Ordinal))
            {
                throw new FormatException($"Lambda and sub-field filters ('{field}') are not supported by the HILMA simulator.");
            }

            var op = Next();
            if (op is not ("eq" or "ne" or "gt" or "ge" or "lt" or "le"))
            {
                throw new FormatException($"Unknown comparison operator '{op}' after '{field}'.");
            }

            var literal = Next();
            switch (field)
            {
                case "datePublished":
                case "dateModified":
                    if (!DateTimeOffset.TryParse(literal, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                    {
                        throw new FormatException($"'{literal}' is not a valid Edm.DateTimeOffset literal for '{field}'.");
                    }

                    var ticks = instant.UtcTicks;
                    var published = field == "datePublished";
                    return Compare(op, e => (published ? e.PublishedTicks : e.ModifiedTicks).CompareTo(ticks));
                case "noticeId":
                case "procedureId":
                    if (!int.TryParse(literal, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                    {
                        throw new FormatException($"'{literal}' is not a valid Edm.Int32 literal for '{field}'.");
                    }

                    var isNotice = field == "noticeId";
                    return Compare(op, e => (isNotice ? e.NoticeId : e.ProcedureId).CompareTo(number));
                case "isPlan":
                case "isEForms":
                case "isNationalProcurement":
                case "isEuProcurement":
                    if (literal is not ("true" or "false") || op is not ("eq" or "ne"))
                    {
                        throw new FormatException($"'{field}' is Edm.Boolean: use eq or ne with true or false.");
                    }

                    var wanted = literal == "true";
                    Func<NoticeEntry, bool> value = field switch
                    {
                        "isPlan" => static _ => false,
                        "isEForms" => static e => !e.IsLegacy,
                        "isNationalProcurement" => static e => e.Type.IsNational,
                        _ => static e => !e.Type.IsNational,
                    };
                    return op == "eq" ? e => value(e) == wanted : e => value(e) != wanted;
                case "mainType":
                case "type":
                case "id":
                    if (!literal.StartsWith('\''))
                    {
                        throw new FormatException($"'{field}' is Edm.String: compare it with a quoted literal.");
                    }

                    if (op is not ("eq" or "ne"))
                    {
                        throw new FormatException($"Only eq and ne are supported on '{field}' by the HILMA simulator.");
                    }

                    var text = literal[1..];
                    Func<NoticeEntry, string> get = field switch
                    {
                        "mainType" => static e => e.Type.MainType,
                        "type" => static e => e.Type.Subtype,
                        _ => static e => e.Key,
                    };
                    return op == "eq"
                        ? e => string.Equals(get(e), text, StringComparison.Ordinal)
                        : e => !string.Equals(get(e), text, StringComparison.Ordinal);
                default:
                    throw new FormatException(KnownUnsupported.Contains(field)
                        ? $"Filtering on '{field}' is not supported by the HILMA simulator."
                        : $"Could not find a property named '{field}' on type 'search.document'.");
            }
        }

        private static Func<NoticeEntry, bool> Compare(string op, Func<NoticeEntry, int> compare) => op switch
        {
            "eq" => e => compare(e) == 0,
            "ne" => e => compare(e) != 0,
            "gt" => e => compare(e) > 0,
            "ge" => e => compare(e) >= 0,
            "lt" => e => compare(e) < 0,
            _ => e => compare(e) <= 0,
        };
    }
}
