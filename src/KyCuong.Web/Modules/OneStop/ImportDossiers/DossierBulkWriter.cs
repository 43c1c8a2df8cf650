using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.Web.Modules.OneStop.ImportDossiers;

/// <summary>
/// Writes the new dossiers of an import and their first steps inside the import's transaction (docs/performance.md "One-stop import at
/// a million rows"): on PostgreSQL by binary COPY into both tables (one round trip per table instead of one insert per row); on SQLite by
/// batched inserts through Entity Framework, change detection off. The rows were validated before; a constraint broken here (a code
/// received at the counter meanwhile) fails the COPY and rolls the whole import back.
/// </summary>
internal sealed class DossierBulkWriter(AppDbContext db, DatabaseKind database)
{
    private const int Batch = 2000;

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

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var chunk in rows.Chunk(Batch))
            {
                foreach (var (d, s) in chunk)
                {
                    db.Dossiers.Add(d);
                    db.DossierSteps.Add(s);
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
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
