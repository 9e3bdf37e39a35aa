using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OneWindow.Testing;
using static OneWindow.Workforce.Tests.Integration.Staffing;

namespace OneWindow.Workforce.Tests.Integration;

[Trait("Category", "Integration")]
public sealed partial class PostsAndStaffTests(WorkforceApp app) : IClassFixture<WorkforceApp>
{
    [Fact]
    public async Task The_scenario_has_101_district_and_39_street_heads_each_post_with_A_and_B_holders()
    {
        var admin = await app.AdminAsync();
        var posts = (await (await admin.GetAsync("/api/v1/workforce/posts?center=sjs")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(101, posts.Where(p => p.GetProperty("centerCode").GetString() == "sjs").Sum(p => p.GetProperty("headcount").GetInt32()));
        Assert.Equal(39, posts.Where(p => p.GetProperty("centerCode").GetString() != "sjs").Sum(p => p.GetProperty("headcount").GetInt32()));
        Assert.Equal(9, posts.Where(p => p.GetProperty("centerCode").GetString() != "sjs").Select(p => p.GetProperty("centerCode").GetString()).Distinct().Count());
        Assert.All(posts, p =>
        {
            Assert.NotEmpty(p.GetProperty("a").EnumerateArray());
            Assert.NotEmpty(p.GetProperty("b").EnumerateArray());
        });
        var types = posts.Select(p => p.GetProperty("type").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "项目管理", "综合窗口", "综合咨询", "帮办引导", "一号咨询", "材料流转" }, types);

        var staff = (await (await admin.GetAsync("/api/v1/workforce/staff?center=sjs")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.InRange(staff.Count, 160, 180);
        Assert.All(staff, s =>
        {
            Assert.Matches(MaskedId(), s.GetProperty("idNumber").GetString());
            Assert.Matches(MaskedPhone(), s.GetProperty("phone").GetString());
        });
        var li = staff.Single(s => s.GetProperty("userName").GetString() == "clerk.li");
        Assert.Equal("李晓燕", li.GetProperty("name").GetString());
        Assert.Equal("ZC-01", li.GetProperty("aPost").GetString());

        // Those who left are listed only on request.
        var all = (await (await admin.GetAsync("/api/v1/workforce/staff?center=sjs&includeLeft=true")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.True(all.Count > staff.Count);
    }

    [Fact]
    public async Task A_new_person_is_stored_encrypted_listed_masked_and_revealed_in_full_with_an_audit_record()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var id = IdNumber();
        var phone = Phone();
        var created = await (await admin.PostJsonAsync("/api/v1/workforce/staff", new
        {
            code = "N-" + center, name = "周新人", centerCode = center, idNumber = id, phone, hiredOn = "2026-04-02",
            skills = new[] { "综合受理", "咨询" }, certificates = new[] { "普通话二级甲等证书" }, confidentialitySignedOn = "2026-04-02", uniformSize = "L",
        })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(id[..4] + "**********" + id[^4..], created.GetProperty("idNumber").GetString());
        Assert.Equal(phone[..3] + "****" + phone[^4..], created.GetProperty("phone").GetString());
        Assert.Equal("2026-04-02", created.GetProperty("confidentialitySignedOn").GetString());

        var stored = await app.ReadAsync(db => db.Staff.AsNoTracking().SingleAsync(s => s.Code == "N-" + center));
        Assert.DoesNotContain(id, stored.IdNumberEncrypted, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, stored.PhoneEncrypted, StringComparison.Ordinal);

        var revealed = await (await admin.PostJsonAsync($"/api/v1/workforce/staff/N-{center}/reveal", new { reason = "核对社保信息" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(id, revealed.GetProperty("idNumber").GetString());
        Assert.Equal(phone, revealed.GetProperty("phone").GetString());
        var audit = await (await admin.GetAsync("/api/v1/audit?action=reveal-personal-data")).ReadAsync();
        Assert.Contains("N-" + center, audit.ToString(), StringComparison.Ordinal);

        var pm = await app.AsAsync("pm.zhang");
        Assert.Equal(HttpStatusCode.Forbidden, (await pm.PostJsonAsync($"/api/v1/workforce/staff/N-{center}/reveal", new { reason = "看看" })).StatusCode);

        // Leaving: the exit date is kept and the person drops out of the current list.
        var changed = await (await admin.PutAsync($"/api/v1/workforce/staff/N-{center}", JsonContent(new { name = "周新人", centerCode = center, phone, hiredOn = "2026-04-02", leftOn = "2026-06-30", skills = new[] { "综合受理" } }))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-06-30", changed.GetProperty("leftOn").GetString());
        Assert.Equal(id[..4] + "**********" + id[^4..], changed.GetProperty("idNumber").GetString());
    }

    [Fact]
    public async Task Bad_staff_input_is_refused_naming_every_field_and_stores_nothing()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var good = IdNumber();
        var wrongCheck = good[..17] + (good[17] == '1' ? '2' : '1');
        var fields = await (await admin.PostJsonAsync("/api/v1/workforce/staff", new { code = "has space", name = "", centerCode = center, idNumber = wrongCheck, phone = "12345", hiredOn = "2026-02-30", leftOn = "2020-01-01" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["code", "hiredOn", "idNumber", "name", "phone"], fields.Order(StringComparer.Ordinal));
        fields = await (await admin.PostJsonAsync("/api/v1/workforce/staff", new { code = "X1" + center, name = "某人", centerCode = center, idNumber = good, phone = Phone(), hiredOn = "2026-05-01", leftOn = "2026-04-01" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["leftOn"], fields);
        await (await admin.PostJsonAsync("/api/v1/workforce/staff", new { code = "X2" + center, name = "某人", centerCode = "nowhere", idNumber = good, phone = Phone(), hiredOn = "2026-05-01" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "workforce.unknown_center");
        Assert.Equal(0, await app.ReadAsync(db => db.Staff.CountAsync(s => s.CenterCode == center || s.Code == "X1" + center || s.Code == "X2" + center)));

        var first = await StaffAsync(admin, center);
        var code = first.GetProperty("code").GetString()!;
        await (await admin.PostJsonAsync("/api/v1/workforce/staff", new { code, name = "重复", centerCode = center, idNumber = IdNumber(), phone = Phone(), hiredOn = "2026-05-01" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.staff_code_taken");
        var revealed = await (await admin.PostJsonAsync($"/api/v1/workforce/staff/{code}/reveal", new { reason = "查重" })).ExpectAsync(HttpStatusCode.OK);
        await (await admin.PostJsonAsync("/api/v1/workforce/staff", new { code = "X3" + center, name = "同一人", centerCode = center, idNumber = revealed.GetProperty("idNumber").GetString(), phone = Phone(), hiredOn = "2026-05-01" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.staff_id_number_taken");
        await (await admin.PostJsonAsync("/api/v1/workforce/staff", new { code = "X4" + center, name = "某人", centerCode = center, idNumber = IdNumber(), phone = Phone(), hiredOn = "2026-05-01", userName = "clerk.li" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.user_name_taken");
        Assert.Equal(1, await app.ReadAsync(db => db.Staff.CountAsync(s => s.CenterCode == center)));

        var clerk = await app.AsAsync("clerk.li");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync("/api/v1/workforce/staff", new { code = "X5", name = "某人", centerCode = center, idNumber = IdNumber(), phone = Phone(), hiredOn = "2026-05-01" })).StatusCode);
    }

    [Fact]
    public async Task Holders_are_set_within_the_headcount_one_A_post_per_person_and_bad_changes_store_nothing()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var a = await StaffCodeAsync(admin, center, "甲");
        var b = await StaffCodeAsync(admin, center, "乙");
        var c = await StaffCodeAsync(admin, center, "丙");
        var post = await PostAsync(admin, center, [a], [b]);
        var other = await PostAsync(admin, center, [c], []);

        var fields = await (await admin.PutAsync($"/api/v1/workforce/posts/{post}/holders", JsonContent(new { a = new[] { a, c }, b = new[] { b } })))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["a"], fields);
        fields = await (await admin.PutAsync($"/api/v1/workforce/posts/{post}/holders", JsonContent(new { a = new[] { a }, b = new[] { a } })))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["b"], fields);
        fields = await (await admin.PutAsync($"/api/v1/workforce/posts/{post}/holders", JsonContent(new { a = new[] { "NOBODY" }, b = new[] { "SJ0001" } })))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["a", "b"], fields.Order(StringComparer.Ordinal));
        await (await admin.PutAsync($"/api/v1/workforce/posts/{other}/holders", JsonContent(new { a = new[] { a }, b = Array.Empty<string>() })))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.holder_taken");

        var posts = (await (await admin.GetAsync($"/api/v1/workforce/posts?center={center}")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        var stored = posts.Single(p => p.GetProperty("code").GetString() == post);
        Assert.Equal([a], stored.GetProperty("a").EnumerateArray().Select(h => h.GetProperty("code").GetString()!).ToArray());
        Assert.Equal([b], stored.GetProperty("b").EnumerateArray().Select(h => h.GetProperty("code").GetString()!).ToArray());
        Assert.Equal([c], posts.Single(p => p.GetProperty("code").GetString() == other).GetProperty("a").EnumerateArray().Select(h => h.GetProperty("code").GetString()!).ToArray());

        // Swapping A and B of a post is one change.
        var swapped = await (await admin.PutAsync($"/api/v1/workforce/posts/{post}/holders", JsonContent(new { a = new[] { b }, b = new[] { a } }))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(b, swapped.GetProperty("a")[0].GetProperty("code").GetString());

        await (await admin.PostJsonAsync("/api/v1/workforce/posts", new { code = post, name = "重复", type = "综合窗口", centerCode = center, headcount = 1 }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.post_code_taken");
        fields = await (await admin.PostJsonAsync("/api/v1/workforce/posts", new { code = "P X", name = "", type = "", centerCode = center, headcount = 0 }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["code", "headcount", "name", "type"], fields.Order(StringComparer.Ordinal));
        await (await admin.PutAsync($"/api/v1/workforce/posts/{post}", JsonContent(new { name = "测试岗", type = "综合窗口", headcount = 1, skills = Array.Empty<string>() }))).ExpectAsync(HttpStatusCode.OK);
        await (await admin.DeleteAsync($"/api/v1/workforce/posts/{post}/holders/{c}")).ExpectProblemAsync(HttpStatusCode.NotFound, "workforce.not_a_holder");
        Assert.Equal(2, await app.ReadAsync(db => db.Posts.CountAsync(p => p.CenterCode == center)));
    }

    [Fact]
    public async Task Turnover_counts_hires_and_exits_per_month_against_the_average_headcount()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        for (var i = 0; i < 4; i++)
        {
            await StaffAsync(admin, center, hiredOn: "2025-01-06");
        }

        await StaffAsync(admin, center, hiredOn: "2025-03-10");
        await StaffAsync(admin, center, hiredOn: "2025-01-06", leftOn: "2025-03-20");
        var turnover = await (await admin.GetAsync($"/api/v1/workforce/staff/turnover?year=2025&center={center}")).ExpectAsync(HttpStatusCode.OK);
        var march = turnover.GetProperty("months")[2];
        Assert.Equal("2025-03", march.GetProperty("month").GetString());
        Assert.Equal(1, march.GetProperty("hires").GetInt32());
        Assert.Equal(1, march.GetProperty("exits").GetInt32());
        Assert.Equal(5, march.GetProperty("headcountStart").GetInt32());
        Assert.Equal(5, march.GetProperty("headcountEnd").GetInt32());
        Assert.Equal(20m, march.GetProperty("turnoverPercent").GetDecimal());
        var january = turnover.GetProperty("months")[0];
        Assert.Equal((5, 0), (january.GetProperty("hires").GetInt32(), january.GetProperty("exits").GetInt32()));
        Assert.Equal(6, turnover.GetProperty("total").GetProperty("hires").GetInt32());
        await (await admin.GetAsync("/api/v1/workforce/staff/turnover?year=20x5")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [GeneratedRegex(@"^\d{4}\*{10}[\dX]{4}$")]
    private static partial Regex MaskedId();

    [GeneratedRegex(@"^1\d{2}\*{4}\d{4}$")]
    private static partial Regex MaskedPhone();
}
