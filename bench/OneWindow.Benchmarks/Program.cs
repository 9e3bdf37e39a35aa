using BenchmarkDotNet.Running;
using OneWindow.Benchmarks;

// dotnet run -c Release --project bench/OneWindow.Benchmarks -- micro [BenchmarkDotNet args]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- load --url http://127.0.0.1:5081 --seconds 20 --concurrency 16
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- search [--items 5000] [--entries 20000] [--rounds 200]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- rawdb --provider sqlite|postgres --connection "..." --seconds 10
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- queue-calls --url U [--halls 1] [--windows 400] [--categories 8] [--backlog 20000] [--seconds 30] [--think-ms 0]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- queue-issue --url U [--concurrency 16,64] [--seconds 15] [--raw-provider sqlite|postgres --raw-connection CS]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- queue-push --url U [--listen U1,U2] [--calls 2000] [--concurrency 4]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- roster [--runs 3] [--seconds 60] [--seed 1] [--month 2026-03]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- hotline-lifecycle --url U --provider sqlite|postgres --connection CS --keys DATA/keys/personal-data.json [--stored 10000] [--days 365] [--concurrency 32] [--seconds 30] [--raw-provider P --raw-connection CS]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- cases-list --url U --provider sqlite|postgres --connection CS --keys FILE [--stored 1000000] [--days 365] [--requests 100]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- cases-accept --url U [--user clerk.li] [--concurrency 8,32] [--seconds 20] [--raw-provider sqlite|postgres --raw-connection CS]
// dotnet run -c Release --project bench/OneWindow.Benchmarks -- hotline-generate --url U --provider sqlite|postgres --connection CS --keys FILE [--days 60] [--per-day 120]
return args.FirstOrDefault() switch
{
    "micro" => RunMicro(args[1..]),
    "load" => await LoadDriver.RunAsync(Arguments.Parse(args[1..])),
    "rawdb" => await RawDatabase.RunAsync(Arguments.Parse(args[1..])),
    "search" => SearchBench.Run(Arguments.Parse(args[1..])),
    "queue-calls" => await QueueBench.CallsAsync(Arguments.Parse(args[1..])),
    "queue-issue" => await QueueBench.IssueAsync(Arguments.Parse(args[1..])),
    "queue-push" => await QueueBench.PushAsync(Arguments.Parse(args[1..])),
    "roster" => RosterBench.Run(Arguments.Parse(args[1..])),
    "hotline-lifecycle" => await HotlineBench.LifecycleAsync(Arguments.Parse(args[1..])),
    "hotline-generate" => await HotlineBench.GenerateAsync(Arguments.Parse(args[1..])),
    "cases-list" => await CaseBench.ListAsync(Arguments.Parse(args[1..])),
    "cases-accept" => await CaseAcceptBench.RunAsync(Arguments.Parse(args[1..])),
    _ => Usage(),
};

static int RunMicro(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(PersonalDataBenchmarks).Assembly).Run(rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: micro [--filter *] | search [--items N] [--entries N] | load --url U [--seconds N] [--concurrency N] | rawdb --provider sqlite|postgres [--connection CS] [--seconds N]"
        + " | queue-calls --url U [--halls N] [--windows N] [--clients N] [--categories N] [--serve N] [--backlog N] [--seconds N] [--warmup N] [--think-ms N]"
        + " | queue-issue --url U [--concurrency 16,64] [--seconds N] [--warmup N] [--categories N] [--raw-provider sqlite|postgres] [--raw-connection CS] [--raw-seconds N]"
        + " | queue-push --url U [--listen U1,U2] [--calls N] [--warmup-calls N] [--concurrency N] [--think-ms N]"
        + " | roster [--runs N] [--seconds N] [--seed N] [--month YYYY-MM]");
    return 2;
}
