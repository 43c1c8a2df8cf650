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
        return options;
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
