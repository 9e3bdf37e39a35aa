using Microsoft.EntityFrameworkCore;
using OneWindow.Evaluation.Contracts;
using OneWindow.Evaluation.Data;
using OneWindow.Evaluation.Domain;
using OneWindow.Organization.Contracts;
using TaskStatus = OneWindow.Evaluation.Domain.TaskStatus;

namespace OneWindow.Evaluation.Demo;

/// <summary>
/// Past ratings for the demo: on every open window of every hall a few a day, mostly 非常满意; now and then a 差评 whose
/// rectification task has moved on as far as its age allows (closed, set aside on appeal, still open, overdue).
/// Online ratings name the hall's departments with made-up case numbers.
/// </summary>
internal sealed class EvaluationHistory(EvaluationDesk desk, IHallDirectory halls, IOrganizationDirectory organization) : IEvaluationSeeder
{
    private static readonly string[] Clerks = ["clerk.li", "clerk.zhou", "clerk.wu", "clerk.zheng", "clerk.feng", "clerk.chen", "clerk.yang", "clerk.he", "clerk.gao", "clerk.lin", "clerk.luo", "clerk.song"];

    public async Task<int> SeedHistoryAsync(int days, int seed = 2026, CancellationToken cancellationToken = default)
    {
        if (days < 1 || await desk.Db.Ratings.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var random = new Random(seed);
        var layouts = await halls.HallsAsync(cancellationToken);
        var departments = await organization.DepartmentsAsync(cancellationToken);
        var today = desk.Today;
        var count = 0;
        foreach (var hall in layouts)
        {
            var windows = hall.Windows.Where(w => w.Kind != "consult").Take(10).ToList();
            for (var back = days; back >= 1; back--)
            {
                var day = today.AddDays(-back);
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                for (var w = 0; w < windows.Count; w++)
                {
                    var window = windows[w];
                    var clerk = hall.Code.Contains("babaoshan", StringComparison.Ordinal) && w == 0 ? "babaoshan.wang" : Clerks[(w + hall.Code.Length) % Clerks.Length];
                    var perDay = random.Next(1, 6);
                    for (var i = 0; i < perDay; i++)
                    {
                        var online = departments.Count > 0 && random.NextDouble() < 0.15;
                        AddRating(random, hall, window.Code, clerk, online ? departments[random.Next(departments.Count)].Code : null, day, today, ref count);
                    }
                }
            }

            // One hall at a time, so that the change tracker stays small.
            await desk.Db.SaveChangesAsync(cancellationToken);
            desk.Db.ChangeTracker.Clear();
        }

        return count;
    }

    private void AddRating(Random random, HallLayout hall, string window, string clerk, string? department, DateOnly day, DateOnly today, ref int count)
    {
        var roll = random.NextDouble();
        var grade = roll switch { < 0.82 => 5, < 0.93 => 4, < 0.975 => 3, < 0.99 => 2, _ => 1 };
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)).AddMinutes(random.Next(0, 480)), TimeSpan.FromHours(8)).ToUniversalTime();
        var options = desk.Options;
        var tags = grade switch
        {
            >= 4 => random.NextDouble() < 0.5 ? [options.GoodTags[random.Next(options.GoodTags.Count)]] : Array.Empty<string>(),
            <= 2 => [options.BadTags[random.Next(options.BadTags.Count)]],
            _ => [],
        };
        var online = department is not null;
        var number = $"{(online ? "SJ" : "T")}{day:yyyyMMdd}{++count:D5}";
        var rating = new Rating
        {
            Channel = online ? EvaluationChannel.Online : EvaluationChannel.Onsite,
            Grade = grade,
            Tags = string.Join('|', tags),
            Comment = grade <= 2 ? Complaints[random.Next(Complaints.Length)] : null,
            TicketId = online ? null : Guid.CreateVersion7(),
            TicketNumber = online ? null : number,
            CaseNumber = online ? number : null,
            HallCode = hall.Code,
            WindowCode = window,
            ClerkUserName = clerk,
            DepartmentCode = department,
            CenterCode = hall.CenterCode,
            At = at,
            Day = day,
        };
        desk.Db.Ratings.Add(rating);
        if (grade > 2)
        {
            return;
        }

        var due = day.AddDays(options.RectifyDays);
        var task = new RectificationTask
        {
            RatingId = rating.Id,
            Grade = grade,
            Channel = rating.Channel,
            ClerkUserName = clerk,
            DepartmentCode = department,
            CenterCode = hall.CenterCode,
            HallCode = hall.Code,
            WindowCode = window,
            Subject = number,
            CreatedAt = at,
            DueOn = due,
        };
        desk.Db.Tasks.Add(task);
        var age = today.DayNumber - day.DayNumber;
        Event(task, at, "system", "created", $"{EvaluationDesk.GradeLabel(grade)}（{grade}）→ {(online ? department : clerk)}，{EvaluationDesk.Text(due)} 前整改");
        if (age <= 2 || (age > options.RectifyDays && random.NextDouble() < 0.08))
        {
            return; // new, or left open past its date: overdue
        }

        task.Findings = "调取窗口录像并与工作人员核实，情况属实。";
        task.Status = TaskStatus.Verified;
        Event(task, at.AddDays(1), "pm.zhang", "verify", task.Findings);
        if (random.NextDouble() < 0.12)
        {
            task.AppealReason = "评价人在窗口外与他人争执后误评，录像显示办理过程规范。";
            task.StatusBeforeAppeal = TaskStatus.Verified;
            task.Status = TaskStatus.Appealed;
            Event(task, at.AddDays(1).AddHours(2), "pm.zhang", "appeal", task.AppealReason);
            if (age > 5)
            {
                task.AppealDecision = "经复核录像，评价与事实不符，申诉成立。";
                task.Status = TaskStatus.SetAside;
                task.StatusBeforeAppeal = null;
                task.ClosedAt = at.AddDays(3);
                rating.SetAside = true;
                Event(task, at.AddDays(3), "admin", "appeal-upheld", "申诉成立，差评不计入：" + task.AppealDecision);
            }

            return;
        }

        if (age <= 4)
        {
            return;
        }

        task.Measures = "已对当事工作人员进行批评教育，组织窗口一次性告知业务培训。";
        task.RectifiedAt = at.AddDays(3);
        task.Status = TaskStatus.Rectified;
        Event(task, at.AddDays(3), "pm.zhang", "rectify", task.Measures);
        if (age <= 6)
        {
            return;
        }

        task.CallbackContacted = online || random.NextDouble() < 0.5;
        task.CallbackView = task.CallbackContacted == true ? "评价人表示理解，认可整改措施。" : null;
        task.CalledBackAt = at.AddDays(4);
        task.ClosedAt = at.AddDays(4).AddHours(1);
        task.Status = TaskStatus.Closed;
        Event(task, at.AddDays(4), "pm.zhang", "callback", task.CallbackContacted == true ? "已联系评价人：" + task.CallbackView : "未能联系评价人（现场匿名评价）");
        Event(task, at.AddDays(4).AddHours(1), "pm.zhang", "close", "办结");
    }

    private void Event(RectificationTask task, DateTimeOffset at, string actor, string action, string detail) =>
        desk.Db.Events.Add(new TaskEvent { TaskId = task.Id, At = at, Actor = actor, Action = action, Detail = detail });

    private static readonly string[] Complaints =
    [
        "材料要求前后说法不一，跑了两趟。",
        "等了一个多小时，窗口中途离开。",
        "工作人员说话不耐烦。",
        "网上说可以办，到现场又说不行。",
    ];
}
