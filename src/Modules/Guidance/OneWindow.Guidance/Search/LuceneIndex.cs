using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using OneWindow.Guidance.Contracts;

namespace OneWindow.Guidance.Search;

/// <summary>A document to index: its kind (item, bundle, entry), code, title, extra keywords and body text.</summary>
internal sealed record IndexDoc(string Kind, string Code, string Title, string Keywords, string Body, string? Snippet);

/// <summary>
/// An immutable in-memory Lucene index over CJK bigrams. Queries search title (boost 4), keywords (2) and body (1)
/// with AND between words; when AND finds fewer than asked for, OR fills the remaining places.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] Fields = ["title", "keywords", "body"];
    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal) { ["title"] = 4f, ["keywords"] = 2f, ["body"] = 1f };

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer = new CJKAnalyzer(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneIndex(IEnumerable<IndexDoc> docs)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE }))
        {
            foreach (var doc in docs)
            {
                writer.AddDocument(new Document
                {
                    new StringField("kind", doc.Kind, Field.Store.YES),
                    new StringField("code", doc.Code, Field.Store.YES),
                    new TextField("title", doc.Title, Field.Store.YES),
                    new TextField("keywords", doc.Keywords, Field.Store.NO),
                    new TextField("body", doc.Body, Field.Store.NO),
                    new StoredField("snippet", doc.Snippet ?? string.Empty),
                });
                Count++;
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public int Count { get; }

    /// <summary>Searches already-normalized words (see <see cref="QueryText"/>).</summary>
    public IReadOnlyList<SearchHit> Search(string words, int take)
    {
        if (string.IsNullOrWhiteSpace(words) || take <= 0)
        {
            return [];
        }

        var hits = new List<SearchHit>(take);
        var seen = new HashSet<int>();
        foreach (var op in new[] { Operator.AND, Operator.OR })
        {
            var parser = new MultiFieldQueryParser(Version, Fields, _analyzer, Boosts) { DefaultOperator = op };
            Query query;
            try
            {
                query = parser.Parse(words);
            }
            catch (ParseException)
            {
                return hits;
            }

            foreach (var scored in _searcher.Search(query, take).ScoreDocs)
            {
                if (hits.Count < take && seen.Add(scored.Doc))
                {
                    var doc = _searcher.Doc(scored.Doc);
                    var snippet = Text(doc, "snippet");
                    hits.Add(new SearchHit(Text(doc, "kind"), Text(doc, "code"), Text(doc, "title"), snippet.Length > 0 ? snippet : null, scored.Score));
                }
            }

            if (hits.Count >= take)
            {
                break;
            }
        }

        return hits;
    }

    private static string Text(Document doc, string field) => doc.Get(field, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
