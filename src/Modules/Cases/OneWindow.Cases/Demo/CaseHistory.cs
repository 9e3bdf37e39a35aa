using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Cases.Contracts;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.Catalog.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Time;

namespace OneWindow.Cases.Demo;

/// <summary>
/// Running demo cases of the first center, accepted some working days ago on items of the catalog with a promised time:
/// on time, yellow (80% of the working days used) and red (overdue), one still in a hand-over batch not signed in since
/// yesterday, one with a 容缺 material whose promised date has passed. Written directly (dated back), numbered on the
/// days they were created.
/// </summary>
internal sealed class CaseHistory(CasesDbContext db, ICatalog catalog, IOrganizationDirectory organization, ICalendarProvider calendars, PersonalDataProtector protector, TimeProvider clock) : ICaseHistorySeeder
{
    private static readonly string[] Names = ["王秀英", "李建华", "张桂兰", "刘志强", "陈淑珍", "杨国庆", "赵丽娟", "黄文斌", "周海燕", "吴德明"];

    // How far along each demo case is: on time ('o'), yellow at the 80% line ('y') or the day before the deadline ('l'),
    // red one or two working days past it ('r', 'R').
    private const string Kinds = "oyrolRoy";

    private static int Used(char kind, int promised) => kind switch
    {
        'y' => (promised * 4 + 4) / 5,
        'l' => promised - 1,
        'r' => promised + 1,
        'R' => promised + 2,
        _ => Math.Max(1, promised * 3 / 10),
    };

    public async Task<int> SeedHistoryAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Cases.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var centers = await organization.CentersAsync(CenterScope.Everything, cancellationToken);
        if (centers.Count == 0)
        {
            return 0;
        }

        var today = ChinaTime.Today(clock);
        // One item per department, four departments, the first of them with a material the catalog allows 容缺 for.
        var candidates = (await catalog.ItemsAsync(today, cancellationToken))
            .Where(i => i.PromisedDays >= 5 && !i.Immediate && i.Materials.Any(m => m.Required))
            .OrderBy(i => i.DepartmentCode, StringComparer.Ordinal).ThenBy(i => i.Code, StringComparer.Ordinal).ToList();
        var items = candidates.Where(i => i.Materials.Any(m => m.Required && m.Tolerated)).Take(1)
            .Concat(candidates).DistinctBy(i => i.DepartmentCode).Take(4).ToList();
        if (items.Count == 0)
        {
            return 0;
        }

        var center = centers[0].Code;
        var calendar = await calendars.ForCenterAsync(center, cancellationToken);
        var sequences = new Dictionary<DateOnly, int>();

        // One overdue case (or else the latest yellow one) waits for a 容缺 material promised for three days ago.
        var tolerant = Enumerable.Range(0, Kinds.Length).OrderByDescending(n => Used(Kinds[n], 10)).FirstOrDefault(n => items[n % items.Count].Materials.Any(m => m.Required && m.Tolerated), -1);
        var cases = new List<Case>();
        for (var n = 0; n < Kinds.Length; n++)
        {
            var item = items[n % items.Count];
            var used = Used(Kinds[n], item.PromisedDays);
            var accepted = today;
            while (calendar.CountWorkdays(accepted.AddDays(1), today) < used || !calendar.IsWorkday(accepted))
            {
                accepted = accepted.AddDays(-1);
            }

            var seq = sequences[accepted] = sequences.GetValueOrDefault(accepted) + 1;
            var created = new DateTimeOffset(accepted.ToDateTime(new TimeOnly(9, 0).AddMinutes(15 + (n * 7))), TimeSpan.FromHours(8)).ToUniversalTime();
            var id = IdNumber(n);
            var phone = "1391102" + (3000 + n).ToString("0000", CultureInfo.InvariantCulture);
            var c = new Case
            {
                Number = accepted.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (900000 + seq).ToString("000000", CultureInfo.InvariantCulture),
                CenterCode = center,
                ClerkUserName = "clerk.li",
                ItemCode = item.Code,
                CatalogVersion = item.Version,
                Title = item.Name,
                DepartmentCode = item.DepartmentCode,
                PromisedDays = item.PromisedDays,
                Channel = CaseChannel.Window,
                Status = Kinds[n] == 'o' && n % 2 == 0 ? CaseStatus.Accepted : CaseStatus.UnderReview,
                ApplicantKind = ApplicantKind.Person,
                ApplicantNameEncrypted = protector.Encrypt(Names[n % Names.Length]),
                ApplicantIdType = "resident-id",
                ApplicantIdEncrypted = protector.Encrypt(id),
                ApplicantIdIndex = protector.BlindIndex(id),
                ApplicantPhoneEncrypted = protector.Encrypt(phone),
                ApplicantPhoneIndex = protector.BlindIndex(phone),
                CreatedAt = created,
                CreatedBy = "clerk.li",
                AcceptedOn = accepted,
                Deadline = CaseDesk.AddWorkdays(calendar, accepted, item.PromisedDays),
                Revision = 1,
            };
            cases.Add(c);
            db.Cases.Add(c);
            db.Events.Add(new CaseEvent { CaseId = c.Id, At = created, Actor = "clerk.li", Action = "created" });
            db.Events.Add(new CaseEvent { CaseId = c.Id, At = created.AddMinutes(5), Actor = "clerk.li", Action = "accepted", Detail = "承诺办结 " + c.Deadline.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

            // Every required line brought on paper, except one taken on a 容缺 promise (due three days ago) where allowed.
            var position = 0;
            var promised = n == tolerant ? item.Materials.First(m => m.Required && m.Tolerated).Code : null;
            foreach (var m in item.Materials)
            {
                var tolerated = m.Code == promised;
                db.Materials.Add(new CaseMaterial
                {
                    CaseId = c.Id,
                    Position = position++,
                    Code = m.Code,
                    Name = m.Name,
                    Required = m.Required,
                    Tolerable = m.Tolerated,
                    LicenseAccepted = m.ElectronicLicense,
                    Form = tolerated ? MaterialForm.Tolerated : m.Required ? MaterialForm.PaperOriginal : MaterialForm.None,
                    Promise = tolerated ? "申请人书面承诺五个工作日内补交" : null,
                    DueOn = tolerated ? today.AddDays(-3) : null,
                    ReceivedAt = m.Required ? created : null,
                });
            }
        }

        // The two most recent go to their department in one batch, sent yesterday and not signed in.
        var recent = cases.Where(c => c.Status == CaseStatus.Accepted).Take(2).ToList();
        if (recent.Count > 0)
        {
            var sent = clock.GetUtcNow().AddHours(-26);
            var batch = new HandoverBatch
            {
                Number = "JJ" + ChinaTime.Today(clock).AddDays(-1).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "901",
                CenterCode = center,
                DepartmentCode = recent[0].DepartmentCode!,
                SenderName = "李晓燕",
                SentBy = "clerk.li",
                SentAt = sent.AddTicks(-(sent.Ticks % TimeSpan.TicksPerMillisecond)),
                FlaggedUnreceived = true,
            };
            db.Batches.Add(batch);
            foreach (var c in recent.Where(c => c.DepartmentCode == batch.DepartmentCode))
            {
                c.HandoverBatchId = batch.Id;
                db.Events.Add(new CaseEvent { CaseId = c.Id, At = batch.SentAt, Actor = "clerk.li", Action = "handover-sent", Detail = batch.Number });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return cases.Count;
    }

    private static string IdNumber(int serial)
    {
        var body = "11010719700101" + (900 + serial).ToString("000", CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((ch, i) => (ch - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
