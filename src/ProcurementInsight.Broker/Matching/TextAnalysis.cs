using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ProcurementInsight.Broker.Matching;

/// <summary>
/// How the broker reads Finnish, Swedish and English text. Managed code only, so it runs the same on the Functions
/// plan as here: words are lower-cased, stop words of all three languages dropped (so "ja", "och", "för" never
/// match), numbers dropped, and each word stemmed by its language's Snowball stemmer. Finnish stems are then
/// normalised for consonant gradation at their end (kunnossapito ↔ kunnossapidon, päiväkoti ↔ päiväkodeille,
/// valaistus ↔ valaistuksen, huolto ↔ huollon), and compounds are split against a dictionary of the stems of the
/// CPV labels in the same language: a word also yields its longest known head (katuvalaistus → valaistus,
/// Snöröjningstjänster → tjänst) with the rest before it, and its longest known first part with the rest after it
/// (sähköbussien → sähkö + bus). Swedish linking -s is dropped from a first part (snöröjnings → snöröjning).
/// </summary>
internal sealed partial class TextAnalysis
{
    /// <summary>The languages, as notices name them.</summary>
    public const string Finnish = "FIN";

    /// <summary>Swedish.</summary>
    public const string Swedish = "SWE";

    /// <summary>English.</summary>
    public const string English = "ENG";

    private const int MinKnownPart = 4;
    private const int MinRest = 3;

    private static readonly HashSet<string> StopWords = BuildStopWords();

    // Words that tell the language apart; stop words are the strongest signal in short texts.
    private static readonly HashSet<string> FinnishCues = Words(FinnishAnalyzer.DefaultStopSet);
    private static readonly HashSet<string> SwedishCues = Words(SwedishAnalyzer.DefaultStopSet);
    private static readonly HashSet<string> EnglishCues = Words(EnglishAnalyzer.DefaultStopSet);

    private readonly Dictionary<string, HashSet<string>> _known;

    // Words repeat across contracts; each is analysed once (the vocabulary, not the text, bounds its size).
    private readonly ConcurrentDictionary<(string Language, string Token), string[]> _cache = new();

    /// <summary>Creates the analysis with the stems each language's compounds are split against.</summary>
    public TextAnalysis(IReadOnlyDictionary<string, IEnumerable<string>> dictionaryWords)
    {
        ArgumentNullException.ThrowIfNull(dictionaryWords);
        _known = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var language in new[] { Finnish, Swedish, English })
        {
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in dictionaryWords.GetValueOrDefault(language) ?? [])
            {
                foreach (var token in Tokens(word))
                {
                    var stem = Stem(language, token);
                    if (stem.Length >= MinKnownPart)
                    {
                        known.Add(stem);
                    }
                }
            }

