using Microsoft.EntityFrameworkCore;
using OneWindow.Workforce.Contracts;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>
/// The scenario's training plans, held sessions with attendance and quarterly scores, insert-only: a plan of a center
/// and year that exists is kept, a session of the same center, date, start and topic is kept, a score on record is
/// kept. People not employed on a session's day or in a score's quarter are passed over.
/// </summary>
internal static class TrainingSeeder
{
    public const string Actor = "system:scenario";

    public static async Task SeedAsync(TrainingScenario training, WorkforceDesk desk, CancellationToken ct)
    {
        var db = desk.Db;
        var now = desk.Now;
        foreach (var p in training.Plans ?? [])
        {
            if (await db.TrainingPlans.AnyAsync(x => x.CenterCode == p.Center && x.Year == p.Year, ct))
            {
                continue;
            }

            var plan = new TrainingPlan { CenterCode = p.Center, Year = p.Year, Title = p.Title, CreatedAt = now, CreatedBy = Actor };
            db.TrainingPlans.Add(plan);
            foreach (var i in p.Items)
            {
                if (TrainingBook.Period(i.Period) is not { } period || period.Year != p.Year || !TrainingBook.Forms.Contains(i.Form) || i.Hours <= 0 || i.Sessions < 1)
                {
                    throw new InvalidOperationException($"Scenario training plan {p.Center} {p.Year}: item '{i.Period} {i.Topic}' needs a period of the year, a form online|offline|mixed, hours > 0 and sessions >= 1.");
                }

                db.TrainingPlanItems.Add(new TrainingPlanItem { PlanId = plan.Id, Period = TrainingBook.PeriodText(i.Period), Kind = i.Kind, Topic = i.Topic, Form = i.Form, Targets = [.. i.Targets ?? []], PlannedHours = i.Hours, PlannedSessions = i.Sessions });
            }
        }

        await db.SaveChangesAsync(ct);
        var staff = await db.Staff.AsNoTracking().ToListAsync(ct);
        var byCode = staff.ToDictionary(s => s.Code, StringComparer.Ordinal);
        foreach (var s in training.Sessions ?? [])
        {
            if (!Wire.TryDate(s.Date, out var date) || !Wire.TryTime(s.Start, out var start) || !Wire.TryTime(s.End, out var end) || end <= start)
            {
                throw new InvalidOperationException($"Scenario training session {s.Center} {s.Date}: date YYYY-MM-DD and start before end (HH:mm) are needed.");
            }

            var period = TrainingBook.PeriodText(s.Period);
            var item = await db.TrainingPlanItems.AsNoTracking()
                .Where(i => i.Period == period && i.Kind == s.Kind && db.TrainingPlans.Any(p => p.Id == i.PlanId && p.CenterCode == s.Center && p.Year == date.Year))
                .FirstOrDefaultAsync(ct) ?? throw new InvalidOperationException($"Scenario training session {s.Center} {s.Date}: the plan has no item {s.Period} {s.Kind}.");
            if (await db.TrainingSessions.AnyAsync(x => x.CenterCode == s.Center && x.Date == date && x.Start == start && x.Topic == item.Topic, ct))
            {
                continue;
            }

            var session = new TrainingSession
            {
                CenterCode = s.Center,
                PlanItemId = item.Id,
                Date = date,
                Start = start,
                End = end,
                Topic = item.Topic,
                Form = item.Form,
                Trainer = s.Trainer,
                Location = s.Location,
                Link = s.Link,
                CreatedAt = now,
                CreatedBy = Actor,
            };
            db.TrainingSessions.Add(session);
            if (date <= desk.Today)
            {
                var absent = (s.Absent ?? []).ToHashSet(StringComparer.Ordinal);
                var expected = await Features.SaveTrainingSession.SaveTrainingSession.ExpectedAsync(session, desk, ct);
                var onLeave = await TrainingBook.OnLeaveAsync(db, expected.Select(e => e.Id).ToList(), date, ct);
                foreach (var person in expected)
                {
                    var status = onLeave.Contains(person.Id) ? TrainingPresence.OnLeave : absent.Contains(person.Code) ? TrainingPresence.Absent : TrainingPresence.Present;
                    db.TrainingAttendance.Add(new TrainingAttendance { SessionId = session.Id, StaffId = person.Id, Status = status, MarkedAt = now, MarkedBy = Actor });
                }
            }
        }

        await db.SaveChangesAsync(ct);
        var scores = await db.AssessmentScores.AsNoTracking().Select(x => new { x.StaffId, x.Year, x.Quarter, x.Kind }).ToListAsync(ct);
        var taken = scores.Select(x => (x.StaffId, x.Year, x.Quarter, x.Kind)).ToHashSet();
        foreach (var s in training.Scores ?? [])
        {
            if (TrainingBook.Quarter(s.Quarter) is not { } q || !TrainingBook.ValidScore(s.Score))
            {
                throw new InvalidOperationException($"Scenario score {s.Staff} {s.Quarter}: a quarter YYYY-Qn and a score 0-100 with one decimal are needed.");
            }

            var first = new DateOnly(q.Year, (q.Quarter * 3) - 2, 1);
            if (!byCode.TryGetValue(s.Staff, out var person) || person.HiredOn > first.AddMonths(3).AddDays(-1) || (person.LeftOn is { } left && left < first) || first > desk.Today)
            {
                continue;
            }

            if (taken.Add((person.Id, q.Year, q.Quarter, s.Kind)))
            {
                db.AssessmentScores.Add(new AssessmentScore { StaffId = person.Id, Year = q.Year, Quarter = q.Quarter, Kind = s.Kind, Score = s.Score, Assessor = s.Assessor, At = now, By = Actor });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
