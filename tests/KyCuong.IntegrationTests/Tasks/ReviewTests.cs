using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Tasks.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Tasks;

/// <summary>
/// Results reviewed (docs/domain.md §6): the assigning side judges each completion once, may send it back (the completion voided,
/// the same deadline, a send-back counted against the holder), the review is in the task and the audit trail, both sides are told,
/// and a review left waiting is chased after the configured working days.
/// </summary>
public abstract class ReviewTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private async Task<Guid> CompletedTaskAsync(string title, string dueDate = "2026-02-27")
    {
        var id = await CreateTaskAsync("chutich", await App.UnitIdAsync(Snv), null, dueDate, title);
        using var giamdoc = await App.ClientForAsync("giamdoc.snv");
        await (await giamdoc.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Đã ban hành Kế hoạch số 15/KH-SNV." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        return id;
    }

    private async Task<HttpResponseMessage> ReviewAsync(string user, Guid id, object body)
    {
        using var client = await App.ClientForAsync(user);
        return await client.PostAsJsonAsync($"/api/v1/tasks/{id}/review", body, Ct);
    }

    private async Task<JsonElement> TaskAsync(string user, Guid id)
    {
        using var client = await App.ClientForAsync(user);
        return await (await client.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private async Task<List<Guid>> WorkIdsAsync(string user, string list)
    {
        using var client = await App.ClientForAsync(user);
        var work = await (await client.GetAsync("/api/v1/me/work?max=100", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        return work.GetProperty(list).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }

    private async Task<PersonReviewCounts> CountsAsync(Guid userId)
    {
        using var scope = App.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ITaskReviews>().CountsForAsync(userId, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Ct);
    }

    [Fact]
    public async Task Review_ByTheAssigner_Once_InTheTaskAndTheAudit_OthersRefused()
    {
        var id = await CompletedTaskAsync("Kế hoạch kiểm tra công vụ năm 2026");
        (await TaskAsync("chutich", id)).GetProperty("review").ValueKind.ShouldBe(JsonValueKind.Null);
        (await TaskAsync("chutich", id)).GetProperty("actions").GetProperty("review").GetBoolean().ShouldBeTrue();
        (await OutboxCountAsync($"task-completed:{id}:")).ShouldBe(1);
        (await WorkIdsAsync("chutich", "toReview")).ShouldContain(id);
        (await WorkIdsAsync("giamdoc.snv", "toReview")).ShouldNotContain(id);

        // The lead unit's own director is not the assigning side; another branch does not even see the task.
        await (await ReviewAsync("giamdoc.snv", id, new { quality = "met" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await ReviewAsync("giamdoc.sct", id, new { quality = "met" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var bad = await (await ReviewAsync("chutich", id, new { quality = "good" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").TryGetProperty("quality", out _).ShouldBeTrue();
        await (await ReviewAsync("chutich", id, new { quality = "met", reopen = true, note = "x" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await ReviewAsync("chutich", id, new { quality = "notMet", reopen = true })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await TaskAsync("chutich", id)).GetProperty("review").ValueKind.ShouldBe(JsonValueKind.Null);

        var reviewed = await (await ReviewAsync("chutich", id, new { quality = "met", majorError = false, note = "Kế hoạch đầy đủ, đúng hạn.", reopen = false }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        reviewed.GetProperty("state").GetString().ShouldBe("completed");
        var task = await TaskAsync("giamdoc.snv", id);
        var review = task.GetProperty("review");
        review.GetProperty("quality").GetString().ShouldBe("met");
        review.GetProperty("majorError").GetBoolean().ShouldBeFalse();
        review.GetProperty("note").GetString().ShouldBe("Kế hoạch đầy đủ, đúng hạn.");
        review.GetProperty("at").GetString()!.ShouldEndWith("+07:00");
        review.GetProperty("by").GetProperty("name").GetString().ShouldBe("Nguyễn Văn An");
        var audit = task.GetProperty("history").EnumerateArray().Last();
        audit.GetProperty("action").GetString().ShouldBe("reviewed");
        audit.GetProperty("actor").GetString().ShouldBe("chutich");
        audit.GetProperty("data").GetProperty("quality").GetString().ShouldBe("met");
        (await OutboxCountAsync("task-reviewed:")).ShouldBeGreaterThan(0);
        (await WorkIdsAsync("chutich", "toReview")).ShouldNotContain(id);

        var again = await (await ReviewAsync("chutich", id, new { quality = "notMet" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        again.GetProperty("code").GetString().ShouldBe("task.alreadyReviewed");
        var open = await CreateTaskAsync("chutich", await App.UnitIdAsync(Snv), null, "2026-02-27", "Nhiệm vụ chưa hoàn thành");
        var notDone = await (await ReviewAsync("chutich", open, new { quality = "met" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        notDone.GetProperty("code").GetString().ShouldBe("task.notCompleted");
    }

    [Fact]
    public async Task Review_Reopen_VoidsTheCompletion_KeepsTheDeadline_CountsASendBackAgainstTheHolder()
    {
        var holder = await UserIdAsync("giamdoc.snv");
        var before = await CountsAsync(holder);
        var id = await CompletedTaskAsync("Báo cáo tinh giản biên chế", "2026-02-26");
        var response = await (await ReviewAsync("chutich", id, new { quality = "notMet", majorError = true, note = "Thiếu số liệu các xã, đề nghị bổ sung.", reopen = true }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        response.GetProperty("state").GetString().ShouldBe("open");
        response.GetProperty("dueDate").GetString().ShouldBe("2026-02-26");

        var task = await TaskAsync("giamdoc.snv", id);
        task.GetProperty("state").GetString().ShouldBe("open");
        task.GetProperty("completedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        task.GetProperty("dueDate").GetString().ShouldBe("2026-02-26");
        task.GetProperty("status").GetString().ShouldBe("inProgressOnTime");
        task.GetProperty("review").GetProperty("quality").GetString().ShouldBe("notMet");
        task.GetProperty("review").GetProperty("majorError").GetBoolean().ShouldBeTrue();
        task.GetProperty("review").GetProperty("reopened").GetBoolean().ShouldBeTrue();
        task.GetProperty("actions").GetProperty("complete").GetBoolean().ShouldBeTrue();
        var last = task.GetProperty("history").EnumerateArray().Last();
        last.GetProperty("action").GetString().ShouldBe("reviewedReopened");
        last.GetProperty("actor").GetString().ShouldBe("chutich");
        last.GetProperty("reason").GetString().ShouldBe("Thiếu số liệu các xã, đề nghị bổ sung.");
        (await WorkIdsAsync("giamdoc.snv", "tasksHeld")).ShouldContain(id);

        var after = await CountsAsync(holder);
        after.SendBacks.ShouldBe(before.SendBacks + 1);
        after.NotMet.ShouldBe(before.NotMet + 1);
        after.MajorErrors.ShouldBe(before.MajorErrors + 1);

        // Completed again, it waits for a new review: the earlier one judged a voided completion.
        using var giamdoc = await App.ClientForAsync("giamdoc.snv");
        await (await giamdoc.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Đã bổ sung số liệu các xã." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        (await TaskAsync("chutich", id)).GetProperty("review").ValueKind.ShouldBe(JsonValueKind.Null);
        (await WorkIdsAsync("chutich", "toReview")).ShouldContain(id);
        await (await ReviewAsync("chutich", id, new { quality = "met" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        (await CountsAsync(holder)).Met.ShouldBe(before.Met + 1);
    }

    [Fact]
    public async Task Complete_OutputDocument_MustBeAnOutgoingDocumentTheCallerSees()
    {
        var id = await CreateTaskAsync("chutich", await App.UnitIdAsync(Snv), null, "2026-02-27", "Ban hành văn bản hướng dẫn");
        using var clerk = await App.ClientForAsync("vanthu");
        var incoming = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Bộ Nội vụ", numberSymbol = $"{Random.Shared.Next(100, 9999)}/BNV-TCBC", date = "2026-01-30", type = "Công văn", subject = "Hướng dẫn",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        using var admin = await App.ClientForAsync("admin");
        var refused = await (await admin.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Xong", outputDocumentId = incoming.GetProperty("id").GetGuid() }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("outputDocumentId", out _).ShouldBeTrue();
        (await TaskAsync("chutich", id)).GetProperty("completedOn").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Complete_WithOutputDocumentAndFiles_TheAssignerSeesAndDownloads_AnotherUnitCannot()
    {
        var id = await CreateTaskAsync("chutich", await App.UnitIdAsync(Snv), null, "2026-02-27", "Báo cáo rà soát biên chế");
        using var clerk = await App.ClientForAsync("vanthu");
        var subject = $"Báo cáo rà soát biên chế {Guid.NewGuid():N}"[..36];
        var outgoing = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "outgoing", numberSymbol = "UBND-VP", date = "2026-02-02", type = "Báo cáo", subject,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var documentId = outgoing.GetProperty("id").GetGuid();
        var table = "Đơn vị;Biên chế\nSở Nội vụ;120\n"u8.ToArray();
        using var admin = await App.ClientForAsync("admin");
        await (await admin.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new
        {
            result = "Đã rà soát biên chế các sở.",
            outputDocumentId = documentId,
            attachments = new[] { new { name = "C:\\tmp\\bang-bien-che.csv", contentType = "text/csv", contentBase64 = Convert.ToBase64String(table) } },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

        // The assigner sees the document and the file (its path stripped), and downloads the same bytes.
        var task = await TaskAsync("chutich", id);
        task.GetProperty("resultDocumentId").GetGuid().ShouldBe(documentId);
        var file = task.GetProperty("attachments").EnumerateArray().ShouldHaveSingleItem();
        file.GetProperty("fileName").GetString().ShouldBe("bang-bien-che.csv");
        file.GetProperty("size").GetInt64().ShouldBe(table.Length);
        var fileId = file.GetProperty("id").GetGuid();
        using var chutich = await App.ClientForAsync("chutich");
        (await chutich.GetByteArrayAsync($"/api/v1/tasks/{id}/attachments/{fileId}", Ct)).ShouldBe(table);
        var completed = task.GetProperty("history").EnumerateArray().Last(h => h.GetProperty("action").GetString() == "completed");
        completed.GetProperty("data").GetRawText().ShouldContain("bang-bien-che.csv");

        // Another department sees neither the task nor its file.
        using var stp = await App.ClientForAsync("giamdoc.stp");
        (await stp.GetAsync($"/api/v1/tasks/{id}/attachments/{fileId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await chutich.GetAsync($"/api/v1/tasks/{id}/attachments/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Complete_BadFiles_400OnTheirFields_NothingStored()
    {
        var id = await CreateTaskAsync("chutich", await App.UnitIdAsync(Snv), null, "2026-02-27", "Báo cáo tệp lỗi");
        using var admin = await App.ClientForAsync("admin");
        var good = new { name = "bao-cao.txt", contentType = "text/plain", contentBase64 = Convert.ToBase64String("Báo cáo"u8.ToArray()) };
        var cases = new object[]
        {
            new[] { good, new { name = "hong.txt", contentType = "text/plain", contentBase64 = "không phải base64" } },
            new[] { good, new { name = "", contentType = "text/plain", contentBase64 = good.contentBase64 } },
            new[] { new { name = "rong.txt", contentType = "text/plain", contentBase64 = "" } },
            Enumerable.Repeat(good, 11).ToArray(),
        };
        foreach (var attachments in cases)
        {
            var problem = await (await admin.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Xong", attachments }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").EnumerateObject().ShouldContain(e => e.Name.StartsWith("attachments", StringComparison.Ordinal));
        }

        var task = await TaskAsync("chutich", id);
        task.GetProperty("completedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        task.GetProperty("attachments").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task WaitingReview_IsChasedAfterTheConfiguredWorkingDays_Once()
    {
        try
        {
            // Completed Tue 3 Feb 2026; three working days later is Fri 6 Feb: the reviewer is reminded from Mon 9 Feb.
            var id = await CompletedTaskAsync("Báo cáo kết quả thực hiện Công điện 280/CĐ-TTg");
            await RunJobsAtAsync(Vn(2026, 2, 6, 10));
            (await RemindersAsync(id)).Where(r => r.Kind == "review").ShouldBeEmpty();

            await RunJobsAtAsync(Vn(2026, 2, 9, 10));
            var chutich = await UserIdAsync("chutich");
            var review = (await RemindersAsync(id)).Where(r => r.Kind == "review").ToList();
            review.Count.ShouldBe(1);
            review[0].RecipientUserId.ShouldBe(chutich);
            review[0].Counts.ShouldBeFalse();
            (await OutboxCountAsync($"chase-review:{id}:")).ShouldBe(1);
            var reminders = await WorkIdsAsync("chutich", "reminders");
            reminders.ShouldContain(id);

            await RunJobsAtAsync(Vn(2026, 2, 10, 10));
            (await RemindersAsync(id)).Count(r => r.Kind == "review").ShouldBe(1);

            // Reviewed, nothing waits any more.
            var reviewedId = await CompletedTaskAsync("Báo cáo đã được đánh giá kịp thời");
            await (await ReviewAsync("chutich", reviewedId, new { quality = "met" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await RunJobsAtAsync(Vn(2026, 2, 24, 10));
            (await RemindersAsync(reviewedId)).Where(r => r.Kind == "review").ShouldBeEmpty();
        }
        finally
        {
            await ResetClockAsync();
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteReviewTests(SqliteApp app) : ReviewTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresReviewTests(PostgresApp app) : ReviewTests<PostgresApp>(app), IClassFixture<PostgresApp>;
