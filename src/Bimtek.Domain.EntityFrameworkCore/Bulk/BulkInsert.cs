using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Bimtek.Domain.EntityFrameworkCore.Bulk;

/// <summary>
/// Inserts many rows of one mapped type without the change tracker, inside the context's open transaction: binary
/// <c>COPY</c> on PostgreSQL, one prepared <c>INSERT</c> repeated on SQLite. Columns, table names and value conversions
/// come from the context's model, so the rows are exactly those <c>SaveChanges</c> would write; columns the database
/// generates (identity keys) are left to it, in the order of the rows.
/// </summary>
/// <remarks>Why: a new roster of thousands of entries (and their history) is written once and never read back through
/// these objects; tracking 100,000 entities only to insert them costs several times the insert itself.</remarks>
internal static class BulkInsert
{
    public static async Task<int> InsertAsync<T>(DbContext context, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var transaction = context.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A bulk insert runs inside the transaction that saves its parent row.");
        var entity = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties()
            .Where(p => !(p.ValueGenerated == ValueGenerated.OnAdd && p.IsPrimaryKey()))
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping()))
            .ToList();
        var target = sql.DelimitIdentifier(table.Name, table.Schema);
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var connection = context.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
        {
            await using var import = await npgsql.BeginBinaryImportAsync($"COPY {target} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken)
                .ConfigureAwait(false);
            foreach (var row in rows)
            {
                await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
                foreach (var column in columns)
                {
                    var value = column.Value(row);
                    if (value is null)
                    {
                        await import.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await import.WriteAsync(value, column.Mapping.StoreType, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            return (int)await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = $"INSERT INTO {target} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) => Parameter(command, "@p" + i)).ToArray();
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Value(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows.Count;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private sealed class Column(IProperty property, string name, RelationalTypeMapping mapping)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();

        public string Name { get; } = name;

        public RelationalTypeMapping Mapping { get; } = mapping;

        // The value as the provider stores it: through the property's converter (NIP as text, enums as names, NodaTime
        // as text or ticks on SQLite), as SaveChanges would.
        public object? Value(object row)
        {
            var value = _getter.GetClrValue(row);
            return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
        }
    }
}
