using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity.Auth;

/// <summary>Issues and describes the HMAC-signed bearer tokens of <c>POST /api/v1/auth/token</c>.</summary>
internal sealed class TokenIssuer
{
    public const string Issuer = "onewindow";
    public const string Audience = "onewindow-api";
    private readonly SymmetricSecurityKey _key;
    private readonly TimeProvider _clock;
    private readonly AuthOptions _options;

    public TokenIssuer(IOptions<AuthOptions> options, DatabaseSettings settings, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _key = new SymmetricSecurityKey(LoadKey(_options.SigningKey, Path.Combine(settings.DataDirectory, "keys", "token-signing.key")));
    }

    public TokenValidationParameters ValidationParameters => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = _key,
        NameClaimType = "name",
        RoleClaimType = "role",
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    public (string Token, DateTimeOffset ExpiresAt) Issue(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var now = _clock.GetUtcNow();
        var expires = now.AddMinutes(_options.TokenMinutes);
        var claims = new Dictionary<string, object>
        {
            ["sub"] = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            ["name"] = principal.Identity?.Name ?? string.Empty,
            ["role"] = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
            [OneWindowClaims.CenterScope] = principal.FindAll(OneWindowClaims.CenterScope).Select(c => c.Value).ToArray(),
            [OneWindowClaims.DisplayName] = principal.FindFirstValue(OneWindowClaims.DisplayName) ?? string.Empty,
        };
        if (principal.FindFirstValue(OneWindowClaims.Department) is { Length: > 0 } department)
        {
            claims[OneWindowClaims.Department] = department;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        };
        return (new JsonWebTokenHandler().CreateToken(descriptor), expires);
    }

    private static byte[] LoadKey(string? configured, string path)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32 ? bytes : throw new InvalidOperationException("OneWindow:Auth:SigningKey must be at least 32 bytes (base64).");
        }

        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(64);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
