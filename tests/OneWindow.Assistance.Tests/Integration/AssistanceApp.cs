using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneWindow.Cases.Contracts;
using OneWindow.Testing;

namespace OneWindow.Assistance.Tests.Integration;

/// <summary>The Shijingshan demo with a small case directory the tests fill, and one signed-in client per demo user.</summary>
public sealed class AssistanceApp : AppFactory
{
    public const string Collection = "assistance";

    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new(StringComparer.Ordinal);

    public FakeCases Cases { get; } = new();

    public Task<HttpClient> AsAsync(string userName = "admin") =>
        _clients.GetOrAdd(userName, u => new Lazy<Task<HttpClient>>(() => ClientForAsync(u))).Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.RemoveAll<ICaseDirectory>().AddSingleton<ICaseDirectory>(Cases));
    }
}

[CollectionDefinition(AssistanceApp.Collection)]
public sealed class AssistanceCollection : ICollectionFixture<AssistanceApp>;

/// <summary>Cases the test says exist.</summary>
public sealed class FakeCases : ICaseDirectory
{
    private readonly ConcurrentDictionary<string, CaseSummary> _cases = new(StringComparer.Ordinal);

    public string Add(string? number = null)
    {
        number ??= "SJS" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        _cases[number] = new CaseSummary(Guid.NewGuid(), number, "submitted", "SCJG-001", null, "个体工商户设立登记", "sjs-scjgj", "sjs", "sjs-hall", null, "clerk.li", DateTimeOffset.UtcNow, null, null);
        return number;
    }

    public Task<CaseSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cases.Values.FirstOrDefault(c => c.Id == id));

    public Task<CaseSummary?> FindByNumberAsync(string number, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cases.GetValueOrDefault(number));

    public Task<bool> PhoneEndsWithAsync(string number, string lastFour, CancellationToken cancellationToken = default) => Task.FromResult(false);
}

/// <summary>Request bodies and round trips the tests share.</summary>
internal static class Desk
{
    /// <summary>A valid resident ID number (check digit 2) and credit code (check character computed by GB 32100).</summary>
    public const string IdNumber = "11010519491231002X";

    public static string CreditCode()
    {
        const string first17 = "91110107MA01ABCD1";
        return first17 + SharedKernel.PersonalData.UnifiedSocialCreditCode.CheckCharacterFor(first17);
    }

    public static object Help(string hall = "sjs-lugu-hall", string item = "MZ-007", string group = "elderly", bool green = false) => new
    {
        hallCode = hall,
        itemCode = item,
        group,
        visitorName = "张秀英",
        visitorPhone = "13912345678",
        greenChannel = green,
        queueCategory = green ? "personal" : null,
    };

    public static object Proxy(string center = "sjs-lugu", string? idNumber = IdNumber, object[]? materials = null) => new
    {
        centerCode = center,
        applicant = new { kind = "person", name = "李桂兰", idNumber, phone = "13800138000" },
        itemCode = "SCJG-001",
        materials = materials ?? [new { code = "SCJG-001-M01", original = true, copies = 1 }, new { code = "ID_CARD", original = false, copies = 2 }],
        applicantSignature = "李桂兰",
        staffSignature = "王芳",
    };

    public static object Dossier(string center = "sjs-lugu", string item = "YB-002", string scope = "jing-jin-ji", string direction = "outgoing") => new
    {
        centerCode = center,
        direction,
        scope,
        counterpartRegion = "天津市和平区",
        counterpartDepartment = "和平区医疗保障局",
        itemCode = item,
        applicantName = "赵建国",
        applicantPhone = "13700001111",
    };

    public static async Task<JsonElement> CreatedAsync(HttpClient client, string url, object body) =>
        await (await client.PostJsonAsync(url, body)).ExpectAsync(HttpStatusCode.Created);

    public static string Month(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
