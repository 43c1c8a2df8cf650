using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>
/// Backup and restore as an operator runs them (docs/operations.md "Backup and restore"): <c>deploy/backup.sh</c> takes the
/// database (pg_dump, or SQLite's online backup) with the audit chain's signed checkpoints and key; <c>deploy/restore.sh</c>
/// puts them into a new database and runs <c>kycuong verify</c> there. The restored copy holds the same rows and its chain is
/// intact up to every checkpoint; a restore never overwrites a database, and a backup whose files no longer match their
/// manifest is refused.
/// </summary>
public abstract class BackupRestoreTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backup_ThenRestoreIntoANewDatabase_SameRows_ChainVerified_NeverOverwrites_TamperedBackupRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider, "backup");
        var work = Directory.CreateTempSubdirectory("kc-backup-");
        string? restoredPg = null;
        try
        {
            await using (var factory = new KyCuongFactory(database, demoSeed: false, settings: new Dictionary<string, string?> { ["Admin:UserName"] = "quantri", ["Admin:Password"] = "QuanTri@2026" }))
            {
                using var client = factory.CreateClient();
                var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "quantri", password = "QuanTri@2026" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
                client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
                var root = (await client.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray().First(u => u.GetProperty("parentId").ValueKind == JsonValueKind.Null).GetProperty("id").GetGuid();
                for (var i = 0; i < 4; i++)
                {
                    (await client.PostAsJsonAsync("/api/v1/units", new { name = $"Bộ sao lưu {i}", shortName = $"SL{i}", parentId = root, kind = "ministry" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
                }
            }

            // The source is sealed first, as the sealer job would have: its checkpoints are what the restored copy must reach.
            var source = Env(provider, database.ConnectionString, Path.Combine(work.FullName, "source-audit"));
            var (exit, output) = await CliTests.RunCliAsync(source, "verify");
            exit.ShouldBe(0, output);
            var (auditRows, units) = await CountAsync(provider, database.ConnectionString);
            auditRows.ShouldBeGreaterThan(4);

            (exit, output) = await RunScriptAsync("backup.sh", source, Path.Combine(work.FullName, "backups"));
            exit.ShouldBe(0, output);
            var backup = output.Trim().Split('\n')[^1].Trim();
            var manifest = await File.ReadAllTextAsync(Path.Combine(backup, "manifest.txt"), Ct);
            manifest.ShouldContain($"audit rows and last sealed sequence: {auditRows} {auditRows}");
            Directory.GetFiles(Path.Combine(backup, "audit"), "*.audit-checkpoints").Length.ShouldBe(1);

            string targetConnection;
            if (provider == DatabaseProvider.Postgres)
            {
                restoredPg = $"restored_{Guid.NewGuid():N}";
                targetConnection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = restoredPg }.ConnectionString;
            }
            else
            {
                targetConnection = $"Data Source={Path.Combine(work.FullName, "restored", "kycuong.db")}";
            }

            var target = Env(provider, targetConnection, Path.Combine(work.FullName, "restored-audit"));
            target["KYCUONG_CLI"] = $"dotnet {CliTests.CliPath()}";
            (exit, output) = await RunScriptAsync("restore.sh", target, backup);
            exit.ShouldBe(0, output);
            output.ShouldContain("Nhật ký toàn vẹn");
            output.ShouldContain($"checked {auditRows} rows and 1 checkpoints");
            (await CountAsync(provider, targetConnection)).ShouldBe((auditRows, units));

            // A restore never overwrites: the same target again is refused and left as it was.
            (exit, output) = await RunScriptAsync("restore.sh", target, backup);
            exit.ShouldBe(2, output);
            output.ShouldContain("already exists");
            (await CountAsync(provider, targetConnection)).ShouldBe((auditRows, units));

            // A backup whose database file changed after it was taken is refused before anything is written.
            var file = Path.Combine(backup, provider == DatabaseProvider.Postgres ? "database.dump" : "database.sqlite");
            await File.AppendAllTextAsync(file, "x", Ct);
            var other = Env(provider, provider == DatabaseProvider.Postgres
                ? new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = restoredPg + "_b" }.ConnectionString
                : $"Data Source={Path.Combine(work.FullName, "restored-b", "kycuong.db")}", Path.Combine(work.FullName, "restored-b-audit"));
            (exit, output) = await RunScriptAsync("restore.sh", other, backup);
            exit.ShouldBe(2, output);
            output.ShouldContain("do not match");
            if (provider == DatabaseProvider.Sqlite)
            {
                File.Exists(Path.Combine(work.FullName, "restored-b", "kycuong.db")).ShouldBeFalse();
            }
        }
        finally
        {
            if (restoredPg is not null)
            {
                await PostgresServer.DropDatabaseAsync(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = restoredPg }.ConnectionString);
            }

            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string> Env(DatabaseProvider provider, string connection, string auditFolder) => new()
    {
        ["Database__Provider"] = provider.ToString(),
        ["ConnectionStrings__Default"] = connection,
        ["Audit__DataFolder"] = auditFolder,
    };

    private static async Task<(long AuditRows, long Units)> CountAsync(DatabaseProvider provider, string connection)
    {
        const string sql = """SELECT (SELECT count(*) FROM sys_audit), (SELECT count(*) FROM org_units)""";
        if (provider == DatabaseProvider.Postgres)
        {
            await using var conn = new NpgsqlConnection(connection);
            await conn.OpenAsync(Ct);
            await using var cmd = new NpgsqlCommand(sql, conn);
            await using var reader = await cmd.ExecuteReaderAsync(Ct);
            await reader.ReadAsync(Ct);
            return (reader.GetInt64(0), reader.GetInt64(1));
        }
        else
        {
            await using var conn = new SqliteConnection(connection + ";Pooling=False");
            await conn.OpenAsync(Ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            await using var reader = await cmd.ExecuteReaderAsync(Ct);
            await reader.ReadAsync(Ct);
            return (reader.GetInt64(0), reader.GetInt64(1));
        }
    }

    private static Task<(int Exit, string Output)> RunScriptAsync(string script, IReadOnlyDictionary<string, string> env, params string[] args) =>
        CliTests.RunProcessAsync("bash", env, [Path.Combine(CliTests.RepoRoot(), "deploy", script), .. args]);
}

[Collection("sqlite")]
public sealed class SqliteBackupRestoreTests() : BackupRestoreTests(DatabaseProvider.Sqlite);

[Collection("postgres")]
public sealed class PostgresBackupRestoreTests() : BackupRestoreTests(DatabaseProvider.Postgres);
