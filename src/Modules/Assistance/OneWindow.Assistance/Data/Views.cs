using OneWindow.Assistance.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Assistance.Data;

/// <summary>A 帮办 record; the visitor's name and phone are masked.</summary>
internal sealed record HelpView(
    Guid Id,
    string Number,
    string CenterCode,
    string HallCode,
    string Staff,
    string? VisitorName,
    string? VisitorPhone,
    string Group,
    bool GreenChannel,
    Guid? TicketId,
    string? TicketNumber,
    string ItemCode,
    string ItemName,
    string? WindowCode,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Outcome,
    string Status)
{
    internal static HelpView Of(HelpRecord h, AssistanceDesk desk) => new(
        h.Id,
        h.Number,
        h.CenterCode,
        h.HallCode,
        h.StaffUserName,
        h.VisitorNameEncrypted is null ? null : Masking.Name(desk.Decrypt(h.VisitorNameEncrypted)),
        h.VisitorPhoneEncrypted is null ? null : Masking.Phone(desk.Decrypt(h.VisitorPhoneEncrypted)),
        EnumParsing.ToWire(h.Group),
        h.GreenChannel,
        h.TicketId,
        h.TicketNumber,
        h.ItemCode,
        h.ItemName,
        h.WindowCode,
        AssistanceDesk.Local(h.StartedAt),
        AssistanceDesk.Local(h.FinishedAt),
        h.Outcome,
        h.FinishedAt is null ? "open" : "finished");

    internal static Error NotFound(Guid id) => Error.NotFound("assistance.help_not_found", $"There is no help record {id}.");
}

internal sealed record HelpDetail(HelpView Record, IReadOnlyList<EventView> History);

internal sealed record MaterialLineView(int Seq, string Code, string Name, bool Original, int Copies);

/// <summary>A 代办 case with its hand-over; the applicant's name, number and phone are masked.</summary>
internal sealed record ProxyView(
    Guid Id,
    string Number,
    string CenterCode,
    string ApplicantKind,
    string? ApplicantName,
    string? ApplicantId,
    string? ApplicantPhone,
    string ItemCode,
    string ItemName,
    string ProxyStaff,
    string Status,
    IReadOnlyList<MaterialLineView> Materials,
    string ApplicantSignature,
    DateTimeOffset ApplicantSignedAt,
    string StaffSignature,
    DateTimeOffset StaffSignedAt,
    string? CaseNumber,
    DateTimeOffset? SubmittedAt,
    string? ResultNote,
    string? ReturnSignature,
    DateTimeOffset? ResultReturnedAt,
    string? CancelReason,
    DateTimeOffset CreatedAt,
    int Revision)
{
    internal static ProxyView Of(ProxyCase p, AssistanceDesk desk)
    {
        var name = desk.Decrypt(p.ApplicantNameEncrypted);
        var id = desk.Decrypt(p.ApplicantIdEncrypted);
        return new(
            p.Id,
            p.Number,
            p.CenterCode,
            EnumParsing.ToWire(p.ApplicantKind),
            p.ApplicantKind == Domain.ApplicantKind.Person ? Masking.Name(name) : name,
            p.ApplicantKind == Domain.ApplicantKind.Person ? Masking.IdNumber(id) : id,
            p.ApplicantPhoneEncrypted is null ? null : Masking.Phone(desk.Decrypt(p.ApplicantPhoneEncrypted)),
            p.ItemCode,
            p.ItemName,
            p.ProxyStaff,
            EnumParsing.ToWire(p.Status),
            p.Materials.OrderBy(m => m.Seq).Select(m => new MaterialLineView(m.Seq, m.Code, m.Name, m.Original, m.Copies)).ToList(),
            Masking.Name(desk.Decrypt(p.ApplicantSignatureEncrypted)),
            AssistanceDesk.Local(p.ApplicantSignedAt),
            p.StaffSignature,
            AssistanceDesk.Local(p.StaffSignedAt),
            p.CaseNumber,
            AssistanceDesk.Local(p.SubmittedAt),
            p.ResultNote,
            p.ReturnSignatureEncrypted is null ? null : Masking.Name(desk.Decrypt(p.ReturnSignatureEncrypted)),
            AssistanceDesk.Local(p.ResultReturnedAt),
            p.CancelReason,
            AssistanceDesk.Local(p.CreatedAt),
            p.Revision);
    }

    /// <summary>The same case with the applicant's name and signatures in full (for the printed hand-over form only).</summary>
    internal static ProxyView Signed(ProxyCase p, AssistanceDesk desk)
    {
        var name = desk.Decrypt(p.ApplicantNameEncrypted);
        return Of(p, desk) with
        {
            ApplicantName = name,
            ApplicantSignature = desk.Decrypt(p.ApplicantSignatureEncrypted) ?? string.Empty,
            ReturnSignature = desk.Decrypt(p.ReturnSignatureEncrypted),
        };
    }

    internal static Error NotFound(Guid id) => Error.NotFound("assistance.proxy_not_found", $"There is no proxy case {id}.");
}

