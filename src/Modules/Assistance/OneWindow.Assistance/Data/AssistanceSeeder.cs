using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Assistance.Contracts;
using OneWindow.Assistance.Domain;
using OneWindow.Catalog.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Assistance.Data;

/// <summary>
/// Scenario cross-region items (every code must be in the catalog), and deterministic demo records over the last
/// weeks: 帮办 of every special group, 代办 in every state, 跨域通办 in both directions and every state (one overdue).
/// Written once: a second load finds the demo numbers and stops.
/// </summary>
internal sealed class AssistanceSeeder(AssistanceDesk desk) : IAssistanceSeeder
{
    private const string Demo = "demo:";

    public async Task SeedAsync(AssistanceScenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        foreach (var input in scenario.CrossRegionItems ?? [])
        {
            if (!EnumParsing.TryParseWire<CrossScope>(input.Scope, out var scope))
            {
                throw new InvalidOperationException($"Scenario cross-region item '{input.ItemCode}': scope must be one of {EnumParsing.Allowed<CrossScope>()}.");
            }

            if (string.IsNullOrWhiteSpace(input.ItemCode) || await desk.Catalog.ItemAsync(input.ItemCode, null, cancellationToken) is null)
            {
                throw new InvalidOperationException($"Scenario cross-region item '{input.ItemCode}' is not in the catalog.");
            }

            if (!await desk.Db.CrossItems.AnyAsync(i => i.ItemCode == input.ItemCode && i.Scope == scope, cancellationToken))
            {
                desk.Db.CrossItems.Add(new CrossRegionItem { ItemCode = input.ItemCode, Scope = scope, Note = input.Note });
            }
        }

        await desk.Db.SaveChangesAsync(cancellationToken);
        if (scenario.DemoRecords is { } count and > 0 && desk.Options.DemoRecords
            && !await desk.Db.Helps.AnyAsync(h => h.IdempotencyKey != null && h.IdempotencyKey.StartsWith(Demo), cancellationToken))
        {
            await WriteDemoAsync(count, cancellationToken);
        }
    }

    private static readonly (string Center, string Hall, string Staff)[] Desks =
    [
        ("sjs", "sjs-hall", "pm.zhang"),
        ("sjs", "sjs-hall", "clerk.li"),
        ("sjs-babaoshan", "sjs-babaoshan-hall", "babaoshan.wang"),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] Given = ["秀英", "桂兰", "建国", "志强", "淑珍", "海燕", "玉梅", "建军", "凤英", "德明"];
    private static readonly string[] HelpItems = ["MZ-007", "RS-010", "CL-001", "GA-001", "YB-002", "RS-007", "SCJG-004", "WJ-006"];
    private static readonly string[] ProxyItems = ["SCJG-001", "SCJG-004", "RS-007", "MZ-007", "CL-003"];
    private static readonly string[] Regions = ["天津市和平区", "河北省廊坊市", "河北省保定市", "山东省济南市", "内蒙古自治区鄂尔多斯市", "北京市海淀区"];

