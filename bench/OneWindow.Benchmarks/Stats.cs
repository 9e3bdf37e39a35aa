using System.Globalization;

namespace OneWindow.Benchmarks;

internal static class Stats
{
    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Describe(string name, List<double> latenciesMs, double seconds, int errors)
    {
        latenciesMs.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: {latenciesMs.Count} ok, {errors} errors in {seconds:F1} s = {latenciesMs.Count / seconds:F0}/s; p50 {Percentile(latenciesMs, 50):F2} ms, p95 {Percentile(latenciesMs, 95):F2} ms, p99 {Percentile(latenciesMs, 99):F2} ms");
    }
}
