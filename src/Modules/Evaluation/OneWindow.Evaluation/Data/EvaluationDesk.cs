using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Calendar.Contracts;
using OneWindow.Cases.Contracts;
using OneWindow.Evaluation.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;
using TaskStatus = OneWindow.Evaluation.Domain.TaskStatus;

namespace OneWindow.Evaluation.Data;

/// <summary>A rectification task in lists.</summary>
internal sealed record TaskView(
    Guid Id,
    string Status,
    int Grade,
    string Channel,
    string Subject,
    string? ClerkUserName,
    string? DepartmentCode,
    string CenterCode,
    string? HallCode,
    string? WindowCode,
    DateTimeOffset CreatedAt,
    string DueOn,
    bool Overdue);

internal sealed record TaskEventView(DateTimeOffset At, string Action, string Actor, string? Detail);

/// <summary>A task with its rating, its steps and its history.</summary>
internal sealed record TaskDetail(
    TaskView Task,
    IReadOnlyList<string> Tags,
    string? Comment,
    DateTimeOffset RatedAt,
    string? Findings,
    string? Measures,
    bool? CallbackContacted,
    string? CallbackView,
    string? AppealReason,
    string? AppealEvidence,
    string? AppealDecision,
    IReadOnlyList<TaskEventView> History);

/// <summary>What the evaluation use cases share: the clock, the rules, the case and ticket look-ups, scope and history.</summary>
internal sealed class EvaluationDesk(
    EvaluationDbContext db,
    EvaluationOptions options,
    ICalendarProvider calendars,
    IDataScope scopes,
    IServiceProvider services,
    WriteGate gate,
    TimeProvider clock)
{
    /// <summary>Roles that see and act on every task of the centers in their scope.</summary>
    public static readonly string[] ManagerRoles = [Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager, Roles.DepartmentReviewer, Roles.HandlingUnitOfficer];

    public EvaluationDbContext Db => db;

    public EvaluationOptions Options => options;

    public DateTimeOffset Now
    {
        get
        {
            var now = clock.GetUtcNow();
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        }
    }

    public DateOnly Today => DateOnly.FromDateTime(BusinessHours.Local(Now));

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(BusinessHours.Local(instant));

    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "system";

    public static string Wire<TEnum>(TEnum value) where TEnum : struct, Enum => EnumParsing.ToWire(value);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The Cases module's directory. The evaluation module is composed with the Cases module; a host without it must
    /// not quietly answer "case not found" to every online rating, so it fails loudly instead.
    /// </summary>
    public ICaseDirectory Cases =>
        services.GetService<ICaseDirectory>()
        ?? throw new InvalidOperationException("Online evaluation (一事一评) needs ICaseDirectory from the Cases module, and none is registered. Add the Cases module to the host.");

    public Queue.Contracts.ITicketDirectory Tickets => services.GetRequiredService<Queue.Contracts.ITicketDirectory>();

    public Task<CenterScope> ScopeAsync(ClaimsPrincipal user, CancellationToken ct) => scopes.ForAsync(user, ct);

    /// <summary>The centers of a subtree (null = all), as the user with that one scope would see them.</summary>
    public async Task<CenterScope> SubtreeAsync(string? centerCode, CancellationToken ct) =>
        centerCode is null
            ? CenterScope.Everything
            : await scopes.ForAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(OneWindowClaims.CenterScope, centerCode)], "subtree")), ct);

    /// <summary>The date a task falls due: natural days, or working days on the center's calendar.</summary>
    public async Task<DateOnly> DueOnAsync(DateOnly start, string centerCode, CancellationToken ct)
    {
        if (!options.WorkingDays)
        {
            return start.AddDays(options.RectifyDays);
        }

        var calendar = await calendars.ForCenterAsync(centerCode, ct);
        return calendar.AddWorkdays(start, options.RectifyDays).Date;
    }

    public static bool IsOpen(TaskStatus status) => status is TaskStatus.Open or TaskStatus.Verified;

    public TaskView View(RectificationTask t) => new(
        t.Id,
        Wire(t.Status),
        t.Grade,
        Wire(t.Channel),
        t.Subject,
        t.ClerkUserName,
        t.DepartmentCode,
        t.CenterCode,
        t.HallCode,
        t.WindowCode,
        t.CreatedAt,
        Text(t.DueOn),
        IsOpen(t.Status) && t.DueOn < Today);

    /// <summary>A task in the user's centers: 404 otherwise (another center's task is not revealed).</summary>
    public async Task<Result<RectificationTask>> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || !(await ScopeAsync(user, ct)).Contains(task.CenterCode))
        {
            return Error.NotFound("evaluation.task_not_found", $"Rectification task '{id}' does not exist.");
        }

        return task;
    }

    public static Error InvalidTransition(RectificationTask task, string action) =>
        Error.Conflict("evaluation.invalid_transition", $"The rectification task is {Wire(task.Status)}; it cannot be {action} now.");

    /// <summary>Saves the change with a history line; a concurrent change is a 409, not a lost update.</summary>
    public async Task<Result<TaskDetail>> SaveAsync(RectificationTask task, ClaimsPrincipal user, string action, string? detail, CancellationToken ct)
    {
        task.Revision++;
        db.Events.Add(new TaskEvent { TaskId = task.Id, At = Now, Actor = Actor(user), Action = action, Detail = detail });
        try
        {
            using (await gate.EnterAsync(ct))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("evaluation.concurrent_change", "The rectification task was changed by someone else; reload it and try again.");
        }

        return await DetailAsync(task, ct);
    }

    public ValueTask<WriteGate.Releaser> WriteAsync(CancellationToken ct) => gate.EnterAsync(ct);

    public async Task<TaskDetail> DetailAsync(RectificationTask t, CancellationToken ct)
    {
        var rating = await db.Ratings.AsNoTracking().FirstAsync(r => r.Id == t.RatingId, ct);
        var history = await db.Events.AsNoTracking().Where(e => e.TaskId == t.Id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new TaskEventView(e.At, e.Action, e.Actor, e.Detail)).ToListAsync(ct);
        return new TaskDetail(
            View(t),
            rating.TagList,
            rating.Comment,
            rating.At,
            t.Findings,
            t.Measures,
            t.CallbackContacted,
            t.CallbackView,
            t.AppealReason,
            t.AppealEvidence,
            t.AppealDecision,
            history);
    }

    public static string GradeLabel(int grade) => grade switch
    {
        5 => "非常满意",
        4 => "满意",
        3 => "基本满意",
        2 => "不满意",
        _ => "非常不满意",
    };
}
