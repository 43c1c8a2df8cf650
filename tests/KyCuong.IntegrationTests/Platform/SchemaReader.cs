using System.Data.Common;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>Reads a database's tables, columns and indexes in a provider-neutral form, to compare a migrated schema with the model's.</summary>
internal static class SchemaReader
{
    public static async Task<SortedSet<string>> ReadAsync(TestDatabaseInfo db)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await using var conn = new NpgsqlConnection(db.ConnectionString);
            await conn.OpenAsync();
            await AddAsync(conn, result, """
                SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(character_maximum_length::text, '')
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
                """);
            await AddAsync(conn, result, "SELECT 'index ' || tablename || '.' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'");
            await AddAsync(conn, result, """
                SELECT 'constraint ' || conrelid::regclass::text || '.' || conname || ' ' || pg_get_constraintdef(oid)
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
                """);
        }
        else
        {
            await using var conn = new SqliteConnection(db.ConnectionString);
            await conn.OpenAsync();
            var tables = new List<string>();
            await using (var cmd = conn.CreateCommand())
            {
                cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'";
                await using var r = await cmd.ExecuteReaderAsync();
                while (await r.ReadAsync())
                {
                    tables.Add(r.GetString(0));
                }
            }

            foreach (var t in tables)
            {
                await AddAsync(conn, result, $"SELECT 'column {t}.' || name || ' ' || type || ' ' || \"notnull\" || ' ' || pk FROM pragma_table_info('{t}')");
                await AddAsync(conn, result, $"SELECT 'fk {t}.' || \"from\" || ' ' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{t}')");
                await AddAsync(conn, result, $"SELECT 'index {t}.' || name || ' ' || \"unique\" FROM pragma_index_list('{t}') WHERE origin = 'c'");
            }
        }

        return result;
    }

    private static async Task AddAsync(DbConnection conn, SortedSet<string> into, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            into.Add(r.GetString(0));
        }
    }
}

internal sealed record TestDatabaseInfo(DatabaseProvider Provider, string ConnectionString);
