using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Hotline.Domain;

namespace OneWindow.Hotline.Data;

/// <summary>A category as the API lists it: the tree, with the rule each node says itself (children inherit).</summary>
internal sealed record CategoryNode(string Code, string Name, int Level, string? Unit, bool ToStreet, string? Limit, IReadOnlyList<CategoryNode> Children);

/// <summary>
/// The category tree and time limits, read once and kept until the configuration changes (a few hundred rows that
/// every intake needs). A change on another node is seen within a minute.
/// </summary>
internal sealed class CategoryTree(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _current;
    private DateTimeOffset _loadedAt;

    public void Invalidate() => _current = null;

    public void Dispose() => _loading.Dispose();

    public async Task<Snapshot> GetAsync(CancellationToken ct)
    {
        if (_current is { } fresh && clock.GetUtcNow() - _loadedAt < MaxAge)
        {
            return fresh;
        }

        await _loading.WaitAsync(ct);
        try
        {
            if (_current is { } loaded && clock.GetUtcNow() - _loadedAt < MaxAge)
            {
                return loaded;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
            var categories = await db.Categories.AsNoTracking().ToListAsync(ct);
            var limits = await db.Limits.AsNoTracking().ToListAsync(ct);
            _current = new Snapshot(categories, limits);
            _loadedAt = clock.GetUtcNow();
            return _current;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>An immutable view of the configuration.</summary>
    internal sealed class Snapshot
    {
        private readonly Dictionary<string, Category> _byCode;
        private readonly Dictionary<string, TimeLimit> _limits;
        private readonly ILookup<string, Category> _children;

        public Snapshot(IEnumerable<Category> categories, IEnumerable<TimeLimit> limits)
        {
            _byCode = categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
            _limits = limits.ToDictionary(l => l.Code, StringComparer.Ordinal);
            _children = _byCode.Values.Where(c => c.ParentCode is not null).ToLookup(c => c.ParentCode!, StringComparer.Ordinal);
            Roots = Build(_byCode.Values.Where(c => c.ParentCode is null));
        }

        public IReadOnlyList<CategoryNode> Roots { get; }

        public IReadOnlyCollection<TimeLimit> Limits => _limits.Values;

        public Category? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var c) ? c : null;

        public bool IsLeaf(string code) => _byCode.ContainsKey(code) && !_children[code].Any();

        public IEnumerable<Category> Leaves => _byCode.Values.Where(c => !_children[c.Code].Any());

        public TimeLimit? Limit(string? code) => code is not null && _limits.TryGetValue(code, out var l) ? l : null;

        /// <summary>From the node up to its top-level ancestor.</summary>
        public IEnumerable<Category> Ancestry(string code)
        {
            for (var node = Find(code); node is not null; node = Find(node.ParentCode))
            {
                yield return node;
            }
        }

        public string TopCode(string code) => Ancestry(code).LastOrDefault()?.Code ?? code;

        /// <summary>城乡建设 / 市容环境 / 占道经营.</summary>
        public string PathName(string code)
        {
            var names = Ancestry(code).Select(c => c.Name).Reverse().ToList();
            return names.Count == 0 ? code : string.Join(" / ", names);
        }

        public string Name(string code) => Find(code)?.Name ?? code;

        /// <summary>The nearest limit rule up the tree, or the "general" rule, or the first rule there is.</summary>
        public TimeLimit? EffectiveLimit(string code) =>
            Limit(Ancestry(code).Select(c => c.LimitCode).FirstOrDefault(l => l is not null))
            ?? Limit("general")
            ?? _limits.Values.OrderBy(l => l.Code, StringComparer.Ordinal).FirstOrDefault();

        /// <summary>The nearest dispatch rule up the tree: a named unit, or "the street's unit".</summary>
        public (string? Unit, bool ToStreet) EffectiveDispatch(string code)
        {
            foreach (var node in Ancestry(code))
            {
                if (node.ToStreet)
                {
                    return (node.UnitCode, true);
                }

                if (node.UnitCode is not null)
                {
                    return (node.UnitCode, false);
                }
            }

            return (null, false);
        }

        private List<CategoryNode> Build(IEnumerable<Category> level) =>
            level.OrderBy(c => c.Sort).ThenBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => new CategoryNode(c.Code, c.Name, c.Level, c.UnitCode, c.ToStreet, c.LimitCode, Build(_children[c.Code])))
                .ToList();
    }
}
