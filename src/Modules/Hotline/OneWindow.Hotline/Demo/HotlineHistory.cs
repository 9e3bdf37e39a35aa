using OneWindow.Hotline.Contracts;
using OneWindow.Hotline.Data;

namespace OneWindow.Hotline.Demo;

/// <summary>Simulated past orders for the demo scenario (filled in by the order generator).</summary>
internal sealed class HotlineHistory(HotlineDbContext db)
{
    public Task<int> SimulateAsync(HotlineHistoryScenario scenario, CancellationToken ct) => Task.FromResult(db is null ? 0 : 0);
}
