using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Identity.Data;
using OneWindow.Testing;

namespace OneWindow.Identity.Tests.Integration;

/// <summary>Each test gets its own database: it tampers with the log.</summary>
[Trait("Category", "Integration")]
public sealed class AuditChainTests
{
    [Fact]
    public async Task Verification_passes_on_an_untouched_log_and_finds_an_edited_entry()
    {
        using var app = new AppFactory();
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/org/centers", new { code = "sjs-audit", name = "审计测试中心", level = "street", parentCode = "sjs" })).ExpectAsync(HttpStatusCode.Created);

        var intact = await (await admin.GetAsync("/api/v1/audit/verify")).ExpectAsync(HttpStatusCode.OK);
        Assert.True(intact.GetProperty("intact").GetBoolean());
        var entries = intact.GetProperty("entries").GetInt64();
        Assert.True(entries > 10);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            await db.AuditLog.Where(e => e.Sequence == 5).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "someone-else"));
        }

        var broken = await (await admin.GetAsync("/api/v1/audit/verify")).ExpectAsync(HttpStatusCode.OK);
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(5, broken.GetProperty("firstBrokenSequence").GetInt64());
    }

    [Fact]
    public async Task Verification_finds_a_deleted_entry()
    {
        using var app = new AppFactory();
        var admin = await app.ClientForAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            await db.AuditLog.Where(e => e.Sequence == 3).ExecuteDeleteAsync();
        }

        var broken = await (await admin.GetAsync("/api/v1/audit/verify")).ExpectAsync(HttpStatusCode.OK);
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(3, broken.GetProperty("firstBrokenSequence").GetInt64());
    }

    [Fact]
    public async Task Concurrent_writers_still_produce_one_unbroken_chain()
    {
        using var app = new AppFactory();
        var admin = await app.ClientForAsync();
        var creates = Enumerable.Range(1, 20).Select(i =>
            admin.PostJsonAsync("/api/v1/org/centers", new { code = $"sjs-par-{i}", name = $"并发测试{i}", level = "station", parentCode = "sjs" }));
        var responses = await Task.WhenAll(creates);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        var result = await (await admin.GetAsync("/api/v1/audit/verify")).ExpectAsync(HttpStatusCode.OK);
        Assert.True(result.GetProperty("intact").GetBoolean(), result.ToString());
        var audit = await (await admin.GetAsync("/api/v1/audit?entityType=Center&action=create&take=1000")).ReadAsync();
        Assert.True(audit.GetArrayLength() >= 20);
    }
}
