using System.Net;
using System.Net.Http.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Chasing.Domain;

namespace KyCuong.IntegrationTests.Chasing;

/// <summary>
/// The reminder ladder (docs/domain.md §10) on the real Vietnamese calendar: two working days before, on the day, then every working
/// day after the deadline, skipping weekends and Tết 2026 (Mon 16–Fri 20 Feb off, 14–22 Feb with the weekends).
/// </summary>
public abstract class LadderTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    [Fact]
    public async Task Sweep_TaskDueBeforeTet_StepsOnWorkingDaysOnlyOnceEachWithEscalation()
    {
        var (unitId, leaderId, specialistId, specialist, _) = await NewUnitAsync("Sở Nội vụ tỉnh An Giang");
        var monitorId = await UserIdAsync("theodoi");
        try
        {
            var id = await CreateTaskAsync("chutich", unitId, specialistId, "2026-02-13", "Báo cáo rà soát biên chế trước Tết");
            await RunJobsAsync();
            (await RemindersAsync(id)).ShouldBeEmpty();

            await RunJobsAtAsync(Vn(2026, 2, 11, 7, 50));
            (await RemindersAsync(id)).ShouldBeEmpty();
            await RunJobsAtAsync(Vn(2026, 2, 11, 9, 0));
            await RunJobsAsync();
            var r = await RemindersAsync(id);
            r.Select(x => (x.Step, x.RecipientUserId, x.Kind, x.Counts)).ShouldBe([(-2, specialistId, ReminderKinds.Courtesy, false)]);

            await RunJobsAtAsync(Vn(2026, 2, 12, 9, 0));
            (await RemindersAsync(id)).Count.ShouldBe(1);
            await RunJobsAtAsync(Vn(2026, 2, 13, 10, 0));
            (await RemindersAsync(id)).Select(x => x.Step).ShouldBe([-2, 0]);

            // Weekend and Tết: nothing.
            foreach (var day in new[] { 14, 16, 17, 20, 22 })
            {
                await RunJobsAtAsync(Vn(2026, 2, day, 10, 0));
            }

            (await RemindersAsync(id)).Count.ShouldBe(2);

            // Mon 23 Feb: first working day after the deadline; nothing before working hours nor at night.
            await RunJobsAtAsync(Vn(2026, 2, 23, 6, 0));
            (await RemindersAsync(id)).Count.ShouldBe(2);
            await RunJobsAtAsync(Vn(2026, 2, 23, 8, 30));
            await RunJobsAtAsync(Vn(2026, 2, 23, 20, 0));
            r = await RemindersAsync(id);
            r.Count.ShouldBe(3);
            r[^1].ShouldSatisfyAllConditions(x => x.Step.ShouldBe(1), x => x.Kind.ShouldBe(ReminderKinds.Overdue), x => x.Counts.ShouldBeTrue());

            // Step 2: the lead unit's head gets it too; step 4: the monitoring office.
            await RunJobsAtAsync(Vn(2026, 2, 24, 9, 0));
            (await RemindersAsync(id)).Where(x => x.Step == 2).Select(x => x.RecipientUserId).ShouldBe([specialistId, leaderId], ignoreOrder: true);
            await RunJobsAtAsync(Vn(2026, 2, 25, 9, 0));
            (await RemindersAsync(id)).Where(x => x.Step == 3).Select(x => x.RecipientUserId).ShouldNotContain(monitorId);
            await RunJobsAtAsync(Vn(2026, 2, 26, 9, 0));
            await RunJobsAsync();
            var step4 = (await RemindersAsync(id)).Where(x => x.Step == 4).ToList();
            step4.Select(x => x.RecipientUserId).ShouldBe([specialistId, leaderId, monitorId], ignoreOrder: true);
            step4.Where(x => x.Counts).Select(x => x.RecipientUserId).ShouldBe([specialistId]);
            (await OutboxCountAsync($"chase:{id}:")).ShouldBe((await RemindersAsync(id)).Count);

            // Completed: no more reminders.
            using var cv = await App.ClientForAsync(specialist);
            (await cv.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Đã gửi báo cáo." }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var before = (await RemindersAsync(id)).Count;
            await RunJobsAtAsync(Vn(2026, 2, 27, 9, 0));
            await RunJobsAtAsync(Vn(2026, 3, 2, 9, 0));
            (await RemindersAsync(id)).Count.ShouldBe(before);
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task Sweep_ExtendedDueDate_Replanned()
    {
        var (unitId, _, specialistId, specialist, _) = await NewUnitAsync("Sở Nội vụ tỉnh An Giang");
        try
        {
            var id = await CreateTaskAsync("chutich", unitId, specialistId, "2026-02-09", "Tổng hợp ý kiến về đề án");
            await RunJobsAtAsync(Vn(2026, 2, 5, 9, 0));
            (await RemindersAsync(id)).Select(x => x.Step).ShouldBe([-2]);

            using var cv = await App.ClientForAsync(specialist);
            var ext = await (await cv.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions", new { reason = "Chờ số liệu của các sở.", newDueDate = "2026-03-06" }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.Created);
            using var chutich = await App.ClientForAsync("chutich");
            (await chutich.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions/{ext.GetProperty("id").GetGuid()}/decision", new { approve = true, note = "Đồng ý." }, Ct))
                .StatusCode.ShouldBe(HttpStatusCode.OK);

            // The old due date's day and the days after it pass without reminders.
            await RunJobsAtAsync(Vn(2026, 2, 9, 9, 0));
            await RunJobsAtAsync(Vn(2026, 2, 10, 9, 0));
            (await RemindersAsync(id)).Select(x => x.Step).ShouldBe([-2]);

            // The new due date: on the day (two days before was already sent: a step is never repeated), then overdue.
            await RunJobsAtAsync(Vn(2026, 3, 6, 9, 0));
            await RunJobsAtAsync(Vn(2026, 3, 9, 9, 0));
            var r = await RemindersAsync(id);
            r.Select(x => x.Step).ShouldBe([-2, 0, 1]);
            r[^1].DueDate.ShouldBe(new DateOnly(2026, 3, 6));
        }
        finally
        {
            await ResetClockAsync();
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteLadderTests(SqliteApp app) : LadderTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresLadderTests(PostgresApp app) : LadderTests<PostgresApp>(app), IClassFixture<PostgresApp>;
