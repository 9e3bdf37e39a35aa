using System.Net;
using System.Net.Http.Headers;
using MiniExcelLibs;
using OneWindow.Testing;

namespace OneWindow.Web.Tests.Integration;

/// <summary>XLSX export and import of the whole catalog: round trip, revisions, and every bad cell reported.</summary>
[Trait("Category", "Integration")]
public sealed class CatalogWorkbookTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static async Task<Dictionary<string, List<Dictionary<string, object?>>>> ExportAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/catalog/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheets = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var sheet in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            sheets[sheet] = MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()
                .Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
        }

        return sheets;
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] workbook)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "catalog.xlsx");
        return await client.PostAsync("/api/v1/catalog/import", form);
    }

    private static byte[] Save(Dictionary<string, List<Dictionary<string, object?>>> sheets)
    {
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets.ToDictionary(s => s.Key, s => (object)s.Value));
        return stream.ToArray();
    }

    [Fact]
    public async Task Importing_the_export_changes_nothing_and_an_edited_row_becomes_a_new_version()
    {
        var admin = await app.ClientForAsync();
        var sheets = await ExportAsync(admin);
        Assert.Equal(["事项", "材料", "一件事"], sheets.Keys.ToArray());
        var items = sheets["事项"].Count;
        Assert.True(items >= 80);
        Assert.Equal("行政许可", sheets["事项"].First(r => (string?)r["事项编码"] == "SCJG-007")["事项类型"]);

        var same = await (await ImportAsync(admin, Save(sheets))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(items, same.GetProperty("itemsUnchanged").GetInt32());
        Assert.Equal(0, same.GetProperty("itemsCreated").GetInt32() + same.GetProperty("itemsRevised").GetInt32());
        Assert.Equal(sheets["一件事"].Count, same.GetProperty("bundlesUnchanged").GetInt32());

        var food = sheets["事项"].First(r => (string?)r["事项编码"] == "SCJG-007");
        food["承诺时限"] = 8;
        food["生效日期"] = "2031-01-01";
        var added = new Dictionary<string, object?>(sheets["事项"][0]) { ["事项编码"] = "XL-NEW-1", ["事项名称"] = "表格新增事项", ["生效日期"] = null };
        sheets["事项"].Add(added);
        sheets["材料"].Add(new Dictionary<string, object?>(sheets["材料"][0]) { ["事项编码"] = "XL-NEW-1", ["序号"] = 1, ["材料编码"] = "ID_CARD", ["材料名称"] = "居民身份证" });
        var changed = await (await ImportAsync(admin, Save(sheets))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, changed.GetProperty("itemsCreated").GetInt32());
        Assert.Equal(1, changed.GetProperty("itemsRevised").GetInt32());

        var client = app.CreateClient();
        Assert.Equal(10, (await (await client.GetAsync("/api/v1/catalog/items/SCJG-007")).ExpectAsync(HttpStatusCode.OK)).GetProperty("promisedDays").GetInt32());
        var later = await (await client.GetAsync("/api/v1/catalog/items/SCJG-007?on=2031-01-02")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(8, later.GetProperty("promisedDays").GetInt32());
        Assert.Equal(2, later.GetProperty("version").GetInt32());
        var created = await (await client.GetAsync("/api/v1/catalog/items/XL-NEW-1")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("ID_CARD", created.GetProperty("materials")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_bad_workbook_imports_nothing_and_names_every_bad_cell()
    {
        var admin = await app.ClientForAsync();
        var sheets = await ExportAsync(admin);
        var rows = sheets["事项"];
        rows[1]["承诺时限"] = "很多";                       // row 3, column H
        rows[2]["事项类型"] = "魔法";                       // row 4, column C
        rows[3]["实施部门编码"] = "nowhere";                 // row 5, column D
        rows.Add(new Dictionary<string, object?>(rows[4]) { ["事项名称"] = "重复的行" }); // a second row for the same code
        rows.Add(new Dictionary<string, object?>(rows[0]) { ["事项编码"] = "XL-BAD-NEW", ["生效日期"] = "2026-02-30" });
        sheets["材料"][0]["材料编码"] = null;                 // row 2, column C
        sheets["一件事"][0]["包含事项"] = "NOPE-1,NOPE-2";   // row 2, column C
        var fields = await (await ImportAsync(admin, Save(sheets))).ExpectProblemAsync(HttpStatusCode.BadRequest, "catalog.bad_cells");
        foreach (var cell in new[] { "事项!H3", "事项!C4", "事项!D5", $"事项!A{rows.Count}", $"事项!AA{rows.Count + 1}", "材料!C2", "一件事!C2" })
        {
            Assert.Contains(cell, fields);
        }

        await (await app.CreateClient().GetAsync("/api/v1/catalog/items/XL-BAD-NEW")).ExpectProblemAsync(HttpStatusCode.NotFound, "catalog.unknown_item");
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused()
    {
        var admin = await app.ClientForAsync();
        await (await ImportAsync(admin, "这不是表格"u8.ToArray())).ExpectProblemAsync(HttpStatusCode.BadRequest, "catalog.bad_file");
        await (await ImportAsync(admin, [])).ExpectProblemAsync(HttpStatusCode.BadRequest, "catalog.bad_file");
        var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("[Content_Types].xml").Open());
            writer.Write("<Types/>");
        }

        await (await ImportAsync(admin, zip.ToArray())).ExpectProblemAsync(HttpStatusCode.BadRequest, "catalog.bad_file");
        var anonymous = await ImportAsync(app.CreateClient(), [1, 2, 3]);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
