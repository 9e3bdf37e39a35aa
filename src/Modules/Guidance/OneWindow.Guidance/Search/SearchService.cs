using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Catalog.Contracts;
using OneWindow.Guidance.Contracts;
using OneWindow.Guidance.Data;
using OneWindow.Organization.Contracts;

namespace OneWindow.Guidance.Search;

/// <summary>
/// Keeps one <see cref="LuceneIndex"/> of the catalog in force and the knowledge base, rebuilt when invalidated or
/// five minutes old (catalog changes made on another node arrive within that time).
/// </summary>
internal sealed class SearchService(IServiceScopeFactory scopes, TimeProvider clock) : IGuidanceSearch, IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly QueryText _text = QueryText.FromEmbeddedFile();
    private (LuceneIndex Index, DateTimeOffset BuiltAt)? _current;

    public QueryText Text => _text;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int take = 10, CancellationToken cancellationToken = default)
    {
        var index = await IndexAsync(cancellationToken);
        return index.Search(_text.Normalize(query ?? string.Empty), Math.Clamp(take, 1, 50));
    }

    public void Invalidate() => _current = null;

    public void Dispose()
    {
        _current?.Index.Dispose();
        _gate.Dispose();
    }

    private async Task<LuceneIndex> IndexAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && clock.GetUtcNow() - current.BuiltAt < Lifetime)
        {
            return current.Index;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fresh && clock.GetUtcNow() - fresh.BuiltAt < Lifetime)
            {
                return fresh.Index;
            }

            var index = new LuceneIndex(await DocumentsAsync(cancellationToken));

            // The old index may still serve a search in flight; it is left to the collector rather than disposed here.
            _current = (index, clock.GetUtcNow());
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<List<IndexDoc>> DocumentsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<ICatalog>();
        var departments = (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().DepartmentsAsync(cancellationToken))
            .ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        var docs = new List<IndexDoc>();
        foreach (var item in await catalog.ItemsAsync(null, cancellationToken))
        {
            var department = departments.GetValueOrDefault(item.DepartmentCode, item.DepartmentCode);
            var promise = item.PromisedDays == 0 ? "即办" : string.Create(CultureInfo.InvariantCulture, $"承诺{item.PromisedDays}个工作日");
            docs.Add(new IndexDoc("item", item.Code, item.Name, department, string.Join(' ', item.Materials.Select(m => m.Name).Append(item.Conditions ?? string.Empty)),
                $"{department} · {promise} · 材料{item.Materials.Count}项"));
        }

        foreach (var bundle in await catalog.BundlesAsync(null, cancellationToken))
        {
            docs.Add(new IndexDoc("bundle", bundle.Code, bundle.Name, string.Join(' ', bundle.Items.Select(i => i.Name)), bundle.Description ?? string.Empty,
                string.Join("、", bundle.Items.Select(i => i.Name))));
        }

        var db = scope.ServiceProvider.GetRequiredService<GuidanceDbContext>();
        foreach (var entry in await db.Entries.AsNoTracking().ToListAsync(cancellationToken))
        {
            docs.Add(new IndexDoc("entry", entry.Code, entry.Title, string.Join(' ', entry.Tags), entry.Body, entry.Body.Length > 60 ? entry.Body[..60] + "…" : entry.Body));
        }

        return docs;
    }
}
