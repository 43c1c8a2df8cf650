using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations;

/// <summary>
/// A hand-written migration whose SQL lives beside it as an embedded file (Sql/&lt;id&gt;.up.sql and .down.sql), reviewed like code.
/// EF's design-time package cannot be restored here, so each provider's SQL is written and kept by hand (ADR 0002).
/// This file is linked into both provider assemblies; each reads its own embedded scripts.
/// </summary>
public abstract class SqlScriptMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Read("up"));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Read("down"));

    private string Read(string direction)
    {
        var id = GetType().GetCustomAttribute<MigrationAttribute>()?.Id ?? throw new InvalidOperationException("Migration without id");
        var assembly = GetType().Assembly;
        var suffix = $".Sql.{id}.{direction}.sql";
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Missing embedded migration script *{suffix} in {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
