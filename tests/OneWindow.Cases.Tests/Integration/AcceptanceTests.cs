using System.Net;
using System.Text.Json;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>一窗受理: incomplete → materials arrive → accepted with the promised deadline; masking; 容缺 and licenses.</summary>
[Trait("Category", "Integration")]
public sealed class AcceptanceTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task A_case_missing_a_material_is_incomplete_cannot_be_accepted_and_is_accepted_with_the_calendar_deadline_once_it_arrives()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var created = await CreateAsync(clerk, 1, "MZ-005-M01", "ID_CARD");
        Assert.Equal("incomplete", created.GetProperty("status").GetString());
        Assert.Matches($"^{Today.Replace("-", string.Empty, StringComparison.Ordinal)}\\d{{6}}$", created.GetProperty("number").GetString());
        var id = Id(created);

        var detail = await GetAsync(clerk, id);
        Assert.Equal(["MZ-005-M03"], detail.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        Assert.Equal("困难情况说明", detail.GetProperty("missing")[0].GetProperty("name").GetString());
        var applicant = detail.GetProperty("applicant");
        Assert.Equal("1101**********" + IdNumber(1)[^4..], applicant.GetProperty("idNumber").GetString());
        Assert.Equal("139****" + Phone(1)[^4..], applicant.GetProperty("phone").GetString());
        Assert.Equal("王**", applicant.GetProperty("name").GetString());

        await (await clerk.PostJsonAsync($"/api/v1/cases/{id}/accept", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.materials_missing");
        Assert.Equal(["created-incomplete"], Actions(await GetAsync(clerk, id)));

        var added = await ActAsync(clerk, id, "materials", new { provided = new[] { "MZ-005-M03" } });
        Assert.Equal("submitted", added.GetProperty("status").GetString());
        var accepted = await ActAsync(clerk, id, "accept");
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());

        var expected = await (await clerk.GetAsync(new Uri($"/api/v1/calendar/deadline?start={Today}&workdays=10&center=sjs", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(expected.GetProperty("deadline").GetString(), accepted.GetProperty("deadline").GetString());
        detail = await GetAsync(clerk, id);
        Assert.Equal(expected.GetProperty("deadline").GetString(), detail.GetProperty("deadline").GetString());
        Assert.Equal(["created-incomplete", "materials-received", "accepted"], Actions(detail));
        Assert.All(detail.GetProperty("history").EnumerateArray(), e => Assert.Equal("clerk.li", e.GetProperty("actor").GetString()));

        // Accepting again is not a change of state: refused, and nothing is recorded.
        await (await clerk.PostJsonAsync($"/api/v1/cases/{id}/accept", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        Assert.Equal(3, Actions(await GetAsync(clerk, id)).Count);
    }

    [Fact]
    public async Task A_tolerated_material_with_a_written_promise_and_a_license_reference_let_the_case_be_accepted()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var due = DateOnly.ParseExact(Today, "yyyy-MM-dd").AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var license = await IssueLicenseAsync(await app.ClientForAsync(), IdNumber(2), "BUSINESS_LICENSE", "营业执照");
        var body = new
        {
            itemCode = "SCJG-007",
            applicant = Person(2),
            provided = new[] { "SCJG-007-M01", "SCJG-007-M02", "ID_CARD" },
            materials = new object[]
            {
                new { code = "SCJG-007-M03", form = "tolerated", promise = "申请人承诺十个工作日内补交食品安全管理制度", dueOn = due },
                new { code = "BUSINESS_LICENSE", form = "electronic-license", licenseReference = license },
            },
        };
        var created = await (await clerk.PostJsonAsync("/api/v1/cases", body)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("submitted", created.GetProperty("status").GetString());
        var accepted = await ActAsync(clerk, Id(created), "accept");
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        var lines = (await GetAsync(clerk, Id(created))).GetProperty("materials").EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!);
        Assert.Equal("tolerated", lines["SCJG-007-M03"].GetProperty("form").GetString());
        Assert.Equal(due, lines["SCJG-007-M03"].GetProperty("dueOn").GetString());
        Assert.Equal("electronic-license", lines["BUSINESS_LICENSE"].GetProperty("form").GetString());

        // A license is checked with the license service: it must be the applicant's, for that material, valid today.
        var other = await IssueLicenseAsync(await app.ClientForAsync(), IdNumber(4), "BUSINESS_LICENSE", "营业执照");
        var idCard = await IssueLicenseAsync(await app.ClientForAsync(), IdNumber(2), "ID_CARD", "居民身份证");
        foreach (var (reference, why) in new[] { (other, "is not a license of this applicant"), (idCard, "not 营业执照"), ("NO-SUCH-LICENSE", "is not a license of this applicant") })
        {
            var refused = await clerk.PostJsonAsync("/api/v1/cases", body with { materials = [new { code = "BUSINESS_LICENSE", form = "electronic-license", licenseReference = reference }] });
            var problem = await refused.ExpectAsync(HttpStatusCode.BadRequest);
            Assert.Contains(why, problem.GetProperty("errors").GetProperty("materials[0].licenseReference")[0].GetString(), StringComparison.Ordinal);
        }

        // 容缺 is only for lines the catalog allows it for, and needs the promise.
        var bad = await clerk.PostJsonAsync("/api/v1/cases", new { itemCode = Item, applicant = Person(3), provided = Array.Empty<string>(), materials = new object[] { new { code = "ID_CARD", form = "tolerated" } } });
        var fields = await bad.ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("materials[0].form", fields);
        Assert.Contains("materials[0].promise", fields);
        Assert.Contains("materials[0].dueOn", fields);
    }

    [Fact]
    public async Task The_full_id_number_and_phone_are_shown_only_through_an_audited_reveal()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var id = Id(await CreateAsync(clerk, 4, AllMaterials));
        await (await clerk.PostJsonAsync($"/api/v1/cases/{id}/reveal-applicant", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var revealed = await ActAsync(clerk, id, "reveal-applicant", new { reason = "电话通知申请人补交材料" });
        Assert.Equal(IdNumber(4), revealed.GetProperty("idNumber").GetString());
        Assert.Equal(Phone(4), revealed.GetProperty("phone").GetString());
        var admin = await app.ClientForAsync();
        var audit = await (await admin.GetAsync(new Uri("/api/v1/audit?action=reveal-personal-data&entityType=Case&take=500", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        var reveal = Assert.Single(audit.EnumerateArray(), a => a.GetProperty("entityId").GetString() == id.ToString());
        Assert.Equal("clerk.li", reveal.GetProperty("actor").GetString());
        Assert.DoesNotContain(IdNumber(4), audit.ToString(), StringComparison.Ordinal);

        // Revealing changes nothing about the case, and the details stay masked.
        var detail = await GetAsync(clerk, id);
        Assert.Equal(["created"], Actions(detail));
        Assert.DoesNotContain(IdNumber(4), detail.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> IssueLicenseAsync(HttpClient admin, string holderId, string material, string name)
    {
        var issued = await (await admin.PostJsonAsync("/api/v1/licenses", new { materialCode = material, name, holderKind = "person", holderName = "王秀英", holderId, issuedBy = "北京市石景山区市场监督管理局", issuedOn = "2024-01-02" })).ExpectAsync(HttpStatusCode.Created);
        return issued.GetProperty("number").GetString()!;
    }
}
