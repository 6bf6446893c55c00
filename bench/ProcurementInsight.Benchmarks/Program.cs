using BenchmarkDotNet.Running;
using ProcurementInsight.Benchmarks;

// parse          quick Stopwatch measurement: MB/s of XmlReader and of the parser, and their ratio
// parse --bdn    the same comparison under BenchmarkDotNet (further arguments go to BenchmarkDotNet)
// harvest [N,N…] a simulated HILMA year harvested into a fresh Azurite per size (default 5000,10000,20000)
if (args.Length > 0 && args[0] == "parse")
{
    if (args.Length > 1 && args[1] == "--bdn")
    {
        BenchmarkRunner.Run<ParseBenchmarks>(args: args[2..]);
        return 0;
    }

    return QuickParseMeasurement.Run(Console.Out);
}

if (args.Length > 0 && args[0] == "harvest")
{
    var sizes = args.Length > 1
        ? args[1].Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
        : [5000, 10000, 20000];
    return await HarvestMeasurement.RunAsync(Console.Out, sizes);
}

Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/ProcurementInsight.Benchmarks -- parse [--bdn [BenchmarkDotNet options]] | harvest [5000,10000,20000]");
return 2;
