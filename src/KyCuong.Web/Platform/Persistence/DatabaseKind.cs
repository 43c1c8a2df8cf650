namespace KyCuong.Web.Platform.Persistence;

/// <summary>
/// The one answer to "which database provider is this" (docs/adr/0002-hand-written-migrations.md: SQLite for the embedded
/// single-node edition, PostgreSQL for deployments). Built once from <see cref="DatabaseOptions"/> by
/// <see cref="DatabaseSetup.AddAppDatabase"/>; code that writes provider-specific SQL (COPY, SKIP LOCKED, advisory locks)
/// asks here instead of inspecting the context's provider name.
/// </summary>
internal sealed class DatabaseKind(DatabaseProvider provider)
{
    public DatabaseProvider Provider { get; } = provider;

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    public override string ToString() => Provider.ToString();
}
