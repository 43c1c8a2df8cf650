using System.Globalization;
using KyCuong.Web.Platform.Printing;
using static KyCuong.Web.Platform.Printing.Decree30Docx;

namespace KyCuong.Web.Modules.Evaluation.ExportEvaluation;

/// <summary>What the official evaluation form of one person says (docs/domain.md "Evaluation: exports").</summary>
internal sealed record EvaluationFormContent(string Superior, string Body, string Place, DateOnly MadeOn, string PeriodLabel, string Name, string Title, string Unit,
    string? SelfText, string? SelfGrade, EvaluationDto Evaluation, string? SavedGrade, string? SavedLine);

/// <summary>
/// "Phiếu đánh giá, xếp loại chất lượng công chức" (Nghị định 335/2025) as DOCX in the layout of Nghị định 30/2020/NĐ-CP, Appendix I:
/// the body under its governing body and the national title, the person, their self-assessment, the task results and points, the
/// manager's comment and the grade decided, the two signing blocks. The page and the blocks are the platform's (Platform/Printing).
/// </summary>
internal static class EvaluationFormDocx
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static string Num(decimal? v) => v?.ToString("0.##", Vi) ?? "—";

    private static string Pct(decimal v) => (v * 100).ToString("0.##", Vi) + "%";

    public static byte[] Build(EvaluationFormContent c) => Decree30Docx.Write(body =>
    {
        var e = c.Evaluation;
        body.Append(TwoColumns(
            [P(c.Superior.ToUpperInvariant(), center: true, size: 26), P(c.Body.ToUpperInvariant(), bold: true, center: true, size: 26)],
            [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, center: true, size: 26),
             P("Độc lập - Tự do - Hạnh phúc", bold: true, center: true, underline: true, size: 28),
             P($"{c.Place}, ngày {c.MadeOn.Day:D2} tháng {c.MadeOn.Month:D2} năm {c.MadeOn.Year}", italic: true, center: true, size: 28)]));
        body.Append(P(""));
        body.Append(P("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC", bold: true, center: true, size: 28));
        body.Append(P($"Kỳ đánh giá: {c.PeriodLabel}", center: true, size: 28));
        body.Append(P($"Họ và tên: {c.Name}", size: 28));
        body.Append(P($"Chức vụ, chức danh: {c.Title}", size: 28));
        body.Append(P($"Đơn vị công tác: {c.Unit}", size: 28));
        body.Append(P("I. KẾT QUẢ TỰ ĐÁNH GIÁ", bold: true, size: 28));
        body.Append(P(c.SelfText ?? "(Chưa có bản tự đánh giá.)", size: 28, justify: true));
        body.Append(P($"Tự xếp loại: {c.SelfGrade ?? "chưa tự xếp loại"}.", size: 28, justify: true));
        body.Append(P("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ (Nghị định 335/2025/NĐ-CP)", bold: true, size: 28));
        body.Append(P($"Số nhiệm vụ, sản phẩm được giao: {e.Assigned}; đã hoàn thành: {e.Completed}.", size: 28, justify: true));
        body.Append(P($"a) Số lượng: {Pct(e.Quantity)}; b) Chất lượng: {Pct(e.Quality)}; c) Tiến độ: {Pct(e.Progress)}.", size: 28, justify: true));
        body.Append(P($"Tỷ lệ hoàn thành nhiệm vụ: {Pct(e.TaskPercent)}; điểm kết quả thực hiện nhiệm vụ: {Num(e.TaskPoints)}/70.", size: 28, justify: true));
        body.Append(P($"Điểm tiêu chí chung: {Num(e.GeneralPoints)}/30. Tổng điểm: {Num(e.Total)}/100.", size: 28, justify: true));
        body.Append(P("III. NHẬN XÉT, XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN", bold: true, size: 28));
        body.Append(P($"Nhận xét: {e.GeneralComment ?? "(chưa có)"}", size: 28, justify: true));
        body.Append(P($"Xếp loại theo điểm: {e.GradeLabel ?? "chưa đủ căn cứ"}.", size: 28, justify: true));
        if (e.ForcedReason is not null)
        {
            body.Append(P($"Buộc xếp loại \"Không hoàn thành nhiệm vụ\": {e.ForcedReason}", size: 28, justify: true));
        }

        body.Append(P($"Xếp loại đã quyết định: {c.SavedGrade ?? "chưa quyết định"}{(c.SavedLine is null ? "" : $" ({c.SavedLine})")}.", bold: true, size: 28, justify: true));
        body.Append(P(""));
        body.Append(TwoColumns(
            [P("NGƯỜI TỰ ĐÁNH GIÁ", bold: true, center: true, size: 28), P("(Ký, ghi rõ họ tên)", italic: true, center: true, size: 28), P(""), P(""), P(c.Name, bold: true, center: true, size: 28)],
            [P("CẤP CÓ THẨM QUYỀN ĐÁNH GIÁ", bold: true, center: true, size: 28), P("(Ký, ghi rõ họ tên)", italic: true, center: true, size: 28)]));
    });
}
