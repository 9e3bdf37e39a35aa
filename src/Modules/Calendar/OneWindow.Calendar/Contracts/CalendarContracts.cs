namespace OneWindow.Calendar.Contracts;

/// <summary>
/// The current calendar: the official arrangement of every loaded year, plus a center's own closures and extra
/// working days. Cached; a change made on this node is visible at once, on other nodes within 30 seconds.
/// </summary>
public interface ICalendarProvider
{
    Task<WorkCalendar> ForCenterAsync(string? centerCode, CancellationToken cancellationToken = default);
}

/// <summary>The answer of <c>GET /api/v1/calendar/deadline</c>.</summary>
public sealed record DeadlineAnswer(string Start, int Workdays, string Deadline, bool Provisional);

/// <summary>The deadline query with the API's validation, for hosts other than HTTP (the command-line tool).</summary>
public interface IDeadlineQuery
{
    /// <summary>The answer, or the validation message of the first bad argument.</summary>
    Task<(DeadlineAnswer? Answer, string? Error)> AskAsync(string? start, string? workdays, string? center, CancellationToken cancellationToken = default);
}
