namespace KyCuong.Web.Platform.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations at start-up. Default: on for the embedded single-node SQLite edition, off for PostgreSQL (run the <c>migrate</c> verb once per deployment).</summary>
    public bool? MigrateOnStartup { get; set; }

    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// Optional (<c>ConnectionStrings__ReadOnly</c>): where the read-only pages and queries that tolerate a few seconds of
    /// staleness (dashboards: <see cref="ReadsFromReplicaAttribute"/>) read, e.g. the streaming replica through
    /// <c>Host=primary,replica;Target Session Attributes=prefer-standby</c>, which falls back to the primary when no standby answers.
    /// </summary>
    public string? ReadOnlyConnectionString { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(Section).Bind(options);
        var cs = configuration.GetConnectionString("Default");
        options.ConnectionString = string.IsNullOrWhiteSpace(cs) ? DefaultSqliteConnectionString() : cs;
        var readOnly = configuration.GetConnectionString("ReadOnly");
        options.ReadOnlyConnectionString = string.IsNullOrWhiteSpace(readOnly) ? null : readOnly;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            options.ConnectionString = WithPostgresDefaults(options.ConnectionString);
            options.ReadOnlyConnectionString = options.ReadOnlyConnectionString is { } ro ? WithPostgresDefaults(ro) : null;
        }

        return options;
    }

    /// <summary>
    /// The PostgreSQL connection settings the application is measured with, added where the configured string does not name
    /// them (an operator's own value always wins): statements prepared on each pooled connection once used twice
    /// (<c>Max Auto Prepare</c>, <c>Auto Prepare Min Usages</c>), so the server neither parses nor plans a page's fifty-odd
    /// repeated statements again; and no session reset when a connection goes back to the pool (<c>No Reset On Close</c>),
    /// which would otherwise precede the next statement with seven resets, or a DISCARD ALL that drops the prepared statements.
    /// The application keeps no session state on pooled connections: transactions are rolled back by the driver on return
    /// whatever this setting, and the job lock's advisory lock lives on a connection of its own outside the pool
    /// (<see cref="PostgresJobLock"/>). Measured on the national dataset: docs/performance.md, "Prepared statements and a
    /// small pool".
    /// </summary>
    public static string WithPostgresDefaults(string connectionString)
    {
        var given = new global::System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var names = given.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var defaults = new (string Key, string Value)[] { ("Max Auto Prepare", "100"), ("Auto Prepare Min Usages", "2"), ("No Reset On Close", "true") };
        foreach (var (key, value) in defaults)
        {
            if (!names.Contains(key.Replace(" ", "", StringComparison.Ordinal)))
            {
                given[key] = value;
            }
        }

        return given.ConnectionString;
    }

    /// <summary>The embedded edition keeps its file in the user's data folder.</summary>
    public static string DefaultSqliteConnectionString()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        var dir = Path.Combine(root, "KyCuong");
        Directory.CreateDirectory(dir);
        return $"Data Source={Path.Combine(dir, "kycuong.db")}";
    }
}
