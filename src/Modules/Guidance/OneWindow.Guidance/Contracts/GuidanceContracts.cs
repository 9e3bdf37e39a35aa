namespace OneWindow.Guidance.Contracts;

/// <summary>One search result: an item, a bundle or a knowledge entry.</summary>
public sealed record SearchHit(string Kind, string Code, string Title, string? Snippet, float Score);

/// <summary>Chinese full-text search over the catalog and the knowledge base.</summary>
public interface IGuidanceSearch
{
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int take = 10, CancellationToken cancellationToken = default);

    /// <summary>Rebuilds the index on the next search (after the catalog or the knowledge base changed).</summary>
    void Invalidate();
}

/// <summary>A knowledge entry as entered: a policy answer (政策口径), a post's work procedure or a service norm.</summary>
public sealed record EntryInput(
    string? Code,
    string? Kind,
    string? Title,
    string? Body,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyList<string>? ItemCodes = null,
    string? Post = null,
    string? Owner = null,
    string? EffectiveFrom = null,
    string? ReviewOn = null);

/// <summary>Loads scenario knowledge entries idempotently by code.</summary>
public interface IKnowledgeSeeder
{
    Task SeedAsync(IReadOnlyList<EntryInput> entries, CancellationToken cancellationToken = default);
}
