using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Evaluation;
using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KyCuong.IntegrationTests.Evaluation;

/// <summary>
/// docs/domain.md "Evaluation: exports": the personnel office's body-wide summary as XLSX and one person's official form as DOCX, each
/// opened and read back (cells, paragraphs) with the figures computed by hand; outsiders get 404.
/// </summary>
public abstract class EvaluationExportTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    private static List<List<string>> Rows(byte[] xlsx)
    {
        using var book = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<S.Row>().Select(r => r.Elements<S.Cell>().Select(c => c.InnerText).ToList()).ToList();
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return doc.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
    }

    [Fact]
    public async Task Summary_Xlsx_And_Form_Docx_ReadBack()
    {
        var (unitId, _, cvId, cv, tp) = await NewUnitAsync(Snv);
        try
        {
            // One task on time and met: 70 task points; general 20 → 90 → "xuất sắc" by points. The head saves "tốt" (the cap allows 0).
            await SetClockAsync(Vn(2026, 8, 3));
            var t = await CreateTaskAsync(tp, unitId, cvId, "2026-08-14", "Báo cáo biên chế quý III");
            await SetClockAsync(Vn(2026, 8, 10));
            await (await SendAsync(cv, HttpMethod.Post, $"/api/v1/tasks/{t}/complete", new { result = "Đã hoàn thành." })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Post, $"/api/v1/tasks/{t}/review", new { quality = "met" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Put, $"/api/v1/users/{cvId}/evaluation/2026-Q3/general", new { points = 20, comment = "Tận tụy, đúng hạn." }))
                .ShouldBeJsonAsync(HttpStatusCode.OK);
            await SetClockAsync(Vn(2026, 10, 2));
            await (await SendAsync(cv, HttpMethod.Put, $"/api/v1/users/{cvId}/evaluation/2026-Q3/self-assessment",
                new { text = "Hoàn thành 1/1 nhiệm vụ trước hạn.", proposedGrade = "excellent" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Post, $"/api/v1/units/{unitId}/evaluation/2026-Q3/gradings",
                new { grades = new[] { new { userId = cvId, grade = "good" } } })).ShouldBeJsonAsync(HttpStatusCode.Created);

            // The personnel office (theodoi) exports the body (Sở Nội vụ) with the new division in it.
            var snvId = await App.UnitIdAsync(Snv);
            var xlsx = await SendAsync("theodoi", HttpMethod.Get, $"/api/v1/units/{snvId}/evaluation/2026-Q3/summary.xlsx");
            xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
            xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            var rows = Rows(await xlsx.Content.ReadAsByteArrayAsync(Ct));
            rows.ShouldContain(r => r.Count == 1 && r[0] == "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÔNG CHỨC");
            rows.ShouldContain(r => r.Count == 1 && r[0].StartsWith("Kỳ báo cáo: Quý 3/2026", StringComparison.Ordinal));
            rows.ShouldContain(r => r.SequenceEqual(new[] { "STT", "Đơn vị", "Họ và tên", "Chức danh", "Điểm nhiệm vụ", "Điểm tiêu chí chung", "Tổng điểm",
                "Xếp loại theo điểm", "Tự xếp loại", "Xếp loại đã quyết định", "Ghi chú" }));
            var line = rows.Single(r => r.Count > 3 && r[2] == "Chuyên viên thử" && r[1].StartsWith("Phòng thử", StringComparison.Ordinal)
                && r[9] == "Hoàn thành tốt nhiệm vụ");
            decimal.Parse(line[4], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(70m);
            decimal.Parse(line[5], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(20m);
            decimal.Parse(line[6], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(90m);
            line[7].ShouldBe("Hoàn thành xuất sắc nhiệm vụ");
            line[8].ShouldBe("Hoàn thành xuất sắc nhiệm vụ");
            rows.ShouldContain(r => r.Count == 5 && r[1] == "Số người đã quyết định xếp loại" && r[3] == "Hoàn thành tốt nhiệm vụ" && int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture) >= 1);

            // The person's official form: the Decree 30 heading, the self-assessment, the figures, the comment and the grade decided.
            var docx = await SendAsync(cv, HttpMethod.Get, $"/api/v1/users/{cvId}/evaluation/2026-Q3/form.docx");
            docx.StatusCode.ShouldBe(HttpStatusCode.OK);
            var text = Paragraphs(await docx.Content.ReadAsByteArrayAsync(Ct));
            text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
            text.ShouldContain("SỞ NỘI VỤ TỈNH AN GIANG");
            text.ShouldContain("An Giang, ngày 02 tháng 10 năm 2026");
            text.ShouldContain("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC");
            text.ShouldContain("Kỳ đánh giá: Quý 3/2026");
            text.ShouldContain("Họ và tên: Chuyên viên thử");
            text.ShouldContain("Hoàn thành 1/1 nhiệm vụ trước hạn.");
            text.ShouldContain("Tự xếp loại: Hoàn thành xuất sắc nhiệm vụ.");
            text.ShouldContain("a) Số lượng: 100%; b) Chất lượng: 100%; c) Tiến độ: 100%.");
            text.ShouldContain("Tỷ lệ hoàn thành nhiệm vụ: 100%; điểm kết quả thực hiện nhiệm vụ: 70/70.");
            text.ShouldContain("Điểm tiêu chí chung: 20/30. Tổng điểm: 90/100.");
            text.ShouldContain("Nhận xét: Tận tụy, đúng hạn.");
            text.ShouldContain(p => p.StartsWith("Xếp loại đã quyết định: Hoàn thành tốt nhiệm vụ (phiên bản 1, lưu ngày 02/10/2026", StringComparison.Ordinal));

            // Outsiders learn nothing; a bad period is a 400.
            foreach (var stranger in new[] { "giamdoc.sct", "chuyenvien" })
            {
                await (await SendAsync(stranger, HttpMethod.Get, $"/api/v1/users/{cvId}/evaluation/2026-Q3/form.docx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
                await (await SendAsync(stranger, HttpMethod.Get, $"/api/v1/units/{unitId}/evaluation/2026-Q3/summary.xlsx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            }

            await (await SendAsync(cv, HttpMethod.Get, $"/api/v1/units/{unitId}/evaluation/2026-Q3/summary.xlsx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await SendAsync(tp, HttpMethod.Get, $"/api/v1/units/{unitId}/evaluation/2026-Q5/summary.xlsx")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            await (await SendAsync(tp, HttpMethod.Get, $"/api/v1/users/{cvId}/evaluation/Q3/form.docx")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    /// <summary>
    /// The body-wide summary computes everyone together (docs/performance.md "Evaluation of a province's quarter"): each of its rows must
    /// say what the person's own evaluation says — a specialist with a task on time, one late and one open past its deadline, and the
    /// head whose criterion d comes from the specialist's grade.
    /// </summary>
    [Fact]
    public async Task Summary_Rows_Equal_Each_Persons_Own_Evaluation()
    {
        var (unitId, tpId, cvId, cv, tp) = await NewUnitAsync(Snv);
        var unitName = $"Phòng thử {tp[3..]}";
        try
        {
            await SetClockAsync(Vn(2026, 7, 6));
            var onTime = await CreateTaskAsync(tp, unitId, cvId, "2026-07-17", "Tổng hợp biên chế");
            var late = await CreateTaskAsync(tp, unitId, cvId, "2026-07-20", "Rà soát vị trí việc làm");
            await CreateTaskAsync(tp, unitId, cvId, "2026-09-10", "Báo cáo tinh giản biên chế");
            await SetClockAsync(Vn(2026, 7, 15));
            await (await SendAsync(cv, HttpMethod.Post, $"/api/v1/tasks/{onTime}/complete", new { result = "Xong." })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Post, $"/api/v1/tasks/{onTime}/review", new { quality = "met" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await SetClockAsync(Vn(2026, 7, 27));
            await (await SendAsync(cv, HttpMethod.Post, $"/api/v1/tasks/{late}/complete", new { result = "Xong muộn." })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Post, $"/api/v1/tasks/{late}/review", new { quality = "met" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Put, $"/api/v1/users/{cvId}/evaluation/2026-Q3/general", new { points = 25 })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await SetClockAsync(Vn(2026, 10, 2));

            var snvId = await App.UnitIdAsync(Snv);
            var xlsx = await SendAsync("theodoi", HttpMethod.Get, $"/api/v1/units/{snvId}/evaluation/2026-Q3/summary.xlsx");
            xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
            var rows = Rows(await xlsx.Content.ReadAsByteArrayAsync(Ct)).Where(r => r.Count > 3 && r[1] == unitName).ToList();
            rows.Count.ShouldBe(2);
            foreach (var (id, name) in new[] { (cvId, "Chuyên viên thử"), (tpId, "Trưởng phòng thử") })
            {
                var own = await (await SendAsync("theodoi", HttpMethod.Get, $"/api/v1/users/{id}/evaluation?period=2026-Q3")).ShouldBeJsonAsync(HttpStatusCode.OK);
                var row = rows.Single(r => r[2] == name);
                static string Text(System.Text.Json.JsonElement e) => e.ValueKind == System.Text.Json.JsonValueKind.Null ? "" : e.GetString()!;
                static decimal? Json(System.Text.Json.JsonElement e) => e.ValueKind == System.Text.Json.JsonValueKind.Null ? null : e.GetDecimal();
                static decimal? Number(string cell) => cell.Length == 0 ? null : decimal.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
                Number(row[4]).ShouldBe(Json(own.GetProperty("taskPoints")), name);
                Number(row[5]).ShouldBe(Json(own.GetProperty("generalPoints")), name);
                Number(row[6]).ShouldBe(Json(own.GetProperty("total")), name);
                row[7].ShouldBe(Text(own.GetProperty("gradeLabel")), name);
                row[10].ShouldBe(Text(own.GetProperty("forcedReason")), name);
            }

            // The figures themselves: one of three on time, one late, one open past its deadline — not the full 70 task points.
            var cvRow = rows.Single(r => r[2] == "Chuyên viên thử");
            decimal.Parse(cvRow[4], System.Globalization.CultureInfo.InvariantCulture).ShouldBeLessThan(70m);
            decimal.Parse(cvRow[5], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(25m);
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    /// <summary>
    /// The body-wide computation against each person's own, for every person of a body (Sở Nội vụ with the demo's past and the units
    /// other tests add): the tests run it in batches of three people (Evaluation:BatchPeople), so several batches go through the
    /// pipeline — the next batch read while this one is scored, people scored in parallel — and every field of every person's result,
    /// products and notes included, must be what the person's own evaluation says, for two quarters and the year.
    /// </summary>
    [Fact]
    public async Task Body_Wide_Computation_Equals_Each_Persons_Own_For_Every_Person()
    {
        var snvId = await App.UnitIdAsync(Snv);
        List<(Guid UserId, Guid UnitId)> listed;
        using (var scope = App.Factory.Services.CreateScope())
        {
            var units = scope.ServiceProvider.GetRequiredService<IUnitDirectory>();
            var people = scope.ServiceProvider.GetRequiredService<IPeopleDirectory>();
            var subtree = await units.Subtree(snvId).ToListAsync(Ct);
            listed = (await people.PeopleInAsync(subtree, DateOnly.FromDateTime(KyCuongFactory.DefaultNow.Date), Ct)).DistinctBy(p => p.UserId)
                .Select(p => (p.UserId, p.UnitId)).ToList();
        }

        // More people than one batch of three (Evaluation:BatchPeople in the tests), in more than two units: several batches.
        listed.Select(p => p.UnitId).Distinct().Count().ShouldBeGreaterThan(2);
        listed.Count.ShouldBeGreaterThan(3);
        foreach (var period in new[] { "2025-Q4", "2026-Q1", "2026" })
        {
            var p = EvaluationPeriod.Parse(period);
            IReadOnlyDictionary<Guid, EvaluationDto> many;
            using (var scope = App.Factory.Services.CreateScope())
            {
                many = await scope.ServiceProvider.GetRequiredService<EvaluationCalculator>().EvaluateManyAsync(listed, p, Ct);
            }

            many.Count.ShouldBe(listed.Count);
            var judged = 0;
            foreach (var (userId, unitId) in listed)
            {
                using var scope = App.Factory.Services.CreateScope();
                var own = await scope.ServiceProvider.GetRequiredService<EvaluationCalculator>().EvaluateAsync(userId, p, [unitId], Ct);
                System.Text.Json.JsonSerializer.Serialize(many[userId]).ShouldBe(System.Text.Json.JsonSerializer.Serialize(own), $"{period} {userId}");
                judged += own.Assigned > 0 ? 1 : 0;
            }

            // Not a comparison of empty results: people of the body have tasks in the period.
            if (period != "2025-Q4")
            {
                judged.ShouldBeGreaterThan(0, period);
            }
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteEvaluationExportTests(SqliteApp app) : EvaluationExportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresEvaluationExportTests(PostgresApp app) : EvaluationExportTests<PostgresApp>(app), IClassFixture<PostgresApp>;
