namespace OneWindow.Identity.Auth;

/// <summary>OneWindow:Auth settings.</summary>
internal sealed class AuthOptions
{
    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    public int IdleTimeoutMinutes { get; set; } = 30;

    public int TokenMinutes { get; set; } = 30;

    /// <summary>Base64 HMAC key (>= 32 bytes) for API tokens; every node of a cluster needs the same one.</summary>
    public string? SigningKey { get; set; }
}