internal sealed record ProxyDetail(ProxyView Case, IReadOnlyList<EventView> History);

/// <summary>A 跨域通办 dossier; <c>overdue</c> when forwarded and not received within the configured working days.</summary>
internal sealed record DossierView(
    Guid Id,
    string Number,
    string CenterCode,
    string Direction,
    string Scope,
    string CounterpartRegion,
    string CounterpartDepartment,
    string ItemCode,
    string ItemName,
    string? ApplicantName,
    string? ApplicantPhone,
    string? CaseNumber,
    string Status,
    DateTimeOffset AcceptedAt,
    string AcceptedBy,
    string? ForwardMode,
    string? ExpressCompany,
    string? TrackingNumber,
    string? TransmissionReference,
    DateTimeOffset? ForwardedAt,
    DateTimeOffset? ReceivedAt,
    string? ReceivedBy,
    string? Result,
    string? ResultNote,
    string? ResultDocument,
    DateTimeOffset? DecidedAt,
    string? ReturnMode,
    string? ReturnTracking,
    DateTimeOffset? ReturnedAt,
    string? CancelReason,
    bool Overdue,
    int Revision)
{
    internal static DossierView Of(CrossRegionDossier d, AssistanceDesk desk, bool overdue) => new(
        d.Id,
        d.Number,
        d.CenterCode,
        EnumParsing.ToWire(d.Direction),
        EnumParsing.ToWire(d.Scope),
        d.CounterpartRegion,
        d.CounterpartDepartment,
        d.ItemCode,
        d.ItemName,
        d.ApplicantNameEncrypted is null ? null : Masking.Name(desk.Decrypt(d.ApplicantNameEncrypted)),
        d.ApplicantPhoneEncrypted is null ? null : Masking.Phone(desk.Decrypt(d.ApplicantPhoneEncrypted)),
        d.CaseNumber,
        EnumParsing.ToWire(d.Status),
        AssistanceDesk.Local(d.AcceptedAt),
        d.AcceptedBy,
        d.ForwardMode is { } f ? EnumParsing.ToWire(f) : null,
        d.ExpressCompany,
        d.TrackingNumber,
        d.TransmissionReference,
        AssistanceDesk.Local(d.ForwardedAt),
        AssistanceDesk.Local(d.ReceivedAt),
        d.ReceivedBy,
        d.Result is { } r ? EnumParsing.ToWire(r) : null,
        d.ResultNote,
        d.ResultDocument,
        AssistanceDesk.Local(d.DecidedAt),
        d.ReturnMode is { } m ? EnumParsing.ToWire(m) : null,
        d.ReturnTracking,
        AssistanceDesk.Local(d.ReturnedAt),
        d.CancelReason,
        overdue,
        d.Revision);

    internal static Error NotFound(Guid id) => Error.NotFound("assistance.dossier_not_found", $"There is no cross-region dossier {id}.");
}

internal sealed record DossierDetail(DossierView Dossier, IReadOnlyList<EventView> History);
