using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using OneWindow.Licenses.Contracts;
using OneWindow.Licenses.Data;
using OneWindow.Testing;

namespace OneWindow.Licenses.Tests.Integration;

/// <summary>
/// Provider=Remote: the windows ask an external license service. Its answers are read as they come; when it does not
/// answer the window is told to take paper (503), and nothing is issued or revoked here.
/// </summary>
public sealed class RemoteProviderTests
{
    [Fact]
    public async Task The_external_service_is_asked_with_the_app_key_and_its_answers_become_licenses()
    {
        var service = new FakeService(request =>
        {
            Assert.Equal("k-2026", request.Headers.GetValues("X-App-Key").Single());
            return request.RequestUri!.AbsolutePath switch
            {
                "/api/licenses/search" => Json("""[{"number":"X1","materialCode":"ID_CARD","name":"居民身份证","holderKind":"person","holderName":"王**","holderIdMasked":"1101**********4513","issuedBy":"公安局","issuedOn":"2017-05-10","validUntil":"2027-05-10","revoked":false}]"""),
                "/api/licenses/X1" => Json("""{"number":"X1","materialCode":"ID_CARD","name":"居民身份证","holderKind":"person","holderName":"王**","holderIdMasked":"1101**********4513","issuedBy":"公安局","issuedOn":"2017-05-10","validUntil":"2027-05-10","revoked":false}"""),
                _ => new HttpResponseMessage(HttpStatusCode.NotFound),
            };
        });
        var http = new HttpClient(service) { BaseAddress = new Uri("https://zzk.example.gov.cn/api/") };
        http.DefaultRequestHeaders.Add("X-App-Key", "k-2026");
        var registry = new RemoteLicenseRegistry(http, NullLogger<RemoteLicenseRegistry>.Instance);

        var held = Assert.Single(await registry.ForHolderAsync("110107198503214513"));
        Assert.Equal(("X1", "ID_CARD", new DateOnly(2027, 5, 10)), (held.Number, held.MaterialCode, held.ValidUntil));
        Assert.True(held.ValidOn(new DateOnly(2026, 12, 1)));
        Assert.False(held.ValidOn(new DateOnly(2027, 5, 11)));
        Assert.Equal("X1", (await registry.FindAsync("X1"))!.Number);
        Assert.Null(await registry.FindAsync("X2"));
        Assert.Contains("\"holderId\":\"110107198503214513\"", service.Bodies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_from_the_external_service_is_reported_as_unavailable()
    {
        var http = new HttpClient(new FakeService(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError))) { BaseAddress = new Uri("https://zzk.example.gov.cn/api/") };
        var registry = new RemoteLicenseRegistry(http, NullLogger<RemoteLicenseRegistry>.Instance);
        await Assert.ThrowsAsync<LicenseServiceUnavailableException>(() => registry.ForHolderAsync("110107198503214513"));
        await Assert.ThrowsAsync<LicenseServiceUnavailableException>(() => registry.FindAsync("X1"));
    }

    [Fact]
    public async Task With_an_unreachable_service_the_window_is_told_to_take_paper_and_nothing_is_issued_here()
    {
        using var app = new AppFactory(settings: new Dictionary<string, string?>
        {
            ["OneWindow:Licenses:Provider"] = "Remote",
            ["OneWindow:Licenses:BaseUrl"] = "http://127.0.0.1:9/licenses/",
            ["OneWindow:Licenses:TimeoutSeconds"] = "2",
        });
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/licenses/search", new { holderId = "110107198503214513" })).ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, "licenses.service_unavailable");
        await (await admin.GetAsync("/api/v1/licenses/X1")).ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, "licenses.service_unavailable");
        await (await admin.PostJsonAsync("/api/v1/licenses", new
        {
            materialCode = "ID_CARD", name = "居民身份证", holderKind = "person", holderName = "孙立伟", holderId = "110108199202023319", issuedBy = "公安局", issuedOn = "2024-03-01",
        })).ExpectProblemAsync(HttpStatusCode.Conflict, "licenses.remote_provider");
    }

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed class FakeService(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            return answer(request);
        }
    }
}
