using System.Xml;
using ProcurementInsight.Hilma.Parsing;

namespace ProcurementInsight.Benchmarks;

/// <summary>The two workloads compared: a bare XmlReader pass and the full parse of the same bytes.</summary>
public static class ParseWorkloads
{
    // The parser's own reader settings, so the baseline does the same tokenising work and nothing else.
    private static XmlReaderSettings ReaderSettings => EFormsNoticeParser.ReaderSettings;

    /// <summary>Reads every node of every file with XmlReader; returns a node count so nothing is optimised away.</summary>
    public static long ReadToEnd(ParseCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        long nodes = 0;
        foreach (var (_, bytes) in corpus.Files)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, ReaderSettings);
            while (reader.Read())
            {
                nodes++;
            }
        }

        return nodes;
    }

    /// <summary>Parses every file into a notice; returns the lot count so nothing is optimised away.</summary>
    public static long Parse(EFormsNoticeParser parser, ParseCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(corpus);
        long lots = 0;
        foreach (var (name, bytes) in corpus.Files)
        {
            var result = parser.Parse(bytes);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"{name} did not parse: {result.Error}");
            }

            lots += result.Notice.Lots.Count;
        }

        return lots;
    }
}
