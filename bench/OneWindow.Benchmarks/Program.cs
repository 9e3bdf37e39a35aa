using BenchmarkDotNet.Running;
using OneWindow.Benchmarks;

// dotnet run -c Release --project bench/OneWindow.Benchmarks -- micro [BenchmarkDotNet args]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- load --url http://127.0.0.1:5081 --seconds 20 --concurrency 16
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- search [--items 5000] [--entries 20000] [--rounds 200]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- rawdb --provider sqlite|postgres --connection "..." --seconds 10
return args.FirstOrDefault() switch
{
    "micro" => RunMicro(args[1..]),
    "load" => await LoadDriver.RunAsync(Arguments.Parse(args[1..])),
    "rawdb" => await RawDatabase.RunAsync(Arguments.Parse(args[1..])),
    "search" => SearchBench.Run(Arguments.Parse(args[1..])),
    _ => Usage(),
};

static int RunMicro(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(PersonalDataBenchmarks).Assembly).Run(rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: micro [--filter *] | search [--items N] [--entries N] | load --url U [--seconds N] [--concurrency N] | rawdb --provider sqlite|postgres [--connection CS] [--seconds N]");
    return 2;
}
