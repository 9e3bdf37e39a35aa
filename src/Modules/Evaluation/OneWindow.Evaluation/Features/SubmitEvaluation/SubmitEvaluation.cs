using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneWindow.Evaluation.Data;
using OneWindow.Evaluation.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Evaluation.Features.SubmitEvaluation;

/// <summary>
/// A visitor rates: on site (一次一评) a completed queue ticket from the window's pad, or online (一事一评) a case from
/// the receipt's QR code with the last four digits of the applicant's phone. One rating per ticket and per case. A 差评
/// (grade 1–2) opens a rectification task for the clerk (on site) or the case's department (online).
/// </summary>
internal static class SubmitEvaluation
{
    public sealed record Request(string? Channel, Guid? TicketId, string? CaseNumber, string? PhoneLast4, int? Grade, IReadOnlyList<string>? Tags, string? Comment);

    public sealed record Created(Guid Id, int Grade, Guid? RectificationTaskId);

    /// <summary>Statuses in which a case has not been accepted yet: nothing to rate.</summary>
    private static readonly HashSet<string> NotAccepted = new(StringComparer.Ordinal) { "incomplete", "submitted" };

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/evaluations", async Task<Results<Created<Created>, ProblemHttpResult>> (Request request, EvaluationDesk desk, ILoggerFactory logs, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, desk, logs.CreateLogger(typeof(SubmitEvaluation)), ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/evaluations/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .AllowPublic()
            .WithTags("Evaluation");

    public static async Task<Result<Created>> HandleAsync(Request request, EvaluationDesk desk, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        var channel = request.Channel switch
        {
            "onsite" => EvaluationChannel.Onsite,
            "online" => EvaluationChannel.Online,
            _ => (EvaluationChannel?)null,
        };
        if (channel is null)
        {
            v.Add("channel", "must be onsite or online");
        }

        if (request.Grade is not (>= 1 and <= 5))
        {
            v.Add("grade", "must be 1 (非常不满意) to 5 (非常满意)");
        }

        var tags = (request.Tags ?? []).Select(t => (t ?? string.Empty).Trim()).ToList();
        if (request.Grade is >= 1 and <= 5)
        {
            var allowed = desk.Options.TagsFor(request.Grade.Value);
            var unknown = tags.Where(t => !allowed.Contains(t, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                v.Add("tags", $"grade {request.Grade} takes only these tags: {string.Join("、", allowed)}");
            }
            else if (tags.Distinct(StringComparer.Ordinal).Count() != tags.Count)
            {
                v.Add("tags", "name each tag once");
            }
        }

        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (comment is not null && comment.Length > desk.Options.MaxCommentLength)
        {
            v.Add("comment", $"must be at most {desk.Options.MaxCommentLength} characters");
        }

        if (channel == EvaluationChannel.Onsite && request.TicketId is null)
        {
            v.Add("ticketId", "is required on site");
        }

        if (channel == EvaluationChannel.Online)
        {
            if (string.IsNullOrWhiteSpace(request.CaseNumber) || request.CaseNumber.Trim().Length > 40)
            {
                v.Add("caseNumber", "is required online (the number on the receipt)");
            }

            if (request.PhoneLast4 is not { Length: 4 } last4 || !last4.All(char.IsAsciiDigit))
            {
                v.Add("phoneLast4", "must be the last four digits of the applicant's phone");
            }
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var grade = request.Grade!.Value;
        var now = desk.Now;
        var rating = new Rating
        {
            Channel = channel!.Value,
            Grade = grade,
            Tags = string.Join('|', tags),
            Comment = comment,
            CenterCode = string.Empty,
            At = now,
            Day = EvaluationDesk.DayOf(now),
        };
        string subject;
        if (rating.Channel == EvaluationChannel.Onsite)
        {
            var ticket = await desk.Tickets.FindAsync(request.TicketId!.Value, ct);
            if (ticket is null)
            {
                return Error.NotFound("evaluation.ticket_not_found", "There is no such ticket.");
            }

            if (ticket.Status != "completed")
            {
                return Error.Conflict("evaluation.ticket_not_completed", $"Ticket {ticket.Number} is {ticket.Status}; a visit is rated once it is completed.");
            }

            rating.TicketId = ticket.Id;
            rating.TicketNumber = ticket.Number;
            rating.HallCode = ticket.HallCode;
            rating.WindowCode = ticket.WindowCode;
            rating.ClerkUserName = ticket.ClerkUserName;
            rating.CenterCode = ticket.CenterCode;
            subject = ticket.Number;
        }
        else
        {
            var number = request.CaseNumber!.Trim();
            var found = await desk.Cases.FindByNumberAsync(number, ct);
            // The same answer for an unknown number and a wrong phone: the public learns nothing about other cases.
            if (found is null || !await desk.Cases.PhoneEndsWithAsync(found.Number, request.PhoneLast4!, ct))
            {
                return Error.NotFound("evaluation.case_not_found", "No case matches this number and phone.");
            }

            if (NotAccepted.Contains(found.Status))
            {
                return Error.Conflict("evaluation.case_not_accepted", "This case has not been accepted yet; it can be rated once accepted.");
            }

            rating.CaseNumber = found.Number;
            rating.HallCode = found.HallCode;
            rating.WindowCode = found.WindowCode;
            rating.ClerkUserName = found.ClerkUserName;
            rating.DepartmentCode = found.DepartmentCode;
            rating.CenterCode = found.CenterCode;
            subject = found.Number;
        }

        if (await desk.Db.Ratings.AnyAsync(r => (rating.TicketId != null && r.TicketId == rating.TicketId) || (rating.CaseNumber != null && r.CaseNumber == rating.CaseNumber), ct))
        {
            return AlreadyRated(rating);
        }

        desk.Db.Ratings.Add(rating);
        RectificationTask? task = null;
        if (rating.IsBad)
        {
            task = new RectificationTask
            {
                RatingId = rating.Id,
                Grade = grade,
                Channel = rating.Channel,
                ClerkUserName = rating.ClerkUserName,
                DepartmentCode = rating.DepartmentCode,
                CenterCode = rating.CenterCode,
                HallCode = rating.HallCode,
                WindowCode = rating.WindowCode,
                Subject = subject,
                CreatedAt = now,
                DueOn = await desk.DueOnAsync(rating.Day, rating.CenterCode, ct),
            };
            desk.Db.Tasks.Add(task);
            var responsible = rating.Channel == EvaluationChannel.Onsite ? rating.ClerkUserName ?? rating.WindowCode : rating.DepartmentCode;
            desk.Db.Events.Add(new TaskEvent
            {
                TaskId = task.Id,
                At = now,
                Actor = "system",
                Action = "created",
                Detail = $"{EvaluationDesk.GradeLabel(grade)}（{grade}）→ {responsible}，{EvaluationDesk.Text(task.DueOn)} 前整改",
            });
        }

        try
        {
            using (await desk.WriteAsync(ct))
            {
                await desk.Db.SaveChangesAsync(ct);
            }
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            desk.Db.ChangeTracker.Clear();
            return AlreadyRated(rating);
        }

        // Ids and the grade only: the comment is the public's own words and stays out of the logs.
        logger.LogInformation("Evaluation {RatingId} ({Channel}) grade {Grade}, task {TaskId}", rating.Id, EvaluationDesk.Wire(rating.Channel), grade, task?.Id);
        return new Created(rating.Id, grade, task?.Id);
    }

    private static Error AlreadyRated(Rating rating) =>
        Error.Conflict("evaluation.already_rated", rating.Channel == EvaluationChannel.Onsite ? "This visit has already been rated." : "This case has already been rated.");
}
