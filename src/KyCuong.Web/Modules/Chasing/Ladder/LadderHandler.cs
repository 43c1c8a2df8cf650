using System.Globalization;
using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Chasing.Ladder;

/// <summary>
/// Reads and sets an organisation's reminder ladder (docs/domain.md §13: the rhythm and the threshold are settings). Reading: anyone
/// who sees the unit's work; setting: ManageSettings on the unit, audited with the old and new values.
/// </summary>
internal sealed class LadderHandler(AppDbContext db, ChaseAccess chaseAccess, IAccessControl access, IUnitDirectory units, AuditLog audit, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<LadderDto> GetAsync(Guid unitId, CancellationToken ct)
    {
        await EnsureUnitAsync(unitId, ct);
        if (!await access.HasAsync(Permission.ViewWork, unitId, ct) && !await access.HasAsync(Permission.ManageSettings, unitId, ct))
        {
            throw NotFound();
        }

        var setting = (await chaseAccess.LaddersAsync(ct)).SettingFor(unitId);
        return ToDto(unitId, setting, await access.HasAsync(Permission.ManageSettings, unitId, ct));
    }

    public async Task<LadderDto> PutAsync(Guid unitId, LadderRequest request, CancellationToken ct)
    {
        await EnsureUnitAsync(unitId, ct);
        var v = new Validator();
        var before = request.BeforeDays ?? [2, 0];
        v.Check(before.Count <= 10 && before.All(d => d is >= 0 and <= 30), "beforeDays", "Số ngày nhắc trước hạn phải từ 0 đến 30 (tối đa 10 mốc). / beforeDays: 0–30, at most 10.");
        v.Check(request.OverdueEveryDays is null or >= 1 and <= 30, "overdueEveryDays", "Chu kỳ nhắc sau hạn từ 1 đến 30 ngày làm việc. / overdueEveryDays: 1–30.");
        v.Check(request.EscalateHeadFromStep is null or >= 1 and <= 100, "escalateHeadFromStep", "Bậc báo thủ trưởng từ 1 đến 100. / escalateHeadFromStep: 1–100.");
        v.Check(request.EscalateMonitorFromStep is null or >= 1 and <= 100, "escalateMonitorFromStep", "Bậc báo văn phòng theo dõi từ 1 đến 100. / escalateMonitorFromStep: 1–100.");
        v.Check(request.TransferThreshold is null or >= 1 and <= 100, "transferThreshold", "Ngưỡng xem xét điều chuyển từ 1 đến 100. / transferThreshold: 1–100.");
        v.Check(request.NearDueDays is null or >= 0 and <= 30, "nearDueDays", "Số ngày sắp đến hạn từ 0 đến 30. / nearDueDays: 0–30.");
        var sendAt = ParseTime(request.SendAt, 480, "sendAt", v);
        var workStart = ParseTime(request.WorkStart, 450, "workStart", v);
        var workEnd = ParseTime(request.WorkEnd, 1020, "workEnd", v);
        v.Check(workStart < workEnd, "workEnd", "Giờ kết thúc phải sau giờ bắt đầu làm việc. / workEnd must be after workStart.");
        v.Check(sendAt >= workStart && sendAt < workEnd, "sendAt", "Giờ gửi nhắc phải trong giờ làm việc. / sendAt must be within working hours.");
        foreach (var (field, id) in new[] { ("monitoringOfficeUnitId", request.MonitoringOfficeUnitId), ("personnelOfficeUnitId", request.PersonnelOfficeUnitId) })
        {
            if (id is { } u && await units.FindAsync(u, ct) is null)
            {
                v.Add(field, "Đơn vị không tồn tại. / The unit does not exist.");
            }
        }

        v.ThrowIfInvalid();
        if (!await access.HasAsync(Permission.ViewWork, unitId, ct) && !await access.HasAsync(Permission.ManageSettings, unitId, ct))
        {
            throw NotFound();
        }

        await access.EnsureAsync(Permission.ManageSettings, unitId, ct);
        var ladder = await db.ChaseLadders.FirstOrDefaultAsync(l => l.UnitId == unitId, ct);
        var previous = ladder is null ? null : ToDto(unitId, ladder, true);
        if (ladder is null)
        {
            ladder = ReminderLadder.Default(unitId);
            db.ChaseLadders.Add(ladder);
        }

        ladder.BeforeDays = string.Join(',', before.Distinct().OrderDescending().Select(d => d.ToString(CultureInfo.InvariantCulture)));
        ladder.OverdueEveryDays = request.OverdueEveryDays ?? 1;
        ladder.EscalateHeadFromStep = request.EscalateHeadFromStep ?? 2;
        ladder.EscalateMonitorFromStep = request.EscalateMonitorFromStep ?? 4;
        ladder.MonitoringOfficeUnitId = request.MonitoringOfficeUnitId;
        ladder.PersonnelOfficeUnitId = request.PersonnelOfficeUnitId;
        ladder.SendAtMinute = sendAt;
        ladder.WorkStartMinute = workStart;
        ladder.WorkEndMinute = workEnd;
        ladder.TransferThreshold = request.TransferThreshold ?? 3;
        ladder.NearDueDays = request.NearDueDays ?? 2;
        ladder.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        ladder.UpdatedByUserId = currentUser.UserId;
        ladder.Version++;
        var dto = ToDto(unitId, ladder, true);
        audit.Record(ChasingAudit.LadderEntity, unitId, ChasingAudit.LadderSaved, new { previous, current = dto });
        await db.SaveChangesAsync(ct);
        return dto;
    }

    private async Task EnsureUnitAsync(Guid unitId, CancellationToken ct)
    {
        if (await units.FindAsync(unitId, ct) is null)
        {
            throw NotFound();
        }
    }

    private static NotFoundException NotFound() => new("Không tìm thấy đơn vị. / Unit not found.");

    public static string Time(int minute) => $"{minute / 60:00}:{minute % 60:00}";

    private static int ParseTime(string? value, int fallback, string field, Validator v)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (TimeOnly.TryParseExact(value.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return (t.Hour * 60) + t.Minute;
        }

        v.Add(field, "Giờ phải có dạng HH:mm. / Use HH:mm.");
        return fallback;
    }

    private static LadderDto ToDto(Guid unitId, ReminderLadder? setting, bool canEdit)
    {
        var l = setting ?? ReminderLadder.Default(Guid.Empty);
        return new LadderDto(unitId, setting?.UnitId, l.BeforeOffsets(), l.OverdueEveryDays, l.EscalateHeadFromStep, l.EscalateMonitorFromStep, l.MonitoringOfficeUnitId,
            l.PersonnelOfficeUnitId, Time(l.SendAtMinute), Time(l.WorkStartMinute), Time(l.WorkEndMinute), l.TransferThreshold, l.NearDueDays, canEdit);
    }
}
