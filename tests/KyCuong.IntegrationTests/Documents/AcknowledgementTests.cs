using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Documents;

/// <summary>
/// Acknowledgement of a directive ("quán triệt đến từng cán bộ, công chức", docs/domain.md "Acknowledgement of directives") on both
/// databases: a direction requires it of the lead and coordinating units; each official of those units and below sees it in their work
/// list and confirms once; coverage with names only for the unit's leaders, superiors and the monitoring office; reminders to those
/// missing; the coverage figure in a report section.
/// </summary>
public abstract class AcknowledgementTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";

    /// <summary>The provincial clerk registers a directive; the Chairman directs it to Sở Nội vụ with Sở Công Thương coordinating.</summary>
    private async Task<(Guid Id, string Symbol)> DirectedAsync(bool requireAcknowledgement)
    {
        using var clerk = await app.ClientForAsync("vanthu");
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var symbol = $"{Random.Shared.Next(10000, 99999)}/CĐ-TTg";
        var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Thủ tướng Chính phủ", numberSymbol = symbol, date = "2026-01-30", type = "Công điện",
            subject = "Về việc chấn chỉnh kỷ luật, kỷ cương hành chính " + tag, urgency = (string?)null,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = doc.GetProperty("id").GetGuid();
        using var chairman = await app.ClientForAsync("chutich");
        (await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new
        {
            leadUnitId = await app.UnitIdAsync(Snv), coordinatingUnitIds = new[] { await app.UnitIdAsync(Sct) }, workingDays = 10,
            requireAcknowledgement,
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        return (id, symbol);
    }

    private static List<Guid> WorkIds(JsonElement work) =>
        [.. work.GetProperty("toAcknowledge").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    [Fact]
    public async Task Campaign_EachOfficialBelowTheRecipientsConfirmsOnce_CoverageCountsThem()
    {
        var (id, _) = await DirectedAsync(true);
        var snv = await app.UnitIdAsync(Snv);

        // A specialist of a division of Sở Nội vụ sees the directive in the work list (counted) and may open it.
        using var specialist = await app.ClientForAsync("chuyenvien");
        var work = await specialist.GetFromJsonAsync<JsonElement>("/api/v1/me/work", Ct);
        WorkIds(work).ShouldContain(id);
        work.GetProperty("toAcknowledge").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id)
            .GetProperty("link").GetString().ShouldBe($"/Documents/Details/{id}");
        (await specialist.GetAsync($"/api/v1/documents/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var ack = await (await specialist.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { commitment = "Nghiêm túc thực hiện." }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        ack.GetProperty("commitment").GetString().ShouldBe("Nghiêm túc thực hiện.");
        ack.GetProperty("acknowledgedAt").GetString()!.ShouldEndWith("+07:00");
        var again = await (await specialist.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        again.GetProperty("code").GetString().ShouldBe("acknowledgement.alreadyGiven");
        WorkIds(await specialist.GetFromJsonAsync<JsonElement>("/api/v1/me/work", Ct)).ShouldNotContain(id);

        // A commitment too long is refused and nothing is recorded: the person can still confirm.
        using var tcbc = await app.ClientForAsync("chuyenvien.tcbc");
        (await (await tcbc.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { commitment = new string('x', 501) }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("commitment", out _).ShouldBeTrue();
        (await tcbc.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The Chairman sits above the recipients: nothing is asked of him; another department's director is not a recipient of Sở Nội vụ's row.
        using var chairman = await app.ClientForAsync("chutich");
        (await (await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("acknowledgement.notRequired");

        // Coverage of Sở Nội vụ: the director reads names; both confirmations counted; the director himself is missing.
        using var director = await app.ClientForAsync("giamdoc.snv");
        var coverage = await (await director.GetAsync($"/api/v1/documents/{id}/acknowledgements?unitId={snv}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        coverage.GetProperty("acknowledged").GetInt32().ShouldBe(2);
        var required = coverage.GetProperty("required").GetInt32();
        required.ShouldBeGreaterThanOrEqualTo(5); // the director, the head of division, two specialists, the inspector
        var missing = coverage.GetProperty("missing").EnumerateArray().ToList();
        missing.Count.ShouldBe(required - 2);
        missing.Select(m => m.GetProperty("fullName").GetString()).ShouldContain("Lê Minh Cường");
        missing.Select(m => m.GetProperty("fullName").GetString()).ShouldNotContain("Võ Thanh Hải");
        coverage.GetProperty("acknowledgedBy").EnumerateArray().Single(p => p.GetProperty("fullName").GetString() == "Võ Thanh Hải")
            .GetProperty("commitment").GetString().ShouldBe("Nghiêm túc thực hiện.");

        // The Chairman (superior) and the province's monitoring office read it too; the whole campaign counts Sở Công Thương as well.
        (await chairman.GetAsync($"/api/v1/documents/{id}/acknowledgements?unitId={snv}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var monitor = await app.ClientForAsync("theodoi");
        var all = await (await monitor.GetAsync($"/api/v1/documents/{id}/acknowledgements", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        all.GetProperty("required").GetInt32().ShouldBeGreaterThan(required);
        all.GetProperty("acknowledged").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Coverage_OnlyForLeadersSuperiorsAndMonitors_AnotherUnitGets404()
    {
        var (id, _) = await DirectedAsync(true);
        var snv = await app.UnitIdAsync(Snv);
        var sct = await app.UnitIdAsync(Sct);

        // A specialist sees no names, not even of the own unit; another department's director cannot read Sở Nội vụ's row.
        using var specialist = await app.ClientForAsync("chuyenvien");
        await (await specialist.GetAsync($"/api/v1/documents/{id}/acknowledgements?unitId={snv}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var sctDirector = await app.ClientForAsync("giamdoc.sct");
        await (await sctDirector.GetAsync($"/api/v1/documents/{id}/acknowledgements?unitId={snv}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await sctDirector.GetAsync($"/api/v1/documents/{id}/acknowledgements", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await sctDirector.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements/reminders", new { unitId = snv }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await sctDirector.GetAsync($"/api/v1/documents/{id}/acknowledgements?unitId={sct}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A department outside the campaign neither sees the document nor may acknowledge it.
        using var stp = await app.ClientForAsync("giamdoc.stp");
        await (await stp.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        WorkIds(await stp.GetFromJsonAsync<JsonElement>("/api/v1/me/work", Ct)).ShouldNotContain(id);
        await (await stp.GetAsync($"/api/v1/documents/{id}/acknowledgements?unitId={Guid.NewGuid()}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WithoutTheFlag_NothingIsAsked()
    {
        var (id, _) = await DirectedAsync(false);
        using var director = await app.ClientForAsync("giamdoc.snv");
        (await (await director.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("acknowledgement.notRequired");
        await (await director.GetAsync($"/api/v1/documents/{id}/acknowledgements?unitId={await app.UnitIdAsync(Snv)}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        WorkIds(await director.GetFromJsonAsync<JsonElement>("/api/v1/me/work", Ct)).ShouldNotContain(id);
    }

    [Fact]
    public async Task MonitoringOffice_RemindsThoseMissing_OncePerDay()
    {
        var (id, _) = await DirectedAsync(true);
        var snv = await app.UnitIdAsync(Snv);
        using var director = await app.ClientForAsync("giamdoc.snv");
        using var specialist = await app.ClientForAsync("chuyenvien");
        (await specialist.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var missing = (await director.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}/acknowledgements?unitId={snv}", Ct)).GetProperty("missing").GetArrayLength();

        using var monitor = await app.ClientForAsync("theodoi");
        var reminded = await (await monitor.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements/reminders", new { unitId = snv }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        reminded.GetProperty("reminded").GetInt32().ShouldBe(missing);

        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
        var inbox = await director.GetFromJsonAsync<JsonElement>("/api/v1/notifications?pageSize=100", Ct);
        var notices = inbox.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("link").GetString() == $"/Documents/Details/{id}").ToList();
        notices.ShouldHaveSingleItem().GetProperty("subject").GetString()!.ShouldStartWith("Đề nghị đọc, quán triệt");
        var specialistInbox = await specialist.GetFromJsonAsync<JsonElement>("/api/v1/notifications?pageSize=100", Ct);
        specialistInbox.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("link").GetString() == $"/Documents/Details/{id}");

        // A second reminder the same day is not a second notice.
        (await (await monitor.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements/reminders", new { unitId = snv }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("reminded").GetInt32().ShouldBe(0);
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
        (await director.GetFromJsonAsync<JsonElement>("/api/v1/notifications?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .Count(i => i.GetProperty("link").GetString() == $"/Documents/Details/{id}").ShouldBe(1);
    }

    [Fact]
    public async Task ReportSection_ShowsTheCoverage_AsOfTheCutOff()
    {
        var (id, symbol) = await DirectedAsync(true);
        var snv = await app.UnitIdAsync(Snv);
        using var specialist = await app.ClientForAsync("chuyenvien");
        (await specialist.PostAsJsonAsync($"/api/v1/documents/{id}/acknowledgements", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var director = await app.ClientForAsync("giamdoc.snv");
        var coverage = await director.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}/acknowledgements?unitId={snv}", Ct);

        using var chairman = await app.ClientForAsync("chutich");
        var regime = await (await chairman.PostAsJsonAsync("/api/v1/report-regimes", new
        {
            name = "Báo cáo tháng kết quả quán triệt " + Guid.NewGuid().ToString("N")[..6], periodicity = "month", reportingUnitIds = new[] { snv }, dueWorkingDays = 5,
            ownerUnitId = await app.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang"),
            sections = new object[] { new { title = "Kết quả quán triệt văn bản chỉ đạo", source = "acknowledgementCoverage" } },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        // The test clock stands on 3 February 2026: the February period runs 15 January to 14 February.
        var period = await chairman.GetFromJsonAsync<JsonElement>($"/api/v1/report-regimes/{regime.GetProperty("id").GetGuid()}/periods/2026-02", Ct);
        var reportId = period.GetProperty("units")[0].GetProperty("reportId").GetGuid();
        var report = await chairman.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}", Ct);
        var section = report.GetProperty("sections")[0];
        var line = section.GetProperty("text").GetString()!.Split('\n').Single(l => l.Contains(symbol, StringComparison.Ordinal));
        line.ShouldEndWith($"Công điện số {symbol}: 1/{coverage.GetProperty("required").GetInt32()} cán bộ, công chức đã xác nhận đọc, quán triệt.");
        section.GetProperty("figures").GetProperty("acknowledgementRequired").GetInt32().ShouldBeGreaterThanOrEqualTo(coverage.GetProperty("required").GetInt32());
        section.GetProperty("figures").GetProperty("acknowledged").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }
}

[Collection("sqlite")]
public sealed class SqliteAcknowledgementTests(SqliteApp app) : AcknowledgementTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresAcknowledgementTests(PostgresApp app) : AcknowledgementTests<PostgresApp>(app), IClassFixture<PostgresApp>;
