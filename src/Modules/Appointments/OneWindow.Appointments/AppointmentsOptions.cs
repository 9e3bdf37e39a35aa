using Microsoft.Extensions.Configuration;

namespace OneWindow.Appointments;

/// <summary>Configuration OneWindow:Appointments.</summary>
internal sealed class AppointmentsOptions
{
    /// <summary>This many no-shows within <see cref="NoShowWindowDays"/> days block a phone number from booking.</summary>
    public int NoShowLimit { get; init; } = 3;

    public int NoShowWindowDays { get; init; } = 30;

    /// <summary>How long the block lasts after the last no-show.</summary>
    public int BlockDays { get; init; } = 7;

    /// <summary>How many days ahead the daily job keeps template slots generated (today included).</summary>
    public int GenerateDaysAhead { get; init; } = 14;

    /// <summary>China hour of day when tomorrow's visitors get their reminder.</summary>
    public int ReminderHour { get; init; } = 18;

    public static AppointmentsOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("OneWindow:Appointments").Get<AppointmentsOptions>() ?? new AppointmentsOptions();
        if (options.NoShowLimit < 1 || options.NoShowWindowDays < 1 || options.BlockDays < 0 || options.GenerateDaysAhead is < 1 or > 62 || options.ReminderHour is < 0 or > 23)
        {
            throw new InvalidOperationException("OneWindow:Appointments: NoShowLimit and NoShowWindowDays must be >= 1, BlockDays >= 0, GenerateDaysAhead 1-62, ReminderHour 0-23.");
        }

        return options;
    }
}
