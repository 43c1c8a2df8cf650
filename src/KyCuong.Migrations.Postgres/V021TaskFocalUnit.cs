using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>
/// Each task of a directive's cascade carries the direction's focal unit (inherited down the cascade), so that visibility for the
/// focal unit's monitors is one indexed column, not a recursive walk (ADR 0003).
/// </summary>
[Migration("20261123000021_TaskFocalUnit")]
public sealed class V021TaskFocalUnit : SqlScriptMigration;
