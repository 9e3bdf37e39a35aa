using Microsoft.EntityFrameworkCore;
using OneWindow.Queue.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Appointments.Data;

/// <summary>The kiosk's 预约签到: an 11-digit mobile number finds today's booking at this hall, anything else is a code.</summary>
internal sealed class KioskCheckIn(AppointmentDesk desk, ITicketIssuer issuer) : IAppointmentCheckIn
{
    public async Task<Result<TicketView>> CheckInAsync(string hallCode, string codeOrPhone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codeOrPhone);
        var input = codeOrPhone.Trim();
        Result<Features.CheckIn.CheckIn.CheckedIn> result;
        if (MobileNumber.IsValid(input))
        {
            result = await Features.CheckIn.CheckIn.ByPhoneAsync(hallCode, new Features.CheckIn.CheckIn.Request(input), desk, issuer, cancellationToken);
        }
        else
        {
            var code = input.ToUpperInvariant();
            var hall = await desk.Db.Appointments.AsNoTracking().Where(a => a.Code == code).Select(a => a.HallCode).FirstOrDefaultAsync(cancellationToken);
            if (hall != hallCode)
            {
                return Error.NotFound("appointments.not_found", "No appointment with that code at this hall.");
            }

            result = await Features.CheckIn.CheckIn.ByCodeAsync(code, desk, issuer, cancellationToken);
        }

        return result.IsSuccess ? result.Value!.Ticket : result.Error!;
    }
}
