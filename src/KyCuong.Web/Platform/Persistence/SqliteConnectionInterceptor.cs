using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>SQLite pragmas on every connection: WAL for readers beside a writer, foreign keys enforced, a busy timeout instead of instant SQLITE_BUSY.</summary>
internal sealed class SqliteConnectionInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
