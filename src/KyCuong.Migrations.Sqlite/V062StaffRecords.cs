using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>Staff category (công chức / viên chức) and working dates of a person for evaluation (Nghị định 233/2026/NĐ-CP; docs/domain.md "Evaluation: viên chức").</summary>
[Migration("20261123000062_StaffRecords")]
public sealed class V062StaffRecords : SqlScriptMigration;
