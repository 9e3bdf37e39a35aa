using System.Security.Claims;
using OneWindow.Licenses.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Time;

namespace OneWindow.Licenses.Data;

/// <summary>What the license use cases share: the registry (local or remote), the local store, keys, audit and China's today.</summary>
internal sealed class LicenseDesk(LicensesDbContext db, ILicenseRegistry registry, PersonalDataProtector protector, IAuditSink audit, LicensesOptions options, TimeProvider clock)
{
    public LicensesDbContext Db => db;

    public ILicenseRegistry Registry => registry;

    public PersonalDataProtector Protector => protector;

    public IAuditSink Audit => audit;

    public LicensesOptions Options => options;

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => ChinaTime.Today(clock);

    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "system";

    public LicenseView View(LicenseInfo info) => LicenseView.Of(info, Today);

    public static Error NotFound(string number) => Error.NotFound("licenses.unknown", $"No license numbered '{number}'.");

    public static Error RemoteOnly() =>
        Error.Conflict("licenses.remote_provider", "Licenses come from the external license service here; they are issued and revoked there.");

    public static Error Unavailable() =>
        new(503, "licenses.service_unavailable", "The external license service did not answer; take the paper material instead.");
}

/// <summary>A license as the API and pages show it; <c>valid</c> is today's answer.</summary>
internal sealed record LicenseView(
    string Number,
    string MaterialCode,
    string Name,
    string HolderKind,
    string HolderName,
    string HolderIdMasked,
    string IssuedBy,
    string IssuedOn,
    string? ValidUntil,
    bool Revoked,
    bool Valid)
{
    public static LicenseView Of(LicenseInfo l, DateOnly today) =>
        new(l.Number, l.MaterialCode, l.Name, l.HolderKind, l.HolderName, l.HolderIdMasked, l.IssuedBy, Day(l.IssuedOn), l.ValidUntil is { } until ? Day(until) : null, l.Revoked, l.ValidOn(today));

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
