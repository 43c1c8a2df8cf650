using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>The competence catalogue: kinds of matter and which unit or level decides or is concerned with each.</summary>
[Migration("20261123000008_Competence")]
public sealed class V008Competence : SqlScriptMigration;
