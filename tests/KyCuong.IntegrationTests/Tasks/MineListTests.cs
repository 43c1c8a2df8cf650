using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Modules.Tasks;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.ListTasks;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Tasks;

/// <summary>
/// The person's list ("mine") reads its rows in one union that skips the visibility filter where it cannot change the answer
/// (the person's own tasks, their units inside their ViewWork scope). Its answer must equal the plain definition — every
/// visible task the person leads, holds or assigned, or that one of their units leads or coordinates — for every demo
/// account, with every filter of the list, and for a person holding a position without the right to view work.
/// </summary>
public abstract class MineListTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MineList_EqualsVisibleTasksOfThePersonAndTheirUnits_ForEveryAccountAndFilter()
    {
        List<(Guid Id, string Name)> users;
        Guid outsideUnit;
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            users = [.. (await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName }).ToListAsync(Ct))
                .Select(u => (u.Id, u.UserName!))];

            // A specialist who also holds a position with no role in a unit that leads tasks: that unit is outside their ViewWork
            // scope, so its tasks are in their list only where the visibility rule lets them see the task by another way.
            var specialist = users.First(u => u.Name.StartsWith("chuyenvien", StringComparison.Ordinal)).Id;
            var ownUnits = await db.Positions.Where(p => p.UserId == specialist).Select(p => p.UnitId).ToListAsync(Ct);
            outsideUnit = await db.Tasks.Where(t => !ownUnits.Contains(t.LeadUnitId)).GroupBy(t => t.LeadUnitId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(Ct);
            db.Positions.Add(new Position { Id = Guid.NewGuid(), UserId = specialist, UnitId = outsideUnit, Title = "Cộng tác viên", Roles = OrgRole.None });
            await db.SaveChangesAsync(Ct);
        }

        users.Count.ShouldBeGreaterThan(5);
        var compared = 0;
        foreach (var (id, name) in users)
        {
            using var scope = app.ScopeAs(id, name);
            var sp = scope.ServiceProvider;
            var handler = sp.GetRequiredService<ListTasksHandler>();
            var myUnits = (await sp.GetRequiredService<ICallerPlace>().UnitsAsync(Ct)).Select(u => u.UnitId).ToList();
            var today = sp.GetRequiredService<TimeProvider>().Today();
            var queries = new List<TaskListQuery> { new(PageSize: 5000), new(Search: "báo cáo", PageSize: 5000), new(DueFrom: today.AddDays(-30), DueTo: today.AddDays(60), PageSize: 5000) };
            queries.AddRange(Enum.GetValues<TaskStatusLabel>().Select(s => new TaskListQuery(Status: TaskStatusPolicy.Name(s), PageSize: 5000)));
            queries.AddRange(myUnits.Take(2).Select(u => new TaskListQuery(UnitId: u, PageSize: 5000)));
            foreach (var query in queries)
            {
                var expected = await PlainDefinitionAsync(sp, id, myUnits, query, today);
                var listed = await handler.HandleAsync(query, Ct);
                listed.Items.Select(i => i.Id).ShouldBe(expected, $"{name}: {query}");
                listed.Total.ShouldBe(expected.Count, $"{name}: {query}");
                compared += expected.Count;

                // Paging: the second page of three is the list's rows 4–6.
                var second = await handler.HandleAsync(query with { Page = 2, PageSize = 3 }, Ct);
                second.Items.Select(i => i.Id).ShouldBe(expected.Skip(3).Take(3), $"{name}: page 2 of {query}");
            }
        }

        compared.ShouldBeGreaterThan(100);
    }

    /// <summary>The list as defined, written the plain way: the visible tasks, those of the person or their units, filtered, in list order.</summary>
    private static async Task<List<Guid>> PlainDefinitionAsync(IServiceProvider sp, Guid me, List<Guid> myUnits, TaskListQuery query, DateOnly today)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var tasks = await sp.GetRequiredService<TaskAccess>().VisibleAsync(Ct);
        var coordinated = db.TaskCoordinators.Where(c => myUnits.Contains(c.UnitId)).Select(c => c.TaskId);
        tasks = tasks.Where(t => t.LeadUserId == me || t.CurrentHolderUserId == me || t.AssignedByUserId == me || myUnits.Contains(t.LeadUnitId) || coordinated.Contains(t.Id));
        if (query.UnitId is { } unitId)
        {
            var subtree = db.UnitClosures.Where(c => c.AncestorId == unitId).Select(c => c.DescendantId);
            tasks = tasks.Where(t => subtree.Contains(t.LeadUnitId));
        }

        if (query.Status is { } status && TaskStatusPolicy.TryParse(status, out var label))
        {
            tasks = ListTasksHandler.WithStatus(tasks, label, today);
        }

        if (query.DueFrom is { } from)
        {
            tasks = tasks.Where(t => t.DueDate >= from);
        }

        if (query.DueTo is { } to)
        {
            tasks = tasks.Where(t => t.DueDate <= to);
        }

        if (query.Search is { } search)
        {
            tasks = tasks.Where(t => t.Title.Contains(search));
        }

        return await tasks.OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenByDescending(t => t.AssignedAtUtc).ThenBy(t => t.Id).Select(t => t.Id).ToListAsync(Ct);
    }
}

[Collection("sqlite")]
public sealed class SqliteMineListTests(SqliteApp app) : MineListTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresMineListTests(PostgresApp app) : MineListTests<PostgresApp>(app), IClassFixture<PostgresApp>;
