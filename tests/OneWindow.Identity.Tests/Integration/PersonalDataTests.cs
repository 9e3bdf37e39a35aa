using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Identity.Data;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.Testing;

namespace OneWindow.Identity.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class PersonalDataTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Mobile = "13912345678";
    private const string IdNumber = "11010719900307001X";

    [Fact]
    public async Task Mobile_and_id_number_are_encrypted_at_rest_found_by_blind_index_and_masked_in_responses()
    {
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/users", new { userName = "pii-user", displayName = "王小明", password = "Private#2026", roles = new[] { "WindowClerk" }, centers = new[] { "sjs" }, mobile = Mobile, idNumber = IdNumber }))
            .ExpectAsync(HttpStatusCode.Created);

        var users = await (await admin.GetAsync("/api/v1/users")).ExpectAsync(HttpStatusCode.OK);
        var listed = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "pii-user");
        Assert.Equal("139****5678", listed.GetProperty("mobile").GetString());
        Assert.Equal("1101**********001X", listed.GetProperty("idNumber").GetString());
        Assert.DoesNotContain(Mobile, users.ToString());
        Assert.DoesNotContain(IdNumber, users.ToString());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var row = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "pii-user");
        Assert.StartsWith("sm4gcm1:", row.MobileCipher, StringComparison.Ordinal);
        Assert.DoesNotContain(Mobile, row.MobileCipher!, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, row.IdNumberCipher!, StringComparison.Ordinal);
        var index = protector.BlindIndex(Mobile);
        Assert.Equal("pii-user", (await db.Users.AsNoTracking().SingleAsync(u => u.MobileIndex == index)).UserName);
    }

    [Fact]
    public async Task Revealing_in_full_is_for_auditors_and_every_reveal_is_audited()
    {
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/users", new { userName = "pii-reveal", displayName = "李华", password = "Private#2026", roles = new[] { "WindowClerk" }, centers = new[] { "sjs" }, mobile = "13800138000", idNumber = IdNumber }))
            .ExpectAsync(HttpStatusCode.Created);

        var clerk = await app.ClientForAsync("pii-reveal", "Private#2026");
        await (await clerk.PostAsync("/api/v1/users/pii-reveal/personal-data", null)).ExpectProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        var revealed = await (await admin.PostAsync("/api/v1/users/pii-reveal/personal-data", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("13800138000", revealed.GetProperty("mobile").GetString());
        Assert.Equal(IdNumber, revealed.GetProperty("idNumber").GetString());

        var audit = await (await admin.GetAsync("/api/v1/audit?action=reveal-personal-data")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("actor").GetString() == "admin" && e.GetProperty("entityType").GetString() == "AppUser");
        Assert.DoesNotContain("13800138000", audit.ToString());
    }

    [Fact]
    public async Task Invalid_id_numbers_and_phones_are_refused_by_field()
    {
        var admin = await app.ClientForAsync();
        var fields = await (await admin.PostJsonAsync("/api/v1/users", new { userName = "pii-bad", displayName = "错误", password = "Private#2026", roles = new[] { "Guide" }, centers = new[] { "sjs" }, mobile = "12345", idNumber = "110107199003070021" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["idNumber", "mobile"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Personal_data_never_reaches_the_logs()
    {
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/users", new { userName = "pii-logs", displayName = "赵敏", password = "Private#2026", roles = new[] { "Guide" }, centers = new[] { "sjs" }, mobile = "13700001111", idNumber = IdNumber }))
            .ExpectAsync(HttpStatusCode.Created);
        await admin.PostAsync("/api/v1/users/pii-logs/personal-data", null);
        await admin.PostJsonAsync("/api/v1/users", new { userName = "pii-logs-2", displayName = "赵敏", password = "x", roles = new[] { "Guide" }, centers = new[] { "sjs" }, mobile = "13700001112", idNumber = "11010719900307002Y" });

        Assert.True(app.Logs.Lines.Count > 0, "no log lines were captured");
        Assert.DoesNotContain("13700001111", app.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("13700001112", app.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("19900307", app.Logs.All, StringComparison.Ordinal);
    }
}
