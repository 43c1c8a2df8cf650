using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Organisation;

/// <summary>
/// docs/domain.md §6 "Unit pickers": the pickers offer only the units a person may assign to — as lead their body's subtree,
/// as coordinators any unit of the same province or ministry — on Tasks/Create, a document's direction form, Register and
/// Import alike, and the API refuses what no picker offers (a provincial chairman cannot make the Government's office the lead).
/// </summary>
public abstract class AssignableUnitsTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string AnGiang = "Ủy ban nhân dân tỉnh An Giang";
    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";
    private const string Vpcp = "Văn phòng Chính phủ";
    private const string Bnv = "Bộ Nội vụ";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The in-force units of <paramref name="rootName"/>'s subtree, from the directory.</summary>
    private async Task<HashSet<string>> InForceSubtreeAsync(string rootName)
    {
        using var admin = await app.ClientForAsync("admin");
        var units = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray().ToList();
        var root = units.Single(u => u.GetProperty("name").GetString() == rootName).GetProperty("id").GetGuid();
        var parent = units.ToDictionary(u => u.GetProperty("id").GetGuid(), u => u.GetProperty("parentId").ValueKind == JsonValueKind.Null ? (Guid?)null : u.GetProperty("parentId").GetGuid());
        bool Under(Guid id)
        {
            for (Guid? x = id; x is { } v; x = parent[v])
            {
                if (v == root)
                {
                    return true;
                }
            }

            return false;
        }

        return units.Where(u => u.GetProperty("validTo").ValueKind == JsonValueKind.Null && Under(u.GetProperty("id").GetGuid()))
            .Select(u => u.GetProperty("name").GetString()!).ToHashSet();
    }

    /// <summary>An option's unit name (a division's option adds " – " and its parent's name).</summary>
    private static string UnitOf(string option) => option.Split(" – ")[0];

    [Fact]
    public async Task Chairman_TaskForm_LeadAndCoordinatorsAreTheProvince_NeverTheGovernment()
    {
        var province = await InForceSubtreeAsync(AnGiang);
        using var session = await FormSession.SignInAsync(app, "chutich");
        var html = await session.GetStringAsync("/Tasks/Create");
        foreach (var id in new[] { "Input_LeadUnitId", "Input_CoordinatingUnitIds" })
        {
            var names = FormSession.Options(html, id).Where(o => !o.StartsWith('–')).Select(UnitOf).ToList();
            names.ToHashSet().SetEquals(province).ShouldBeTrue($"{id}: {string.Join("; ", names)}");
            names.ShouldNotContain(Vpcp);
            names.ShouldNotContain("Thủ tướng Chính phủ");
            names.ShouldNotContain("Sở Nội vụ tỉnh Kiên Giang"); // merged on 1 July 2025: no new work
        }

        FormSession.Options(html, "Input_LeadUnitId").ShouldContain($"Phòng Cải cách hành chính – {Snv}");
    }

    [Fact]
    public async Task DepartmentDirector_LeadsOwnSubtree_CoordinatesWithTheWholeProvinceOnly()
    {
        var department = await InForceSubtreeAsync(Snv);
        var province = await InForceSubtreeAsync(AnGiang);
        using var session = await FormSession.SignInAsync(app, "giamdoc.snv");
        var html = await session.GetStringAsync("/Tasks/Create");
        var lead = FormSession.Options(html, "Input_LeadUnitId").Where(o => !o.StartsWith('–')).Select(UnitOf).ToHashSet();
        lead.SetEquals(department).ShouldBeTrue(string.Join("; ", lead));
        lead.ShouldNotContain(Stp);
        var coordinating = FormSession.Options(html, "Input_CoordinatingUnitIds").Select(UnitOf).ToHashSet();
        coordinating.SetEquals(province).ShouldBeTrue(string.Join("; ", coordinating));
        coordinating.ShouldNotContain(Bnv);
        coordinating.ShouldNotContain("Sở Công Thương thành phố Hải Phòng");
    }

    [Fact]
    public async Task DocumentDirection_Register_AndImport_OfferTheSameUnitsAsTheTaskForm()
    {
        using var session = await FormSession.SignInAsync(app, "chutich");
        var taskForm = await session.GetStringAsync("/Tasks/Create");
        var lead = FormSession.Options(taskForm, "Input_LeadUnitId").Where(o => !o.StartsWith('–')).ToList();
        var coordinating = FormSession.Options(taskForm, "Input_CoordinatingUnitIds");

        // A document registered by the clerk, directed by the chairman on its page.
        using var clerk = await app.ClientForAsync("vanthu");
        var unique = string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))));
        var registered = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = Bnv, numberSymbol = $"{Random.Shared.Next(100, 9999)}/BNV-{unique}", date = "2026-01-30", type = "Công văn",
            subject = "Về việc thử đơn vị được giao", urgency = (string?)null, text = (string?)null,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var details = await session.GetStringAsync($"/Documents/Details/{registered.GetProperty("id").GetString()}");
        FormSession.Options(details, "Input_LeadUnitId").Where(o => !o.StartsWith('–')).ShouldBe(lead);
        FormSession.Options(details, "Input_CoordinatingUnitIds").ShouldBe(coordinating);

        var register = await session.GetStringAsync("/Documents/Register");
        FormSession.Options(register, "Direction_LeadUnitId").Where(o => !o.StartsWith('–')).ShouldBe(lead);
        FormSession.Options(register, "Direction_CoordinatingUnitIds").ShouldBe(coordinating);

        var parsed = await session.PostFormAsync("/Documents/Import", "/Documents/Import?handler=Parse", new Dictionary<string, string>
        {
            ["PastedText"] = "BỘ NỘI VỤ\nSố: 12/BNV-CCHC\nHà Nội, ngày 20 tháng 01 năm 2026\nCÔNG VĂN\nV/v rà soát thủ tục hành chính nội bộ\n"
                + "Kính gửi: Ủy ban nhân dân tỉnh An Giang.\n1. Sở Nội vụ chủ trì rà soát thủ tục hành chính nội bộ, báo cáo trước ngày 30/3/2026.\n",
        });
        parsed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var import = await parsed.Content.ReadAsStringAsync(Ct);
        FormSession.Options(import, "Direction_LeadUnitId").Where(o => !o.StartsWith('–')).ShouldBe(lead);
        FormSession.Options(import, "Direction_CoordinatingUnitIds").ShouldBe(coordinating);
    }

    [Fact]
    public async Task Api_RefusesALeadOrACoordinatorNoPickerOffers_AndCreatesNothing()
    {
        var vpcp = await app.UnitIdAsync(Vpcp);
        var bnv = await app.UnitIdAsync(Bnv);
        var snv = await app.UnitIdAsync(Snv);
        var stp = await app.UnitIdAsync(Stp);
        var cchc = await app.UnitIdAsync("Phòng Cải cách hành chính");
        using var chutich = await app.ClientForAsync("chutich");
        using var director = await app.ClientForAsync("giamdoc.snv");
        var title = $"Nhiệm vụ thử phạm vi {Guid.NewGuid():N}"[..40];

        var up = await (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title, leadUnitId = vpcp, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 5 }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        up.GetProperty("detail").GetString()!.ShouldContain(Vpcp);

        var across = await (await chutich.PostAsJsonAsync("/api/v1/tasks", new { title, leadUnitId = snv, coordinatingUnitIds = new[] { bnv }, workingDays = 5 }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        across.GetProperty("errors").GetProperty("coordinatingUnitIds")[0].GetString()!.ShouldContain(Bnv);

        await (await director.PostAsJsonAsync("/api/v1/tasks", new { title, leadUnitId = stp, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 5 }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var admin = await app.ClientForAsync("admin");
        var found = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?mine=false&q={Uri.EscapeDataString(title)}", Ct);
        found.GetProperty("total").GetInt32().ShouldBe(0);

        // Sideways coordination inside the province is what coordinators are for.
        var ok = await (await director.PostAsJsonAsync("/api/v1/tasks", new { title, leadUnitId = cchc, coordinatingUnitIds = new[] { stp }, workingDays = 5 }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        ok.GetProperty("id").GetGuid().ShouldNotBe(Guid.Empty);
    }

    /// <summary>
    /// A task created through the API asks only about the units it names (no directory read); the answer must be the lists'
    /// answer, for every account of the demo (administrator, national, provincial, departmental, division) and every unit,
    /// in force or not, and for a unit that does not exist.
    /// </summary>
    [Fact]
    public async Task OneUnitAnswers_EqualTheListsAnswers_ForEveryAccountAndUnit()
    {
        List<(Guid Id, string Name)> users;
        List<Guid> unitIds;
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            users = [.. (await db.Users.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Id, u.UserName }).ToListAsync(Ct)).Select(u => (u.Id, u.UserName!))];
            unitIds = await db.Units.AsNoTracking().Select(u => u.Id).ToListAsync(Ct);
        }

        users.Count.ShouldBeGreaterThan(5);
        unitIds.Add(Guid.NewGuid());
        int leadYes = 0, leadNo = 0, coordinateYes = 0, coordinateNo = 0;
        foreach (var (id, name) in users)
        {
            using var scope = app.ScopeAs(id, name);
            var assignable = scope.ServiceProvider.GetRequiredService<IAssignableUnits>();

            // One unit at a time first: once the lists are built in a scope, the single answers read them instead.
            var answers = new List<(Guid Unit, bool Lead, bool Coordinate)>();
            foreach (var unit in unitIds)
            {
                answers.Add((unit, await assignable.CanLeadAsync(unit, Ct), await assignable.CanCoordinateAsync(unit, Ct)));
            }

            var set = await assignable.ForCurrentUserAsync(Ct);
            foreach (var (unit, lead, coordinate) in answers)
            {
                lead.ShouldBe(set.CanLead(unit), $"{name}: lead {unit}");
                coordinate.ShouldBe(set.CanCoordinate(unit), $"{name}: coordinate {unit}");
                _ = lead ? leadYes++ : leadNo++;
                _ = coordinate ? coordinateYes++ : coordinateNo++;
            }
        }

        // Both answers occur for both questions, so the comparison above compared something.
        new[] { leadYes, leadNo, coordinateYes, coordinateNo }.ShouldAllBe(n => n > 0);
    }
}

[Collection("sqlite")]
public sealed class SqliteAssignableUnitsTests(SqliteApp app) : AssignableUnitsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresAssignableUnitsTests(PostgresApp app) : AssignableUnitsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
