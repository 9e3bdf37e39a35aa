using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Queue.Tidal;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Queue.Features.ComputeErlang;

/// <summary>The tidal advisor's calculator: windows needed for an arrival rate, service time and target (facts: 60/h, 10 min -> 12 windows, 97.8%).</summary>
internal static class ComputeErlang
{
    public sealed record Answer(double ArrivalsPerHour, double ServiceMinutes, double TargetMinutes, double TargetServiceLevel, int Windows, double TrafficErlangs, double WaitProbability, double ServiceLevel, double AverageWaitMinutes, double Occupancy, int RosteredStaff, double Shrinkage);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/queue/erlang", (double? arrivalsPerHour, double? serviceMinutes, double? targetMinutes, double? serviceLevel, double? shrinkage, QueueOptions options) =>
                Handle(arrivalsPerHour, serviceMinutes, targetMinutes ?? options.TargetWaitMinutes, serviceLevel ?? options.TargetServiceLevel, shrinkage ?? options.Shrinkage).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Queue");

    public static Result<Answer> Handle(double? arrivalsPerHour, double? serviceMinutes, double targetMinutes, double serviceLevel, double shrinkage)
    {
        var v = new Validation();
        if (arrivalsPerHour is not (>= 0 and <= 100_000))
        {
            v.Add("arrivalsPerHour", "is required, 0 to 100000");
        }

        if (serviceMinutes is not (> 0 and <= 480))
        {
            v.Add("serviceMinutes", "is required, more than 0 and at most 480");
        }

        if (targetMinutes is not (> 0 and <= 480))
        {
            v.Add("targetMinutes", "must be more than 0 and at most 480");
        }

        if (serviceLevel is not (> 0 and < 1))
        {
            v.Add("serviceLevel", "must be between 0 and 1, e.g. 0.9");
        }

        if (shrinkage is not (>= 0 and < 0.95))
        {
            v.Add("shrinkage", "must be at least 0 and below 0.95");
        }

        if (v.IsValid && arrivalsPerHour!.Value * serviceMinutes!.Value / 60 >= ErlangC.MaxWindows - 1)
        {
            v.Add("arrivalsPerHour", $"arrivals x service time needs {ErlangC.MaxWindows} windows or more; the advisor stops there");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var answer = ErlangC.Needed(arrivalsPerHour!.Value, serviceMinutes!.Value, targetMinutes, serviceLevel);
        return new Answer(arrivalsPerHour.Value, serviceMinutes.Value, targetMinutes, serviceLevel, answer.Windows, Math.Round(answer.TrafficErlangs, 3), Math.Round(answer.WaitProbability, 4), Math.Round(answer.ServiceLevel, 4), Math.Round(answer.AverageWaitMinutes, 2), Math.Round(answer.Occupancy, 3), ErlangC.Rostered(answer.Windows, shrinkage), shrinkage);
    }
}
