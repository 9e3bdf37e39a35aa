using OneWindow.Calendar.Contracts;
using OneWindow.Queue.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Queue.Data;

internal sealed class TicketIssuer(QueueDesk desk, IBusinessHoursProvider hours) : ITicketIssuer
{
    public async Task<Result<TicketView>> IssueAsync(string hallCode, string category, bool priority, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var issued = await Features.IssueTicket.IssueTicket.HandleAsync(
            hallCode, new Features.IssueTicket.IssueTicket.Request(category, priority ? "priority" : "normal"), idempotencyKey, null, desk, hours, cancellationToken);
        return issued.IsSuccess ? issued.Value!.Ticket : issued.Error!;
    }

    public async Task<Result<TicketView>> IssueForAppointmentAsync(AppointmentTicketRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var issued = await Features.IssueTicket.IssueTicket.HandleAsync(
            request.HallCode,
            new Features.IssueTicket.IssueTicket.Request(request.Category, "normal"),
            "appointment:" + request.AppointmentCode,
            request,
            desk,
            hours,
            cancellationToken);
        return issued.IsSuccess ? issued.Value!.Ticket : issued.Error!;
    }
}
