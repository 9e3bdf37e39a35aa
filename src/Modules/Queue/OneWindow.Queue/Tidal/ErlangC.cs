namespace OneWindow.Queue.Tidal;

/// <summary>One Erlang C answer for N windows.</summary>
internal sealed record ErlangAnswer(int Windows, double TrafficErlangs, double WaitProbability, double ServiceLevel, double AverageWaitMinutes, double Occupancy);

/// <summary>
/// Erlang C (M/M/N) for windows: A = arrivals per hour x mean service time in hours; P(wait) by the Erlang B recursion
/// (no factorials, so hundreds of windows stay exact); share called within t = 1 - P(wait) x e^(-(N-A) t / AHT).
/// </summary>
internal static class ErlangC
{
    public const int MaxWindows = 500;

    public static ErlangAnswer For(int windows, double arrivalsPerHour, double serviceMinutes, double targetMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(arrivalsPerHour);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(serviceMinutes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windows);
        var traffic = arrivalsPerHour * serviceMinutes / 60.0;
        if (traffic >= windows)
        {
            // The line grows without bound: everyone waits, and ever longer.
            return new ErlangAnswer(windows, traffic, 1, 0, double.PositiveInfinity, 1);
        }

        var blocking = 1.0;
        for (var k = 1; k <= windows; k++)
        {
            blocking = traffic * blocking / (k + (traffic * blocking));
        }

        var wait = windows * blocking / (windows - (traffic * (1 - blocking)));
        var level = 1 - (wait * Math.Exp(-(windows - traffic) * targetMinutes / serviceMinutes));
        var averageWait = wait * serviceMinutes / (windows - traffic);
        return new ErlangAnswer(windows, traffic, wait, level, averageWait, traffic / windows);
    }

    /// <summary>The fewest windows (more than the traffic) that meet the service level; 0 when nobody arrives.</summary>
    public static ErlangAnswer Needed(double arrivalsPerHour, double serviceMinutes, double targetMinutes, double serviceLevel)
    {
        if (arrivalsPerHour <= 0)
        {
            return new ErlangAnswer(0, 0, 0, 1, 0, 0);
        }

        var traffic = arrivalsPerHour * serviceMinutes / 60.0;
        for (var n = Math.Max(1, (int)Math.Floor(traffic) + 1); n <= MaxWindows; n++)
        {
            var answer = For(n, arrivalsPerHour, serviceMinutes, targetMinutes);
            if (answer.ServiceLevel >= serviceLevel)
            {
                return answer;
            }
        }

        return For(MaxWindows, arrivalsPerHour, serviceMinutes, targetMinutes);
    }

    /// <summary>Staff to roster so that N are at the windows after breaks, training and leave.</summary>
    public static int Rostered(int windows, double shrinkage) =>
        windows == 0 ? 0 : (int)Math.Ceiling(windows / (1 - Math.Clamp(shrinkage, 0, 0.95)) - 1e-9);
}
