using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Cases.Data;
using OneWindow.Cases.Documents;
using OneWindow.Catalog.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.GetDocument;

/// <summary>
/// A printed form of a case (DOCX; PDF with <c>?format=pdf</c> where LibreOffice is installed, else 409
/// <c>cases.pdf_unavailable</c>) and the hand-over sheet of a batch. A form the case's state does not have is 409
/// <c>cases.document_not_available</c>; an unknown kind 404 <c>cases.unknown_document</c>.
/// </summary>
internal static class GetDocument
{
    public sealed record File(byte[] Content, string ContentType, string FileName);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/cases/{id:guid}/documents/{kind}", async (Guid id, string kind, string? format, ClaimsPrincipal user, CaseDesk desk, ICatalog catalog, CasesOptions options, PdfConverter pdf, CancellationToken ct) =>
                ToResult(await HandleAsync(id, kind, format, user, desk, catalog, options, pdf, ct)))
            .RequireAuthorization(Policies.Staff).WithTags("Cases");
        app.MapGet("/api/v1/cases/handovers/{batchId:guid}/document", async (Guid batchId, string? format, ClaimsPrincipal user, CaseDesk desk, CasesOptions options, PdfConverter pdf, CancellationToken ct) =>
                ToResult(await HandoverAsync(batchId, format, user, desk, options, pdf, ct)))
            .RequireAuthorization(Policies.Staff).WithTags("Cases");
    }

    public static IResult ToResult(Result<File> result) =>
        result.IsSuccess ? TypedResults.File(result.Value!.Content, result.Value.ContentType, result.Value.FileName) : result.Error!.ToProblem();

    public static async Task<Result<File>> HandleAsync(Guid id, string kind, string? format, ClaimsPrincipal user, CaseDesk desk, ICatalog catalog, CasesOptions options, PdfConverter pdf, CancellationToken ct)
    {
        if (!CaseDocuments.Kinds.Contains(kind))
        {
            return Error.NotFound("cases.unknown_document", $"'{kind}' is not a document; kinds: {string.Join(", ", CaseDocuments.Kinds)}.");
        }

        if (format is not (null or "docx" or "pdf"))
        {
            return Error.Invalid("format", "must be docx or pdf");
        }

        var found = await desk.FindAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var c = found.Value!;
        if (CaseDocuments.Unavailable(kind, c) is { } why)
        {
            return Error.Conflict("cases.document_not_available", $"Case {c.Number}: {why}.");
        }

        var lines = await desk.MaterialsAsync(c.Id, ct);
        IReadOnlyList<MaterialView> materials = [];
        string? basis = null, contact = null, location = null, hours = null;
        if (c.ItemCode is not null && (c.CatalogVersion is { } v ? await catalog.ItemVersionAsync(c.ItemCode, v, ct) : await catalog.ItemAsync(c.ItemCode, null, ct)) is { } item)
        {
            (materials, basis, contact, location, hours) = (item.Materials, item.Basis, item.Contact, item.Location, item.Hours);
        }
        else if (c.BundleCode is not null && await catalog.BundleAsync(c.BundleCode, null, ct) is { } bundle)
        {
            materials = bundle.Materials.Select(m => m.Material).ToList();
        }

        var (centerName, departmentName) = await NamesAsync(desk, c.CenterCode, c.DepartmentCode, ct);
        var context = new DocumentContext(c, lines, centerName, departmentName, desk.Protector.Decrypt(c.ApplicantNameEncrypted) ?? string.Empty,
            CaseDocuments.MaskedId(desk.Protector.Decrypt(c.ApplicantIdEncrypted)), materials, basis, contact, location, hours, options.LookupUrl(c.Number), desk.Now);
        return await AsAsync(CaseDocuments.Write(kind, context), $"{c.Number}-{kind}", format, pdf, ct);
    }

    public static async Task<Result<File>> HandoverAsync(Guid batchId, string? format, ClaimsPrincipal user, CaseDesk desk, CasesOptions options, PdfConverter pdf, CancellationToken ct)
    {
        if (format is not (null or "docx" or "pdf"))
        {
            return Error.Invalid("format", "must be docx or pdf");
        }

        var batch = await desk.Db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null || !CaseDepartment.Sees(user, batch.DepartmentCode) || !(await desk.ScopeAsync(user, ct)).Contains(batch.CenterCode))
        {
            return Error.NotFound("cases.batch_not_found", $"Hand-over batch '{batchId}' does not exist.");
        }

        var cases = await desk.Db.Cases.AsNoTracking().Where(c => c.HandoverBatchId == batch.Id).OrderBy(c => c.Number).ToListAsync(ct);
        var (centerName, departmentName) = await NamesAsync(desk, batch.CenterCode, batch.DepartmentCode, ct);
        var lines = cases.Select(c => new CaseDocuments.BatchLine(c.Number, c.Title, desk.ApplicantName(c), c.AcceptedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
        var bytes = CaseDocuments.HandoverSheet(batch, centerName, departmentName ?? batch.DepartmentCode, lines, options.BatchUrl(batch.Number));
        return await AsAsync(bytes, $"{batch.Number}-handover-sheet", format, pdf, ct);
    }

    public static async Task<(string Center, string? Department)> NamesAsync(CaseDesk desk, string centerCode, string? departmentCode, CancellationToken ct)
    {
        var centers = await desk.Organization.CentersAsync(CenterScope.Everything, ct);
        var departments = await desk.Organization.DepartmentsAsync(ct);
        return (centers.FirstOrDefault(x => x.Code == centerCode)?.Name ?? centerCode, departments.FirstOrDefault(x => x.Code == departmentCode)?.Name ?? departmentCode);
    }

    public static async Task<Result<File>> AsAsync(byte[] docx, string name, string? format, PdfConverter pdf, CancellationToken ct)
    {
        if (format != "pdf")
        {
            return new File(docx, WordDocument.ContentType, name + ".docx");
        }

        if (!pdf.Available)
        {
            return Error.Conflict("cases.pdf_unavailable", "PDF output needs LibreOffice, which is not installed on this server; download the DOCX instead.");
        }

        var bytes = await pdf.ConvertAsync(docx, ct);
        return bytes is null
            ? Error.Conflict("cases.pdf_unavailable", "LibreOffice could not convert the document; download the DOCX instead.")
            : new File(bytes, "application/pdf", name + ".pdf");
    }
}
