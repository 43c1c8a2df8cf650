using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Postgres;

/// <summary>Organisation tree (closure table, successions), accounts (Identity), positions, delegations, audit.</summary>
[Migration("20261123000001_Organisation")]
public sealed class V001Organisation : SqlScriptMigration;