            _known[language] = known;
        }
    }

    /// <summary>The Lucene field of a language's text.</summary>
    public static string Field(string language) => language switch
    {
        Swedish => "sv",
        English => "en",
        _ => "fi",
    };

    /// <summary>Normalises a language the caller gave (fi, sv, en, FIN, SWE, ENG, any case), or null.</summary>
    public static string? ParseLanguage(string? language) => language?.Trim().ToUpperInvariant() switch
    {
        "FI" or "FIN" => Finnish,
        "SV" or "SWE" => Swedish,
        "EN" or "ENG" => English,
        _ => null,
    };

    /// <summary>
    /// The text's language: stop words of each language count 3, letters and endings typical of one language count 1
    /// (å, -tion, -ing, double vowels, -ssa/-lla/-sta…); Finnish when nothing tells.
    /// </summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double fi = 0, sv = 0, en = 0;
        foreach (var token in Tokens(text))
        {
            fi += FinnishCues.Contains(token) ? 3 : 0;
            sv += SwedishCues.Contains(token) ? 3 : 0;
            en += EnglishCues.Contains(token) ? 3 : 0;
            sv += token.Contains('å', StringComparison.Ordinal) ? 2 : 0;
            sv += SwedishEnding().IsMatch(token) ? 1 : 0;
            fi += FinnishEnding().IsMatch(token) ? 1 : 0;
            fi += DoubleVowel().IsMatch(token) ? 1 : 0;
            en += EnglishEnding().IsMatch(token) ? 1 : 0;
            en += token.Any(c => c is 'ä' or 'ö' or 'å') ? -2 : 0;
            fi += token.Contains('y', StringComparison.Ordinal) && token.Any(c => c is 'ä' or 'ö') ? 1 : 0;
        }

        return en > fi && en > sv ? English : sv > fi ? Swedish : Finnish;
    }

    /// <summary>True for a word dropped as a stop word in every language.</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word.ToLowerInvariant());

    /// <summary>The text's terms in the language (stems, compound parts), in order, repeats kept.</summary>
    public List<string> Terms(string? text, string language)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        var stemmer = Stemmer(language);
        var known = _known.GetValueOrDefault(language) ?? [];
        foreach (var token in Tokens(text))
        {
            if (StopWords.Contains(token))
            {
                continue;
            }

            terms.AddRange(_cache.GetOrAdd((language, token), key => Analyse(key.Token, key.Language, stemmer, known)));
        }

        return terms;
    }

    /// <summary>One word's terms: its stem, then its compound parts.</summary>
    private static string[] Analyse(string token, string language, SnowballProgram stemmer, HashSet<string> known)
    {
        var stem = Stem(stemmer, language, token);
        if (stem.Length < 2)
        {
            return [];
        }

        var terms = new List<string> { stem };
        if (language != English)
        {
            Split(stem, known, language, stemmer, terms);
        }

        return [.. terms.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The distinct terms.</summary>
    public string[] DistinctTerms(string? text, string language) => [.. Terms(text, language).Distinct(StringComparer.Ordinal)];

    /// <summary>Lower-case words of letters (hyphens and digits split words; numbers are dropped).</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        foreach (Match match in Word().Matches(text))
        {
            yield return match.Value.ToLowerInvariant();
        }
    }

    private static void Split(string stem, HashSet<string> known, string language, SnowballProgram stemmer, List<string> terms)
    {
        // The longest known head: the last part of a compound names what it is.
        for (var start = MinRest; start <= stem.Length - MinKnownPart; start++)
        {
            var head = stem[start..];
            if (!known.Contains(head))
            {
                continue;
            }

            terms.Add(head);
            var first = FirstPart(stem[..start], language);
            if (first.Length >= MinRest)
            {
                terms.Add(Stem(stemmer, language, first));
            }

            break;
        }

        // The longest known first part (compared as a stem: sähkö- → sähk), with what follows it.
        for (var end = stem.Length - MinRest; end >= MinKnownPart; end--)
        {
            var first = Stem(stemmer, language, FirstPart(stem[..end], language));
            if (!known.Contains(first))
            {
                continue;
            }

            terms.Add(first);
            terms.Add(Stem(stemmer, language, stem[end..]));
            break;
        }
    }

    private static string FirstPart(string part, string language) =>
        language == Swedish && part.Length > MinRest + 1 && part.EndsWith('s') ? part[..^1] : part;

    private static string Stem(string language, string token) => Stem(Stemmer(language), language, token);

    private static string Stem(SnowballProgram stemmer, string language, string token)
    {
        stemmer.SetCurrent(token);
        stemmer.Stem();
        var stem = stemmer.Current;
        return language == Finnish ? Gradation(stem) : stem;
    }

    /// <summary>
    /// Finnish stem ends brought to one form: plural -id/-it dropped, final vowels dropped, then the weak and strong
    /// grades of the last consonant (d/t, ks/s, lt/ll/l, nt/nn/n, rt/rr/r, mp/mm/m, kk/k, pp/p, tt/t, ss/s) made one.
    /// </summary>
    internal static string Gradation(string stem)
    {
        var s = stem;
        if (s.Length > 6 && (s.EndsWith("id", StringComparison.Ordinal) || s.EndsWith("it", StringComparison.Ordinal)) && IsVowel(s[^3]))
        {
            s = s[..^2];
        }

        while (s.Length > 4 && IsVowel(s[^1]))
        {
            s = s[..^1];
        }

        if (s.Length <= 3)
        {
            return s;
        }

        if (s.EndsWith('d'))
        {
            s = s[..^1] + "t";
        }

        if (s.EndsWith("ks", StringComparison.Ordinal))
        {
            s = s[..^2] + "s";
        }

        if (s.Length > 4 && (s[^1] == s[^2] || s[^2..] is "lt" or "nt" or "rt" or "mp") && !IsVowel(s[^1]))
        {
            s = s[..^1];
        }

        return s;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö';

    private static SnowballProgram Stemmer(string language) => language switch
    {
        Swedish => new SwedishStemmer(),
        English => new EnglishStemmer(),
        _ => new FinnishStemmer(),
    };

    private static HashSet<string> BuildStopWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        words.UnionWith(Words(FinnishAnalyzer.DefaultStopSet));
        words.UnionWith(Words(SwedishAnalyzer.DefaultStopSet));
        words.UnionWith(Words(EnglishAnalyzer.DefaultStopSet));
        // Snowball's English list is short; these join every need and say nothing about what is bought.
        words.UnionWith(["for", "our", "we", "need", "needs", "want", "also", "etc", "mm", "esim", "sekä", "myös", "tarvitaan", "tarvitsemme", "vi", "behöver", "samt"]);
        return words;
    }

    private static HashSet<string> Words(Lucene.Net.Analysis.Util.CharArraySet set)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in set)
        {
            words.Add(word?.ToString() ?? string.Empty);
        }

        words.Remove(string.Empty);
        return words;
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex("(ssa|ssä|lla|llä|sta|stä|lle|ksi|nen|iin|ista|istä|ille|ien|ojen|öjen|ujen|yjen)$", RegexOptions.CultureInvariant)]
    private static partial Regex FinnishEnding();

    [GeneratedRegex("(aa|ee|ii|oo|uu|yy|ää|öö)", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleVowel();

    [GeneratedRegex("(ning|ningar|tjänst|tjänster|ering|heten|arna|erna|else|lösning)$", RegexOptions.CultureInvariant)]
    private static partial Regex SwedishEnding();

    [GeneratedRegex("(tion|tions|ing|ment|ness|ity|ies|ers)$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishEnding();
}
