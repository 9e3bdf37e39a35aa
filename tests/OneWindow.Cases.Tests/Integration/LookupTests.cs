using System.Net;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>
/// 办件查询: with the case number and the last four digits of the phone anyone can see where a case stands — and
/// nothing else; a wrong pair answers exactly like an unknown number.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LookupTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_applicant_sees_the_status_and_promised_date_of_their_case_and_nothing_personal()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var created = await CreateAsync(clerk, 41, AllMaterials);
        var id = Id(created);
        var number = created.GetProperty("number").GetString()!;
        var accepted = await ActAsync(clerk, id, "accept");

        var visitor = app.CreateClient();
        var progress = await (await visitor.PostJsonAsync("/api/v1/cases/lookup", new { number, phoneLast4 = Phone(41)[^4..] })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["deadline", "issuedOn", "mayEvaluate", "number", "status", "title"], progress.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("accepted", accepted.GetProperty("deadline").GetString(), true), (progress.GetProperty("status").GetString(), progress.GetProperty("deadline").GetString(), progress.GetProperty("mayEvaluate").GetBoolean()));
        Assert.Equal("临时救助", progress.GetProperty("title").GetString());
        Assert.DoesNotContain(IdNumber(41)[^4..], progress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_phone_and_an_unknown_number_get_the_same_answer_and_bad_input_names_the_fields()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var number = (await CreateAsync(clerk, 42, "ID_CARD")).GetProperty("number").GetString()!;
        var visitor = app.CreateClient();
        var wrong = await (await visitor.PostJsonAsync("/api/v1/cases/lookup", new { number, phoneLast4 = "0000" })).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.lookup_not_found");
        var unknown = await (await visitor.PostJsonAsync("/api/v1/cases/lookup", new { number = "20991231999999", phoneLast4 = Phone(42)[^4..] })).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.lookup_not_found");
        Assert.Equal(wrong, unknown);

        // Not yet accepted: visible, but not to be rated yet.
        var incomplete = await (await visitor.PostJsonAsync("/api/v1/cases/lookup", new { number, phoneLast4 = Phone(42)[^4..] })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("incomplete", false), (incomplete.GetProperty("status").GetString(), incomplete.GetProperty("mayEvaluate").GetBoolean()));

        var fields = await (await visitor.PostJsonAsync("/api/v1/cases/lookup", new { number = "", phoneLast4 = "12a4" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["number", "phoneLast4"], fields.Order(StringComparer.Ordinal));
    }
}