    private async Task WriteDemoAsync(int count, CancellationToken ct)
    {
        var random = new Random(2026);
        var now = desk.Now;
        var today = desk.Today;
        string Name(int i) => Surnames[i % Surnames.Length] + Given[(i * 7 / 3) % Given.Length];
        string Phone(int i) => "139" + (10_000_000 + (i * 7_919 % 89_999_999)).ToString(CultureInfo.InvariantCulture);
        DateTimeOffset At(int daysAgo, int minute)
        {
            // Working hours of a past day (or of today, when already past): never in the future.
            var at = new DateTimeOffset(today.AddDays(-daysAgo).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).AddMinutes(minute).ToUniversalTime();
            return at > now ? at.AddDays(-1) : at;
        }

        var groups = Enum.GetValues<SpecialGroup>();
        for (var i = 0; i < count; i++)
        {
            var (center, hall, staff) = Desks[i % Desks.Length];
            var item = await desk.Catalog.ItemAsync(HelpItems[i % HelpItems.Length], null, ct);
            if (item is null)
            {
                continue;
            }

            var started = At(random.Next(0, 40), random.Next(0, 420));
            var open = i % 9 == 0 && started > now.AddDays(-1);
            var h = new HelpRecord
            {
                Number = "BB" + ChinaDay(started) + "-D" + (i + 1).ToString("D3", CultureInfo.InvariantCulture),
                CenterCode = center,
                HallCode = hall,
                StaffUserName = staff,
                VisitorNameEncrypted = desk.Encrypt(Name(i)),
                VisitorPhoneEncrypted = i % 3 == 0 ? null : desk.Encrypt(Phone(i)),
                Group = groups[i % groups.Length],
                GreenChannel = i % groups.Length is 0 or 1 or 2,
                ItemCode = item.Code,
                ItemName = item.Name,
                WindowCode = null,
                StartedAt = started,
                FinishedAt = open ? null : started.AddMinutes(10 + random.Next(0, 30)),
                Outcome = open ? null : "已陪同至窗口受理",
                CreatedAt = started,
                IdempotencyKey = Demo + "help:" + i.ToString(CultureInfo.InvariantCulture),
            };
            desk.Db.Helps.Add(h);
            desk.Db.Events.Add(new AssistanceEvent { RecordId = h.Id, At = started, Actor = staff, Action = "help-started" });
        }

        var states = Enum.GetValues<ProxyStatus>();
        for (var i = 0; i < Math.Max(4, count / 3); i++)
        {
            var (center, _, staff) = Desks[i % Desks.Length];
            var item = await desk.Catalog.ItemAsync(ProxyItems[i % ProxyItems.Length], null, ct);
            if (item is null)
            {
                continue;
            }

            var enterprise = item.Code.StartsWith("SCJG", StringComparison.Ordinal);
            var created = At(random.Next(3, 40), random.Next(0, 420));
            var status = states[i % states.Length];
            var identifier = enterprise ? CreditCode(i) : IdNumber(i);
            var name = enterprise ? $"北京石景山{Given[i % Given.Length]}商贸有限公司" : Name(i + 3);
            var p = new ProxyCase
            {
                Number = "DB" + ChinaDay(created) + "-D" + (i + 1).ToString("D3", CultureInfo.InvariantCulture),
                CenterCode = center,
                ApplicantKind = enterprise ? ApplicantKind.Enterprise : ApplicantKind.Person,
                ApplicantNameEncrypted = desk.Encrypt(name),
                ApplicantIdEncrypted = desk.Encrypt(identifier),
                ApplicantIdIndex = desk.BlindIndex(identifier),
                ApplicantPhoneEncrypted = desk.Encrypt(Phone(i + 50)),
                ItemCode = item.Code,
                ItemName = item.Name,
                ProxyStaff = staff,
                Status = status,
                ApplicantSignatureEncrypted = desk.Encrypt(enterprise ? Name(i + 5) : name)!,
                ApplicantSignedAt = created,
                StaffSignature = staff switch { "clerk.li" => "李晓燕", "pm.zhang" => "张建国", _ => "王丽" },
                StaffSignedAt = created,
                CaseNumber = status is ProxyStatus.Submitted or ProxyStatus.ResultReturned ? $"SJS{ChinaDay(created)}{i + 1:D4}" : null,
                SubmittedAt = status is ProxyStatus.Submitted or ProxyStatus.ResultReturned ? created.AddHours(2) : null,
                ReturnSignatureEncrypted = status == ProxyStatus.ResultReturned ? desk.Encrypt(enterprise ? Name(i + 5) : name) : null,
                ResultReturnedAt = status == ProxyStatus.ResultReturned ? created.AddDays(2 + (i % 4)) : null,
                ResultNote = status == ProxyStatus.ResultReturned ? "证照原件已当面交付" : null,
                CancelReason = status == ProxyStatus.Cancelled ? "申请人决定自行办理" : null,
                CancelledAt = status == ProxyStatus.Cancelled ? created.AddDays(1) : null,
                CreatedAt = created,
                IdempotencyKey = Demo + "proxy:" + i.ToString(CultureInfo.InvariantCulture),
            };
            var seq = 1;
            foreach (var m in item.Materials.Take(3))
            {
                p.Materials.Add(new ProxyMaterial { Seq = seq++, Code = m.Code, Name = m.Name, Original = m.Original, Copies = Math.Max(1, m.Copies) });
            }

            desk.Db.Proxies.Add(p);
            desk.Db.Events.Add(new AssistanceEvent { RecordId = p.Id, At = created, Actor = staff, Action = "proxy-received" });
        }

        var items = await desk.Db.CrossItems.AsNoTracking().ToListAsync(ct);
        var crossStates = new[] { CrossStatus.Accepted, CrossStatus.Forwarded, CrossStatus.Received, CrossStatus.Decided, CrossStatus.Returned, CrossStatus.Returned, CrossStatus.Cancelled };
        for (var i = 0; i < Math.Min(items.Count * 2, Math.Max(4, count / 3)); i++)
        {
            var x = items[i % items.Count];
            var item = await desk.Catalog.ItemAsync(x.ItemCode, null, ct);
            if (item is null)
            {
                continue;
            }

            var status = crossStates[i % crossStates.Length];
            var accepted = At(status == CrossStatus.Forwarded ? 12 + i : random.Next(1, 40), random.Next(0, 420));
            var forwarded = status is not CrossStatus.Accepted and not CrossStatus.Cancelled;
            var post = i % 2 == 0;
            var d = new CrossRegionDossier
            {
                Number = "KY" + ChinaDay(accepted) + "-D" + (i + 1).ToString("D3", CultureInfo.InvariantCulture),
                CenterCode = "sjs",
                Direction = i % 3 == 2 ? CrossDirection.Incoming : CrossDirection.Outgoing,
                Scope = x.Scope,
                CounterpartRegion = x.Scope == CrossScope.InDistrict ? "石景山区古城街道" : Regions[i % Regions.Length],
                CounterpartDepartment = item.Name.Contains('医', StringComparison.Ordinal) ? "医疗保障局" : item.Name.Contains("养老", StringComparison.Ordinal) ? "人力资源和社会保障局" : "政务服务中心",
                ItemCode = item.Code,
                ItemName = item.Name,
                ApplicantNameEncrypted = desk.Encrypt(Name(i + 11)),
                ApplicantPhoneEncrypted = desk.Encrypt(Phone(i + 90)),
                Status = status,
                AcceptedAt = accepted,
                AcceptedBy = "clerk.li",
                ForwardMode = forwarded ? (post ? ForwardMode.Post : ForwardMode.Electronic) : null,
                ExpressCompany = forwarded && post ? "中国邮政EMS" : null,
                TrackingNumber = forwarded && post ? "11" + (100_000_000 + (i * 104_729)).ToString(CultureInfo.InvariantCulture) : null,
                TransmissionReference = forwarded && !post ? $"KYTB-{ChinaDay(accepted)}-{i + 1:D3}" : null,
                ForwardedAt = forwarded ? accepted.AddHours(3) : null,
                ForwardedOn = forwarded ? DateOnly.FromDateTime(accepted.AddHours(3).ToOffset(TimeSpan.FromHours(8)).DateTime) : null,
                ReceivedAt = status is CrossStatus.Received or CrossStatus.Decided or CrossStatus.Returned ? accepted.AddDays(2) : null,
                ReceivedBy = status is CrossStatus.Received or CrossStatus.Decided or CrossStatus.Returned ? "属地审批窗口" : null,
                Result = status is CrossStatus.Decided or CrossStatus.Returned ? (i % 5 == 4 ? CrossResult.Rejected : CrossResult.Approved) : null,
                ResultNote = status is CrossStatus.Decided or CrossStatus.Returned ? (i % 5 == 4 ? "材料不符合属地要求" : "准予办理") : null,
                ResultDocument = status is CrossStatus.Decided or CrossStatus.Returned ? $"结果文书 {item.Code}-{i + 1:D3}" : null,
                DecidedAt = status is CrossStatus.Decided or CrossStatus.Returned ? accepted.AddDays(5) : null,
                ReturnMode = status == CrossStatus.Returned ? (post ? ReturnMode.Post : ReturnMode.Pickup) : null,
                ReturnTracking = status == CrossStatus.Returned && post ? "98" + (200_000_000 + (i * 7_877)).ToString(CultureInfo.InvariantCulture) : null,
                ReturnedAt = status == CrossStatus.Returned ? accepted.AddDays(7) : null,
                CancelReason = status == CrossStatus.Cancelled ? "申请人撤回申请" : null,
                IdempotencyKey = Demo + "cross:" + i.ToString(CultureInfo.InvariantCulture),
            };
            desk.Db.Dossiers.Add(d);
            desk.Db.Events.Add(new AssistanceEvent { RecordId = d.Id, At = accepted, Actor = "clerk.li", Action = "cross-accepted" });
        }

        await desk.Db.SaveChangesAsync(ct);
    }

    private static string ChinaDay(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A valid-looking Beijing resident ID number (check digit computed).</summary>
    private static string IdNumber(int i)
    {
        var first17 = "110107" + (1940 + (i * 3 % 50)).ToString(CultureInfo.InvariantCulture) + (1 + (i % 12)).ToString("D2", CultureInfo.InvariantCulture) + (1 + (i % 28)).ToString("D2", CultureInfo.InvariantCulture) + (100 + i).ToString("D3", CultureInfo.InvariantCulture)[..3];
        return first17 + SharedKernel.PersonalData.ResidentIdNumber.CheckCharacterFor(first17);
    }

    private static string CreditCode(int i)
    {
        var first17 = "91110107MA0" + (100_000 + (i * 37)).ToString(CultureInfo.InvariantCulture);
        return first17 + SharedKernel.PersonalData.UnifiedSocialCreditCode.CheckCharacterFor(first17);
    }
}
