using System.Security.Cryptography;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Demo;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.Seeding;

/// <summary>
/// On an empty database: the demo world (central level, post-2025 An Giang with Kiên Giang merged into it on 1 July 2025,
/// communes, divisions, an account for every role), or only the root unit and an administrator when <c>Demo:Seed=false</c>.
/// </summary>
internal sealed class OrganisationSeeder(AppDbContext db, UserManager<AppUser> users, SeedOptions options, TimeProvider clock, ILogger<OrganisationSeeder> logger) : IStartupSeeder
{
    public const string DemoPassword = DemoMode.PublishedPassword;

    public static readonly Guid RootId = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    public int Order => 0;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(ct))
        {
            if (options.DemoSeed)
            {
                await SeedDemoAsync(ct);
            }
            else
            {
                await UnitTreeWriter.AddAsync(db, new Unit(RootId, "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "CP", UnitKind.Government, null, null), ct);
                await db.SaveChangesAsync(ct);
                if (string.IsNullOrWhiteSpace(options.AdminUserName))
                {
                    var password = "Kc!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12));
                    await EnsureUserAsync("admin", "Quản trị hệ thống", password, RootId, "Quản trị hệ thống", OrgRole.Administrator, null, ct);
                    logger.LogWarning("Đã tạo tài khoản quản trị 'admin' với mật khẩu {Password}; hãy đổi ngay. / Created administrator 'admin' with a generated password.", password);
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(options.AdminUserName) && !string.IsNullOrEmpty(options.AdminPassword))
        {
            var rootId = await db.Units.Where(u => u.ParentId == null).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(ct);
            await EnsureUserAsync(options.AdminUserName.Trim(), "Quản trị hệ thống", options.AdminPassword, rootId, "Quản trị hệ thống", OrgRole.Administrator, null, ct);
        }
    }

    private async Task SeedDemoAsync(CancellationToken ct)
    {
        // A PBKDF2 hash costs about 50 ms of CPU, most of the accounts' cost at a cold start (docs/performance.md). The demo
        // accounts share one published password, so one hash (one salt) serves them all: a salt per account protects
        // secrets that differ, and these do not. It is computed while the unit tree is written; a password changed later
        // gets its own salt as usual.
        var sharedHash = Task.Run(() => users.PasswordHasher.HashPassword(new AppUser(), DemoPassword), ct);
        var reform = new DateOnly(2025, 7, 1);
        var units = new List<Unit>();
        Unit Add(string name, string shortName, UnitKind kind, Unit? parent, DateOnly? validFrom = null)
        {
            var u = new Unit(units.Count == 0 ? RootId : Guid.CreateVersion7(), name, shortName, kind, parent?.Id, validFrom);
            units.Add(u);
            return u;
        }

        var root = Add("Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "CP", UnitKind.Government, null);
        Add("Thủ tướng Chính phủ", "TTg", UnitKind.Other, root);
        Add("Văn phòng Chính phủ", "VPCP", UnitKind.Office, root);
        var bnv = Add("Bộ Nội vụ", "BNV", UnitKind.Ministry, root);
        Add("Vụ Công chức - Viên chức", "CCVC", UnitKind.Division, bnv);

        var anGiang = Add("Ủy ban nhân dân tỉnh An Giang", "UBND", UnitKind.Province, root);
        var vp = Add("Văn phòng Ủy ban nhân dân tỉnh An Giang", "VP", UnitKind.Office, anGiang);
        var snv = Add("Sở Nội vụ tỉnh An Giang", "SNV", UnitKind.Department, anGiang);
        // The two agencies of the demo's edXML exchange (Modules/Exchange/Seeding): the province's and its department's codes.
        anGiang.SetAgencyCode(DemoNames.ProvinceAgencyCode);
        snv.SetAgencyCode(DemoNames.HomeAffairsAgencyCode);
        var tcbc = Add("Phòng Tổ chức, biên chế", "TCBC", UnitKind.Division, snv);
        var cchc = Add("Phòng Cải cách hành chính", "CCHC", UnitKind.Division, snv);
        var ttSnv = Add("Thanh tra Sở Nội vụ", "TTr", UnitKind.Division, snv);
        var sct = Add("Sở Công Thương tỉnh An Giang", "SCT", UnitKind.Department, anGiang);
        Add("Phòng Quản lý thương mại", "QLTM", UnitKind.Division, sct);
        Add("Sở Tài chính tỉnh An Giang", "STC", UnitKind.Department, anGiang);
        var stp = Add("Sở Tư pháp tỉnh An Giang", "STP", UnitKind.Department, anGiang);
        Add("Sở Xây dựng tỉnh An Giang", "SXD", UnitKind.Department, anGiang);
        Add("Sở Y tế tỉnh An Giang", "SYT", UnitKind.Department, anGiang);
        Add("Sở Giáo dục và Đào tạo tỉnh An Giang", "SGDĐT", UnitKind.Department, anGiang);
        var longXuyen = Add("Ủy ban nhân dân phường Long Xuyên", "UBND", UnitKind.Commune, anGiang, reform);
        var rachGia = Add("Ủy ban nhân dân phường Rạch Giá", "UBND", UnitKind.Commune, anGiang, reform);
        Add("Ủy ban nhân dân xã Tân Hiệp", "UBND", UnitKind.Commune, anGiang, reform);
        Add("Ủy ban nhân dân đặc khu Phú Quốc", "UBND", UnitKind.Commune, anGiang, reform);

        // Before 1 July 2025: Kiên Giang province and its district-level city, recorded so history keeps their names.
        var kienGiang = Add("Ủy ban nhân dân tỉnh Kiên Giang", "UBND", UnitKind.Province, root);
        var snvKg = Add("Sở Nội vụ tỉnh Kiên Giang", "SNV", UnitKind.Department, kienGiang);
        var tpRachGia = Add("Ủy ban nhân dân thành phố Rạch Giá", "UBND", UnitKind.Other, kienGiang);
        var tpLongXuyen = Add("Ủy ban nhân dân thành phố Long Xuyên", "UBND", UnitKind.Other, anGiang);

        // Other provinces whose letters carry 280/CĐ-TTg down (seeds 002–004), with their 2025 reform.
        var laiChau = Add("Ủy ban nhân dân tỉnh Lai Châu", "UBND", UnitKind.Province, root);
        var phongTho = Add("Ủy ban nhân dân huyện Phong Thổ", "UBND", UnitKind.Other, laiChau);
        var xaPhongTho = Add("Ủy ban nhân dân xã Phong Thổ", "UBND", UnitKind.Commune, laiChau, reform);
        var haiPhong = Add("Ủy ban nhân dân thành phố Hải Phòng", "UBND", UnitKind.Province, root);
        var sctHaiPhong = Add("Sở Công Thương thành phố Hải Phòng", "SCT", UnitKind.Department, haiPhong);
        var haiDuong = Add("Ủy ban nhân dân tỉnh Hải Dương", "UBND", UnitKind.Province, root);
        var sctHaiDuong = Add("Sở Công Thương tỉnh Hải Dương", "SCT", UnitKind.Department, haiDuong);
        var canTho = Add("Ủy ban nhân dân thành phố Cần Thơ", "UBND", UnitKind.Province, root);
        var socTrang = Add("Ủy ban nhân dân tỉnh Sóc Trăng", "UBND", UnitKind.Province, root);

        foreach (var u in units)
        {
            await UnitTreeWriter.AddAsync(db, u, ct);
        }

        await db.SaveChangesAsync(ct);

        // Nghị quyết 202/2025/QH15 (provinces) and 1654/NQ-UBTVQH15 (communes of An Giang), in force 1 July 2025.
        var now = clock.GetUtcNow().UtcDateTime;
        void Succeed(Unit from, Unit to, SuccessionKind kind, string basis)
        {
            from.EndWithSuccessor(to.Id, reform);
            db.UnitSuccessions.Add(new UnitSuccession
            {
                Id = Guid.CreateVersion7(), PredecessorId = from.Id, SuccessorId = to.Id, Kind = kind, EffectiveOn = reform, LegalBasis = basis, RecordedAtUtc = now,
            });
        }

        Succeed(kienGiang, anGiang, SuccessionKind.Merge, "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh");
        Succeed(snvKg, snv, SuccessionKind.Merge, "Nghị quyết 202/2025/QH15; hợp nhất Sở Nội vụ hai tỉnh");
        Succeed(tpRachGia, rachGia, SuccessionKind.Merge, "Luật Tổ chức chính quyền địa phương 2025: kết thúc cấp huyện");
        Succeed(tpLongXuyen, longXuyen, SuccessionKind.Merge, "Luật Tổ chức chính quyền địa phương 2025: kết thúc cấp huyện");
        Succeed(phongTho, xaPhongTho, SuccessionKind.Merge, "Luật Tổ chức chính quyền địa phương 2025: kết thúc cấp huyện");
        Succeed(haiDuong, haiPhong, SuccessionKind.Merge, "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh");
        Succeed(sctHaiDuong, sctHaiPhong, SuccessionKind.Merge, "Nghị quyết 202/2025/QH15; hợp nhất Sở Công Thương");
        Succeed(socTrang, canTho, SuccessionKind.Merge, "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh");
        await db.SaveChangesAsync(ct);

        var hash = await sharedHash;
        (string UserName, string FullName, Guid UnitId, string Title, OrgRole Roles)[] accounts =
        [
            ("admin", "Quản trị hệ thống", root.Id, "Quản trị hệ thống", OrgRole.Administrator),
            ("chutich", "Nguyễn Văn An", anGiang.Id, "Chủ tịch UBND tỉnh", OrgRole.Leader),
            ("phochutich", "Trần Thị Bình", anGiang.Id, "Phó Chủ tịch UBND tỉnh", OrgRole.DeputyLeader),
            ("giamdoc.snv", "Lê Minh Cường", snv.Id, "Giám đốc Sở Nội vụ", OrgRole.Leader),
            ("truongphong.cchc", "Phạm Thu Dung", cchc.Id, "Trưởng phòng Cải cách hành chính", OrgRole.Leader),
            ("chuyenvien", "Võ Thanh Hải", cchc.Id, "Chuyên viên", OrgRole.Specialist),
            ("chuyenvien.tcbc", "Đỗ Ngọc Lan", tcbc.Id, "Chuyên viên", OrgRole.Specialist),
            ("vanthu", "Đặng Thị Hoa", vp.Id, "Văn thư", OrgRole.Clerk),
            ("theodoi", "Bùi Quốc Khánh", anGiang.Id, "Chuyên viên theo dõi, đôn đốc (Văn phòng UBND tỉnh)", OrgRole.Monitor),
            ("thanhtra", "Huỳnh Văn Lộc", ttSnv.Id, "Thanh tra viên", OrgRole.Inspector),
            ("giamdoc.sct", "Ngô Thị Mai", sct.Id, "Giám đốc Sở Công Thương", OrgRole.Leader),
            ("giamdoc.stp", "Châu Văn Phúc", stp.Id, "Giám đốc Sở Tư pháp", OrgRole.Leader),
        ];
        foreach (var a in accounts)
        {
            await EnsureUserAsync(a.UserName, a.FullName, DemoPassword, a.UnitId, a.Title, a.Roles, hash, ct);
        }

        logger.LogInformation("Đã tạo dữ liệu mẫu: {Units} đơn vị. / Demo world created.", units.Count);
    }

    private async Task EnsureUserAsync(string userName, string fullName, string password, Guid unitId, string title, OrgRole roles, string? passwordHash, CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = userName, FullName = fullName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true };
        IdentityResult result;
        if (passwordHash is null)
        {
            result = await users.CreateAsync(user, password);
        }
        else
        {
            // A hash made ahead of the published demo password, which the password rules accept.
            user.PasswordHash = passwordHash;
            result = await users.CreateAsync(user);
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Không tạo được tài khoản {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        db.Positions.Add(new Position { Id = Guid.CreateVersion7(), UserId = user.Id, UnitId = unitId, Title = title, Roles = roles });
        await db.SaveChangesAsync(ct);
    }
}
