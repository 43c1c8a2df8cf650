using System.Data.Common;
using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.Web.Modules.OneStop.ImportDossiers;

/// <summary>
/// Writes the new dossiers of an import and their first steps inside the import's transaction (docs/performance.md "One-stop import at
/// a million rows"): on PostgreSQL by binary COPY into both tables (one round trip per table instead of one insert per row); on SQLite by
/// one prepared INSERT per table, reused for every row of the import with its parameters reassigned (no change tracking, no SQL built
/// per row; docs/performance.md "One-stop import on SQLite with prepared inserts"). The rows were validated before; a constraint broken
/// here (a code received at the counter meanwhile) fails the statement and rolls the whole import back.
/// </summary>
internal sealed class DossierBulkWriter(AppDbContext db, DatabaseKind database) : IAsyncDisposable
{
    private PreparedInsert? _dossiers;
    private PreparedInsert? _steps;

    public async Task WriteAsync(IReadOnlyList<(Dossier Dossier, DossierStep Step)> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (database.IsPostgres)
        {
            await CopyAsync(rows, ct);
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        var conn = db.Database.GetDbConnection();
        var tx = db.Database.CurrentTransaction?.GetDbTransaction();
        _dossiers = await PreparedInsert.ReuseOrPrepareAsync<Dossier>(_dossiers, db, conn, tx, ct);
        _steps = await PreparedInsert.ReuseOrPrepareAsync<DossierStep>(_steps, db, conn, tx, ct);
        foreach (var (d, s) in rows)
        {
            await _dossiers.InsertAsync(d, ct);
            await _steps.InsertAsync(s, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_dossiers is not null)
        {
            await _dossiers.DisposeAsync();
        }

        if (_steps is not null)
        {
            await _steps.DisposeAsync();
        }
    }

    /// <summary>
    /// <c>INSERT INTO table (every mapped column) VALUES (…)</c> for one entity type, prepared once. Columns, parameter types and value
    /// conversions (the UTC instants, the SQLite text forms of ids and dates) come from the EF model's type mappings, so a row is
    /// written exactly as SaveChanges would write it.
    /// </summary>
    private sealed class PreparedInsert(DbCommand command, (IProperty Property, DbParameter Parameter, ValueConverter? Converter)[] columns) : IAsyncDisposable
    {
        public static async Task<PreparedInsert> ReuseOrPrepareAsync<T>(PreparedInsert? current, AppDbContext db, DbConnection conn, DbTransaction? tx, CancellationToken ct)
        {
            if (current is not null && current.Command.Connection == conn && current.Command.Transaction == tx)
            {
                return current;
            }

            if (current is not null)
            {
                await current.DisposeAsync();
            }

            var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var command = conn.CreateCommand();
            command.Transaction = tx;
            var props = entity.GetProperties().ToArray();
            var columns = new (IProperty, DbParameter, ValueConverter?)[props.Length];
            for (var i = 0; i < props.Length; i++)
            {
                var mapping = props[i].GetRelationalTypeMapping();
                var parameter = mapping.CreateParameter(command, $"@p{i}", null, props[i].IsNullable);
                command.Parameters.Add(parameter);
                columns[i] = (props[i], parameter, mapping.Converter);
            }

            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", props.Select(p => $"\"{p.GetColumnName(table)}\""))}) "
                + $"VALUES ({string.Join(", ", props.Select((_, i) => $"@p{i}"))})";
            await command.PrepareAsync(ct);
            return new PreparedInsert(command, columns);
        }

        private DbCommand Command => command;

        public Task<int> InsertAsync(object entity, CancellationToken ct)
        {
            foreach (var (property, parameter, converter) in columns)
            {
                var value = property.GetGetter().GetClrValueUsingContainingEntity(entity);
                parameter.Value = (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            return command.ExecuteNonQueryAsync(ct);
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }

    private async Task CopyAsync(IReadOnlyList<(Dossier Dossier, DossierStep Step)> rows, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var w = await conn.BeginBinaryImportAsync(
            """COPY os_dossiers ("Id", "Code", "ProcedureCode", "ProcedureName", "TimeLimitWorkingDays", "ReceivedAtUtc", "ReceivedOn", "DueDate", "PromisedDate", "ReceivingUnitId", "CurrentUnitId", "ApplicantName", "Source", "ReturnedOn", "ReturnedAtUtc", "ResultNote", "StepCount", "ApologyCount", "CreatedAtUtc") FROM STDIN (FORMAT BINARY)""",
            ct))
        {
            foreach (var (d, _) in rows)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(d.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(d.Code, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(d.ProcedureCode, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(d.ProcedureName, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(d.TimeLimitWorkingDays, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(d.ReceivedAtUtc, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(d.ReceivedOn, NpgsqlDbType.Date, ct);
                await w.WriteAsync(d.DueDate, NpgsqlDbType.Date, ct);
                await w.WriteNullableAsync(d.PromisedDate, NpgsqlDbType.Date, ct);
                await w.WriteAsync(d.ReceivingUnitId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(d.CurrentUnitId, NpgsqlDbType.Uuid, ct);
                await w.WriteNullableAsync(d.ApplicantName, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(d.Source, NpgsqlDbType.Varchar, ct);
                await w.WriteNullableAsync(d.ReturnedOn, NpgsqlDbType.Date, ct);
                await w.WriteNullableAsync(d.ReturnedAtUtc, NpgsqlDbType.TimestampTz, ct);
                await w.WriteNullableAsync(d.ResultNote, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(d.StepCount, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(d.ApologyCount, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(d.CreatedAtUtc, NpgsqlDbType.TimestampTz, ct);
            }

            await w.CompleteAsync(ct);
        }

        await using (var w = await conn.BeginBinaryImportAsync(
            """COPY os_dossier_steps ("Id", "DossierId", "Seq", "UnitId", "StartedOn", "StartedAtUtc", "EndedOn", "EndedAtUtc", "Note", "ByUserId") FROM STDIN (FORMAT BINARY)""",
            ct))
        {
            foreach (var (_, s) in rows)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(s.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(s.DossierId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(s.Seq, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(s.UnitId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(s.StartedOn, NpgsqlDbType.Date, ct);
                await w.WriteAsync(s.StartedAtUtc, NpgsqlDbType.TimestampTz, ct);
                await w.WriteNullableAsync(s.EndedOn, NpgsqlDbType.Date, ct);
                await w.WriteNullableAsync(s.EndedAtUtc, NpgsqlDbType.TimestampTz, ct);
                await w.WriteNullableAsync(s.Note, NpgsqlDbType.Varchar, ct);
                await w.WriteNullableAsync(s.ByUserId, NpgsqlDbType.Uuid, ct);
            }

            await w.CompleteAsync(ct);
        }
    }
}
