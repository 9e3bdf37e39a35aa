using Microsoft.EntityFrameworkCore;
using OneWindow.Evaluation.Contracts;
using OneWindow.Evaluation.Data;
using OneWindow.Organization.Contracts;

namespace OneWindow.Evaluation.Features.GetRanking;

/// <summary>
/// Counts per grade grouped by clerk, window (key <c>hall/window</c>) or department, over China dates inclusive and the
/// centers of a subtree. <see cref="EvaluationFigures.UpheldBad"/> leaves out the 差评 set aside on appeal.
/// </summary>
internal sealed class EvaluationFiguresQuery(EvaluationDesk desk) : IEvaluationFigures
{
    public Task<IReadOnlyList<EvaluationFigures>> ByClerkAsync(DateOnly from, DateOnly to, string? centerCode = null, CancellationToken cancellationToken = default) =>
        GroupAsync(from, to, centerCode, r => r.ClerkUserName, cancellationToken);

    public Task<IReadOnlyList<EvaluationFigures>> ByWindowAsync(DateOnly from, DateOnly to, string? centerCode = null, CancellationToken cancellationToken = default) =>
        GroupAsync(from, to, centerCode, WindowKey, cancellationToken);

    public Task<IReadOnlyList<EvaluationFigures>> ByDepartmentAsync(DateOnly from, DateOnly to, string? centerCode = null, CancellationToken cancellationToken = default) =>
        GroupAsync(from, to, centerCode, r => r.DepartmentCode, cancellationToken);

    private async Task<IReadOnlyList<EvaluationFigures>> GroupAsync(DateOnly from, DateOnly to, string? centerCode, Func<Row, string?> key, CancellationToken ct) =>
        await GroupAsync(from, to, await desk.SubtreeAsync(centerCode, ct), key, ct);

    public static string? WindowKey(Row r) => r.WindowCode is null || r.HallCode is null ? null : r.HallCode + "/" + r.WindowCode;

    public async Task<IReadOnlyList<EvaluationFigures>> GroupAsync(DateOnly from, DateOnly to, CenterScope scope, Func<Row, string?> key, CancellationToken ct)
    {
        var query = desk.Db.Ratings.AsNoTracking().Where(r => r.Day >= from && r.Day <= to);
        if (!scope.IsEverything)
        {
            var codes = scope.Codes.ToList();
            query = query.Where(r => codes.Contains(r.CenterCode));
        }

        var rows = await query.Select(r => new Row(r.ClerkUserName, r.HallCode, r.WindowCode, r.DepartmentCode, r.Grade, r.SetAside)).ToListAsync(ct);
        return Tally(rows.Select(r => (Key: key(r), r.Grade, r.SetAside)).Where(r => r.Key is not null).Select(r => (r.Key!, r.Grade, r.SetAside)));
    }

    internal sealed record Row(string? ClerkUserName, string? HallCode, string? WindowCode, string? DepartmentCode, int Grade, bool SetAside);

    public static IReadOnlyList<EvaluationFigures> Tally(IEnumerable<(string Key, int Grade, bool SetAside)> rows) =>
        rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => new EvaluationFigures(
                g.Key,
                g.Count(),
                g.Count(r => r.Grade == 5),
                g.Count(r => r.Grade == 4),
                g.Count(r => r.Grade == 3),
                g.Count(r => r.Grade == 2),
                g.Count(r => r.Grade == 1),
                g.Count(r => r.Grade <= 2 && !r.SetAside)))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
}
