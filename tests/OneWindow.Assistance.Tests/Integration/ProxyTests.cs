using System.Net;
using DocumentFormat.OpenXml.Packaging;
using OneWindow.Testing;
using static OneWindow.Assistance.Tests.Integration.Desk;

namespace OneWindow.Assistance.Tests.Integration;

/// <summary>代办: the signed material hand-over, the applicant's identifiers, the steps and the 代办材料交接单.</summary>
[Trait("Category", "Integration")]
[Collection(AssistanceApp.Collection)]
public sealed class ProxyTests(AssistanceApp app)
{
    [Fact]
    public async Task A_proxy_takes_material_names_from_the_catalog_and_masks_the_applicant()
    {
        var clerk = await app.AsAsync("clerk.li");

        var proxy = await CreatedAsync(clerk, "/api/v1/assistance/proxies", Proxy(center: "sjs"));

        Assert.Equal("received", proxy.GetProperty("status").GetString());
        Assert.Equal("clerk.li", proxy.GetProperty("proxyStaff").GetString());
        Assert.Equal("李**", proxy.GetProperty("applicantName").GetString());
        Assert.Equal("1101**********002X", proxy.GetProperty("applicantId").GetString());
        Assert.Equal("138****8000", proxy.GetProperty("applicantPhone").GetString());
        var lines = proxy.GetProperty("materials").EnumerateArray().ToList();
        Assert.Equal(["登记申请书", "居民身份证"], lines.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal([true, false], lines.Select(l => l.GetProperty("original").GetBoolean()));
        Assert.Equal([1, 2], lines.Select(l => l.GetProperty("copies").GetInt32()));
        Assert.Equal("李**", proxy.GetProperty("applicantSignature").GetString());
        Assert.Equal("王芳", proxy.GetProperty("staffSignature").GetString());
    }

    [Fact]
    public async Task An_enterprise_applicant_is_checked_by_its_credit_code()
    {
        var admin = await app.AsAsync();
        var body = new
        {
            centerCode = "sjs-lugu",
            applicant = new { kind = "enterprise", name = "北京鲁谷商贸有限公司", creditCode = CreditCode(), phone = "13800138000" },
            itemCode = "SCJG-001",
            materials = new[] { new { code = "SCJG-001-M01", original = true, copies = 1 } },
            applicantSignature = "刘德明",
            staffSignature = "王芳",
        };
        var proxy = await CreatedAsync(admin, "/api/v1/assistance/proxies", body);
        Assert.Equal("enterprise", proxy.GetProperty("applicantKind").GetString());
        Assert.Equal("北京鲁谷商贸有限公司", proxy.GetProperty("applicantName").GetString());

        var bad = CreditCode()[..17] + (CreditCode()[17] == '0' ? '1' : '0');
        var fields = await (await admin.PostJsonAsync("/api/v1/assistance/proxies", new
        {
            centerCode = "sjs-lugu",
            applicant = new { kind = "enterprise", name = "北京鲁谷商贸有限公司", creditCode = bad, phone = "13800138000" },
            itemCode = "SCJG-001",
            materials = new[] { new { code = "SCJG-001-M01", original = true, copies = 1 } },
            applicantSignature = "刘德明",
            staffSignature = "王芳",
        })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["applicant.creditCode"], fields);
    }

    [Fact]
    public async Task Bad_proxy_input_names_every_field_and_stores_nothing()
    {
        var admin = await app.AsAsync();
        var before = await CountAsync(admin, "sjs-wulituo");

        var fields = await (await admin.PostJsonAsync("/api/v1/assistance/proxies", Proxy(center: "sjs-wulituo", idNumber: "110105194912310021", materials: [new { code = "SCJG-001-M01", copies = 0 }])))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("applicant.idNumber", fields);
        Assert.Contains("materials[0].copies", fields);
        var unknown = await (await admin.PostJsonAsync("/api/v1/assistance/proxies", Proxy(center: "sjs-wulituo", materials: [new { code = "GA-001-M03", copies = 1 }])))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "assistance.unknown_material");
        Assert.Equal(["materials[0].code"], unknown);
        await (await admin.PostJsonAsync("/api/v1/assistance/proxies", new { centerCode = "sjs-wulituo" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await admin.PostJsonAsync("/api/v1/assistance/proxies", Proxy(center: "nowhere"))).ExpectProblemAsync(HttpStatusCode.BadRequest, "assistance.unknown_center");

        Assert.Equal(before, await CountAsync(admin, "sjs-wulituo"));
    }

    [Fact]
    public async Task A_proxy_is_submitted_with_a_known_case_then_returned_with_a_signature_and_illegal_steps_are_409()
    {
        var clerk = await app.AsAsync("clerk.li");
        var id = (await CreatedAsync(clerk, "/api/v1/assistance/proxies", Proxy(center: "sjs"))).GetProperty("id").GetGuid();
        var url = $"/api/v1/assistance/proxies/{id}";

        await (await clerk.PostJsonAsync(url + "/return", new { signature = "李桂兰" })).ExpectProblemAsync(HttpStatusCode.Conflict, "assistance.proxy_illegal_step");
        await (await clerk.PostJsonAsync(url + "/submit", new { caseNumber = "SJS-NO-SUCH-CASE" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "assistance.unknown_case");
        Assert.Equal("received", (await (await clerk.GetAsync(url)).ExpectAsync(HttpStatusCode.OK)).GetProperty("case").GetProperty("status").GetString());

        var number = app.Cases.Add();
        var submitted = await (await clerk.PostJsonAsync(url + "/submit", new { caseNumber = number })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        Assert.Equal(number, submitted.GetProperty("caseNumber").GetString());
        await (await clerk.PostJsonAsync(url + "/submit", new { caseNumber = number })).ExpectProblemAsync(HttpStatusCode.Conflict, "assistance.proxy_illegal_step");
        await (await clerk.PostJsonAsync(url + "/return", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var returned = await (await clerk.PostJsonAsync(url + "/return", new { signature = "李桂兰", note = "营业执照已当面交付" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("result-returned", returned.GetProperty("status").GetString());
        Assert.Equal("李**", returned.GetProperty("returnSignature").GetString());
        await (await clerk.PostJsonAsync(url + "/cancel", new { reason = "too late" })).ExpectProblemAsync(HttpStatusCode.Conflict, "assistance.proxy_illegal_step");

        var detail = await (await clerk.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["proxy-received", "proxy-submitted", "proxy-result-returned"], detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Two_people_submitting_the_same_proxy_at_once_get_one_success_and_one_409()
    {
        var clerk = await app.AsAsync("clerk.li");
        var guide = await app.AsAsync("admin");
        var id = (await CreatedAsync(clerk, "/api/v1/assistance/proxies", Proxy(center: "sjs"))).GetProperty("id").GetGuid();
        var url = $"/api/v1/assistance/proxies/{id}/submit";
        var first = app.Cases.Add();
        var second = app.Cases.Add();

        var responses = await Task.WhenAll(clerk.PostJsonAsync(url, new { caseNumber = first }), guide.PostJsonAsync(url, new { caseNumber = second }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var detail = await (await clerk.GetAsync($"/api/v1/assistance/proxies/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Single(detail.GetProperty("history").EnumerateArray(), e => e.GetProperty("action").GetString() == "proxy-submitted");
    }

    [Fact]
    public async Task The_handover_form_lists_the_materials_and_both_signatures_with_their_times()
    {
        var clerk = await app.AsAsync("clerk.li");
        var proxy = await CreatedAsync(clerk, "/api/v1/assistance/proxies", Proxy(center: "sjs"));
        var id = proxy.GetProperty("id").GetGuid();

        var response = await clerk.GetAsync($"/api/v1/assistance/proxies/{id}/handover.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("代办材料交接单", text, StringComparison.Ordinal);
        Assert.Contains("登记申请书", text, StringComparison.Ordinal);
        Assert.Contains("居民身份证", text, StringComparison.Ordinal);
        Assert.Contains("申请人（签字）李桂兰", text, StringComparison.Ordinal);
        Assert.Contains("代办人（签字）王芳", text, StringComparison.Ordinal);
        Assert.Contains(proxy.GetProperty("number").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("申请人李桂兰", text, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", text, StringComparison.Ordinal);
        Assert.Equal(4, document.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count());

        var auditor = await app.AsAsync("auditor.zhao");
        var entries = await (await auditor.GetAsync("/api/v1/audit?action=reveal-personal-data&entityType=ProxyCase&take=1000")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(entries.EnumerateArray(), e => e.GetProperty("entityId").GetString() == id.ToString() && e.GetProperty("actor").GetString() == "clerk.li");
    }

    private static async Task<int> CountAsync(HttpClient client, string center) =>
        (await (await client.GetAsync($"/api/v1/assistance/proxies?center={center}")).ExpectAsync(HttpStatusCode.OK)).GetArrayLength();
}
