using Npgsql;
using NpgsqlTypes;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>Helpers for PostgreSQL binary COPY, the bulk path of batch jobs (docs/adr/0006-deadline-engine.md).</summary>
internal static class BinaryCopy
{
    public static Task WriteNullableAsync<T>(this NpgsqlBinaryImporter w, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? w.WriteAsync(v, type, ct) : w.WriteNullAsync(ct);

    public static Task WriteNullableAsync(this NpgsqlBinaryImporter w, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is not null ? w.WriteAsync(value, type, ct) : w.WriteNullAsync(ct);
}
