using System.Diagnostics;
using Npgsql;

namespace KyCuong.SweepBench;

/// <summary>
/// The floor: the sweep's effects for every due watch written set-based, one statement per table in one transaction,
/// on an identical copy of the data. No engine can do the same writes faster on this database; sweep / floor says how
/// much the per-batch, per-item path costs over it.
/// </summary>
internal static class FloorSql
{
    public static async Task RunAsync(string cs, DateTimeOffset now, TextWriter log)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var sw = Stopwatch.StartNew();
        await using var tx = await conn.BeginTransactionAsync();
        foreach (var (what, sql) in Statements)
        {
            var step = Stopwatch.StartNew();
            await using var cmd = new NpgsqlCommand(sql, conn, tx) { CommandTimeout = 1800 };
            cmd.Parameters.AddWithValue("now", now.UtcDateTime);
            var n = await cmd.ExecuteNonQueryAsync();
            log.WriteLine($"  floor {what}: {n:N0} rows in {step.Elapsed.TotalSeconds:F1} s");
        }

        await tx.CommitAsync();
        log.WriteLine($"  floor total (one transaction, committed): {sw.Elapsed.TotalSeconds:F1} s");
    }

    private static readonly (string What, string Sql)[] Statements = [];
}
