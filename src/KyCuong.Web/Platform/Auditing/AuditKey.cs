using System.Text;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Platform.Auditing;

/// <summary>
/// The secret that keys the audit chain (HMAC-SHA256) and signs its checkpoints, kept outside the database so that whoever
/// can write the database cannot re-seal edited rows (ADR 0004). <c>Audit:Key</c> (at least 32 bytes, the same on every
/// node) or, without it, a generated <c>audit.key</c> (mode 600) in the data folder. The checkpoint file lives in the
/// data folder too: <c>Audit:DataFolder</c>, by default the SQLite database's folder or <c>LocalApplicationData/KyCuong</c>.
/// </summary>
internal sealed class AuditKey
{
    private AuditKey(byte[] key, string checkpointFile, TimeSpan sealingLag)
    {
        Key = key;
        CheckpointFile = checkpointFile;
        SealingLag = sealingLag;
    }

    public byte[] Key { get; }

    /// <summary>Append-only text file of signed checkpoints: one line per sealing run (sequence, hash, time, HMAC).</summary>
    public string CheckpointFile { get; }

    /// <summary>How long a written row may stay unsealed: older unsealed rows mean the seals were cleared, or the sealer is down.</summary>
    public TimeSpan SealingLag { get; }

    public static AuditKey For(byte[] key, string checkpointFile, TimeSpan sealingLag) => new(key, checkpointFile, sealingLag);

    public static AuditKey Create(AuditOptions options, DatabaseOptions database)
    {
        var (folder, databaseName) = Locate(options, database);
        var lag = TimeSpan.FromMinutes(options.SealingLagMinutes);
        var checkpoints = Path.Combine(folder, $"{databaseName}.audit-checkpoints");
        var configured = options.Key;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Encoding.UTF8.GetBytes(configured);
            return bytes.Length >= 32
                ? new AuditKey(bytes, checkpoints, lag)
                : throw new InvalidOperationException("Audit:Key phải dài ít nhất 32 byte. / Audit:Key must be at least 32 bytes.");
        }

        return new AuditKey(SecretFile.ReadOrCreate(Path.Combine(folder, "audit.key"), 32), checkpoints, lag);
    }

    private static (string Folder, string DatabaseName) Locate(AuditOptions options, DatabaseOptions database)
    {
        var folder = options.DataFolder;
        string name;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var dataSource = database.ConnectionString.Split(';').Select(p => p.Split('=', 2))
                .FirstOrDefault(p => p.Length == 2 && p[0].Trim().Equals("Data Source", StringComparison.OrdinalIgnoreCase))?[1].Trim() ?? "";
            var file = dataSource is "" or ":memory:" ? null : Path.GetFullPath(dataSource);
            name = file is null ? "memory" : Path.GetFileName(file);
            folder ??= file is null ? null : Path.GetDirectoryName(file);
        }
        else
        {
            name = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database ?? "kycuong";
        }

        if (string.IsNullOrWhiteSpace(folder))
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            folder = Path.Combine(string.IsNullOrEmpty(root) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share") : root, "KyCuong");
        }

        return (folder, name);
    }
}
