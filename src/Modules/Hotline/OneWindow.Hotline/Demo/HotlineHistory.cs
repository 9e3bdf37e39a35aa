using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Contracts;
using OneWindow.Hotline.Data;

namespace OneWindow.Hotline.Demo;

/// <summary>
/// Simulated past orders for the demo scenario: <see cref="HotlineHistoryScenario.Days"/> days before today and today
/// up to now, about <see cref="HotlineHistoryScenario.PerDay"/> calls a day from <see cref="OrderGenerator"/>, written
/// in batches. Each day's counter is set to its last number, so orders registered later that day continue after it.
/// Runs once: a database that already has orders before today is left alone.
/// </summary>
internal sealed class HotlineHistory(HotlineDesk desk, ICalendarProvider calendars, IBusinessHoursProvider hours, ILogger<HotlineHistory> logger)
{
    /// <summary>Orders per transaction.</summary>
    private const int Batch = 3000;

    public async Task<int> SimulateAsync(HotlineHistoryScenario scenario, CancellationToken ct)
    {
        if (scenario.Days <= 0 || scenario.PerDay <= 0)
        {
            return 0;
        }

        var db = desk.Db;
        var today = desk.Today;
        var startOfToday = Features.ListWorkOrders.ListWorkOrders.Start(today).ToUniversalTime();
        if (await db.Orders.AnyAsync(o => o.CreatedAt < startOfToday, ct))
        {
            return 0;
        }

        var generator = await CreateGeneratorAsync(ct);
        if (generator is null)
        {
            return 0;
        }

        var clock = Stopwatch.StartNew();
        var now = desk.Now;
        var first = today.AddDays(-scenario.Days);
        var existing = await db.Counters.AsNoTracking().Where(c => c.Day >= first).ToDictionaryAsync(c => c.Day, c => c.Last, ct);
        var written = 0;
        var batch = new List<GeneratedDay>();
        await using var rows = new BulkRows(db);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            for (var day = first; day <= today; day = day.AddDays(1))
            {
                var count = Math.Min(OrderGenerator.CallersPerDay, generator.CountOn(day, scenario.PerDay));
                var generated = generator.Day(day, count, existing.GetValueOrDefault(day) + 1, now);
                if (generated.Orders.Count == 0)
                {
                    continue;
                }

                batch.Add(generated);
                written += generated.Orders.Count;
                if (batch.Sum(b => b.Orders.Count) >= Batch)
                {
                    await SaveAsync(db, rows, batch, ct);
                    batch.Clear();
                }
            }

            await SaveAsync(db, rows, batch, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        logger.LogInformation("Simulated {Orders} work orders over {Days} days in {Ms} ms", written, scenario.Days, clock.ElapsedMilliseconds);
        return written;
    }

    /// <summary>The generator on this database's categories, units, centers and calendars, encrypting as the API does.</summary>
    public async Task<OrderGenerator?> CreateGeneratorAsync(CancellationToken ct, int seed = 12345)
    {
        var categories = await desk.CategoriesAsync(ct);
        var units = await desk.UnitsAsync(ct);
        var centers = await desk.StreetsAsync(ct);
        if (!categories.Leaves.Any() || units.Count == 0 || categories.Limits.Count == 0)
        {
            return null;
        }

        var deadlines = await Deadlines.LoadAsync(calendars, hours, centers.Select(c => (string?)c.Code), ct);
        return new OrderGenerator(new GeneratorSetup(categories, units, centers, deadlines, desk.Encrypt, desk.PhoneIndex), seed);
    }

    /// <summary>Orders, their events and verifications, and the days' counters, in one transaction.</summary>
    private static async Task SaveAsync(HotlineDbContext db, BulkRows rows, List<GeneratedDay> days, CancellationToken ct)
    {
        if (days.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var inner = transaction.GetDbTransaction();
        await rows.InsertAsync(connection, inner, days.SelectMany(d => d.Orders).ToList(), ct);
        await rows.InsertAsync(connection, inner, days.SelectMany(d => d.Events).ToList(), ct);
        await rows.InsertAsync(connection, inner, days.SelectMany(d => d.Verifications).ToList(), ct);
        foreach (var day in days)
        {
            // Never lower a counter: numbers already given out that day stay unique.
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO hl_counters (\"Day\", \"Last\") VALUES ({day.Day}, {day.LastNumber}) ON CONFLICT (\"Day\") DO UPDATE SET \"Last\" = CASE WHEN excluded.\"Last\" > hl_counters.\"Last\" THEN excluded.\"Last\" ELSE hl_counters.\"Last\" END",
                ct);
        }

        await transaction.CommitAsync(ct);
    }
}
