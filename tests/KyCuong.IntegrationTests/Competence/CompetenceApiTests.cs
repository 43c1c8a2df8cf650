using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Competence;

/// <summary>docs/domain.md §9: the competence catalogue is administered by organisation managers, read by every official, and cited by task returns.</summary>
public abstract class CompetenceApiTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewCode() => $"thu-nghiem.{Guid.NewGuid():N}"[..30];

    [Fact]
    public async Task Catalogue_Admin_RequiresRights_Validates_AndKeepsMattersInUse()
    {
        using var admin = await app.ClientForAsync("admin");
        using var director = await app.ClientForAsync("giamdoc.snv");
        using var specialist = await app.ClientForAsync("chuyenvien");
        var code = NewCode();

        await (await director.PostAsJsonAsync("/api/v1/competence/matters", new { code, name = "Việc thử", field = "Nội vụ" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var bad = await (await admin.PostAsJsonAsync("/api/v1/competence/matters", new { code = "Mã Có Dấu", name = "" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();
        bad.GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();

        var matter = await (await admin.PostAsJsonAsync("/api/v1/competence/matters", new { code, name = "Phê duyệt đề án vị trí việc làm", field = "Nội vụ" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        matter.GetProperty("code").GetString().ShouldBe(code);
        await (await admin.PostAsJsonAsync("/api/v1/competence/matters", new { code, name = "Trùng" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var snv = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var noBasis = await (await admin.PostAsJsonAsync("/api/v1/competence/entries", new { matterCode = code, unitId = snv, role = "decides", legalBasis = " " }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        noBasis.GetProperty("errors").TryGetProperty("legalBasis", out _).ShouldBeTrue();
        var both = await (await admin.PostAsJsonAsync("/api/v1/competence/entries", new { matterCode = code, unitId = snv, unitKind = "commune", role = "maybe", legalBasis = "x" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        both.GetProperty("errors").TryGetProperty("role", out _).ShouldBeTrue();
        both.GetProperty("errors").TryGetProperty("unitId", out _).ShouldBeTrue();
        await (await director.PostAsJsonAsync("/api/v1/competence/entries", new { matterCode = code, unitId = snv, role = "decides", legalBasis = "Nghị định 45/2025/NĐ-CP" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var entry = await (await admin.PostAsJsonAsync("/api/v1/competence/entries", new { matterCode = code, unitId = snv, role = "decides", legalBasis = "Nghị định 45/2025/NĐ-CP" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var kindEntry = await (await admin.PostAsJsonAsync("/api/v1/competence/entries", new { matterCode = code, unitKind = "commune", role = "concerned", legalBasis = "Luật Tổ chức chính quyền địa phương năm 2025" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        entry.GetProperty("unitName").GetString().ShouldBe("Sở Nội vụ tỉnh An Giang");

        // Public law: every official reads it.
        var read = await (await specialist.GetAsync($"/api/v1/competence/entries?matterCode={code}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        read.GetProperty("total").GetInt32().ShouldBe(2);
        read.GetProperty("items").GetArrayLength().ShouldBe(2);
        var matters = await specialist.AllItemsAsync("/api/v1/competence/matters", Ct);
        matters.Single(m => m.GetProperty("code").GetString() == code).GetProperty("entryCount").GetInt32().ShouldBe(2);

        var renamed = await (await admin.PutAsJsonAsync($"/api/v1/competence/matters/{code}", new { name = "Phê duyệt vị trí việc làm", field = "Nội vụ" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        renamed.GetProperty("name").GetString().ShouldBe("Phê duyệt vị trí việc làm");
        await (await admin.PutAsJsonAsync("/api/v1/competence/matters/khong-co", new { name = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var inUse = await (await admin.DeleteAsync($"/api/v1/competence/matters/{code}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        inUse.GetProperty("code").GetString().ShouldBe("competence.matterInUse");
        await (await director.DeleteAsync($"/api/v1/competence/entries/{entry.GetProperty("id").GetGuid()}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await admin.DeleteAsync($"/api/v1/competence/entries/{entry.GetProperty("id").GetGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.DeleteAsync($"/api/v1/competence/entries/{kindEntry.GetProperty("id").GetGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.DeleteAsync($"/api/v1/competence/matters/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task DemoCatalogue_IsSeeded_WithMandates()
    {
        using var specialist = await app.ClientForAsync("chuyenvien");
        var stp = await app.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
        var entries = await specialist.AllItemsAsync($"/api/v1/competence/entries?unitId={stp}", Ct);
        var review = entries.Single(e => e.GetProperty("matterCode").GetString() == "tu-phap.tham-dinh-vbqppl");
        review.GetProperty("role").GetString().ShouldBe("decides");
        review.GetProperty("legalBasis").GetString()!.ShouldContain("45/2025/NĐ-CP");
        var commune = await app.UnitIdAsync("Ủy ban nhân dân phường Long Xuyên");
        var communeEntries = await specialist.AllItemsAsync($"/api/v1/competence/entries?unitId={commune}", Ct);
        communeEntries.Select(e => e.GetProperty("matterCode").GetString()).ShouldContain("tu-phap.chung-thuc");
    }

    [Fact]
    public async Task TaskReturn_ContractBodyStillWorks_AndACatalogueCitationIsValidatedAndShown()
    {
        using var chairman = await app.ClientForAsync("chutich");
        using var director = await app.ClientForAsync("giamdoc.snv");
        using var specialist = await app.ClientForAsync("chuyenvien");
        var snv = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var stp = await app.UnitIdAsync("Sở Tư pháp tỉnh An Giang");

        async Task<Guid> NewTaskAsync(string title) => (await (await chairman.PostAsJsonAsync("/api/v1/tasks",
            new { title, leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 5 }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // docs/api.md body unchanged.
        var plain = await NewTaskAsync("Thẩm định dự thảo quyết định (hợp đồng cũ)");
        var ok = await (await director.PostAsJsonAsync($"/api/v1/tasks/{plain}/return", new { reason = "Thuộc thẩm quyền Sở Tư pháp.", suggestedUnitId = stp }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        ok.GetProperty("returnCount").GetInt32().ShouldBe(1);

        var cited = await NewTaskAsync("Thẩm định dự thảo quyết định (có căn cứ)");
        var bogus = await (await director.PostAsJsonAsync($"/api/v1/tasks/{cited}/return", new { reason = "Thuộc thẩm quyền Sở Tư pháp.", suggestedUnitId = stp, catalogueEntryId = Guid.NewGuid() }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bogus.GetProperty("errors").TryGetProperty("catalogueEntryId", out _).ShouldBeTrue();
        var entries = await specialist.AllItemsAsync($"/api/v1/competence/entries?unitId={stp}", Ct);
        var entryId = entries.Single(e => e.GetProperty("matterCode").GetString() == "tu-phap.tham-dinh-vbqppl").GetProperty("id").GetGuid();
        await (await director.PostAsJsonAsync($"/api/v1/tasks/{cited}/return", new { reason = "Thuộc thẩm quyền Sở Tư pháp.", suggestedUnitId = stp, catalogueEntryId = entryId }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        var task = await (await chairman.GetAsync($"/api/v1/tasks/{cited}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var returned = task.GetProperty("history").EnumerateArray().Last(h => h.GetProperty("action").GetString() == "returned");
        returned.GetProperty("reason").GetString()!.ShouldContain("Căn cứ danh mục thẩm quyền: Thẩm định dự thảo văn bản quy phạm pháp luật");
        returned.GetProperty("reason").GetString()!.ShouldContain("Sở Tư pháp tỉnh An Giang quyết định");
    }
}

[Collection("sqlite")]
public sealed class SqliteCompetenceApiTests(SqliteApp app) : CompetenceApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresCompetenceApiTests(PostgresApp app) : CompetenceApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
