namespace KyCuong.Web.Modules.Chasing.Ladder;

/// <summary>
/// The reminder ladder that applies to a unit: <see cref="DefinedOnUnitId"/> is where it is set (the unit itself or its
/// nearest ancestor), null for the built-in defaults. Times are Vietnam time, <c>HH:mm</c>.
/// </summary>
internal sealed record LadderDto(
    Guid UnitId,
    Guid? DefinedOnUnitId,
    IReadOnlyList<int> BeforeDays,
    int OverdueEveryDays,
    int EscalateHeadFromStep,
    int EscalateMonitorFromStep,
    Guid? MonitoringOfficeUnitId,
    Guid? PersonnelOfficeUnitId,
    string SendAt,
    string WorkStart,
    string WorkEnd,
    int TransferThreshold,
    int NearDueDays,
    bool CanEdit);

/// <summary>PUT body; a field left out takes the built-in default.</summary>
internal sealed record LadderRequest(
    IReadOnlyList<int>? BeforeDays,
    int? OverdueEveryDays,
    int? EscalateHeadFromStep,
    int? EscalateMonitorFromStep,
    Guid? MonitoringOfficeUnitId,
    Guid? PersonnelOfficeUnitId,
    string? SendAt,
    string? WorkStart,
    string? WorkEnd,
    int? TransferThreshold,
    int? NearDueDays);
