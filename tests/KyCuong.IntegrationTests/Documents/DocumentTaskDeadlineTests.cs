using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Documents;

/// <summary>
/// A task's due date belongs to the Tasks module: after an approved extension the document's page shows the new date, not
/// the copy the direction wrote (docs/domain.md §6 extensions, §7).
/// </summary>
public abstract class DocumentTaskDeadlineTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Document_ShowsTheTasksDueDateAfterAnExtension()
    {
        using var clerk = await app.ClientForAsync("vanthu");
        var unique = string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))));
        var registered = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Bộ Nội vụ", numberSymbol = $"{Random.Shared.Next(100, 9999)}/BNV-{unique}", date = "2026-01-30", type = "Công văn",
            subject = "Về việc thử hạn nhiệm vụ sau gia hạn", urgency = (string?)null, text = (string?)null,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = registered.GetProperty("id").GetString();
        var snv = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        using var chairman = await app.ClientForAsync("chutich");
        var directed = await (await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new { leadUnitId = snv, dueDate = "2026-02-20" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var taskId = directed.GetProperty("tasks")[0].GetProperty("id").GetGuid();

        using var director = await app.ClientForAsync("giamdoc.snv");
        var extension = await (await director.PostAsJsonAsync($"/api/v1/tasks/{taskId}/extensions", new { reason = "Chờ ý kiến của Bộ Nội vụ", newDueDate = "2026-03-06" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        (await (await chairman.PostAsJsonAsync($"/api/v1/tasks/{taskId}/extensions/{extension.GetProperty("id").GetGuid()}/decision", new { approve = true, note = "Đồng ý" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("taskDueDate").GetString().ShouldBe("2026-03-06");

        var details = await (await chairman.GetAsync($"/api/v1/documents/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var task = details.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("taskId").GetGuid() == taskId);
        task.GetProperty("dueDate").GetString().ShouldBe("2026-03-06");
        details.GetProperty("direction").GetProperty("dueDate").GetString().ShouldBe("2026-02-20"); // what the direction said stays
    }
}

[Collection("sqlite")]
public sealed class SqliteDocumentTaskDeadlineTests(SqliteApp app) : DocumentTaskDeadlineTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresDocumentTaskDeadlineTests(PostgresApp app) : DocumentTaskDeadlineTests<PostgresApp>(app), IClassFixture<PostgresApp>;
