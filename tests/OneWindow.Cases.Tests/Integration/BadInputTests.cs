using System.Net;
using System.Net.Http.Json;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>Bad input is a 4xx ProblemDetails with a stable code naming every bad field, and stores nothing.</summary>
[Trait("Category", "Integration")]
public sealed class BadInputTests(DemoApp app) : IClassFixture<DemoApp>
{
    private async Task<int> TotalAsync(HttpClient client) =>
        (await (await client.GetAsync(new Uri("/api/v1/cases?pageSize=1", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();

    [Fact]
    public async Task Bad_id_check_digits_credit_codes_phones_items_and_materials_are_refused_and_nothing_is_stored()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var before = await TotalAsync(clerk);
        var id = IdNumber(50);
        var wrongCheck = id[..17] + (id[17] == '1' ? '2' : '1');

        var fields = await (await clerk.PostJsonAsync("/api/v1/cases", new { itemCode = Item, applicant = new { kind = "person", name = "王秀英", idNumber = wrongCheck, phone = "12345" }, provided = AllMaterials }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "cases.invalid_id_number");
        Assert.Contains("applicant.idNumber", fields);
        Assert.Contains("applicant.phone", fields);

        fields = await (await clerk.PostJsonAsync("/api/v1/cases", new { itemCode = Item, applicant = new { kind = "enterprise", name = "北京某某餐饮有限公司", creditCode = "91110107MA01ABCD1X", legalRepresentative = "张三", phone = Phone(50) }, provided = AllMaterials }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "cases.invalid_credit_code");
        Assert.Equal(["applicant.creditCode"], fields);

        fields = await (await clerk.PostJsonAsync("/api/v1/cases", new { itemCode = "NO-SUCH-ITEM", applicant = Person(50), provided = Array.Empty<string>() }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "cases.unknown_item");
        Assert.Equal(["itemCode"], fields);

        fields = await (await clerk.PostJsonAsync("/api/v1/cases", new { itemCode = Item, applicant = Person(50), provided = new[] { "ID_CARD", "PASSPORT_OF_MARS" } }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "cases.unknown_material");
        Assert.Equal(["provided"], fields);

        fields = await (await clerk.PostJsonAsync("/api/v1/cases", new { itemCode = Item, bundleCode = "YJS-TX", applicant = (object?)null }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("itemCode", fields);
        Assert.Contains("applicant", fields);

        using var broken = await clerk.PostAsync(new Uri("/api/v1/cases", UriKind.Relative), new StringContent("{\"itemCode\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);

        Assert.Equal(before, await TotalAsync(clerk));
    }

    [Fact]
    public async Task An_enterprise_with_a_valid_credit_code_is_accepted_and_unknown_cases_are_404()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var created = await (await clerk.PostJsonAsync("/api/v1/cases", new { itemCode = "SCJG-009", applicant = new { kind = "enterprise", name = "北京石景山某某商贸有限公司", creditCode = "91350100M000100Y43", legalRepresentative = "张三", contactName = "李四", phone = Phone(51) }, provided = new[] { "SCJG-009-M01", "BUSINESS_LICENSE" } }))
            .ExpectAsync(HttpStatusCode.Created);
        var detail = await GetAsync(clerk, Id(created));
        Assert.Equal("enterprise", detail.GetProperty("applicant").GetProperty("kind").GetString());
        Assert.Equal("91350100M000100Y43", detail.GetProperty("applicant").GetProperty("idNumber").GetString());
        Assert.Equal("张*", detail.GetProperty("applicant").GetProperty("legalRepresentative").GetString());

        await (await clerk.GetAsync(new Uri($"/api/v1/cases/{Guid.NewGuid()}", UriKind.Relative))).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.not_found");
        await (await clerk.PostJsonAsync($"/api/v1/cases/{Guid.NewGuid()}/accept", new { })).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.not_found");
        await (await clerk.GetAsync(new Uri($"/api/v1/cases/{Id(created)}/documents/love-letter", UriKind.Relative))).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.unknown_document");
        await (await clerk.GetAsync(new Uri("/api/v1/cases?status=lost&from=yesterday&pageSize=0", UriKind.Relative))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }
}
