using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// edXML exchange (docs/domain.md "edXML exchange", QCVN 102:2016/BTTTT): documents sent to and received from other agencies by
/// agency code, with the status each reached at its recipient and the timeline of status messages.
/// </summary>
[Migration("20261123000058_Exchange")]
public sealed class V058Exchange : SqlScriptMigration;
