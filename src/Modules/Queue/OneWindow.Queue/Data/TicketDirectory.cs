using Microsoft.EntityFrameworkCore;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Domain;

namespace OneWindow.Queue.Data;

internal sealed class TicketDirectory(QueueDesk desk, HallLayouts halls) : ITicketDirectory
{
    public async Task<TicketRecord?> FindAsync(Guid ticketId, CancellationToken cancellationToken = default)
    {
        var ticket = await desk.Db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == ticketId, cancellationToken);
        return ticket is null ? null : await RecordAsync(ticket, cancellationToken);
    }

    public async Task<TicketRecord?> FindTodayAsync(string hallCode, string number, CancellationToken cancellationToken = default)
    {
        var day = desk.ServiceDay(desk.Now);
        var wanted = (number ?? string.Empty).Trim().ToUpperInvariant();
        var ticket = await desk.Db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hallCode && t.ServiceDay == day && t.DisplayNumber == wanted)
            .OrderByDescending(t => t.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return ticket is null ? null : await RecordAsync(ticket, cancellationToken);
    }

    private async Task<TicketRecord> RecordAsync(Ticket ticket, CancellationToken ct)
    {
        var hall = await halls.GetAsync(ticket.HallCode, false, ct);
        return new TicketRecord(
            ticket.Id,
            ticket.DisplayNumber,
            ticket.HallCode,
            hall?.CenterCode ?? string.Empty,
            ticket.Category,
            ticket.WindowCode,
            ticket.CalledBy,
            QueueDesk.Wire(ticket.Status),
            ticket.Status == TicketStatus.Completed ? ticket.EndedAt : null);
    }
}
