using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Demo;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Chasing.Seeding;

/// <summary>
/// Demo world: the reminder ladder of UBND tỉnh An Giang with the built-in rhythm; the monitoring office is the unit where
/// the province's monitor (theodoi, Văn phòng UBND tỉnh) holds the Monitor role, the personnel office is Sở Nội vụ.
/// </summary>
internal sealed class ChasingSeeder(AppDbContext db, IUnitDirectory units, DemoMode demo, TimeProvider clock, ILogger<ChasingSeeder> logger) : IStartupSeeder
{
    public const string Province = "Ủy ban nhân dân tỉnh An Giang";
    public const string PersonnelOffice = "Sở Nội vụ tỉnh An Giang";

    public int Order => 50;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!demo.Seed)
        {
            return;
        }

        var all = await units.ListAsync(ct);
        var province = all.FirstOrDefault(u => u.Name == Province);
        var personnel = all.FirstOrDefault(u => u.Name == PersonnelOffice);
        if (province is null || await db.ChaseLadders.AnyAsync(l => l.UnitId == province.Id, ct))
        {
            return;
        }

        var ladder = ReminderLadder.Default(province.Id);
        ladder.MonitoringOfficeUnitId = province.Id;
        ladder.PersonnelOfficeUnitId = personnel?.Id;
        ladder.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.ChaseLadders.Add(ladder);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Đã tạo thang nhắc việc mẫu cho {Unit}. / Demo reminder ladder created.", province.Name);
    }
}
