using BenchmarkDotNet.Running;
using ProcurementInsight.Benchmarks;

// parse          quick Stopwatch measurement: MB/s of XmlReader and of the parser, and their ratio
// parse --bdn    the same comparison under BenchmarkDotNet (further arguments go to BenchmarkDotNet)
if (args.Length > 0 && args[0] == "parse")
{
    if (args.Length > 1 && args[1] == "--bdn")
    {
        BenchmarkRunner.Run<ParseBenchmarks>(args: args[2..]);
        return 0;
    }

    return QuickParseMeasurement.Run(Console.Out);
}

Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/ProcurementInsight.Benchmarks -- parse [--bdn [BenchmarkDotNet options]]");
return 2;
