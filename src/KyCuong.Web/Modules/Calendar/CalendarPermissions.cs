using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Calendar;

internal static class CalendarPermissions
{
    /// <summary>The calendar is national, not a unit's: editing it needs <see cref="Permission.ManageCalendar"/> (administrators).</summary>
    public static async Task EnsureCanManageAsync(this IAccessControl access, CancellationToken ct)
    {
        if (!await access.HasAnywhereAsync(Permission.ManageCalendar, ct))
        {
            throw new ForbiddenException("Chỉ quản trị hệ thống được sửa lịch làm việc. / Only administrators edit the working calendar.");
        }
    }
}
