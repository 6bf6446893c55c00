using BenchmarkDotNet.Running;
using ProcurementInsight.Benchmarks;

// parse          quick Stopwatch measurement: MB/s of XmlReader and of the parser, and their ratio
// parse --bdn    the same comparison under BenchmarkDotNet (further arguments go to BenchmarkDotNet)
// harvest [N,N…] a simulated HILMA year harvested into a fresh Azurite per size (default 5000,10000,20000)
// survey-load [N] [T] [R]  N concurrent survey submissions on distinct tokens plus T tokens submitted R times
//                (default 500 20 10) through the local twin into a fresh Azurite: p50/p99, lost and duplicated answers
// estimate-validate [--scenarios a,b] [--shares 0.02,…] [--seeds N] [--seed-base N] [--replicas N] [--control N,N] [--model-seeds N]
//                bias and 95 % coverage of the design-based and model-based estimates under the survey the service runs
// estimate-speed [NOTICES]  training on NOTICES simulated notices (default 100000), scoring throughput, bootstrap, peak memory
// broker-backtest [SEED] [NEEDS] [W]  time-ordered held-out awards: top-1/5/10 and MRR against "largest winners in that CPV"
// broker-field [SEED,SEED…]       first-time-winner recall@20 of the potential supplier field, held-out awards of 2025-10…12
// broker-needs [SEED,SEED…] [NEEDS]  short buyer-written needs (paraphrased, cross-language, title removed) vs plain BM25,
//                largest winners in the true CPV and track record alone; top-10 hit rate; the five needs
// broker-latency [N,N…]           match latency (p50/p99), index build time and memory at 50,000 and 200,000 suppliers
// broker-answer [N] [SEED]         the whole buyer answer (matches and the potential supplier field of SEED's register), p50/p95/p99
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

if (args.Length > 0 && args[0] == "survey-load")
{
    int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    return await SurveyLoadMeasurement.RunAsync(Console.Out, Arg(1, 500), Arg(2, 20), Arg(3, 10));
}

if (args.Length > 0 && args[0] == "organisation-shrinkage")
{
    return OrganisationShrinkageValidation.Run(Console.Out, args[1..]);
}

if (args.Length > 0 && args[0] == "estimate-validate")
{
    return EstimateValidation.Run(Console.Out, args[1..]);
}

if (args.Length > 0 && args[0] == "estimate-speed")
{
    return EstimateMeasurement.Speed(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
}

if (args.Length > 0 && args[0] == "broker-backtest")
{
    var seed = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20250101;
    var maxNeeds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
    ProcurementInsight.Broker.MatchWeights? weights = null;
    if (args.Length > 3)
    {
        var w = args[3].Split(',').Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        weights = new ProcurementInsight.Broker.MatchWeights { Text = w[0], Cpv = w[1], Region = w[2], Innovation = w[3], TrackRecord = w[4], Candidates = w.Length > 5 ? (int)w[5] : 300 };
    }

    return BrokerBacktest.Run(Console.Out, seed, maxNeeds, weights);
}

if (args.Length > 0 && args[0] == "broker-field")
{
    var seeds = (args.Length > 1 ? args[1] : "20250101,7,42").Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
    return await ProcurementInsight.Benchmarks.BrokerField.RunAsync(Console.Out, seeds);
}

if (args.Length > 0 && args[0] == "broker-needs")
{
    var seeds = args.Length > 1 ? args[1].Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [20250101, 2718, 31415];
    var maxNeeds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 400;
    return BrokerNeeds.Run(Console.Out, seeds, maxNeeds);
}

if (args.Length > 0 && args[0] == "broker-latency")
{
    var sizes = args.Length > 1
        ? args[1].Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
        : [50_000, 200_000];
    return BrokerLatency.Run(Console.Out, sizes, queries: 1000);
}

if (args.Length > 0 && args[0] == "broker-answer")
{
    var suppliers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
    var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20250101;
    return await BrokerAnswerLatency.RunAsync(Console.Out, suppliers, seed, queries: 1000);
}


Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/ProcurementInsight.Benchmarks -- parse [--bdn [BenchmarkDotNet options]] | harvest [5000,10000,20000] | estimate-validate [--scenarios …] [--shares …] [--seeds 3] [--control 1500] | organisation-shrinkage [SEED,SEED,…] | estimate-speed [100000] | survey-load [500 [20 [10]]] | broker-backtest [SEED] [NEEDS (all)] [text,cpv,region,innovation,trackRecord] | broker-needs [20250101,2718,31415] [400] | broker-field [20250101,7,42] | broker-latency [50000,200000] | broker-answer [50000] [20250101]");
return 2;
