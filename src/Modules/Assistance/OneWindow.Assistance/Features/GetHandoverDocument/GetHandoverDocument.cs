using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Assistance.Data;
using OneWindow.Assistance.Reports;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Assistance.Features.GetHandoverDocument;

/// <summary>
/// 代办材料交接单 of a proxy case as DOCX. The paper both parties sign carries the applicant's name and typed
/// signatures in full (the ID number and phone stay masked), so every download is written to the audit log as a reveal.
/// </summary>
internal static class GetHandoverDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/assistance/proxies/{id:guid}/handover.docx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, AssistanceDesk desk, IOrganizationDirectory directory, IAuditSink audit, CancellationToken ct) =>
            {
                var result = await HandleAsync(id, user, desk, directory, audit, ct);
                return result.IsSuccess ? TypedResults.File(result.Value.Content, ContentType, result.Value.FileName) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");

    public static async Task<Result<(byte[] Content, string FileName)>> HandleAsync(Guid id, ClaimsPrincipal user, AssistanceDesk desk, IOrganizationDirectory directory, IAuditSink audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(audit);
        var scope = await desk.ScopeAsync(user, ct);
        var proxy = await desk.Db.Proxies.AsNoTracking().Include(p => p.Materials).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proxy is null || !scope.Contains(proxy.CenterCode))
        {
            return ProxyView.NotFound(id);
        }

        var centers = await directory.CentersAsync(CenterScope.Everything, ct);
        var center = centers.FirstOrDefault(c => c.Code == proxy.CenterCode)?.Name ?? proxy.CenterCode;
        await audit.RecordAsync([new AuditRecord(AuditActions.Reveal, "ProxyCase", proxy.Id.ToString(), $"hand-over form of {proxy.Number} printed")], ct);
        return (HandoverDocument.Write(ProxyView.Signed(proxy, desk), center), $"handover-{proxy.Number}.docx");
    }
}
