using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KyCuong.IntegrationTests.Inspections;

/// <summary>
/// docs/domain.md "Checks of official duties: papers, dashboard and people": the decision, record, conclusion and report in the
/// Nghị định 30/2020 layout, pre-filled from the check as the caller may see it.
/// </summary>
public abstract class InspectionDocumentTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    private async Task<HttpResponseMessage> PostAsync(string user, string url, object body)
    {
        using var client = await App.ClientForAsync(user);
        return await client.PostAsJsonAsync(url, body, Ct);
    }

    private async Task<HttpResponseMessage> GetAsync(string user, string url)
    {
        using var client = await App.ClientForAsync(user);
        return await client.GetAsync(url, Ct);
    }

    private async Task<List<string>> ParagraphsAsync(string user, string url)
    {
        var response = await GetAsync(user, url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        // The decree's page: A4 with 30 mm left margin.
        body.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageMargin>()!.Left!.Value.ShouldBe(1701u);
        return body.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
    }

    [Fact]
    public async Task FourPapers_PrefilledFromTheCheck_InTheDecreeLayout_AsTheCallerMaySeeIt()
    {
        var (unitId, _, cvId, _, _) = await NewUnitAsync(Stp);
        var thanhtra = await UserIdAsync("thanhtra");
        var chuyenvien = await UserIdAsync("chuyenvien");
        var id = (await (await PostAsync("giamdoc.stp", "/api/v1/inspections", new
        {
            title = "Kiểm tra công vụ tại phòng", checkedUnitIds = new[] { unitId }, surprise = false, plannedStart = "2026-02-04",
            teamUserIds = new[] { chuyenvien, thanhtra }, topics = new[] { "Chấp hành giờ giấc, kỷ luật lao động" }, teamLeaderUserId = thanhtra,
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var url = $"/api/v1/inspections/{id}/documents";
        var unitName = (await (await GetAsync("giamdoc.stp", $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("checkedUnits")[0].GetProperty("name").GetString()!;
        unitName.ShouldStartWith("Phòng thử ");

        var decision = await ParagraphsAsync("giamdoc.stp", $"{url}/decision.docx");
        decision.ShouldContain("ỦY BAN NHÂN DÂN TỈNH AN GIANG");
        decision.ShouldContain("SỞ TƯ PHÁP TỈNH AN GIANG");
        decision.ShouldContain(p => p.StartsWith("Số:       /QĐ-", StringComparison.Ordinal));
        decision.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        decision.ShouldContain("An Giang, ngày 03 tháng 02 năm 2026");
        decision.ShouldContain("QUYẾT ĐỊNH");
        decision.ShouldContain($"Điều 1. Kiểm tra công vụ theo kế hoạch, có thông báo trước tại: {unitName}.");
        decision.ShouldContain("- Chấp hành giờ giấc, kỷ luật lao động;");
        decision.ShouldContain("Thời gian tiến hành: từ ngày 04/02/2026.");
        // The head is listed first whatever the order of the team.
        decision.IndexOf(decision.First(p => p.EndsWith("– Trưởng đoàn;", StringComparison.Ordinal))).ShouldBeLessThan(
            decision.IndexOf(decision.First(p => p.EndsWith("– Thành viên;", StringComparison.Ordinal))));

        // Before the team arrives there is no record, before the conclusion no conclusion; a wrong kind or format is 400.
        (await (await GetAsync("giamdoc.stp", $"{url}/record.docx")).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString()
            .ShouldBe("inspection.notStarted");
        (await (await GetAsync("giamdoc.stp", $"{url}/conclusion.docx")).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString()
            .ShouldBe("inspection.notConcluded");
        (await (await GetAsync("giamdoc.stp", $"{url}/minutes.docx")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
            .TryGetProperty("kind", out _).ShouldBeTrue();
        (await (await GetAsync("giamdoc.stp", $"{url}/decision.odt")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
            .TryGetProperty("format", out _).ShouldBeTrue();

        (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        const string plain = "Sổ theo dõi hồ sơ ghi chưa đầy đủ.";
        const string aboutPerson = "Công chức tiếp nhận hồ sơ vắng mặt không lý do lúc 8 giờ 15.";
        await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId, topic = "Chấp hành giờ giấc, kỷ luật lao động", text = plain }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId, text = aboutPerson, personUserId = cvId }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        var record = await ParagraphsAsync("thanhtra", $"{url}/record.docx");
        record.ShouldContain("BIÊN BẢN KIỂM TRA");
        record.ShouldContain($"1. {unitName} (Chấp hành giờ giấc, kỷ luật lao động): {plain}");
        record.ShouldContain(p => p.Contains(aboutPerson, StringComparison.Ordinal) && p.Contains("Cá nhân được nêu: Chuyên viên thử", StringComparison.Ordinal));
        // A member who is not the head does not see the finding about the official, in the record either.
        var memberRecord = await ParagraphsAsync("chuyenvien", $"{url}/record.docx");
        memberRecord.ShouldContain($"1. {unitName} (Chấp hành giờ giấc, kỷ luật lao động): {plain}");
        memberRecord.ShouldNotContain(p => p.Contains(aboutPerson, StringComparison.Ordinal));

        var concluded = await (await PostAsync("giamdoc.stp", $"/api/v1/inspections/{id}/conclusion", new
        {
            text = "Phòng chưa chấp hành nghiêm kỷ luật lao động.", remedies = new[] { new { unitId, text = "Kiểm điểm công chức vắng mặt", workingDays = 15 } },
        })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var due = DateOnly.Parse(concluded.GetProperty("remedies")[0].GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);

        var conclusion = await ParagraphsAsync("giamdoc.stp", $"{url}/conclusion.docx");
        conclusion.ShouldContain("KẾT LUẬN KIỂM TRA");
        conclusion.ShouldContain(p => p.StartsWith("Số:       /KL-", StringComparison.Ordinal));
        conclusion.ShouldContain("Phòng chưa chấp hành nghiêm kỷ luật lao động.");
        conclusion.ShouldContain($"1. {unitName}: Kiểm điểm công chức vắng mặt; hoàn thành trước ngày {due:dd/MM/yyyy} (15 ngày làm việc).");

        var report = await ParagraphsAsync("thanhtra", $"{url}/report.docx");
        report.ShouldContain("BÁO CÁO");
        report.ShouldContain(p => p.StartsWith("Số:       /BC-", StringComparison.Ordinal));
        report.ShouldContain(p => p.Contains("Đoàn kiểm tra gồm 2 thành viên do Huỳnh Văn Lộc làm Trưởng đoàn", StringComparison.Ordinal));
        report.ShouldContain($"1. {unitName}: Kiểm điểm công chức vắng mặt; hoàn thành trước ngày {due:dd/MM/yyyy} (15 ngày làm việc). Kết quả: đang theo dõi.");
        report.ShouldContain("TRƯỞNG ĐOÀN KIỂM TRA");

        // Another department cannot read the papers.
        await (await GetAsync("giamdoc.sct", $"{url}/decision.docx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var pdf = await GetAsync("giamdoc.stp", $"{url}/conclusion.pdf");
        if (File.Exists("/usr/bin/soffice"))
        {
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
            var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);
            System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        }
        else
        {
            (await pdf.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("code").GetString().ShouldBe("pdfUnavailable");
        }
    }

    [Fact]
    public async Task SurpriseCheckNotStarted_PapersAreNotFoundForTheCheckedUnit()
    {
        var (unitId, _, _, cv, tp) = await NewUnitAsync(Stp);
        var thanhtra = await UserIdAsync("thanhtra");
        var id = (await (await PostAsync("giamdoc.stp", "/api/v1/inspections", new
        {
            title = "Kiểm tra đột xuất", checkedUnitIds = new[] { unitId }, surprise = true, plannedStart = "2026-02-04", teamUserIds = new[] { thanhtra },
            topics = Array.Empty<string>(),
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        foreach (var user in new[] { tp, cv })
        {
            await (await GetAsync(user, $"/api/v1/inspections/{id}/documents/decision.docx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        (await ParagraphsAsync("thanhtra", $"/api/v1/inspections/{id}/documents/decision.docx")).ShouldContain(p => p.StartsWith("Điều 1. Kiểm tra công vụ đột xuất", StringComparison.Ordinal));
    }
}

[Collection("sqlite")]
public sealed class SqliteInspectionDocumentTests(SqliteApp app) : InspectionDocumentTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresInspectionDocumentTests(PostgresApp app) : InspectionDocumentTests<PostgresApp>(app), IClassFixture<PostgresApp>;
