using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Tasks;

/// <summary>Tasks through real HTTP on a migrated database, the same tests on SQLite and on PostgreSQL (docs/domain.md §6, §7, §9).</summary>
public abstract class TaskApiTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";
    private const string Cchc = "Phòng Cải cách hành chính";

    private async Task<JsonElement> CreateAsync(string userName, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var client = await App.ClientForAsync(userName);
        var response = await client.PostAsJsonAsync("/api/v1/tasks", body, Ct);
        return expected == HttpStatusCode.Created ? await response.ShouldBeJsonAsync(expected) : await response.ShouldBeProblemAsync(expected);
    }

    private async Task<Guid> NewTaskAsync(string userName, string leadUnit, object? dueDate = null, int? workingDays = null, string title = "Rà soát thủ tục hành chính nội bộ")
    {
        var lead = await App.UnitIdAsync(leadUnit);
        var created = await CreateAsync(userName, new { title, leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate, workingDays });
        return created.GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> GetAsync(string userName, Guid id)
    {
        using var client = await App.ClientForAsync(userName);
        return await (await client.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    private Task ResetClockAsync() => SetClockAsync(KyCuongFactory.DefaultNow);

    private static DateTimeOffset Vn(int y, int m, int d, int h = 9, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(7));

    private async Task<int> TaskCountInAuditAsync(Guid unitId)
    {
        using var admin = await App.ClientForAsync("admin");
        var summary = await (await admin.GetAsync($"/api/v1/units/{unitId}/task-summary?includeDescendants=true", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        return summary.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task Create_WorkingDaysAcrossTet_DueThu26Feb2026AndContractShape()
    {
        var snv = await App.UnitIdAsync(Snv);
        var sct = await App.UnitIdAsync(Sct);
        // docs/domain.md §7: counting starts the day after Tue 3 Feb 2026 and skips Tết (Mon 16 – Fri 20 Feb):
        // 4,5,6,9,10,11,12,13 Feb (8), 23 Feb (9), 24 Feb (10) → Tue 24 Feb; 12 working days → Thu 26 Feb.
        var twelve = await CreateAsync("chutich", new { title = "Báo cáo sau Tết", leadUnitId = snv, workingDays = 12 });
        twelve.GetProperty("dueDate").GetString().ShouldBe("2026-02-26");
        var created = await CreateAsync("chutich", new { title = "Triển khai Công điện 280/CĐ-TTg", description = "Chấn chỉnh, tăng cường trách nhiệm", leadUnitId = snv, coordinatingUnitIds = new[] { sct }, workingDays = 10, clauseRef = "1.a" });
        created.GetProperty("dueDate").GetString().ShouldBe("2026-02-24");
        created.GetProperty("status").GetString().ShouldBe("inProgressOnTime");
        var id = created.GetProperty("id").GetGuid();

        var task = await GetAsync("chutich", id);
        foreach (var field in new[] { "id", "title", "leadUnitId", "coordinatingUnitIds", "dueDate", "status", "completedOn", "history" })
        {
            task.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        task.GetProperty("leadUnitId").GetGuid().ShouldBe(snv);
        task.GetProperty("coordinatingUnitIds").EnumerateArray().Select(x => x.GetGuid()).ShouldBe([sct]);
        task.GetProperty("completedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        task.GetProperty("receivedOn").GetString().ShouldBe("2026-02-03");
        // Without a lead user, the lead unit's head (Giám đốc Sở Nội vụ) is answerable.
        task.GetProperty("leadUser").GetProperty("name").GetString().ShouldBe("Lê Minh Cường");
        var history = task.GetProperty("history").EnumerateArray().ToList();
        history.Count.ShouldBe(1);
        history[0].GetProperty("action").GetString().ShouldBe("assigned");
        history[0].GetProperty("actor").GetString().ShouldBe("chutich");
        history[0].GetProperty("at").GetString()!.ShouldEndWith("+07:00");
    }

    [Fact]
    public async Task Status_DueToday_OnTimeAt1659_OverdueNextDay()
    {
        try
        {
            var id = await NewTaskAsync("chutich", Snv, dueDate: "2026-02-05");
            await SetClockAsync(Vn(2026, 2, 5, 16, 59));
            (await GetAsync("chutich", id)).GetProperty("status").GetString().ShouldBe("inProgressOnTime");
            await SetClockAsync(Vn(2026, 2, 5, 23, 59));
            (await GetAsync("chutich", id)).GetProperty("status").GetString().ShouldBe("inProgressOnTime");
            await SetClockAsync(Vn(2026, 2, 6, 0, 1));
            (await GetAsync("chutich", id)).GetProperty("status").GetString().ShouldBe("inProgressOverdue");

            using var snv = await App.ClientForAsync("giamdoc.snv");
            var done = await (await snv.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Đã hoàn thành, báo cáo số 12/BC-SNV" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            done.GetProperty("status").GetString().ShouldBe("doneLate");
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task Create_StandingTask_NeverOverdue()
    {
        try
        {
            var id = await NewTaskAsync("chutich", Snv);
            await SetClockAsync(Vn(2027, 6, 1));
            var task = await GetAsync("chutich", id);
            task.GetProperty("dueDate").ValueKind.ShouldBe(JsonValueKind.Null);
            task.GetProperty("status").GetString().ShouldBe("inProgressOnTime");
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task Create_BadInput_400WithFieldErrorsAndNothingWritten()
    {
        var stp = await App.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
        var before = await TaskCountInAuditAsync(stp);
        using var client = await App.ClientForAsync("chutich");

        var noLead = await (await client.PostAsJsonAsync("/api/v1/tasks", new { title = "Không có chủ trì", coordinatingUnitIds = Array.Empty<Guid>() }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        noLead.GetProperty("errors").TryGetProperty("leadUnitId", out _).ShouldBeTrue();

        var both = await (await client.PostAsJsonAsync("/api/v1/tasks", new { title = "Hai hạn", leadUnitId = stp, dueDate = "2026-03-01", workingDays = 5 }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        both.GetProperty("errors").TryGetProperty("dueDate", out _).ShouldBeTrue();

        var negative = await (await client.PostAsJsonAsync("/api/v1/tasks", new { title = "Âm", leadUnitId = stp, workingDays = -3 }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        negative.GetProperty("errors").TryGetProperty("workingDays", out _).ShouldBeTrue();

        var noTitle = await (await client.PostAsJsonAsync("/api/v1/tasks", new { title = "", leadUnitId = stp }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        noTitle.GetProperty("errors").TryGetProperty("title", out _).ShouldBeTrue();

        await (await client.PostAsync("/api/v1/tasks", new StringContent("{\"title\": \"x\", \"leadUnitId\": ", Encoding.UTF8, "application/json"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsync("/api/v1/tasks", new StringContent("{\"title\": \"x\", \"leadUnitId\": \"not-a-guid\", \"dueDate\": \"31/02/2026\"}", Encoding.UTF8, "application/json"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/api/v1/tasks", new { title = "Đơn vị lạ", leadUnitId = Guid.NewGuid() }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/api/v1/tasks", new { title = "Hạn đã qua", leadUnitId = stp, dueDate = "2026-01-05" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await TaskCountInAuditAsync(stp)).ShouldBe(before);
    }

    [Fact]
    public async Task Create_LeadUnitMergedAway_GoesToSuccessorAndIsRecorded()
    {
        // docs/domain.md §4: Sở Nội vụ tỉnh Kiên Giang merged into Sở Nội vụ tỉnh An Giang on 1 Jul 2025; new work goes to the successor.
        var kg = await App.UnitIdAsync("Sở Nội vụ tỉnh Kiên Giang");
        var snv = await App.UnitIdAsync(Snv);
        var created = await CreateAsync("chutich", new { title = "Tổng hợp hồ sơ cán bộ", leadUnitId = kg, dueDate = "2026-03-10" });
        created.GetProperty("leadUnitId").GetGuid().ShouldBe(snv);
        var task = await GetAsync("chutich", created.GetProperty("id").GetGuid());
        task.GetProperty("leadUnitId").GetGuid().ShouldBe(snv);
        var data = task.GetProperty("history")[0].GetProperty("data");
        data.GetProperty("resolvedToSuccessor").GetBoolean().ShouldBeTrue();
        data.GetProperty("requestedLeadUnitId").GetGuid().ShouldBe(kg);
    }

    [Fact]
    public async Task Create_SpecialistOrOtherBranch_403()
    {
        var snv = await App.UnitIdAsync(Snv);
        await CreateAsync("chuyenvien", new { title = "Chuyên viên không giao việc", leadUnitId = snv }, HttpStatusCode.Forbidden);
        // A department does not assign work sideways to another branch (docs/domain.md §9).
        await CreateAsync("giamdoc.sct", new { title = "Giao ngang", leadUnitId = snv }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Complete_Twice_409AlreadyCompleted()
    {
        var id = await NewTaskAsync("chutich", Snv, workingDays: 3);
        using var snv = await App.ClientForAsync("giamdoc.snv");
        var done = await (await snv.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Đã ban hành Kế hoạch 15/KH-SNV" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        done.GetProperty("status").GetString().ShouldBe("doneOnTime");
        var again = await (await snv.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Lần hai" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        again.GetProperty("code").GetString().ShouldBe("task.alreadyCompleted");
        var task = await GetAsync("giamdoc.snv", id);
        task.GetProperty("completedOn").GetString().ShouldBe("2026-02-03");
        task.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldBe(["assigned", "completed"]);
    }

    [Fact]
    public async Task Complete_WithoutResult_400()
    {
        var id = await NewTaskAsync("chutich", Snv, workingDays: 3);
        using var snv = await App.ClientForAsync("giamdoc.snv");
        await (await snv.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = " " }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task BranchIsolation_EveryEndpoint_404ForOtherBranch_ProvinceSeesBoth()
    {
        var snvUnit = await App.UnitIdAsync(Snv);
        var sctUnit = await App.UnitIdAsync(Sct);
        var snvTask = await NewTaskAsync("chutich", Snv, workingDays: 5);
        var sctTask = await NewTaskAsync("chutich", Sct, workingDays: 5);
        using var sct = await App.ClientForAsync("giamdoc.sct");

        (await sct.GetAsync($"/api/v1/tasks/{snvTask}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await sct.PostAsJsonAsync($"/api/v1/tasks/{snvTask}/complete", new { result = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await sct.PostAsJsonAsync($"/api/v1/tasks/{snvTask}/return", new { reason = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await sct.GetAsync($"/api/v1/units/{snvUnit}/task-summary?includeDescendants=true", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await sct.GetAsync($"/api/v1/tasks/{Guid.NewGuid()}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        foreach (var path in LifecyclePaths(snvTask))
        {
            await (await sct.PostAsJsonAsync(path.Path, path.Body, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        (await sct.GetAsync($"/api/v1/tasks/{sctTask}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sct.GetAsync($"/api/v1/units/{sctUnit}/task-summary", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var chutich = await App.ClientForAsync("chutich");
        (await chutich.GetAsync($"/api/v1/tasks/{snvTask}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await chutich.GetAsync($"/api/v1/tasks/{sctTask}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await chutich.GetAsync($"/api/v1/units/{snvUnit}/task-summary", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await chutich.GetAsync($"/api/v1/units/{sctUnit}/task-summary", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A specialist of a division below Sở Nội vụ sees its department's task (the subtree rule goes down, not up).
        using var cv = await App.ClientForAsync("chuyenvien");
        (await cv.GetAsync($"/api/v1/tasks/{snvTask}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await cv.GetAsync($"/api/v1/tasks/{sctTask}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The list shows only visible tasks.
        var list = await (await sct.GetAsync("/api/v1/tasks?mine=false&pageSize=200", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var ids = list.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(sctTask);
        ids.ShouldNotContain(snvTask);
    }

    /// <summary>Every lifecycle action endpoint, to prove isolation on each.</summary>
    private static IEnumerable<(string Path, object Body)> LifecyclePaths(Guid id) =>
    [
        ($"/api/v1/tasks/{id}/progress", new { note = "Đang triển khai", percent = 10 }),
        ($"/api/v1/tasks/{id}/handoffs", new { toUserId = Guid.NewGuid() }),
        ($"/api/v1/tasks/{id}/extensions", new { reason = "Cần thêm thời gian", newDueDate = "2026-12-31" }),
        ($"/api/v1/tasks/{id}/extensions/{Guid.NewGuid()}/decision", new { approve = true }),
        ($"/api/v1/tasks/{id}/reroute", new { leadUnitId = Guid.NewGuid() }),
        ($"/api/v1/tasks/{id}/reopen", new { reason = "Chưa đạt" }),
    ];

    [Fact]
    public async Task Return_ThenReroute_KeepsReceiptDate_CountsAndFlagsBounce()
    {
        try
        {
            var snv = await App.UnitIdAsync(Snv);
            var sct = await App.UnitIdAsync(Sct);
            var id = await NewTaskAsync("chutich", Snv, workingDays: 10, title: "Quản lý chợ đầu mối");
            await SetClockAsync(Vn(2026, 2, 4));
            using var snvClient = await App.ClientForAsync("giamdoc.snv");
            using var sctClient = await App.ClientForAsync("giamdoc.sct");
            using var chutich = await App.ClientForAsync("chutich");

            // A (Sở Nội vụ) returns it: outside its competence, suggesting Sở Công Thương.
            await (await snvClient.PostAsJsonAsync($"/api/v1/tasks/{id}/return", new { reason = "" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            var returned = await (await snvClient.PostAsJsonAsync($"/api/v1/tasks/{id}/return",
                new { reason = "Không thuộc thẩm quyền: quản lý thương mại", suggestedUnitId = sct }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            returned.GetProperty("returnCount").GetInt32().ShouldBe(1);
            // A returned task cannot be completed until re-routed.
            (await (await snvClient.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("task.returned");
            // Only the assigner re-routes.
            await (await snvClient.PostAsJsonAsync($"/api/v1/tasks/{id}/reroute", new { leadUnitId = sct }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

            // → B (Sở Công Thương)
            var toB = await (await chutich.PostAsJsonAsync($"/api/v1/tasks/{id}/reroute", new { leadUnitId = sct, reason = "Giao Sở Công Thương chủ trì" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            toB.GetProperty("leadUnitId").GetGuid().ShouldBe(sct);
            toB.GetProperty("receivedOn").GetString().ShouldBe("2026-02-03");
            toB.GetProperty("bounced").GetBoolean().ShouldBeFalse();
            (await sctClient.GetAsync($"/api/v1/tasks/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

            // B returns it too, and the assigner sends it back to A: A→B→A is flagged.
            await (await sctClient.PostAsJsonAsync($"/api/v1/tasks/{id}/return", new { reason = "Nội dung về tổ chức bộ máy", suggestedUnitId = snv }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            var backToA = await (await chutich.PostAsJsonAsync($"/api/v1/tasks/{id}/reroute", new { leadUnitId = snv }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            backToA.GetProperty("bounced").GetBoolean().ShouldBeTrue();
            backToA.GetProperty("returnCount").GetInt32().ShouldBe(2);
            backToA.GetProperty("rerouteCount").GetInt32().ShouldBe(2);

            var task = await GetAsync("chutich", id);
            task.GetProperty("receivedOn").GetString().ShouldBe("2026-02-03");
            task.GetProperty("bounced").GetBoolean().ShouldBeTrue();
            task.GetProperty("routings").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ShouldBe(["assigned", "returned", "rerouted", "returned", "rerouted"]);
            task.GetProperty("routings")[1].GetProperty("suggestedUnitId").GetGuid().ShouldBe(sct);
            task.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString())
                .ShouldBe(["assigned", "returned", "rerouted", "returned", "rerouted"]);
            task.GetProperty("history")[1].GetProperty("reason").GetString()!.ShouldContain("thẩm quyền");
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task Extension_OnlyBeforeDeadline_ApprovedByAssigner_Counted()
    {
        try
        {
            var id = await NewTaskAsync("chutich", Snv, dueDate: "2026-02-10");
            using var snv = await App.ClientForAsync("giamdoc.snv");
            using var chutich = await App.ClientForAsync("chutich");
            await (await snv.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions", new { newDueDate = "2026-02-27" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

            // On the due date itself it is still "before the deadline" (the period ends at the end of the day).
            await SetClockAsync(Vn(2026, 2, 10, 16, 0));
            var requested = await (await snv.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions",
                new { reason = "Chờ ý kiến của Bộ Nội vụ", newDueDate = "2026-02-27" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
            var extensionId = requested.GetProperty("id").GetGuid();
            (await (await snv.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions", new { reason = "Lần nữa", newDueDate = "2026-03-27" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("task.extensionPending");

            // The lead unit cannot approve its own extension; the assigner can.
            await (await snv.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions/{extensionId}/decision", new { approve = true }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await SetClockAsync(Vn(2026, 2, 11, 9, 0));
            var decided = await (await chutich.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions/{extensionId}/decision", new { approve = true, note = "Đồng ý" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            decided.GetProperty("taskDueDate").GetString().ShouldBe("2026-02-27");
            decided.GetProperty("extensionCount").GetInt32().ShouldBe(1);
            var task = await GetAsync("giamdoc.snv", id);
            task.GetProperty("dueDate").GetString().ShouldBe("2026-02-27");
            task.GetProperty("originalDueDate").GetString().ShouldBe("2026-02-10");
            task.GetProperty("status").GetString().ShouldBe("inProgressOnTime");
            task.GetProperty("extensionCount").GetInt32().ShouldBe(1);
            task.GetProperty("extensions")[0].GetProperty("state").GetString().ShouldBe("approved");

            // After the (new) deadline has ended, no more extension requests.
            await SetClockAsync(Vn(2026, 2, 28, 8, 0));
            (await (await snv.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions", new { reason = "Muộn", newDueDate = "2026-03-31" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("task.extensionAfterDeadline");
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task HandOff_HeadToSpecialist_RecordsStepsAndSpecialistCompletes()
    {
        var cchc = await App.UnitIdAsync(Cchc);
        var created = await CreateAsync("giamdoc.snv", new { title = "Chuẩn bị báo cáo chỉ số cải cách hành chính", leadUnitId = cchc, workingDays = 5 });
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("assignerUnitId").GetGuid().ShouldBe(await App.UnitIdAsync(Snv));
        using var head = await App.ClientForAsync("truongphong.cchc");
        using var cv = await App.ClientForAsync("chuyenvien");
        var me = await (await cv.GetAsync("/api/v1/me", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var cvId = me.GetProperty("id").GetGuid();

        // A specialist who does not hold the task cannot hand it on.
        await (await cv.PostAsJsonAsync($"/api/v1/tasks/{id}/handoffs", new { toUserId = cvId }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // Nobody outside the lead unit can receive it.
        using var sct = await App.ClientForAsync("giamdoc.sct");
        var sctId = (await (await sct.GetAsync("/api/v1/me", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();
        await (await head.PostAsJsonAsync($"/api/v1/tasks/{id}/handoffs", new { toUserId = sctId }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        await (await head.PostAsJsonAsync($"/api/v1/tasks/{id}/handoffs", new { toUserId = cvId, stepDueDate = "2026-02-06", note = "Dự thảo báo cáo" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await cv.PostAsJsonAsync($"/api/v1/tasks/{id}/progress", new { note = "Đã thu thập số liệu", percent = 60 }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await cv.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Báo cáo số 20/BC-CCHC" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var task = await GetAsync("truongphong.cchc", id);
        task.GetProperty("currentHolder").GetProperty("name").GetString().ShouldBe("Võ Thanh Hải");
        var handoffs = task.GetProperty("handoffs").EnumerateArray().ToList();
        handoffs.Count.ShouldBe(2);
        handoffs[0].GetProperty("to").GetProperty("name").GetString().ShouldBe("Phạm Thu Dung");
        handoffs[0].GetProperty("endedAt").ValueKind.ShouldNotBe(JsonValueKind.Null);
        handoffs[1].GetProperty("stepDueDate").GetString().ShouldBe("2026-02-06");
        task.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldBe(["assigned", "handedOff", "progressReported", "completed"]);

        // The assigner (Sở Nội vụ) reopens it; the lead unit cannot.
        await (await head.PostAsJsonAsync($"/api/v1/tasks/{id}/reopen", new { reason = "Chưa đạt" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var snv = await App.ClientForAsync("giamdoc.snv");
        var reopened = await (await snv.PostAsJsonAsync($"/api/v1/tasks/{id}/reopen", new { reason = "Số liệu chưa đầy đủ" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        reopened.GetProperty("status").GetString().ShouldBe("inProgressOnTime");
        (await GetAsync("giamdoc.snv", id)).GetProperty("completedOn").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Summary_FourStatusesWithDescendantsAndBothRates()
    {
        try
        {
            using var admin = await App.ClientForAsync("admin");
            var stp = await App.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
            var parent = (await (await admin.PostAsJsonAsync("/api/v1/units", new { name = "Phòng Thử nghiệm " + Guid.NewGuid().ToString("N")[..6], shortName = "PTN", parentId = stp, kind = "division" }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            var child = (await (await admin.PostAsJsonAsync("/api/v1/units", new { name = "Tổ Thử nghiệm " + Guid.NewGuid().ToString("N")[..6], shortName = "TTN", parentId = parent, kind = "other" }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

            async Task<Guid> Make(Guid unit, string? due) => (await CreateAsync("chutich", new { title = "Nhiệm vụ thử " + due, leadUnitId = unit, dueDate = due }))
                .GetProperty("id").GetGuid();
            var onTime = await Make(parent, "2026-02-20");
            var overdue = await Make(child, "2026-02-05");
            var doneOnTime = await Make(child, "2026-02-05");
            var doneLate = await Make(parent, "2026-02-04");
            await Make(child, null);
            using var chutich = await App.ClientForAsync("chutich");
            await (await chutich.PostAsJsonAsync($"/api/v1/tasks/{doneOnTime}/complete", new { result = "Xong" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            await SetClockAsync(Vn(2026, 2, 6, 10, 0));
            await (await chutich.PostAsJsonAsync($"/api/v1/tasks/{doneLate}/complete", new { result = "Xong muộn" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

            var all = await (await chutich.GetAsync($"/api/v1/units/{parent}/task-summary?includeDescendants=true", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            all.GetProperty("inProgressOnTime").GetInt32().ShouldBe(2);
            all.GetProperty("inProgressOverdue").GetInt32().ShouldBe(1);
            all.GetProperty("doneOnTime").GetInt32().ShouldBe(1);
            all.GetProperty("doneLate").GetInt32().ShouldBe(1);
            all.GetProperty("total").GetInt32().ShouldBe(5);
            var ofAssigned = all.GetProperty("overdueOfAssigned");
            ofAssigned.GetProperty("overdue").GetInt32().ShouldBe(1);
            ofAssigned.GetProperty("denominator").GetInt32().ShouldBe(5);
            ofAssigned.GetProperty("percent").GetDecimal().ShouldBe(20m);
            all.GetProperty("overdueOfDue").GetProperty("denominator").GetInt32().ShouldBe(4);

            var own = await (await chutich.GetAsync($"/api/v1/units/{parent}/task-summary", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            own.GetProperty("total").GetInt32().ShouldBe(2);
            own.GetProperty("doneLate").GetInt32().ShouldBe(1);

            // Period: tasks due 1–5 Feb → 3 due, 1 overdue-unfinished.
            var period = await (await chutich.GetAsync($"/api/v1/units/{parent}/task-summary?includeDescendants=true&from=2026-02-01&to=2026-02-05", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            period.GetProperty("overdueOfDue").GetProperty("denominator").GetInt32().ShouldBe(3);
            period.GetProperty("overdueOfDue").GetProperty("overdue").GetInt32().ShouldBe(1);
            period.GetProperty("overdueOfAssigned").GetProperty("denominator").GetInt32().ShouldBe(5);
            _ = overdue;
            _ = onTime;

            using var sct = await App.ClientForAsync("giamdoc.sct");
            await (await sct.GetAsync($"/api/v1/units/{parent}/task-summary?includeDescendants=true", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task RecurringDuty_JobCreatesOneReportPerPeriod_Idempotent_CascadeShowsChildren()
    {
        try
        {
            var created = await CreateAsync("chutich", new { title = "Thực hiện Chỉ thị về kỷ luật, kỷ cương hành chính", leadUnitId = await App.UnitIdAsync(Snv), recurringReport = "định kỳ 6 tháng, hàng năm" });
            var standing = created.GetProperty("id").GetGuid();
            created.GetProperty("dueDate").ValueKind.ShouldBe(JsonValueKind.Null);
            using var admin = await App.ClientForAsync("admin");
            (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
            (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();

            using var snv = await App.ClientForAsync("giamdoc.snv");
            var children = await (await snv.GetAsync($"/api/v1/tasks?mine=false&parentTaskId={standing}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            var titles = children.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("title").GetString()!).ToList();
            titles.Count.ShouldBe(2); // 6 tháng đầu năm 2026 and năm 2026 (the yearly report covers the second half)
            titles.ShouldContain(t => t.StartsWith("Báo cáo 6 tháng đầu năm 2026", StringComparison.Ordinal));
            children.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("dueDate").GetString()).ShouldBe(["2026-06-30", "2026-12-31"]);

            // Next year the job adds the 2027 reports once.
            await SetClockAsync(Vn(2027, 1, 4));
            (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
            (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
            var later = await (await snv.GetAsync($"/api/v1/tasks?mine=false&parentTaskId={standing}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            later.GetProperty("total").GetInt32().ShouldBe(4);

            var cascade = await (await snv.GetAsync($"/api/v1/tasks/cascade?taskId={standing}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            var rows = cascade.GetProperty("clauses")[0].GetProperty("units").EnumerateArray().ToList();
            rows.Count.ShouldBe(4);
            rows.Count(r => r.GetProperty("overdue").GetBoolean()).ShouldBe(2); // the 2026 reports were never made
            using var sct = await App.ClientForAsync("giamdoc.sct");
            await (await sct.GetAsync($"/api/v1/tasks/cascade?taskId={standing}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task Cascade_ChildTasksOfClause_ReportedOverdueOrNothing()
    {
        try
        {
            var anGiangSnv = await App.UnitIdAsync(Snv);
            var parent = await CreateAsync("chutich", new { title = "Khoản 2: rà soát thủ tục", leadUnitId = anGiangSnv, clauseRef = "2", workingDays = 10 });
            var parentId = parent.GetProperty("id").GetGuid();
            var cchc = await App.UnitIdAsync(Cchc);
            var tcbc = await App.UnitIdAsync("Phòng Tổ chức, biên chế");
            var a = await CreateAsync("giamdoc.snv", new { title = "CCHC triển khai khoản 2", leadUnitId = cchc, parentTaskId = parentId, dueDate = "2026-02-05" });
            await CreateAsync("giamdoc.snv", new { title = "TCBC triển khai khoản 2", leadUnitId = tcbc, parentTaskId = parentId, dueDate = "2026-02-05" });
            using var cv = await App.ClientForAsync("chuyenvien");
            await (await cv.PostAsJsonAsync($"/api/v1/tasks/{a.GetProperty("id").GetGuid()}/complete", new { result = "Báo cáo 5/BC-CCHC" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            await SetClockAsync(Vn(2026, 2, 9));

            using var snv = await App.ClientForAsync("giamdoc.snv");
            var cascade = await (await snv.GetAsync($"/api/v1/tasks/cascade?taskId={parentId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            var clause = cascade.GetProperty("clauses")[0];
            clause.GetProperty("clauseRef").GetString().ShouldBe("2");
            var rows = clause.GetProperty("units").EnumerateArray().ToDictionary(r => r.GetProperty("unitId").GetGuid(), r => r.GetProperty("outcome").GetString());
            rows[cchc].ShouldBe("reported");
            rows[tcbc].ShouldBe("nothingOverdue");
            await (await snv.GetAsync("/api/v1/tasks/cascade", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        }
        finally
        {
            await ResetClockAsync();
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteTaskApiTests(SqliteApp app) : TaskApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresTaskApiTests(PostgresApp app) : TaskApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
