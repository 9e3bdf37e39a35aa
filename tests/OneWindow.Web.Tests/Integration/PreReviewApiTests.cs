using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Catalog.Data;
using OneWindow.Testing;

namespace OneWindow.Web.Tests.Integration;

/// <summary>
/// 智慧化审前: a visitor uploads materials for an item before coming and gets the one-time-notice checklist and a
/// receipt code; the window opens the files with the code; bad files store nothing; expired pre-reviews are purged.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PreReviewApiTests(PreReviewApiTests.App app) : IClassFixture<PreReviewApiTests.App>
{
    /// <summary>个体工商户设立登记: 登记申请书, 居民身份证 and 经营场所证明 are required.</summary>
    private const string Item = "SCJG-001";

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_visitor_missing_one_material_is_told_exactly_that_and_the_window_opens_the_uploads_by_the_code()
    {
        var visitor = app.CreateClient();
        var created = await (await visitor.PostAsync("/api/v1/pre-reviews", Form(Item, ("SCJG-001-M01", "申请书.pdf", Pdf), ("ID_CARD", "身份证.png", Png)))).ExpectAsync(HttpStatusCode.Created);
        var code = created.GetProperty("code").GetString()!;
        Assert.Matches("^[2-9A-HJ-NP-Z]{10}$", code);
        Assert.False(created.GetProperty("complete").GetBoolean());

        // The same checklist the window's one-time notice uses.
        var admin = await app.ClientForAsync();
        var assessed = await (await admin.PostJsonAsync("/api/v1/cases/assess", new { itemCode = Item, provided = new[] { "SCJG-001-M01", "ID_CARD" } })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(Codes(assessed.GetProperty("missing")), Codes(created.GetProperty("missing")));
        Assert.Equal(["PREMISES_PROOF"], Codes(created.GetProperty("missing")));
        Assert.Equal(["ID_CARD", "SCJG-001-M01"], Codes(created.GetProperty("received"), "materialCode"));
        Assert.All(created.GetProperty("received").EnumerateArray(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("id").ValueKind));

        // Public look-up by code shows the result, not the files; staff get file ids and the file itself, as an attachment.
        var lookedUp = await (await visitor.GetAsync($"/api/v1/pre-reviews/{code.ToLowerInvariant()}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(code, lookedUp.GetProperty("code").GetString());
        Assert.All(lookedUp.GetProperty("received").EnumerateArray(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("id").ValueKind));
        var forStaff = await (await admin.GetAsync($"/api/v1/pre-reviews/{code}")).ExpectAsync(HttpStatusCode.OK);
        var png = forStaff.GetProperty("received").EnumerateArray().Single(f => f.GetProperty("materialCode").GetString() == "ID_CARD");
        var fileUrl = $"/api/v1/pre-reviews/{code}/files/{png.GetProperty("id").GetGuid()}";
        using var download = await admin.GetAsync(fileUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync(fileUrl)).StatusCode);

        var complete = await (await visitor.PostAsync("/api/v1/pre-reviews", Form(Item, ("SCJG-001-M01", "a.pdf", Pdf), ("ID_CARD", "b.png", Png), ("PREMISES_PROOF", "c.pdf", Pdf)))).ExpectAsync(HttpStatusCode.Created);
        Assert.True(complete.GetProperty("complete").GetBoolean());
        Assert.Empty(complete.GetProperty("missing").EnumerateArray());
    }

    [Fact]
    public async Task Bad_files_and_unknown_items_are_refused_and_nothing_is_stored()
    {
        var visitor = app.CreateClient();
        var before = await CountAsync();
        var exe = Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0 this program cannot be run in DOS mode");
        var fields = await (await visitor.PostAsync("/api/v1/pre-reviews", Form(Item, ("SCJG-001-M01", "申请书.pdf", exe), ("ID_CARD", "id.png", Png)))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["files.SCJG-001-M01"], fields);
        await (await visitor.PostAsync("/api/v1/pre-reviews", Form(Item, ("SCJG-001-M01", "big.pdf", Pdf.Concat(new byte[App.MaxFileBytes]).ToArray())))).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge, "prereview.too_large");
        Assert.Equal(["files"], await (await visitor.PostAsync("/api/v1/pre-reviews", Form(Item, ("NOT_A_MATERIAL", "x.pdf", Pdf)))).ExpectProblemAsync(HttpStatusCode.BadRequest, "catalog.unknown_material"));
        Assert.Equal(["itemCode"], await (await visitor.PostAsync("/api/v1/pre-reviews", Form("NO-SUCH-ITEM", ("ID_CARD", "x.pdf", Pdf)))).ExpectProblemAsync(HttpStatusCode.BadRequest, "catalog.unknown_item"));
        await (await visitor.PostJsonAsync("/api/v1/pre-reviews", new { itemCode = Item })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await visitor.GetAsync("/api/v1/pre-reviews/ZZZZZZZZZZ")).ExpectProblemAsync(HttpStatusCode.NotFound, "prereview.unknown");
        Assert.Equal(before, await CountAsync());
        Assert.Equal(before.Files, Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Length : 0);
    }

    [Fact]
    public async Task Pre_reviews_past_their_keeping_time_are_purged_with_their_files()
    {
        var visitor = app.CreateClient();
        var created = await (await visitor.PostAsync("/api/v1/pre-reviews", Form(Item, ("ID_CARD", "id.png", Png)))).ExpectAsync(HttpStatusCode.Created);
        var code = created.GetProperty("code").GetString()!;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var stored = await db.PreReviews.Include(s => s.Files).SingleAsync(s => s.Code == code);
            var path = Path.Combine(Folder, stored.Files[0].StoredPath);
            Assert.True(File.Exists(path));
            Assert.Equal(0, await OneWindow.Catalog.Features.PurgePreReviews.PurgePreReviews.RunAsync(db, scope.ServiceProvider.GetRequiredService<PreReviewFiles>(), DateTimeOffset.UtcNow.AddDays(29), default));
            db.ChangeTracker.Clear();
            Assert.True(await OneWindow.Catalog.Features.PurgePreReviews.PurgePreReviews.RunAsync(db, scope.ServiceProvider.GetRequiredService<PreReviewFiles>(), DateTimeOffset.UtcNow.AddDays(31), default) >= 1);
            Assert.False(File.Exists(path));
        }

        await (await visitor.GetAsync($"/api/v1/pre-reviews/{code}")).ExpectProblemAsync(HttpStatusCode.NotFound, "prereview.unknown");
    }

    private string Folder => Path.Combine(app.DataDirectory, "prereview-files");

    private async Task<(int Submissions, int Files)> CountAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        return (await db.PreReviews.CountAsync(), await db.PreReviewFiles.CountAsync());
    }

    private static List<string> Codes(JsonElement list, string field = "code") => list.EnumerateArray().Select(m => m.GetProperty(field).GetString()!).ToList();

    private static MultipartFormDataContent Form(string itemCode, params (string Code, string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(itemCode), "itemCode" } };
        foreach (var (code, name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, code, name);
        }

        return form;
    }

    public sealed class App() : AppFactory(settings: new Dictionary<string, string?> { ["OneWindow:PreReview:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) })
    {
        public const int MaxFileBytes = 64 * 1024;
    }
}
