namespace OneWindow.Licenses.Domain;

internal enum HolderKind
{
    Person,
    Enterprise,
}

/// <summary>An electronic license in the local registry. The holder's ID is stored encrypted with a blind index to find it.</summary>
internal sealed class License
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>证照编号, unique.</summary>
    public required string Number { get; set; }

    /// <summary>The catalog material this license stands for (ID_CARD, BUSINESS_LICENSE …).</summary>
    public required string MaterialCode { get; set; }

    public required string Name { get; set; }

    public HolderKind HolderKind { get; set; }

    /// <summary>Encrypted (a person's name is personal data; an enterprise's is not, but one rule serves both).</summary>
    public required string HolderNameEncrypted { get; set; }

    public required string HolderNameMasked { get; set; }

    public required string HolderIdEncrypted { get; set; }

    public required string HolderIdIndex { get; set; }

    public required string HolderIdMasked { get; set; }

    public required string IssuedBy { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public string? RevokeReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public int Revision { get; set; }
}
