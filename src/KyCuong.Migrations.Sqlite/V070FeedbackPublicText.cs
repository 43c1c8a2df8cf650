using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Migrations.Sqlite;

/// <summary>
/// The subject and answer of a feedback item as the public sees them: checked for the sender's personal data when published, or the
/// receiving office's redacted versions (docs/domain.md "Citizens"; Nghị định 13/2023/NĐ-CP).
/// </summary>
[Migration("20261123000070_FeedbackPublicText")]
public sealed class V070FeedbackPublicText : SqlScriptMigration;
