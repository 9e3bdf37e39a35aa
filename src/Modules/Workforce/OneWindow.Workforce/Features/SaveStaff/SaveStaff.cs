using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.SaveStaff;

/// <summary>
/// Adds a staff member (POST) or changes one (PUT; the code stays, the ID number and phone only when given). The ID number must
/// pass GB 11643's check character and is unique; it and the phone are stored SM4-encrypted and shown masked.
/// </summary>
internal static class SaveStaff
{
    public sealed record Request(
        string? Code,
        string? Name,
        string? CenterCode,
        string? IdNumber,
        string? Phone,
        string? HiredOn,
        string? LeftOn,
        IReadOnlyList<string>? Skills,
        IReadOnlyList<string>? Certificates,
        string? ConfidentialitySignedOn,
        string? UniformSize,
        string? UserName);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/workforce/staff", async Task<Results<Created<StaffView>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
            {
                var result = await CreateAsync(request, await desk.ScopeAsync(user, ct), desk, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/workforce/staff/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
        app.MapPut("/api/v1/workforce/staff/{code}", async Task<Results<Ok<StaffView>, ProblemHttpResult>> (string code, Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await UpdateAsync(code, request, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
    }

    public static async Task<Result<StaffView>> CreateAsync(Request request, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation().Code("code", request.Code, 32);
        var fields = Validate(v, request, creating: true);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        if (await desk.CheckCenterAsync(request.CenterCode, scope, "centerCode", ct) is { } error)
        {
            return error;
        }

        var code = request.Code!.Trim();
        var staff = new Staff
        {
            Code = code,
            DisplayName = "",
            CenterCode = request.CenterCode!,
            IdNumberEncrypted = "",
            IdNumberIndex = "",
            IdNumberMasked = "",
            PhoneEncrypted = "",
            PhoneMasked = "",
            CreatedAt = desk.Now,
        };
        Apply(staff, fields, desk);
        if (await ConflictAsync(staff, desk, ct) is { } conflict)
        {
            return conflict;
        }

        desk.Db.Staff.Add(staff);
        return await SaveAsync(staff, desk, ct);
    }

    public static async Task<Result<StaffView>> UpdateAsync(string code, Request request, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        var fields = Validate(v, request, creating: false);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var staff = await desk.StaffByCodeAsync(code, tracked: true, ct);
        if (staff is null || !scope.Contains(staff.CenterCode))
        {
            return WorkforceDesk.StaffNotFound(code);
        }

        if (request.CenterCode != staff.CenterCode)
        {
            if (await desk.CheckCenterAsync(request.CenterCode, scope, "centerCode", ct) is { } error)
            {
                return error;
            }

            if (await desk.Db.Holders.AnyAsync(h => h.StaffId == staff.Id, ct))
            {
                return Error.Conflict("workforce.staff_holds_posts", "The person holds posts at the old center; take them off those posts before moving them.");
            }

            staff.CenterCode = request.CenterCode!;
        }

        Apply(staff, fields, desk);
        staff.Revision++;
        if (await ConflictAsync(staff, desk, ct) is { } conflict)
        {
            return conflict;
        }

        return await SaveAsync(staff, desk, ct);
    }

    private sealed record Valid(string Name, string? IdNumber, string? Phone, DateOnly HiredOn, DateOnly? LeftOn, List<string> Skills, List<string> Certificates, DateOnly? Confidentiality, string? Uniform, string? UserName);

    private static Valid Validate(Validation v, Request request, bool creating)
    {
        v.Name("name", request.Name, 50).Required("centerCode", request.CenterCode, 64);
        string? idNumber = null;
        if (creating || !string.IsNullOrWhiteSpace(request.IdNumber))
        {
            if (ResidentIdNumber.TryParse(request.IdNumber, out var id, out var idError))
            {
                idNumber = id.Value.Value;
            }
            else
            {
                v.Add("idNumber", idError);
            }
        }

        string? phone = null;
        if (creating || !string.IsNullOrWhiteSpace(request.Phone))
        {
            if (MobileNumber.TryParse(request.Phone, out var mobile, out var phoneError))
            {
                phone = mobile.Value.Value;
            }
            else
            {
                v.Add("phone", phoneError);
            }
        }

        var hired = Fields.Date(v, "hiredOn", request.HiredOn);
        var left = Fields.OptionalDate(v, "leftOn", request.LeftOn);
        if (left is { } l && hired != default && l < hired)
        {
            v.Add("leftOn", "must be on or after hiredOn");
        }

        var skills = Fields.Labels(v, "skills", request.Skills);
        var certificates = Fields.Labels(v, "certificates", request.Certificates, maxLength: 60);
        var confidentiality = Fields.OptionalDate(v, "confidentialitySignedOn", request.ConfidentialitySignedOn);
        v.Optional("uniformSize", request.UniformSize, 16);
        v.Optional("userName", request.UserName, 100);
        return new Valid(request.Name?.Trim() ?? "", idNumber, phone, hired, left, skills, certificates, confidentiality,
            string.IsNullOrWhiteSpace(request.UniformSize) ? null : request.UniformSize.Trim(),
            string.IsNullOrWhiteSpace(request.UserName) ? null : request.UserName.Trim());
    }

    private static void Apply(Staff staff, Valid fields, WorkforceDesk desk)
    {
        staff.DisplayName = fields.Name;
        if (fields.IdNumber is { } id)
        {
            staff.IdNumberEncrypted = desk.Encrypt(id)!;
            staff.IdNumberIndex = desk.BlindIndex(id)!;
            staff.IdNumberMasked = Masking.IdNumber(id);
        }

        if (fields.Phone is { } phone)
        {
            staff.PhoneEncrypted = desk.Encrypt(phone)!;
            staff.PhoneMasked = Masking.Phone(phone);
        }
        staff.HiredOn = fields.HiredOn;
        staff.LeftOn = fields.LeftOn;
        staff.Skills = fields.Skills;
        staff.Certificates = fields.Certificates;
        staff.ConfidentialitySignedOn = fields.Confidentiality;
        staff.UniformSize = fields.Uniform;
        staff.UserName = fields.UserName;
    }

    private static async Task<Error?> ConflictAsync(Staff staff, WorkforceDesk desk, CancellationToken ct)
    {
        var db = desk.Db;
        if (await db.Staff.AnyAsync(s => s.Code == staff.Code && s.Id != staff.Id, ct))
        {
            return Error.Conflict("workforce.staff_code_taken", $"Staff code '{staff.Code}' is taken.");
        }

        if (await db.Staff.AnyAsync(s => s.IdNumberIndex == staff.IdNumberIndex && s.Id != staff.Id, ct))
        {
            return Error.Conflict("workforce.staff_id_number_taken", "Another staff member has this ID number.");
        }

        if (staff.UserName is { } user && await db.Staff.AnyAsync(s => s.UserName == user && s.Id != staff.Id, ct))
        {
            return Error.Conflict("workforce.user_name_taken", $"The account '{user}' is linked to another staff member.");
        }

        return null;
    }

    private static async Task<Result<StaffView>> SaveAsync(Staff staff, WorkforceDesk desk, CancellationToken ct)
    {
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("workforce.staff_changed", "Someone else changed this person just now; reload and try again.");
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return Error.Conflict("workforce.staff_code_taken", "The code, ID number or account was just taken by another staff member.");
        }

        return (await ListStaff.ListStaff.ViewsAsync([staff], desk, ct))[0];
    }
}
