using System.Net;
using System.Net.Http.Json;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>Numbers under concurrent creates, Idempotency-Key retries, two clerks acting at once.</summary>
[Trait("Category", "Integration")]
public sealed class ConcurrencyTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Cases_created_at_once_never_share_a_number()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var created = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => CreateAsync(clerk, 100 + i, AllMaterials)));
        var numbers = created.Select(c => c.GetProperty("number").GetString()).ToList();
        Assert.Equal(12, numbers.Distinct().Count());
        Assert.Equal(12, created.Select(Id).Distinct().Count());
    }

    [Fact]
    public async Task The_same_idempotency_key_sent_ten_times_at_once_makes_one_case()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var key = "desk-" + Guid.NewGuid().ToString("N");
        var body = new { itemCode = Item, applicant = Person(130), provided = AllMaterials };
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await clerk.SendAsync(request);
            return (response.StatusCode, Body: await response.ReadAsync());
        }));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Single(responses.Select(r => r.Body.GetProperty("number").GetString()).Distinct());
        Assert.Equal(["created"], Actions(await GetAsync(clerk, Id(responses[0].Body))));
    }

    [Fact]
    public async Task Two_clerks_accepting_the_same_case_at_once_one_wins()
    {
        var a = await app.ClientForAsync("clerk.li");
        var b = await app.ClientForAsync();
        for (var round = 0; round < 4; round++)
        {
            var id = Id(await CreateAsync(a, 140 + round, AllMaterials));
            var results = await Task.WhenAll(a.PostJsonAsync($"/api/v1/cases/{id}/accept", new { }), b.PostJsonAsync($"/api/v1/cases/{id}/accept", new { }));
            Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Single(results, r => r.StatusCode == HttpStatusCode.Conflict);
            Assert.Equal(["created", "accepted"], Actions(await GetAsync(a, id)));
        }
    }
}
