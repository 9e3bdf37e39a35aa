using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Testing;
using static OneWindow.Hotline.Tests.Integration.OrderProbe;
using static OneWindow.Hotline.Tests.Integration.Orders;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>Attachments and on-site photos (type by content, size limit, nothing kept of a refused upload); the caller's privacy.</summary>
[Trait("Category", "Integration")]
public sealed class FilesAndPrivacyTests(FilesAndPrivacyTests.SmallFilesApp app) : IClassFixture<FilesAndPrivacyTests.SmallFilesApp>
{
    public const int Limit = 64 * 1024;

    /// <summary>The demo with files limited to 64 KB (OneWindow:Hotline:MaxFileBytes).</summary>
    public sealed class SmallFilesApp() : HotlineApp(new Dictionary<string, string?> { ["OneWindow:Hotline:MaxFileBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) })
    {
        public string FileRoot => Path.Combine(DataDirectory, "hotline-files");

        public int FilesOnDisk => Directory.Exists(FileRoot) ? Directory.GetFiles(FileRoot, "*", SearchOption.AllDirectories).Length : 0;
    }

    [Fact]
    public async Task Attachments_are_typed_by_their_content_and_come_back_byte_for_byte()
    {
        var agent = await app.AgentAsync();
        var id = Id(await CreateAsync(agent, Phone(301)));
        var onDisk = app.FilesOnDisk;
        var jpeg = Jpeg(3000, 1);
        var png = Png(5000, 2);
        var pdf = Pdf(8000);

        var attached = await (await agent.PostAsync($"/api/v1/work-orders/{id}/attachments", Form(("files", "现场.jpg", jpeg), ("files", "screenshot.png", png), ("files", "来信扫描件.bin", pdf)))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("registered", attached.GetProperty("status").GetString());

        var detail = await DetailAsync(agent, id);
        var files = detail.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["现场.jpg", "screenshot.png", "来信扫描件.bin"], files.Select(f => f.GetProperty("fileName").GetString()));
        Assert.Equal(["image/jpeg", "image/png", "application/pdf"], files.Select(f => f.GetProperty("contentType").GetString()));
        Assert.Equal([3000L, 5000L, 8000L], files.Select(f => f.GetProperty("size").GetInt64()));
        Assert.Equal("attached", Last(detail).GetProperty("action").GetString());
        Assert.Equal("现场.jpg、screenshot.png、来信扫描件.bin", Last(detail).GetProperty("detail").GetString());

        foreach (var (file, bytes) in files.Zip([jpeg, png, pdf]))
        {
            using var download = await agent.GetAsync($"/api/v1/work-orders/{id}/files/{file.GetProperty("id").GetGuid()}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(file.GetProperty("contentType").GetString(), download.Content.Headers.ContentType!.MediaType);
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        }

        // Kept outside the web root under generated names, never under the name the browser sent.
        Assert.Equal(onDisk + 3, app.FilesOnDisk);
        Assert.DoesNotContain(Directory.GetFiles(app.FileRoot, "*", SearchOption.AllDirectories), f => f.EndsWith(".jpg", StringComparison.Ordinal) || f.EndsWith(".png", StringComparison.Ordinal));
        await (await agent.GetAsync($"/api/v1/work-orders/{id}/files/{Guid.NewGuid()}")).ExpectProblemAsync(HttpStatusCode.NotFound, "hotline.file_not_found");
        var other = Id(await CreateAsync(agent, Phone(302)));
        await (await agent.GetAsync($"/api/v1/work-orders/{other}/files/{files[0].GetProperty("id").GetGuid()}")).ExpectProblemAsync(HttpStatusCode.NotFound, "hotline.file_not_found");
    }

    [Fact]
    public async Task A_file_that_is_not_what_it_claims_or_too_large_is_refused_and_nothing_is_kept()
    {
        var agent = await app.AgentAsync();
        var id = Id(await CreateAsync(agent, Phone(303)));
        var before = await DetailAsync(agent, id);
        var onDisk = app.FilesOnDisk;

        var text = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        var problem = await (await agent.PostAsync($"/api/v1/work-orders/{id}/attachments", Form(("files", "photo.jpg", Jpeg(2000, 3)), ("files", "evil.jpg", text)))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("hotline.bad_file", problem.GetProperty("code").GetString());
        Assert.Contains("evil.jpg", problem.GetProperty("errors").GetProperty("files")[0].GetString(), StringComparison.Ordinal);

        var large = await (await agent.PostAsync($"/api/v1/work-orders/{id}/attachments", Form(("files", "big.jpg", Jpeg(Limit + 1, 4))))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("hotline.bad_file", large.GetProperty("code").GetString());
        Assert.Equal("'big.jpg' is larger than 64 KB", large.GetProperty("errors").GetProperty("files")[0].GetString());

        var empty = await (await agent.PostAsync($"/api/v1/work-orders/{id}/attachments", Form(("files", "empty.png", Array.Empty<byte>())))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("hotline.bad_file", empty.GetProperty("code").GetString());
        await (await agent.PostAsync($"/api/v1/work-orders/{id}/attachments", new MultipartFormDataContent { { new StringContent("x"), "note" } })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        Assert.Equal(before.ToString(), (await DetailAsync(agent, id)).ToString());
        Assert.Equal(0, await app.ReadAsync(db => db.Files.CountAsync(f => f.OrderId == id)));
        Assert.Equal(onDisk, app.FilesOnDisk);

        // Exactly at the limit is fine.
        await (await agent.PostAsync($"/api/v1/work-orders/{id}/attachments", Form(("files", "limit.png", Png(Limit, 5))))).ExpectAsync(HttpStatusCode.OK);
        var after = await DetailAsync(agent, id);
        Assert.Equal(["limit.png"], after.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("fileName").GetString()));
        Assert.Equal(Actions(before).Append("attached"), Actions(after));
        Assert.Equal(onDisk + 1, app.FilesOnDisk);
        Assert.Equal(1, await app.ReadAsync(db => db.Files.CountAsync(f => f.OrderId == id)));
    }

    [Fact]
    public async Task An_on_site_verification_keeps_its_findings_and_photos_and_takes_images_only()
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var id = Id(await CreateAsync(agent, Phone(304)));
        await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(unit, id, "accept");
        var onDisk = app.FilesOnDisk;
        var before = await DetailAsync(agent, id);

        var pdfAsPhoto = Verification("卫生间顶部有明显渗水痕迹", "3号楼2单元501", ("photos", "report.pdf", Pdf(1000)));
        var refused = await (await unit.PostAsync($"/api/v1/work-orders/{id}/verifications", pdfAsPhoto)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("hotline.bad_file", refused.GetProperty("code").GetString());
        Assert.Equal(["photos"], refused.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var noFindings = await (await unit.PostAsync($"/api/v1/work-orders/{id}/verifications", Verification(" ", null, ("photos", "a.jpg", Jpeg(500, 6))))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation.failed", noFindings.GetProperty("code").GetString());
        Assert.Equal(before.ToString(), (await DetailAsync(agent, id)).ToString());
        Assert.Equal(onDisk, app.FilesOnDisk);

        var front = Jpeg(4000, 7);
        var ceiling = Png(6000, 8);
        var verified = await unit.PostAsync($"/api/v1/work-orders/{id}/verifications", Verification("卫生间顶部有明显渗水痕迹", "3号楼2单元501", ("photos", "front.jpg", front), ("photos", "ceiling.png", ceiling)));
        Assert.Equal("accepted", (await verified.ExpectAsync(HttpStatusCode.OK)).GetProperty("status").GetString());

        var detail = await DetailAsync(agent, id);
        var verification = Assert.Single(detail.GetProperty("verifications").EnumerateArray());
        Assert.Equal("卫生间顶部有明显渗水痕迹", verification.GetProperty("findings").GetString());
        Assert.Equal("3号楼2单元501", verification.GetProperty("location").GetString());
        Assert.Equal("zjw.chen", verification.GetProperty("by").GetString());
        var photos = verification.GetProperty("photos").EnumerateArray().ToList();
        Assert.Equal(["front.jpg", "ceiling.png"], photos.Select(p => p.GetProperty("fileName").GetString()));
        Assert.Empty(detail.GetProperty("files").EnumerateArray());
        Assert.Equal("卫生间顶部有明显渗水痕迹（3号楼2单元501），照片 2 张", Last(detail).GetProperty("detail").GetString());
        Assert.Equal("verified", Last(detail).GetProperty("action").GetString());
        Assert.Equal(ceiling, await unit.GetByteArrayAsync($"/api/v1/work-orders/{id}/files/{photos[1].GetProperty("id").GetGuid()}"));
        Assert.Equal(onDisk + 2, app.FilesOnDisk);
    }

    [Fact]
    public async Task Lists_and_details_show_the_caller_masked_and_only_an_audited_reveal_shows_them_in_full()
    {
        var agent = await app.AgentAsync();
        var admin = await app.AsAsync("admin");
        var phone = Phone(305);
        var created = await (await agent.PostJsonAsync("/api/v1/work-orders", new { type = "complaint", caller = new { name = "欧阳娜娜", phone, address = "石景山区八角街道杨庄北区3号楼2单元501" }, content = "楼下餐馆油烟直排", categoryCode = "100101" })).ExpectAsync(HttpStatusCode.Created);
        var id = Id(created);

        var list = await (await agent.GetAsync("/api/v1/work-orders?q=" + Uri.EscapeDataString("油烟直排"))).ExpectAsync(HttpStatusCode.OK);
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("欧***", item.GetProperty("callerName").GetString());
        Assert.Equal("137****0305", item.GetProperty("callerPhone").GetString());
        var detail = await DetailAsync(agent, id);
        var history = await (await agent.PostJsonAsync("/api/v1/work-orders/caller-history", new { phone })).ExpectAsync(HttpStatusCode.OK);
        foreach (var shown in new[] { list.ToString(), detail.ToString(), history.ToString() })
        {
            Assert.DoesNotContain(phone, shown, StringComparison.Ordinal);
            Assert.DoesNotContain("欧阳娜娜", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("杨庄北区3号楼", shown, StringComparison.Ordinal);
        }

        Assert.Equal(["reason"], await RefusedAsync(agent, id, "reveal-caller", new { reason = "" }, HttpStatusCode.BadRequest, "validation.failed"));
        var auditBefore = await RevealsAsync(admin, id);
        Assert.Empty(auditBefore);

        var caller = await ActAsync(agent, id, "reveal-caller", new { reason = "回访需拨打来电人电话" });
        Assert.Equal("欧阳娜娜", caller.GetProperty("name").GetString());
        Assert.Equal(phone, caller.GetProperty("phone").GetString());
        Assert.Equal("石景山区八角街道杨庄北区3号楼2单元501", caller.GetProperty("address").GetString());

        var reveal = Assert.Single(await RevealsAsync(admin, id));
        Assert.Equal("hotline.sun", reveal.GetProperty("actor").GetString());
        Assert.Equal("WorkOrder", reveal.GetProperty("entityType").GetString());
        var details = reveal.GetProperty("details").GetString()!;
        Assert.Contains(created.GetProperty("number").GetString()!, details, StringComparison.Ordinal);
        Assert.Contains("回访需拨打来电人电话", details, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, reveal.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳娜娜", reveal.ToString(), StringComparison.Ordinal);

        // A unit that does not hold the order neither sees the caller nor leaves a reveal in the log.
        await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-sthj" });
        var street = await app.AsAsync("babaoshan.liu");
        await (await street.PostJsonAsync($"/api/v1/work-orders/{id}/reveal-caller", new { reason = "想看看" })).ExpectProblemAsync(HttpStatusCode.Forbidden, "hotline.not_your_unit");
        Assert.Single(await RevealsAsync(admin, id));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AsAsync("clerk.li")).PostJsonAsync($"/api/v1/work-orders/{id}/reveal-caller", new { reason = "x" })).StatusCode);

        // The order itself did not change by being revealed.
        Assert.Equal(["created", "dispatched"], Actions(await DetailAsync(agent, id)));
    }

    [Fact]
    public async Task Caller_history_finds_earlier_orders_by_any_form_of_the_number()
    {
        var agent = await app.AgentAsync();
        var landline = await CreateWithPhoneAsync(agent, "010-68871234", "楼道灯坏了");
        var again = await CreateWithPhoneAsync(agent, "01068871234", "楼道灯还是不亮");
        var mobile = await CreateWithPhoneAsync(agent, "+86 139 1102 0999", "公交站牌被撞歪");
        await CreateWithPhoneAsync(agent, "13911020998", "另一位来电人");

        foreach (var form in new[] { "010-68871234", "01068871234", " 010 6887 1234 " })
        {
            var found = await HistoryAsync(agent, form);
            Assert.Equal([again, landline], found);
        }

        foreach (var form in new[] { "13911020999", "+8613911020999", "139 1102 0999" })
        {
            Assert.Equal([mobile], await HistoryAsync(agent, form));
        }

        Assert.Empty(await HistoryAsync(agent, "13911020997"));
        var shown = await (await agent.PostJsonAsync("/api/v1/work-orders/caller-history", new { phone = "010-68871234" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("010****1234", shown[0].GetProperty("callerPhone").GetString());
        Assert.Equal("楼道灯还是不亮", shown[0].GetProperty("content").GetString());

        foreach (var bad in new[] { "12345", "6887123", "", "abc13911020999" })
        {
            Assert.Equal(["phone"], await (await agent.PostJsonAsync("/api/v1/work-orders/caller-history", new { phone = bad })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.UnitAsync()).PostJsonAsync("/api/v1/work-orders/caller-history", new { phone = "13911020999" })).StatusCode);
    }

    private static async Task<Guid> CreateWithPhoneAsync(HttpClient agent, string phone, string content) =>
        Id(await (await agent.PostJsonAsync("/api/v1/work-orders", new { type = "complaint", caller = new { name = "孙", phone }, content, categoryCode = "010402" })).ExpectAsync(HttpStatusCode.Created));

    private static async Task<List<Guid>> HistoryAsync(HttpClient agent, string phone) =>
        (await (await agent.PostJsonAsync("/api/v1/work-orders/caller-history", new { phone })).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();

    private static async Task<List<JsonElement>> RevealsAsync(HttpClient reader, Guid id)
    {
        var entries = await (await reader.GetAsync("/api/v1/audit?action=reveal-personal-data&entityType=WorkOrder&take=1000")).ExpectAsync(HttpStatusCode.OK);
        return entries.EnumerateArray().Where(e => e.GetProperty("entityId").GetString() == id.ToString()).ToList();
    }

    private static MultipartFormDataContent Form(params (string Field, string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
            form.Add(content, field, name);
        }

        return form;
    }

    private static MultipartFormDataContent Verification(string findings, string? location, params (string Field, string Name, byte[] Bytes)[] photos)
    {
        var form = Form(photos);
        form.Add(new StringContent(findings), "findings");
        if (location is not null)
        {
            form.Add(new StringContent(location), "location");
        }

        return form;
    }

    private static byte[] Jpeg(int size, int seed) => Signed([0xFF, 0xD8, 0xFF, 0xE0], size, seed);

    private static byte[] Png(int size, int seed) => Signed([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size, seed);

    private static byte[] Pdf(int size) => Signed("%PDF-1.7\n"u8.ToArray(), size, 9);

    private static byte[] Signed(byte[] magic, int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        magic.CopyTo(bytes, 0);
        return bytes;
    }
}
