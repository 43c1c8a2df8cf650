using System.Net.Sockets;
using KyCuong.Web.Platform.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KyCuong.UnitTests.Platform;

/// <summary>What counts as "the database is unavailable" (503 with Retry-After) and what stays a fault of ours (500).</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public void RefusedConnection_BusySqliteFile_AndGivenUpRetries_AreOutages()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        DatabaseOutage.Is(refused).ShouldBeTrue();
        DatabaseOutage.Is(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", refused)).ShouldBeTrue();
        DatabaseOutage.Is(new SqliteException("database is locked", 5)).ShouldBeTrue();
        DatabaseOutage.Is(new RetryLimitExceededException("retries exhausted", new TimeoutException())).ShouldBeTrue();
    }

    [Fact]
    public void NoPrimaryAmongSeveralHosts_AndAStandbyRefusingWrites_AreOutages()
    {
        // Npgsql's multi-host data source while the primary is dead and its replica not yet promoted (Safety/FailoverTests).
        DatabaseOutage.Is(new NpgsqlException("No suitable host was found.")).ShouldBeTrue();
        DatabaseOutage.Is(new PostgresException("cannot execute INSERT in a read-only transaction", "ERROR", "ERROR", PostgresErrorCodes.ReadOnlySqlTransaction)).ShouldBeTrue();
        // An error the server reports about the request itself stays ours.
        DatabaseOutage.Is(new PostgresException("duplicate key value", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)).ShouldBeFalse();
    }

    [Fact]
    public void ConstraintViolation_MissingTable_AndOtherFaults_AreNot()
    {
        DatabaseOutage.Is(new SqliteException("UNIQUE constraint failed", 19)).ShouldBeFalse();
        DatabaseOutage.Is(new SqliteException("no such table: x", 1)).ShouldBeFalse();
        DatabaseOutage.Is(new InvalidOperationException("bug")).ShouldBeFalse();
        // A webhook receiver refusing the connection is not the database.
        DatabaseOutage.Is(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))).ShouldBeFalse();
    }
}
