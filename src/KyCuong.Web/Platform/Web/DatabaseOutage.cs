using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KyCuong.Web.Platform.Web;

/// <summary>
/// Tells an exception that means "the database is not there right now" from a fault of ours: a refused or broken
/// connection, a timeout, a server shutting down or failing over, a busy SQLite file, or EF's retry strategy giving up.
/// Such requests answer 503 with <c>Retry-After</c> (<see cref="ProblemDetailsExceptionHandler"/>), never 500.
/// </summary>
internal static class DatabaseOutage
{
    /// <summary>How long clients are told to wait before retrying; a PostgreSQL failover takes seconds (docs/operations.md).</summary>
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RetryLimitExceededException:
                // Npgsql marks refused or broken connections, timeouts and the server's "shutting down / cannot connect now" (57P0x) transient.
                case NpgsqlException { IsTransient: true }:
                // Any other failure on Npgsql's side of the wire rather than an error the server reported: above all "No suitable
                // host was found" while a multi-host string's primary is dead and its replica not yet promoted (Safety/FailoverTests).
                case NpgsqlException and not PostgresException:
                // A demoted primary or a standby reached during the switch refuses writes (25006 read_only_sql_transaction).
                case PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction }:
                // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another writer holds the file beyond the busy timeout.
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return true;
            }
        }

        return false;
    }
}
