using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OneWindow.Hotline.Demo;

/// <summary>
/// Inserts many rows of a mapped entity with multi-row INSERT statements (prepared once per size and connection) instead of one tracked entity at a time. Table and column names, parameter types and value conversions
/// come from the context's EF Core model on its provider, so the rows are stored exactly as EF would store them.
/// Used for simulated history, where change tracking would cost far more than the database does.
/// </summary>
internal sealed class BulkRows(DbContext context) : IAsyncDisposable
{
    private readonly Dictionary<Type, Table> _tables = [];

    private readonly bool _sqlite = context.Database.IsSqlite();

    /// <summary>
    /// Rows per statement, or 0 for the default: on SQLite about 48 parameters a statement (one order, eight events),
    /// because binding looks parameters up by name in linear searches, so that wide multi-row statements cost more
    /// than they save (30,000 orders with their events: 6.8 s of CPU one order a statement, 12.7 s eight at a time);
    /// on PostgreSQL 200 rows.
    /// </summary>
    public int RowsPerStatement { get; init; }

    public async Task InsertAsync<T>(DbConnection connection, DbTransaction? transaction, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = TableOf(typeof(T));
        var size = RowsPerStatement > 0 ? RowsPerStatement : _sqlite ? Math.Max(1, 48 / table.Columns.Count) : 200;
        for (var start = 0; start < rows.Count; start += size)
        {
            var count = Math.Min(size, rows.Count - start);
            var command = table.Insert(connection, count, rows[start]);
            command.Transaction = transaction;
            var columns = table.Columns;
            for (var r = 0; r < count; r++)
            {
                var row = rows[start + r];
                for (var c = 0; c < columns.Count; c++)
                {
                    command.Parameters[(r * columns.Count) + c].Value = columns[c].ProviderValue(row) ?? DBNull.Value;
                }
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The table of an entity type: its name and columns in model order.</summary>
    public Table TableOf(Type clrType)
    {
        if (!_tables.TryGetValue(clrType, out var table))
        {
            var entity = context.GetService<IDesignTimeModel>().Model.FindEntityType(clrType)
                ?? throw new InvalidOperationException($"{clrType.Name} is not mapped.");
            var columns = entity.GetProperties()
                .Select(p => new Column(p.GetColumnName(), p.PropertyInfo ?? throw new InvalidOperationException($"{p.Name} has no CLR property."), (RelationalTypeMapping)p.GetRelationalTypeMapping()))
                .ToList();
            table = new Table(entity.GetTableName()!, columns);
            _tables[clrType] = table;
        }

        return table;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var table in _tables.Values)
        {
            await table.DisposeAsync();
        }
    }

    /// <summary>A table as EF Core maps it, with its prepared INSERT commands.</summary>
    internal sealed class Table(string name, IReadOnlyList<Column> columns) : IAsyncDisposable
    {
        private readonly Dictionary<(DbConnection, int), DbCommand> _inserts = [];

        public string Name { get; } = name;

        public IReadOnlyList<Column> Columns { get; } = columns;

        public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

        /// <summary>An INSERT of <paramref name="rows"/> rows whose parameters are typed by EF's mappings (from a sample row).</summary>
        public DbCommand Insert(DbConnection connection, int rows, object sample)
        {
            if (_inserts.TryGetValue((connection, rows), out var command))
            {
                return command;
            }

            command = connection.CreateCommand();
            var values = new List<string>(rows);
            for (var r = 0; r < rows; r++)
            {
                var names = new string[Columns.Count];
                for (var c = 0; c < Columns.Count; c++)
                {
                    var parameter = $"p{r}_{c}";
                    names[c] = "@" + parameter;
                    command.Parameters.Add(Columns[c].Mapping.CreateParameter(command, parameter, Columns[c].Property.GetValue(sample), nullable: true));
                }

                values.Add($"({string.Join(", ", names)})");
            }

#pragma warning disable CA2100 // Names come from the EF model; every value is a parameter.
            command.CommandText = $"INSERT INTO {Name} ({ColumnList}) VALUES {string.Join(", ", values)}";
#pragma warning restore CA2100
            _inserts[(connection, rows)] = command;
            return command;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in _inserts.Values)
            {
                await command.DisposeAsync();
            }

            _inserts.Clear();
        }
    }

    /// <summary>A column and how a CLR value becomes the provider's value (instants in UTC, enums as text, ...).</summary>
    internal sealed record Column(string Name, PropertyInfo Property, RelationalTypeMapping Mapping)
    {
        public object? ProviderValue(object row)
        {
            var value = Property.GetValue(row);
            if (value is DateTimeOffset instant)
            {
                value = instant.ToUniversalTime();
            }

            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
