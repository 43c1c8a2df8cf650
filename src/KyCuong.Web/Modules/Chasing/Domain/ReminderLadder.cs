namespace KyCuong.Web.Modules.Chasing.Domain;

/// <summary>
/// The reminder ladder of an organisation (docs/domain.md §10, §13: the threshold and the rhythm are settings, never constants). Keyed
/// by a unit; it applies to the tasks assigned from that unit's subtree, the nearest ancestor's ladder winning.
/// </summary>
internal sealed class ReminderLadder
{
    public Guid UnitId { get; set; }

    /// <summary>Courtesy notices before the deadline, in working days before the due date (<c>2,0</c>: two days before and on the day).</summary>
    public string BeforeDays { get; set; } = "2,0";

    /// <summary>After the deadline, a reminder every N working days.</summary>
    public int OverdueEveryDays { get; set; } = 1;

    /// <summary>From this overdue step on, the lead unit's head gets the notice too.</summary>
    public int EscalateHeadFromStep { get; set; } = 2;

    /// <summary>From this overdue step on, the monitoring office's monitors get the notice too.</summary>
    public int EscalateMonitorFromStep { get; set; } = 4;

    /// <summary>The monitoring office; null = the nearest unit at or above the assigner where a person holds the Monitor role.</summary>
    public Guid? MonitoringOfficeUnitId { get; set; }

    /// <summary>The personnel office (tổ chức cán bộ) that sees transfer-review flags and may clear them.</summary>
    public Guid? PersonnelOfficeUnitId { get; set; }

    /// <summary>Minutes after midnight, Vietnam time, at which the steps of a day are sent (480 = 08:00).</summary>
    public int SendAtMinute { get; set; } = 480;

    public int WorkStartMinute { get; set; } = 450;

    public int WorkEndMinute { get; set; } = 1020;

    /// <summary>Counted reminders since the last clearing that raise the transfer-review flag (Thông báo 924-TB/TU via Hải Dương: the third).</summary>
    public int TransferThreshold { get; set; } = 3;

    /// <summary>The "Đôn đốc" page lists tasks due within this many working days.</summary>
    public int NearDueDays { get; set; } = 2;

    public DateTime UpdatedAtUtc { get; set; }

    public Guid? UpdatedByUserId { get; set; }

    public int Version { get; set; }

    public static ReminderLadder Default(Guid unitId) => new() { UnitId = unitId };

    /// <summary>The before-deadline offsets, largest first (parsed leniently: the setting is validated on save).</summary>
    public IReadOnlyList<int> BeforeOffsets() =>
        BeforeDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => int.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : -1)
            .Where(d => d >= 0).Distinct().OrderDescending().ToList();
}
