using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Documents.Seeding;
using KyCuong.Web.Modules.Evaluation.Seeding;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Demo;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>
/// The demo's lived-in past (Platform/Demo/DemoHistory.cs): produced by the real handlers over a simulated clock, so the
/// histories carry past dates and the demo accounts as actors, the sweep's reminders and the deadline job's deemed agreement
/// exist, and the state relative to the host's "now" (the test clock, 03/02/2026) shows overdue and near-due work. Played once.
/// </summary>
public abstract class DemoHistoryTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Today = DateOnly.FromDateTime(KyCuongFactory.DefaultNow.DateTime);

    [Fact]
    public async Task FirstStart_ShowsWeeksOfWorkDoneThroughTheHandlers()
    {
        await using var database = await TestDatabase.FromTemplateAsync(provider, "kchist");
        await using var factory = new KyCuongFactory(database);
        using var admin = await ClientAsync(factory, "admin");

        // A task handed down director → head of division → specialist, extended and completed: every step in the history,
        // by the demo accounts, on past working days, in order.
        var report = await TaskIdAsync(factory, "5512/BNV-CCHC");
        var details = await (await admin.GetAsync($"/api/v1/tasks/{report}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        details.GetProperty("status").GetString().ShouldBe("doneOnTime");
        var history = details.GetProperty("history").EnumerateArray().ToList();
        var at = history.Select(h => h.GetProperty("at").GetDateTimeOffset()).ToList();
        at.ShouldBe(at.Order().ToList());
        at.ShouldAllBe(t => DateOnly.FromDateTime(t.ToOffset(TimeSpan.FromHours(7)).DateTime) < Today);
        (Today.DayNumber - DateOnly.FromDateTime(at[0].ToOffset(TimeSpan.FromHours(7)).DateTime).DayNumber).ShouldBeGreaterThan(35);
        var actors = history.Select(h => h.GetProperty("actor").GetString()).ToList();
        actors.ShouldContain("chutich");
        actors.ShouldContain("giamdoc.snv");
        actors.ShouldContain("truongphong.cchc");
        actors.ShouldContain("chuyenvien");
        var actions = history.Select(h => h.GetProperty("action").GetString()).ToList();
        actions.ShouldContain("handedOff");
        actions.ShouldContain("extensionApproved");
        actions.ShouldContain("completed");
        // … and its result reviewed by the assigning side, through the review handler.
        var review = details.GetProperty("review");
        review.ValueKind.ShouldBe(JsonValueKind.Object, "the completed task's result was reviewed");
        review.GetProperty("quality").GetString().ShouldBe("met");
        DateOnly.FromDateTime(review.GetProperty("at").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(7)).DateTime).ShouldBeLessThan(Today);
        var handedTo = details.GetProperty("handoffs").EnumerateArray().Select(h => h.GetProperty("to").GetProperty("name").GetString()).ToList();
        handedTo.ShouldContain("Phạm Thu Dung");
        handedTo[^1].ShouldBe("Võ Thanh Hải");

        // The Tết market task was never reported on: the sweep chased its lead past the transfer-review threshold.
        var tet = await TaskIdAsync(factory, "812/BCT-TTTN");
        var tetTask = await (await admin.GetAsync($"/api/v1/tasks/{tet}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        tetTask.GetProperty("status").GetString().ShouldBe("inProgressOverdue");
        var director = await UserIdAsync(factory, "giamdoc.sct");
        var accountability = await (await admin.GetAsync($"/api/v1/users/{director}/accountability", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        accountability.GetProperty("remindersReceived").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
        accountability.GetProperty("transferReviewFlag").GetBoolean().ShouldBeTrue();
        var reminders = accountability.GetProperty("reminders").EnumerateArray().ToList();
        reminders.ShouldContain(r => r.GetProperty("kind").GetString() == "overdue" && r.GetProperty("counts").GetBoolean());
        reminders.ShouldContain(r => r.GetProperty("kind").GetString() == "manual" && r.GetProperty("byName").GetString() == "Bùi Quốc Khánh");
        reminders.ShouldAllBe(r => r.GetProperty("at").GetDateTimeOffset() < KyCuongFactory.DefaultNow);

        // Sở Công Thương stayed silent on the consultation: deemed to agree by the deadline job; Sở Tư pháp answered.
        var consultation = await ConsultationIdAsync(factory, "Lấy ý kiến dự thảo Báo cáo kết quả cải cách hành chính năm 2025 của tỉnh");
        var c = await (await admin.GetAsync($"/api/v1/consultations/{consultation}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var outcomes = c.GetProperty("participants").EnumerateArray().ToDictionary(p => p.GetProperty("unitName").GetString()!, p => p.GetProperty("outcome").GetString());
        outcomes["Sở Công Thương tỉnh An Giang"].ShouldBe("deemedAgreed");
        outcomes["Sở Tư pháp tỉnh An Giang"].ShouldBe("agreed");

        // The petition sent to the wrong department was returned citing the competence catalogue.
        var petition = await TaskIdAsync(factory, "18/HHDN");
        var returned = await (await admin.GetAsync($"/api/v1/tasks/{petition}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        returned.GetProperty("state").GetString().ShouldBe("returned");
        var ret = returned.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("action").GetString() == "returned");
        ret.GetProperty("actor").GetString().ShouldBe("giamdoc.snv");
        ret.GetProperty("reason").GetString()!.ShouldContain("Căn cứ danh mục thẩm quyền");
        ret.GetProperty("data").GetProperty("catalogueEntryId").ValueKind.ShouldBe(JsonValueKind.String);

        // Relative to now: the staffing review is overdue after its extension, the digital plan is due within days after a
        // refused extension, and the legal review's extension waits for a decision.
        var staffing = await (await admin.GetAsync($"/api/v1/tasks/{await TaskIdAsync(factory, "6120/BNV-TCBC")}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        staffing.GetProperty("status").GetString().ShouldBe("inProgressOverdue");
        staffing.GetProperty("extensionCount").GetInt32().ShouldBe(1);
        var plan = await (await admin.GetAsync($"/api/v1/tasks/{await TaskIdAsync(factory, "1375/BKHCN-CĐSQG")}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        plan.GetProperty("status").GetString().ShouldBe("inProgressOnTime");
        var planDue = DateOnly.Parse(plan.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        planDue.ShouldBeGreaterThanOrEqualTo(Today);
        planDue.ShouldBeLessThanOrEqualTo(Today.AddDays(5));
        plan.GetProperty("extensions").EnumerateArray().Single().GetProperty("state").GetString().ShouldBe("refused");
        plan.GetProperty("currentHolder").GetProperty("name").GetString().ShouldBe("Võ Thanh Hải");
        var legal = await (await admin.GetAsync($"/api/v1/tasks/{await TaskIdAsync(factory, "4087/BTP-KTrVB")}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        legal.GetProperty("extensions").EnumerateArray().Single().GetProperty("state").GetString().ShouldBe("pending");

        // A submission in review, and a letter presented that still waits for its direction.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Submissions.CountAsync(s => s.Title.StartsWith("Tờ trình về việc giao biên chế"), Ct)).ShouldBe(1);
        var waiting = await db.Documents.SingleAsync(d => d.NumberSymbol == "9034/VPCP-KSTT", Ct);
        waiting.PresentedAtUtc.ShouldNotBeNull();
        (await db.DocumentTasks.CountAsync(t => t.DocumentId == waiting.Id, Ct)).ShouldBe(0);

        // Evaluation: the division's grades of the quarter before (today is in 2026-Q1), saved as version 1 with the specialist
        // graded; last year's commendation decision; an innovation proposal on the reform report, still being voted on.
        var specialist = await UserIdAsync(factory, "chuyenvien");
        var graded = await db.EvaluationGradingDecisions.AsNoTracking().Include(d => d.Entries).SingleAsync(d => d.PeriodKey == "2025-Q4", Ct);
        graded.Version.ShouldBe(1);
        graded.Entries.Single(e => e.UserId == specialist).FinalGrade.ShouldNotBeNull();
        (await db.EvaluationGeneralScores.CountAsync(g => g.UserId == specialist && g.PeriodKey == "2025-Q4", Ct)).ShouldBe(1);
        var decision = await db.EvaluationCandidateDecisions.AsNoTracking().SingleAsync(d => d.DecisionNumber == EvaluationHistory.CommendationNumber, Ct);
        (decision.UserId, decision.Year, decision.Form).ShouldBe((specialist, 2025, "advancedWorker"));
        var proposal = await db.EvaluationInnovationProposals.AsNoTracking().Include(p => p.Tasks).SingleAsync(p => p.Title == EvaluationHistory.InnovationTitle, Ct);
        proposal.ProposerUserId.ShouldBe(specialist);
        proposal.Status.ShouldBe(KyCuong.Web.Modules.Evaluation.Innovation.Domain.ProposalStatus.Voting);
        proposal.VoteDeadline.ShouldBeGreaterThanOrEqualTo(Today);
        proposal.Tasks.Select(t => t.TaskId).ShouldContain(report);

        // edXML: the province's letter went out to Sở Nội vụ through the (loopback) hub, came in there as an incoming document, and
        // the status messages 01 and 03 came back to the province: one envelope, both ends, all on past days.
        var exchanged = await db.ExchangeMessages.AsNoTracking().Where(m => m.Subject == DocumentHistory.ExchangeSubject).ToListAsync(Ct);
        exchanged.Count.ShouldBe(2);
        var sent = exchanged.Single(m => m.Direction == KyCuong.Web.Modules.Exchange.Domain.ExchangeDirection.Sent);
        var came = exchanged.Single(m => m.Direction == KyCuong.Web.Modules.Exchange.Domain.ExchangeDirection.Received);
        (sent.FromCode, sent.ToCode, came.FromCode, came.ToCode).ShouldBe((DemoNames.ProvinceAgencyCode, DemoNames.HomeAffairsAgencyCode,
            DemoNames.ProvinceAgencyCode, DemoNames.HomeAffairsAgencyCode));
        sent.Status.ShouldBe(KyCuong.Web.Modules.Exchange.Domain.ExchangeStatus.Received);
        came.Status.ShouldBe(KyCuong.Web.Modules.Exchange.Domain.ExchangeStatus.Received);
        sent.NumberSymbol!.ShouldEndWith("/UBND-KSTT");
        var timeline = await db.ExchangeEvents.AsNoTracking().Where(e => e.MessageId == sent.Id).ToListAsync(Ct);
        timeline.Select(e => e.Status).Order().ShouldBe([KyCuong.Web.Modules.Exchange.Domain.ExchangeStatus.Sent,
            KyCuong.Web.Modules.Exchange.Domain.ExchangeStatus.Delivered, KyCuong.Web.Modules.Exchange.Domain.ExchangeStatus.Received]);
        var incoming = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == came.DocumentId, Ct);
        incoming.RegisteringUnitId.ShouldBe(await db.Units.Where(u => u.Name == DemoNames.HomeAffairs && u.ValidTo == null).Select(u => u.Id).SingleAsync(Ct));
        incoming.NumberSymbol!.ShouldEndWith("/UBND-KSTT");
        (await db.OutboxMessages.CountAsync(m => m.Topic == "exchange.send" && m.ProcessedAtUtc == null, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task FirstStart_ShowsTheYearsCheckingPlan_APlannedCheckConcluded_AndASurpriseCheckInProgress()
    {
        await using var database = await TestDatabase.FromTemplateAsync(provider, "kchist");
        await using var factory = new KyCuongFactory(database);
        using var chairman = await ClientAsync(factory, "chutich");

        // UBND tỉnh's approved plan for 2026: Sở Xây dựng and (by surprise) Sở Y tế in January, Sở Giáo dục và Đào tạo in February.
        var plans = await (await chairman.GetAsync("/api/v1/inspection-plans?pageSize=100", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var planId = plans.GetProperty("items").EnumerateArray()
            .Single(p => p.GetProperty("title").GetString() == "Kế hoạch kiểm tra công vụ năm 2026 của Ủy ban nhân dân tỉnh An Giang").GetProperty("id").GetGuid();
        var plan = await (await chairman.GetAsync($"/api/v1/inspection-plans/{planId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        plan.GetProperty("status").GetString().ShouldBe("approved");
        var lines = plan.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => (l.GetProperty("unitName").GetString(), l.GetProperty("month").GetInt32(), l.GetProperty("surprise").GetBoolean())).ShouldBe(
            [("Sở Xây dựng tỉnh An Giang", 1, false), ("Sở Y tế tỉnh An Giang", 1, true), ("Sở Giáo dục và Đào tạo tỉnh An Giang", 2, false)]);
        (lines[2].TryGetProperty("inspectionId", out var none) && none.ValueKind != JsonValueKind.Null).ShouldBeFalse();

        // The planned check: concluded after two findings, its two remedies tasks of the department, open and due after today.
        var planned = await (await chairman.GetAsync($"/api/v1/inspections/{lines[0].GetProperty("inspectionId").GetGuid()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        planned.GetProperty("status").GetString().ShouldBe("concluded");
        planned.GetProperty("surprise").GetBoolean().ShouldBeFalse();
        planned.GetProperty("findings").GetArrayLength().ShouldBe(2);
        planned.GetProperty("teamLeaderUserId").GetGuid().ShouldBe(await UserIdAsync(factory, "thanhtra"));
        var remedies = planned.GetProperty("conclusion").GetProperty("remedies").EnumerateArray().ToList();
        remedies.Count.ShouldBe(2);
        foreach (var r in remedies)
        {
            var task = await (await chairman.GetAsync($"/api/v1/tasks/{r.GetProperty("taskId").GetGuid()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            task.GetProperty("status").GetString().ShouldBe("inProgressOnTime");
            DateOnly.Parse(task.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(Today);
        }

        // The surprise check: the team arrived on a past day and is recording findings.
        var surprise = await (await chairman.GetAsync($"/api/v1/inspections/{lines[1].GetProperty("inspectionId").GetGuid()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        surprise.GetProperty("surprise").GetBoolean().ShouldBeTrue();
        surprise.GetProperty("status").GetString().ShouldBe("findingsRecorded");
        DateOnly.FromDateTime(surprise.GetProperty("startedAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(7)).DateTime).ShouldBeLessThan(Today);

        // The province's dashboard for the year: 2 of 3 lines carried out, none overdue; 2 checks, 1 by surprise; 2 remedies open on time.
        var province = plan.GetProperty("body").GetProperty("id").GetGuid();
        var dashboard = await (await chairman.GetAsync($"/api/v1/inspections/dashboard?bodyId={province}&year=2026", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        dashboard.GetProperty("plan").GetProperty("lines").GetInt32().ShouldBe(3);
        dashboard.GetProperty("plan").GetProperty("done").GetInt32().ShouldBe(2);
        dashboard.GetProperty("plan").GetProperty("overdue").GetInt32().ShouldBe(0);
        dashboard.GetProperty("checks").GetProperty("total").GetInt32().ShouldBe(2);
        dashboard.GetProperty("checks").GetProperty("surprise").GetInt32().ShouldBe(1);
        dashboard.GetProperty("remedies").GetProperty("openOnTime").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task LaterStarts_AddNothing()
    {
        // The template was started once (and played the history); this copy is started twice more.
        await using var database = await TestDatabase.FromTemplateAsync(provider, "kchist");
        Counts first, second;
        await using (var factory = new KyCuongFactory(database))
        {
            first = await CountAsync(factory);
        }

        await using (var factory = new KyCuongFactory(database))
        {
            second = await CountAsync(factory);
        }

        first.Played.ShouldBe(1);
        first.Tasks.ShouldBeGreaterThan(0);
        first.Reminders.ShouldBeGreaterThan(0);
        second.ShouldBe(first);
    }

    [Fact]
    public async Task FailingScenes_AreLoggedAndSkipped_TheHostStartsWithTheRestOfThePast()
    {
        await using var database = await TestDatabase.CreateAsync(provider, "kchistfail");
        var probe = new FailureProbe();
        await using var plain = new KyCuongFactory(database);
        await using var factory = plain.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton(probe);
            s.AddScoped<IDemoHistoryStep, FailingStep>();
        }));
        using var admin = await ClientAsync(factory, "admin");
        (await admin.GetAsync("/health/ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        probe.Days.ShouldBe(DemoHistory.WorkingDays);
        probe.Scenes.ShouldBe(DemoHistory.WorkingDays - 1);
        var report = await (await admin.GetAsync($"/api/v1/tasks/{await TaskIdAsync(factory, "5512/BNV-CCHC")}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        report.GetProperty("status").GetString().ShouldBe("doneOnTime");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.AuditEntries.CountAsync(a => a.EntityType == DemoHistory.AuditEntity, Ct)).ShouldBe(1);
        (await db.Tasks.CountAsync(t => t.Title == FailingStep.Title, Ct)).ShouldBe(0);
    }

    internal sealed class FailureProbe
    {
        public int Days { get; set; }

        public int Scenes { get; set; }
    }

    /// <summary>A module's step whose scene fails half-way (after adding a row) every day before a scene that saves, and which itself fails on the second day.</summary>
    private sealed class FailingStep(FailureProbe probe, AppDbContext db) : IDemoHistoryStep
    {
        public const string Title = "Cảnh lỗi của lịch sử mẫu";

        public int Order => 15;

        public async Task PlayAsync(DemoDay day, CancellationToken ct)
        {
            probe.Days++;
            if (day.Is(1))
            {
                throw new InvalidOperationException("The step fails outside a scene.");
            }

            var failed = !await day.ActAsync("chutich", "cảnh lỗi", async () =>
            {
                var task = await db.Tasks.AsNoTracking().FirstAsync(ct);
                db.Entry(task).State = EntityState.Added;
                db.Entry(task).Property(t => t.Id).CurrentValue = Guid.NewGuid();
                db.Entry(task).Property(t => t.Title).CurrentValue = Title;
                throw new InvalidOperationException("The scene fails after adding a row.");
            }, ct);

            // The next scene in the same unit of work saves: the failed scene's row must not go with it.
            if (failed && await day.ActAsync("chutich", "cảnh sau", () => db.SaveChangesAsync(ct), ct))
            {
                probe.Scenes++;
            }
        }
    }

    private sealed record Counts(int Played, int Documents, int Tasks, int Handoffs, int Extensions, int Reminders, int Consultations, int Submissions);

    private static async Task<Counts> CountAsync(WebApplicationFactory<Program> factory)
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return new Counts(
            await db.AuditEntries.CountAsync(a => a.EntityType == DemoHistory.AuditEntity, Ct),
            await db.Documents.CountAsync(Ct), await db.Tasks.CountAsync(Ct), await db.TaskHandoffs.CountAsync(Ct), await db.TaskExtensions.CountAsync(Ct),
            await db.ChaseReminders.CountAsync(Ct), await db.Consultations.CountAsync(Ct), await db.Submissions.CountAsync(Ct));
    }

    private static async Task<Guid> TaskIdAsync(WebApplicationFactory<Program> factory, string number)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var document = await db.Documents.Where(d => d.NumberSymbol == number).Select(d => d.Id).SingleAsync(Ct);
        return await db.DocumentTasks.Where(t => t.DocumentId == document).Select(t => t.TaskId).SingleAsync(Ct);
    }

    private static async Task<Guid> ConsultationIdAsync(WebApplicationFactory<Program> factory, string subject)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Consultations.Where(c => c.Subject == subject).Select(c => c.Id).SingleAsync(Ct);
    }

    private static async Task<Guid> UserIdAsync(WebApplicationFactory<Program> factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IPeopleDirectory>().FindUserIdAsync(userName, Ct)).ShouldNotBeNull();
    }

    private static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> factory, string userName)
    {
        using var anon = factory.CreateClient();
        var response = await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = AppFixture.DemoPassword }, Ct);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", doc.RootElement.GetProperty("accessToken").GetString());
        return client;
    }
}

[Collection("sqlite")]
public sealed class SqliteDemoHistoryTests() : DemoHistoryTests(DatabaseProvider.Sqlite);

[Collection("postgres")]
public sealed class PostgresDemoHistoryTests() : DemoHistoryTests(DatabaseProvider.Postgres);
