using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Licenses.Data;
using OneWindow.Testing;

namespace OneWindow.Licenses.Tests.Integration;

/// <summary>
/// 电子证照 in the Shijingshan demo's local registry: a window finds what an applicant holds (masked, audited), sees
/// whether each license is valid today, and administrators issue and revoke; bad input stores nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LicenseTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string WangJianhua = "110107198503214513";
    private const string ZhaoZhiqiang = "11010719780605601X";
    private const string Chenxi = "91110107MA01XY3K2J";

    [Fact]
    public async Task A_clerk_finds_the_licenses_a_person_holds_masked_and_the_search_is_audited()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var found = await SearchAsync(clerk, WangJianhua);

        Assert.Equal(["HOUSEHOLD_REGISTER", "ID_CARD", "MARRIAGE_CERT"], found.Select(l => l.GetProperty("materialCode").GetString()).Order(StringComparer.Ordinal));
        Assert.All(found, l =>
        {
            Assert.Equal("王**", l.GetProperty("holderName").GetString());
            Assert.Equal("1101**********4513", l.GetProperty("holderIdMasked").GetString());
            Assert.True(l.GetProperty("valid").GetBoolean());
        });
        Assert.DoesNotContain(WangJianhua, string.Join(" ", found.Select(l => l.ToString())), StringComparison.Ordinal);

        var admin = await app.ClientForAsync();
        var audit = (await (await admin.GetAsync("/api/v1/audit?action=search")).ExpectAsync(HttpStatusCode.OK)).ToString();
        Assert.Contains("1101**********4513", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(WangJianhua, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enterprise_is_found_by_its_credit_code_and_an_expired_license_is_not_valid()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var company = Assert.Single(await SearchAsync(clerk, Chenxi.ToLowerInvariant()));
        Assert.Equal(("BUSINESS_LICENSE", "北京石景山晨曦餐饮有限公司", true), (company.GetProperty("materialCode").GetString(), company.GetProperty("holderName").GetString(), company.GetProperty("valid").GetBoolean()));

        var zhao = await SearchAsync(clerk, ZhaoZhiqiang);
        var idCards = zhao.Where(l => l.GetProperty("materialCode").GetString() == "ID_CARD").ToList();
        Assert.Equal(2, idCards.Count);
        var expired = Assert.Single(idCards, l => l.GetProperty("validUntil").GetString() == "2025-06-01");
        Assert.False(expired.GetProperty("valid").GetBoolean());
        Assert.False(expired.GetProperty("revoked").GetBoolean());

        var number = expired.GetProperty("number").GetString()!;
        var one = await (await clerk.GetAsync($"/api/v1/licenses/{number}")).ExpectAsync(HttpStatusCode.OK);
        Assert.False(one.GetProperty("valid").GetBoolean());
        await (await clerk.GetAsync("/api/v1/licenses/NO-SUCH-LICENSE")).ExpectProblemAsync(HttpStatusCode.NotFound, "licenses.unknown");
    }

    [Fact]
    public async Task An_issued_license_is_stored_encrypted_found_and_once_revoked_no_longer_valid()
    {
        var admin = await app.ClientForAsync();
        var holder = "110108199202023319";
        var issued = await (await admin.PostJsonAsync("/api/v1/licenses", new
        {
            materialCode = "SOCIAL_SECURITY_CARD", name = "社会保障卡", holderKind = "person", holderName = "孙立伟", holderId = holder,
            issuedBy = "北京市人力资源和社会保障局", issuedOn = "2024-03-01", validUntil = "2034-03-01",
        })).ExpectAsync(HttpStatusCode.Created);
        var number = issued.GetProperty("number").GetString()!;
        Assert.StartsWith("DZZZ20240301", number, StringComparison.Ordinal);
        Assert.True(issued.GetProperty("valid").GetBoolean());

        using (var scope = app.Services.CreateScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<LicensesDbContext>().Licenses.AsNoTracking().SingleAsync(l => l.Number == number);
            Assert.DoesNotContain(holder, stored.HolderIdEncrypted, StringComparison.Ordinal);
            Assert.DoesNotContain("孙立伟", stored.HolderNameEncrypted, StringComparison.Ordinal);
            Assert.Equal("孙**", stored.HolderNameMasked);
        }

        Assert.Single(await SearchAsync(admin, holder));
        Assert.Equal(["reason"], await (await admin.PostJsonAsync($"/api/v1/licenses/{number}/revoke", new { reason = " " })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        var revoked = await (await admin.PostJsonAsync($"/api/v1/licenses/{number}/revoke", new { reason = "持证人申请补办" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((true, false), (revoked.GetProperty("revoked").GetBoolean(), revoked.GetProperty("valid").GetBoolean()));
        await (await admin.PostJsonAsync($"/api/v1/licenses/{number}/revoke", new { reason = "再次" })).ExpectProblemAsync(HttpStatusCode.Conflict, "licenses.revoked");
        Assert.False(Assert.Single(await SearchAsync(admin, holder)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Bad_licenses_are_refused_naming_every_field_and_store_nothing_and_clerks_cannot_issue()
    {
        var admin = await app.ClientForAsync();
        var before = await CountAsync();
        var fields = await (await admin.PostJsonAsync("/api/v1/licenses", new
        {
            materialCode = "", name = "居民身份证", holderKind = "person", holderName = "", holderId = "110107198503214514",
            issuedBy = "", issuedOn = "2024-02-30", validUntil = "2020-01-01",
        })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["holderId", "holderName", "issuedBy", "issuedOn", "materialCode"], fields.Order(StringComparer.Ordinal));

        fields = await (await admin.PostJsonAsync("/api/v1/licenses", new
        {
            materialCode = "BUSINESS_LICENSE", name = "营业执照", holderKind = "company", holderName = "某公司", holderId = Chenxi, issuedBy = "区市场监管局", issuedOn = "2024-02-01",
        })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["holderKind"], fields);

        fields = await (await admin.PostJsonAsync("/api/v1/licenses", new
        {
            materialCode = "BUSINESS_LICENSE", name = "营业执照", holderKind = "enterprise", holderName = "某公司", holderId = "91110107MA01XY3K2A", issuedBy = "区市场监管局", issuedOn = "2024-02-01", validUntil = "2024-01-01",
        })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["holderId", "validUntil"], fields.Order(StringComparer.Ordinal));

        await (await admin.PostJsonAsync("/api/v1/licenses", new
        {
            materialCode = "ID_CARD", name = "居民身份证", holderKind = "person", holderName = "王建华", holderId = WangJianhua, issuedBy = "北京市公安局石景山分局", issuedOn = "2017-05-10", number = "DZZZ-SFZ-214513",
        })).ExpectProblemAsync(HttpStatusCode.Conflict, "licenses.exists");
        await (await admin.PostJsonAsync("/api/v1/licenses/search", new { holderId = "110107198503214514" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var clerk = await app.ClientForAsync("clerk.li");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync("/api/v1/licenses", new { materialCode = "ID_CARD" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync("/api/v1/licenses/DZZZ-SFZ-214513/revoke", new { reason = "x" })).StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    private static async Task<List<JsonElement>> SearchAsync(HttpClient client, string holderId) =>
        (await (await client.PostJsonAsync("/api/v1/licenses/search", new { holderId })).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

    private async Task<int> CountAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LicensesDbContext>().Licenses.CountAsync();
    }
}
