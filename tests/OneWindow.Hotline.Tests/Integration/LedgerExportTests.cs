using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Features.ExportLedger;
using OneWindow.Hotline.Features.ListWorkOrders;
using OneWindow.Testing;
using static OneWindow.Hotline.Tests.Integration.Orders;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>台账导出: the ledger search as an XLSX sheet, read back with MiniExcel.</summary>
[Trait("Category", "Integration")]
public sealed class LedgerExportTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers =
    [
        "工单编号", "来电人", "联系电话", "地址", "诉求内容", "一级分类", "二级分类", "三级分类", "街道（乡镇）", "承办单位",
        "诉求类型", "来源渠道", "办理状态", "受理时间", "办理时限", "回复时间", "办结时间", "是否联系", "是否解决", "满意度", "督办级别", "是否超期",
    ];

    [Fact]
    public async Task The_export_has_the_ledger_fields_with_the_caller_masked_and_follows_the_filters_and_the_unit_scope()
    {
        var agent = await app.ClientForAsync();
        const string Marker = "台账导出核对";
        const string Name = "欧阳明华";
        const string Mobile = "13766668888";
        const string Address = "北京市石景山区八角街道八角北路12号院3号楼";

        // 1: closed after a valid callback (contacted, unsolved, basically satisfied), with the street unit;
        // 2: with 住建委, 重点督办; 3: with 八宝山街道, just dispatched; 4: registered only, another issue.
        var closed = await CreateWithAddressAsync(agent, Name, Mobile, Address, $"{Marker}：八角北路早市占道经营", StreetLeaf, "sjs-bajiao", "complaint");
        await ActAsync(agent, closed, "dispatch", new { unitCode = "u-sjs-bajiao" });
        await ActAsync(agent, closed, "accept");
        await ActAsync(agent, closed, "reply", new { content = "已协调城管执法队清理", solved = false });
        await ActAsync(agent, closed, "callback", new { valid = true, contacted = true, solved = false, satisfaction = "basically-satisfied" });

        var supervised = await CreateWithAddressAsync(agent, "李四", "13766660002", null, $"{Marker}：楼上漏水", HousingLeaf, null, "help");
        await ActAsync(agent, supervised, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(agent, supervised, "supervise", new { reason = "群众反映强烈", level = 2 });

        var babaoshan = await CreateWithAddressAsync(agent, "张三丰", "13766660003", null, $"{Marker}：小区门口占道", StreetLeaf, "sjs-babaoshan", "report");
        await ActAsync(agent, babaoshan, "dispatch", new { unitCode = "u-sjs-babaoshan" });

        await CreateWithAddressAsync(agent, "王五", "13766660004", null, "与台账无关的其他诉求", HousingLeaf, null, "suggestion");

        var response = await agent.GetAsync($"/api/v1/work-orders/export?q={Uri.EscapeDataString(Marker)}&sort=created-asc");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var (headers, rows) = await ReadAsync(response);
        Assert.Equal(Headers, headers);
        Assert.Equal(3, rows.Count);

        var first = rows[0];
        Assert.Matches("^[0-9]{14}$", first["工单编号"]);
        Assert.Equal("欧***", first["来电人"]);
        Assert.Equal("137****8888", first["联系电话"]);
        Assert.Equal("北京市石景山********", first["地址"]);
        Assert.Equal($"{Marker}：八角北路早市占道经营", first["诉求内容"]);
        Assert.Equal(("城乡建设", "市容环境", "占道经营"), (first["一级分类"], first["二级分类"], first["三级分类"]));
        Assert.Equal("八角街道", first["街道（乡镇）"]);
        Assert.Equal("八角街道办事处", first["承办单位"]);
        Assert.Equal(("投诉", "电话", "已办结"), (first["诉求类型"], first["来源渠道"], first["办理状态"]));
        foreach (var time in new[] { "受理时间", "办理时限", "回复时间", "办结时间" })
        {
            Assert.Matches("^20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$", first[time]);
        }

        Assert.Equal(("是", "否", "基本满意", string.Empty, "否"), (first["是否联系"], first["是否解决"], first["满意度"], first["督办级别"], first["是否超期"]));

        Assert.Equal(("李*", "137****0002", string.Empty), (rows[1]["来电人"], rows[1]["联系电话"], rows[1]["地址"]));
        Assert.Equal(("住房", "房屋质量", "漏水"), (rows[1]["一级分类"], rows[1]["二级分类"], rows[1]["三级分类"]));
        Assert.Equal(("求助", "待签收", "区住房和城乡建设委员会", "重点督办"), (rows[1]["诉求类型"], rows[1]["办理状态"], rows[1]["承办单位"], rows[1]["督办级别"]));
        Assert.Equal((string.Empty, string.Empty, string.Empty, string.Empty, string.Empty), (rows[1]["街道（乡镇）"], rows[1]["回复时间"], rows[1]["是否联系"], rows[1]["是否解决"], rows[1]["满意度"]));
        Assert.Equal(("张**", "举报", "八宝山街道"), (rows[2]["来电人"], rows[2]["诉求类型"], rows[2]["街道（乡镇）"]));

        // Nothing of the caller in full anywhere in the sheet.
        var cells = rows.SelectMany(r => r.Values).ToList();
        Assert.DoesNotContain(cells, c => c.Contains(Mobile, StringComparison.Ordinal) || c.Contains(Name, StringComparison.Ordinal) || c.Contains("八角北路12号", StringComparison.Ordinal) || c.Contains("张三丰", StringComparison.Ordinal));

        // The filters of the ledger search apply.
        var (_, onlySupervised) = await ReadAsync(await agent.GetAsync($"/api/v1/work-orders/export?q={Uri.EscapeDataString(Marker)}&supervised=true"));
        Assert.Equal(["区住房和城乡建设委员会"], onlySupervised.Select(r => r["承办单位"]));
        var (_, onlyClosed) = await ReadAsync(await agent.GetAsync($"/api/v1/work-orders/export?q={Uri.EscapeDataString(Marker)}&status=closed&type=complaint"));
        Assert.Equal([first["工单编号"]], onlyClosed.Select(r => r["工单编号"]));
        var (emptyHeaders, none) = await ReadAsync(await agent.GetAsync($"/api/v1/work-orders/export?q={Uri.EscapeDataString(Marker)}&unit=u-sjs-lugu"));
        Assert.Empty(none);
        Assert.Equal(Headers, emptyHeaders);

        // A unit officer of 八宝山 exports only the orders with their own unit.
        var officer = await app.ClientForAsync("babaoshan.liu");
        var (_, own) = await ReadAsync(await officer.GetAsync($"/api/v1/work-orders/export?q={Uri.EscapeDataString(Marker)}"));
        Assert.Equal(["八宝山街道办事处"], own.Select(r => r["承办单位"]));
    }

    [Fact]
    public async Task Bad_filters_are_refused_and_an_export_larger_than_the_cap_is_refused_with_a_clear_problem()
    {
        var agent = await app.ClientForAsync();
        Assert.Equal(["status"], await (await agent.GetAsync("/api/v1/work-orders/export?status=lost")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["from"], await (await agent.GetAsync("/api/v1/work-orders/export?from=2026-02-30")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/work-orders/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("clerk.li")).GetAsync("/api/v1/work-orders/export")).StatusCode);

        for (var i = 0; i < 3; i++)
        {
            await CreateAsync(agent, Phone(900 + i), content: "超出导出上限的核对工单");
        }

        // The cap is 100,000 rows; with a cap of 2 the same rule refuses three matching orders and names the count.
        await using var scope = app.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<HotlineDesk>();
        var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, "SystemAdmin")], "test"));
        var refused = await ExportLedger.HandleAsync(new ListWorkOrders.Filter(Q: "超出导出上限的核对工单"), admin, desk, maxRows: 2, default);
        Assert.Equal(400, refused.Error?.Status);
        Assert.Equal("hotline.export_too_large", refused.Error?.Code);
        Assert.Contains("3 work orders match", refused.Error!.Describe(), StringComparison.Ordinal);
        var allowed = await ExportLedger.HandleAsync(new ListWorkOrders.Filter(Q: "超出导出上限的核对工单"), admin, desk, maxRows: 3, default);
        Assert.Equal(3, allowed.Value?.Rows);
        Assert.Equal(100_000, ExportLedger.MaxRows);
    }

    private static async Task<Guid> CreateWithAddressAsync(HttpClient agent, string name, string phone, string? address, string content, string category, string? street, string type)
    {
        var response = await agent.PostJsonAsync("/api/v1/work-orders", new { type, channel = "phone", caller = new { name, phone, address }, content, categoryCode = category, streetCode = street });
        return (await response.ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<(List<string> Headers, List<Dictionary<string, string>> Rows)> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["台账"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var headers = MiniExcel.Query(stream).Cast<IDictionary<string, object?>>().First().Values.Select(v => v?.ToString() ?? string.Empty).ToList();
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(c => c.Key, c => c.Value?.ToString() ?? string.Empty, StringComparer.Ordinal))
            .ToList();
        return (headers, rows);
    }
}
