namespace OneWindow.SharedKernel.Realtime;

/// <summary>Pushes events to displays, kiosks and staff screens; across nodes when a Redis backplane is configured.</summary>
public interface IRealtimeNotifier
{
    Task ToHallAsync(string hallCode, string eventName, object payload, CancellationToken cancellationToken = default);

    Task ToWindowAsync(string hallCode, string windowCode, string eventName, object payload, CancellationToken cancellationToken = default);
}

public static class RealtimeGroups
{
    public static string Hall(string hallCode) => $"hall:{hallCode}";

    public static string Window(string hallCode, string windowCode) => $"window:{hallCode}:{windowCode}";
}
