using System.Net.Mail;
using System.Security.Cryptography;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.ImportOrganisation;

internal sealed record ImportCounts(int Created, int Updated, int Unchanged);

internal sealed record PeopleCounts(int Created, int Updated, int Unchanged, int Deactivated);

internal sealed record ImportError(string Sheet, int Row, string Message);

/// <summary>A new account and the one-time link with which its holder sets the first password (no shared initial password).</summary>
internal sealed record NewAccount(string UserName, string FullName, string UnitName, string Position, string SetPasswordUrl);

internal sealed record ImportResult(ImportCounts Units, PeopleCounts People, IReadOnlyList<ImportError> Errors, bool DryRun, IReadOnlyList<NewAccount> Accounts);

/// <summary>
/// Imports a body's units and people from a file (docs/domain.md "Onboarding"): idempotent by unit code and user name, one
/// transaction, nothing written when any row has an error or on a dry run, audited. Administrators only.
/// </summary>
internal sealed class ImportOrganisationHandler(AppDbContext db, IAccessControl access, AuditLog audit, TimeProvider clock, UserManager<AppUser> users)
{
    private static readonly string[] Leaving = ["false", "0", "no", "không", "nghỉ", "nghỉ việc", "đã nghỉ"];

    public async Task<ImportResult> HandleAsync(Stream content, string fileName, bool dryRun, string setPasswordBase, CancellationToken ct)
    {
        if (!await access.IsAdministratorAsync(ct))
        {
            throw new ForbiddenException("Chỉ quản trị hệ thống được nhập tổ chức từ tệp. / Only administrators import an organisation.");
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var sha = Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
        buffer.Position = 0;
        var file = ImportFileReader.Read(buffer, fileName);
        if (file.Units.Count == 0 && file.People.Count == 0)
        {
            throw RequestValidationException.For("file", "Không nhận ra bảng đơn vị hay bảng người dùng: dòng tiêu đề phải có code, name… hoặc userName, fullName… (xem tệp mẫu). / "
                + "No units or people sheet recognised by its header (see the template).");
        }

        var errors = new List<ImportError>();
        var today = clock.Today();
        var units = dryRun ? await db.Units.AsNoTracking().ToListAsync(ct) : await db.Units.ToListAsync(ct);
        var byCode = units.Where(u => u.Code is not null).ToDictionary(u => u.Code!, StringComparer.OrdinalIgnoreCase);
        var byId = units.ToDictionary(u => u.Id);

        var unitPlan = PlanUnits(file.Units, byCode, byId, errors);
        var fileUnits = unitPlan.Rows.ToDictionary(r => r.Code, r => r, StringComparer.OrdinalIgnoreCase);
        var peoplePlan = await PlanPeopleAsync(file.People, fileUnits, byCode, byId, today, dryRun, errors, ct);

        var unitCounts = new ImportCounts(unitPlan.Rows.Count(r => r.Existing is null), unitPlan.Rows.Count(r => r.Existing is not null && r.Changed), unitPlan.Rows.Count(r => r.Existing is not null && !r.Changed));
        var peopleCounts = new PeopleCounts(peoplePlan.Created.Count, peoplePlan.Updated, peoplePlan.Unchanged, peoplePlan.Deactivated);
        var ordered = errors.OrderBy(e => e.Sheet == ImportFileReader.UnitsSheet ? 0 : 1).ThenBy(e => e.Sheet, StringComparer.Ordinal).ThenBy(e => e.Row).ToList();
        if (dryRun || ordered.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new ImportResult(unitCounts, peopleCounts, ordered, dryRun, []);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        ApplyUnits(unitPlan, fileUnits, await ExistingAncestorsAsync(unitPlan, ct));
        foreach (var (user, positions) in peoplePlan.Created)
        {
            db.Users.Add(user);
            foreach (var p in positions)
            {
                p.UserId = user.Id;
                p.UnitId = p.UnitId == Guid.Empty ? throw new InvalidOperationException("unit not resolved") : p.UnitId;
                db.Positions.Add(p);
            }
        }

        audit.Record("organisation", Guid.CreateVersion7(), "imported", new
        {
            File = fileName, Sha256 = sha, Units = unitCounts, People = peopleCounts,
            CreatedUnits = unitPlan.Rows.Where(r => r.Existing is null).Select(r => r.Code).ToList(),
            ChangedUnits = unitPlan.Rows.Where(r => r.Existing is not null && r.Changed).Select(r => r.Code).ToList(),
            CreatedPeople = peoplePlan.Created.Select(c => c.User.UserName).ToList(),
            Deactivated = peoplePlan.DeactivatedNames,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var unitNames = fileUnits.Values.ToDictionary(r => r.Id, r => r.Name);
        var accounts = new List<NewAccount>();
        foreach (var (user, positions) in peoplePlan.Created)
        {
            // Identity's password-reset token: valid once (it embeds the security stamp, which setting a password changes) and for a limited time.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var first = positions[0];
            var unitName = unitNames.TryGetValue(first.UnitId, out var n) ? n : byId.TryGetValue(first.UnitId, out var u) ? u.Name : "";
            accounts.Add(new NewAccount(user.UserName!, user.FullName, unitName, first.Title,
                $"{setPasswordBase}?user={user.Id}&token={Uri.EscapeDataString(token)}"));
        }

        return new ImportResult(unitCounts, peopleCounts, [], false, accounts);
    }

    private sealed class UnitRowPlan
    {
        public required ImportRow Row { get; init; }

        public required string Code { get; init; }

        public required string Name { get; init; }

        public required string ShortName { get; init; }

        public required UnitKind Kind { get; init; }

        public string? AgencyCode { get; init; }

        public string ParentRef { get; init; } = "";

        public Guid Id { get; set; }

        public Unit? Existing { get; set; }

        public bool Changed { get; set; }

        /// <summary>The parent: another row of the file, or a unit already in the database.</summary>
        public UnitRowPlan? ParentRow { get; set; }

        public Guid? ParentId { get; set; }
    }

    private sealed record UnitPlan(List<UnitRowPlan> Rows);

    private static UnitPlan PlanUnits(List<ImportRow> rows, Dictionary<string, Unit> byCode, Dictionary<Guid, Unit> byId, List<ImportError> errors)
    {
        var plans = new Dictionary<string, UnitRowPlan>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var bad = new List<string>();
            var code = row.Get("code");
            var name = row.Get("name");
            var shortName = row.Get("shortName");
            Required(bad, code, "mã đơn vị (code)", 50);
            Required(bad, name, "tên đơn vị (name)", 300);
            Required(bad, shortName, "tên viết tắt (shortName)", 40);
            var agency = row.Get("agencyCode");
            if (agency.Length > 50)
            {
                bad.Add("Mã định danh dài quá 50 ký tự.");
            }

            if (!TryKind(row.Get("kind"), out var kind))
            {
                bad.Add($"Loại đơn vị không hợp lệ: \"{row.Get("kind")}\" (ví dụ: province, department, division, commune hoặc \"Sở, ban, ngành\").");
            }

            if (code.Length > 0 && plans.TryGetValue(code, out var duplicate))
            {
                bad.Add($"Mã đơn vị \"{code}\" lặp lại (đã có ở dòng {duplicate.Row.Row}).");
            }

            if (bad.Count > 0)
            {
                errors.Add(new ImportError(row.Sheet, row.Row, string.Join(" ", bad)));
                continue;
            }

            var plan = new UnitRowPlan
            {
                Row = row, Code = code, Name = name, ShortName = shortName, Kind = kind,
                AgencyCode = agency.Length == 0 ? null : agency, ParentRef = row.Get("parentCode"),
            };
            plan.Existing = byCode.GetValueOrDefault(code);
            plan.Id = plan.Existing?.Id ?? Guid.CreateVersion7();
            plans[code] = plan;
        }

        foreach (var plan in plans.Values)
        {
            var parentRef = plan.ParentRef;
            if (parentRef.Length == 0)
            {
                plan.ParentId = null;
            }
            else if (plans.TryGetValue(parentRef, out var parentRow))
            {
                plan.ParentRow = parentRow;
                plan.ParentId = parentRow.Id;
            }
            else if (ExistingUnit(parentRef, byCode, byId) is { } parent)
            {
                if (parent.ValidTo is not null)
                {
                    errors.Add(new ImportError(plan.Row.Sheet, plan.Row.Row, $"Đơn vị cấp trên \"{parent.Name}\" đã chấm dứt hoạt động; hãy dùng đơn vị kế thừa."));
                    continue;
                }

                plan.ParentId = parent.Id;
            }
            else
            {
                errors.Add(new ImportError(plan.Row.Sheet, plan.Row.Row, $"Không tìm thấy đơn vị cấp trên \"{parentRef}\" (trong tệp hoặc trong hệ thống)."));
                continue;
            }

            if (plan.Existing is { } existing)
            {
                if (existing.ParentId != plan.ParentId)
                {
                    errors.Add(new ImportError(plan.Row.Sheet, plan.Row.Row,
                        $"Đơn vị \"{existing.Name}\" đang trực thuộc đơn vị khác; chuyển đơn vị cấp trên phải ghi nhận sắp xếp (kế thừa) trên trang đơn vị, không qua tệp."));
                    continue;
                }

                if (existing.ValidTo is not null)
                {
                    errors.Add(new ImportError(plan.Row.Sheet, plan.Row.Row, $"Đơn vị \"{existing.Name}\" đã chấm dứt hoạt động từ {existing.ValidTo:dd/MM/yyyy}."));
                    continue;
                }

                plan.Changed = existing.Name != plan.Name || existing.ShortName != plan.ShortName || existing.Kind != plan.Kind || existing.AgencyCode != plan.AgencyCode;
            }
        }

        // A parent chain inside the file must end outside it: a cycle has no place in a tree.
        foreach (var plan in plans.Values)
        {
            var seen = new HashSet<UnitRowPlan>();
            for (var p = plan; p is not null; p = p.ParentRow)
            {
                if (!seen.Add(p))
                {
                    errors.Add(new ImportError(plan.Row.Sheet, plan.Row.Row, $"Mã đơn vị cấp trên tạo thành vòng lặp (đơn vị \"{plan.Code}\")."));
                    break;
                }
            }
        }

        return new UnitPlan(plans.Values.ToList());
    }

    private static Unit? ExistingUnit(string reference, Dictionary<string, Unit> byCode, Dictionary<Guid, Unit> byId) =>
        byCode.GetValueOrDefault(reference) ?? (Guid.TryParse(reference, out var id) ? byId.GetValueOrDefault(id) : null);

    private async Task<Dictionary<Guid, List<UnitClosure>>> ExistingAncestorsAsync(UnitPlan plan, CancellationToken ct)
    {
        var parents = plan.Rows.Where(r => r.Existing is null && r.ParentRow is null && r.ParentId is not null).Select(r => r.ParentId!.Value).Distinct().ToList();
        var rows = await db.UnitClosures.AsNoTracking().Where(c => parents.Contains(c.DescendantId)).ToListAsync(ct);
        return rows.GroupBy(r => r.DescendantId).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>New units with their closure rows (self at depth 0, each ancestor one deeper than it is for the parent); changed ones updated.</summary>
    private void ApplyUnits(UnitPlan plan, Dictionary<string, UnitRowPlan> fileUnits, Dictionary<Guid, List<UnitClosure>> existingAncestors)
    {
        var ancestors = new Dictionary<Guid, List<(Guid Id, int Depth)>>();
        List<(Guid Id, int Depth)> AncestorsOf(UnitRowPlan row)
        {
            if (ancestors.TryGetValue(row.Id, out var known))
            {
                return known;
            }

            var list = new List<(Guid, int)> { (row.Id, 0) };
            if (row.ParentRow is { } parentRow)
            {
                list.AddRange(AncestorsOf(parentRow).Select(a => (a.Id, a.Depth + 1)));
            }
            else if (row.ParentId is { } parentId)
            {
                list.AddRange(existingAncestors.GetValueOrDefault(parentId, []).Select(a => (a.AncestorId, a.Depth + 1)));
            }

            ancestors[row.Id] = list;
            return list;
        }

        // Parents before children, so every foreign key points at a row already inserted in the same batch.
        var depthOrdered = plan.Rows.OrderBy(r => Depth(r)).ToList();
        foreach (var row in depthOrdered)
        {
            if (row.Existing is { } existing)
            {
                if (row.Changed)
                {
                    existing.Import(row.Code, row.Name, row.ShortName, row.Kind, row.AgencyCode);
                }

                continue;
            }

            var unit = new Unit(row.Id, row.Name, row.ShortName, row.Kind, row.ParentId, null);
            unit.Import(row.Code, row.Name, row.ShortName, row.Kind, row.AgencyCode);
            db.Units.Add(unit);
            foreach (var (ancestorId, depth) in AncestorsOf(row))
            {
                db.UnitClosures.Add(new UnitClosure { AncestorId = ancestorId, DescendantId = row.Id, Depth = depth });
            }
        }

        _ = fileUnits;
    }

    private static int Depth(UnitRowPlan row)
    {
        var depth = 0;
        for (var p = row.ParentRow; p is not null && depth < 1000; p = p.ParentRow)
        {
            depth++;
        }

        return depth;
    }

    private sealed record PeoplePlan(List<(AppUser User, List<Position> Positions)> Created, int Updated, int Unchanged, int Deactivated, List<string> DeactivatedNames);

    private async Task<PeoplePlan> PlanPeopleAsync(List<ImportRow> rows, Dictionary<string, UnitRowPlan> fileUnits, Dictionary<string, Unit> byCode,
        Dictionary<Guid, Unit> byId, DateOnly today, bool dryRun, List<ImportError> errors, CancellationToken ct)
    {
        var allowed = users.Options.User.AllowedUserNameCharacters;
        var groups = new Dictionary<string, List<(ImportRow Row, bool Active, Guid UnitId, string Title, OrgRole Roles)>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var bad = new List<string>();
            var userName = row.Get("userName");
            Required(bad, userName, "tên đăng nhập (userName)", 100);
            if (userName.Any(c => !allowed.Contains(c)))
            {
                bad.Add($"Tên đăng nhập \"{userName}\" chỉ được gồm chữ không dấu, số và - . _ @.");
            }

            var active = !Leaving.Contains(row.Get("active").ToLowerInvariant());
            var unitId = Guid.Empty;
            var roles = OrgRole.None;
            if (active)
            {
                Required(bad, row.Get("fullName"), "họ và tên (fullName)", 200);
                Required(bad, row.Get("position"), "chức vụ (position)", 200);
                var email = row.Get("email");
                if (email.Length > 0 && (email.Length > 256 || !MailAddress.TryCreate(email, out _)))
                {
                    bad.Add($"Thư điện tử \"{email}\" không hợp lệ.");
                }

                var unitCode = row.Get("unitCode");
                if (unitCode.Length == 0)
                {
                    bad.Add("Thiếu mã đơn vị (unitCode).");
                }
                else if (fileUnits.TryGetValue(unitCode, out var fileUnit))
                {
                    unitId = fileUnit.Id;
                }
                else if (ExistingUnit(unitCode, byCode, byId) is { ValidTo: null } unit)
                {
                    unitId = unit.Id;
                }
                else
                {
                    bad.Add($"Không tìm thấy đơn vị đang hoạt động có mã \"{unitCode}\".");
                }

                foreach (var name in row.Get("roles").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (RoleNames.TryParse(name, out var r) || TryRoleLabel(name, out r))
                    {
                        roles |= r;
                    }
                    else
                    {
                        bad.Add($"Vai trò không hợp lệ: \"{name}\".");
                    }
                }

                if (roles == OrgRole.None && !bad.Any(b => b.StartsWith("Vai trò", StringComparison.Ordinal)))
                {
                    bad.Add("Cần ít nhất một vai trò (roles), ví dụ specialist.");
                }
            }

            var key = users.NormalizeName(userName) ?? "";
            if (groups.TryGetValue(key, out var earlier) && bad.Count == 0)
            {
                var first = earlier[0];
                if (first.Active != active)
                {
                    bad.Add($"Tài khoản \"{userName}\" vừa được ghi là đang công tác vừa là đã nghỉ (dòng {first.Row.Row}).");
                }
                else if (active && (first.Row.Get("fullName") != row.Get("fullName") || first.Row.Get("email") != row.Get("email")))
                {
                    bad.Add($"Họ tên hoặc thư điện tử của \"{userName}\" khác với dòng {first.Row.Row}.");
                }
                else if (active && earlier.Any(e => e.UnitId == unitId))
                {
                    bad.Add($"\"{userName}\" có hai chức vụ trong cùng một đơn vị (dòng {earlier.First(e => e.UnitId == unitId).Row.Row}).");
                }
            }

            if (bad.Count > 0)
            {
                errors.Add(new ImportError(row.Sheet, row.Row, string.Join(" ", bad)));
                continue;
            }

            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add((row, active, unitId, row.Get("position"), roles));
        }

        var names = groups.Keys.ToList();
        var query = db.Users.Where(u => names.Contains(u.NormalizedUserName!));
        var existing = (dryRun ? await query.AsNoTracking().ToListAsync(ct) : await query.ToListAsync(ct)).ToDictionary(u => u.NormalizedUserName!, StringComparer.Ordinal);
        var ids = existing.Values.Select(u => u.Id).ToList();
        var positionQuery = db.Positions.Where(p => ids.Contains(p.UserId) && (p.ValidTo == null || p.ValidTo >= today));
        var positions = (dryRun ? await positionQuery.AsNoTracking().ToListAsync(ct) : await positionQuery.ToListAsync(ct)).ToLookup(p => p.UserId);

        var created = new List<(AppUser, List<Position>)>();
        int updated = 0, unchanged = 0, deactivated = 0;
        var deactivatedNames = new List<string>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, entries) in groups)
        {
            var first = entries[0];
            existing.TryGetValue(key, out var user);
            if (!first.Active)
            {
                if (user is null)
                {
                    errors.Add(new ImportError(first.Row.Sheet, first.Row.Row, $"Không có tài khoản \"{first.Row.Get("userName")}\" để ghi nhận đã nghỉ."));
                }
                else if (user.IsActive)
                {
                    // As ManageAccountHandler.SetActiveAsync: a new security stamp ends the person's sessions and tokens.
                    user.IsActive = false;
                    user.SecurityStamp = Guid.NewGuid().ToString("N");
                    deactivated++;
                    deactivatedNames.Add(user.UserName!);
                }
                else
                {
                    unchanged++;
                }

                continue;
            }

            var fullName = first.Row.Get("fullName");
            var email = first.Row.Get("email") is { Length: > 0 } e ? e : null;
            if (user is null)
            {
                var account = new AppUser
                {
                    Id = Guid.CreateVersion7(), UserName = first.Row.Get("userName"), NormalizedUserName = key, FullName = fullName, Email = email,
                    NormalizedEmail = users.NormalizeEmail(email), CreatedAtUtc = now, LockoutEnabled = true,
                    SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                };
                created.Add((account, entries.Select(x => new Position { Id = Guid.CreateVersion7(), UnitId = x.UnitId, Title = x.Title, Roles = x.Roles, ValidFrom = today }).ToList()));
                continue;
            }

            var changed = false;
            if (user.FullName != fullName || user.Email != email || !user.IsActive)
            {
                user.FullName = fullName;
                user.Email = email;
                user.NormalizedEmail = users.NormalizeEmail(email);
                user.IsActive = true;
                changed = true;
            }

            var held = positions[user.Id].ToList();
            foreach (var x in entries)
            {
                var position = held.FirstOrDefault(p => p.UnitId == x.UnitId);
                if (position is null)
                {
                    if (!dryRun)
                    {
                        db.Positions.Add(new Position { Id = Guid.CreateVersion7(), UserId = user.Id, UnitId = x.UnitId, Title = x.Title, Roles = x.Roles, ValidFrom = today });
                    }

                    changed = true;
                }
                else if (position.Title != x.Title || position.Roles != x.Roles)
                {
                    position.Title = x.Title;
                    position.Roles = x.Roles;
                    changed = true;
                }
            }

            // Positions the file no longer lists end yesterday: the file is the body's list of who holds what (docs/domain.md §4).
            foreach (var gone in held.Where(p => entries.All(x => x.UnitId != p.UnitId)))
            {
                gone.ValidTo = today.AddDays(-1);
                changed = true;
            }

            if (changed)
            {
                user.SecurityStamp = Guid.NewGuid().ToString("N");
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        return new PeoplePlan(created, updated, unchanged, deactivated, deactivatedNames);
    }

    private static bool TryRoleLabel(string label, out OrgRole role)
    {
        foreach (var (name, l) in RoleNames.Choices)
        {
            if (string.Equals(l, label, StringComparison.OrdinalIgnoreCase))
            {
                return RoleNames.TryParse(name, out role);
            }
        }

        role = OrgRole.None;
        return false;
    }

    private static bool TryKind(string text, out UnitKind kind)
    {
        if (Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _))
        {
            return true;
        }

        foreach (var k in Enum.GetValues<UnitKind>())
        {
            if (string.Equals(UnitKinds.Label(k), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        return false;
    }

    private static void Required(List<string> bad, string value, string label, int max)
    {
        if (value.Length == 0)
        {
            bad.Add($"Thiếu {label}.");
        }
        else if (value.Length > max)
        {
            bad.Add($"{char.ToUpper(label[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}{label[1..]} dài quá {max} ký tự.");
        }
    }
}
