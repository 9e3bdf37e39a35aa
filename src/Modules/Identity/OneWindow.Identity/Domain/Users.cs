using Microsoft.AspNetCore.Identity;
using OneWindow.SharedKernel.Auditing;

namespace OneWindow.Identity.Domain;

internal sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>SM4-GCM ciphertext of the mobile number; <see cref="MobileIndex"/> finds it.</summary>
    public string? MobileCipher { get; set; }

    public string? MobileIndex { get; set; }

    /// <summary>SM4-GCM ciphertext of the resident ID number.</summary>
    public string? IdNumberCipher { get; set; }

    public string? IdNumberIndex { get; set; }

    /// <summary>Code of the approving department (审批部门) the user works for, from the organization directory; null for center staff.</summary>
    public string? DepartmentCode { get; set; }
}

internal sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() => Id = Guid.CreateVersion7();
}

/// <summary>One link of the audit chain. Hash = SM3(previous hash and this entry's fields).</summary>
internal sealed class AuditEntry : INotAudited
{
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public string? Details { get; set; }

    public string? ClientAddress { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }

    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public string ComputeHash() =>
        SharedKernel.PersonalData.Sm3.Hex(string.Join('\u001f',
            PreviousHash,
            Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Actor, Action, EntityType, EntityId, Details ?? string.Empty, ClientAddress ?? string.Empty));
}
