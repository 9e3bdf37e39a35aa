namespace OneWindow.Catalog.Domain;

/// <summary>
/// 智慧化审前: a visitor's materials checked against an item's or a bundle's list before coming. Kept for a while
/// (<see cref="ExpiresAt"/>) so the window can open the uploads when the visitor arrives with the receipt code.
/// </summary>
internal sealed class PreReviewSubmission : SharedKernel.Auditing.INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The receipt code the visitor keeps (unguessable: 10 characters of a 31-letter alphabet).</summary>
    public required string Code { get; set; }

    public string? ItemCode { get; set; }

    public string? BundleCode { get; set; }

    public required string Title { get; set; }

    public bool Complete { get; set; }

    /// <summary>Required materials not uploaded, in catalog order.</summary>
    public List<string> Missing { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public List<PreReviewFile> Files { get; set; } = [];
}

/// <summary>One uploaded file, stored under the data directory with a generated name (never under the web root).</summary>
internal sealed class PreReviewFile : SharedKernel.Auditing.INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SubmissionId { get; set; }

    public required string MaterialCode { get; set; }

    public required string MaterialName { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>Relative to the pre-review folder.</summary>
    public required string StoredPath { get; set; }

    public required string Sha256 { get; set; }
}
