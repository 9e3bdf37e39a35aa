using Microsoft.Extensions.Logging;

namespace OneWindow.SharedKernel.Notifications;

/// <summary>
/// A message to one person through one channel. <paramref name="RecipientEncrypted"/> is the address (a mobile number
/// for "sms") as <see cref="PersonalData.PersonalDataProtector.Encrypt"/> stored it: only a real sender decrypts it,
/// at the moment it hands the message to its provider. <paramref name="Values"/> fill the template's placeholders
/// and never carry names or phone numbers.
/// </summary>
public sealed record Notification(string Channel, string? RecipientEncrypted, string Template, IReadOnlyDictionary<string, string> Values)
{
    public const string Sms = "sms";

    /// <summary>The value under "code" (an appointment or case code): what a log line may name.</summary>
    public string? Reference => Values.TryGetValue("code", out var code) ? code : null;
}

/// <summary>Sends notifications (SMS first). The default only logs; a deployment registers its SMS provider instead.</summary>
public interface INotificationSender
{
    Task SendAsync(Notification notification, CancellationToken cancellationToken = default);
}

/// <summary>The stand-in sender: logs the template and the reference code, never the recipient or any other value.</summary>
public sealed class LogNotificationSender(ILogger<LogNotificationSender> logger) : INotificationSender
{
    public Task SendAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        logger.LogInformation("Notification {Template} via {Channel} for {Reference} (no SMS provider configured; not delivered)", notification.Template, notification.Channel, notification.Reference);
        return Task.CompletedTask;
    }
}
