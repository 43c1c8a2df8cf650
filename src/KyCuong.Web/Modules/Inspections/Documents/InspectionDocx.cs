using KyCuong.Web.Modules.Inspections.GetInspection;
using KyCuong.Web.Platform.Printing;
using KyCuong.Web.Platform.Time;
using static KyCuong.Web.Platform.Printing.Decree30Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KyCuong.Web.Modules.Inspections.Documents;

/// <summary>The four papers of a check (docs/domain.md "Checks of official duties: papers, dashboard and people").</summary>
internal static class InspectionDocumentKinds
{
    public const string Decision = "decision";
    public const string Record = "record";
    public const string Conclusion = "conclusion";
    public const string Report = "report";

    public static readonly IReadOnlyList<(string Kind, string Label, string Symbol)> All =
    [
        (Decision, "Quyết định kiểm tra", "QĐ"),
        (Record, "Biên bản kiểm tra", "BB"),
        (Conclusion, "Kết luận kiểm tra", "KL"),
        (Report, "Báo cáo kết quả kiểm tra", "BC"),
    ];
}

/// <summary>What the papers say, besides the check itself: the issuing body under its superior, the place line, the team's head.</summary>
internal sealed record InspectionPaperHeader(string Superior, string Issuer, string ShortName, string Place, string? TeamLeaderName);

/// <summary>
/// The decision (quyết định kiểm tra), the working record (biên bản), the conclusion (kết luận) and the report (báo cáo) of a check
/// as DOCX in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I (page, font and blocks: Platform/Printing/Decree30Docx.cs). The
/// number is left blank for the register ("Số:      /QĐ-…"), as a paper is numbered when it is signed; everything else comes from
/// the check as the caller may see it (a finding about an official the caller may not see is not in the record).
/// </summary>
internal static class InspectionDocx
{
    public static byte[] Build(string kind, InspectionDetails c, InspectionPaperHeader h, DateOnly today) => Decree30Docx.Write(body =>
    {
        var (date, symbol) = kind switch
        {
            InspectionDocumentKinds.Decision => (VietnamDate(c.CreatedAt), "QĐ"),
            InspectionDocumentKinds.Record => (c.StartedAt is { } s ? VietnamDate(s) : today, "BB"),
            InspectionDocumentKinds.Conclusion => (c.Conclusion is { } k ? VietnamDate(k.ConcludedAt) : today, "KL"),
            _ => (today, "BC"),
        };
        body.Append(TwoColumns(
            [P(h.Superior.ToUpperInvariant(), center: true, size: 26), P(h.Issuer.ToUpperInvariant(), bold: true, center: true, size: 26),
             P($"Số:       /{symbol}-{h.ShortName}", center: true, size: 26)],
            [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, center: true, size: 26),
             P("Độc lập - Tự do - Hạnh phúc", bold: true, center: true, underline: true, size: 28),
             P($"{h.Place}, ngày {date.Day:D2} tháng {date.Month:D2} năm {date.Year}", italic: true, center: true, size: 28)]));
        body.Append(P(""));
        var units = string.Join(", ", c.CheckedUnits.Select(u => u.Name));
        switch (kind)
        {
            case InspectionDocumentKinds.Decision:
                Decision(body, c, h, units);
                break;
            case InspectionDocumentKinds.Record:
                Record(body, c, h, units, date);
                break;
            case InspectionDocumentKinds.Conclusion:
                Conclusion(body, c, h, units);
                break;
            default:
                Report(body, c, h, units);
                break;
        }
    });

    private static DateOnly VietnamDate(DateTime utc) => DateOnly.FromDateTime(VietnamTime.ToVietnam(utc).DateTime);

    private static string Form(InspectionDetails c) => c.Surprise ? "đột xuất" : "theo kế hoạch, có thông báo trước";

    private static void Decision(W.Body body, InspectionDetails c, InspectionPaperHeader h, string units)
    {
        body.Append(P("QUYẾT ĐỊNH", bold: true, center: true));
        body.Append(P($"Về việc kiểm tra công vụ tại {units}", bold: true, center: true));
        body.Append(P(h.Issuer.ToUpperInvariant(), bold: true, center: true));
        body.Append(P("Căn cứ chức năng, nhiệm vụ, quyền hạn của " + h.Issuer + ";", italic: true, justify: true));
        if (c.PlanLine is not null)
        {
            body.Append(P($"Căn cứ Kế hoạch kiểm tra công vụ năm {c.PlannedStart.Year} đã được phê duyệt;", italic: true, justify: true));
        }

        body.Append(P("Theo đề nghị của bộ phận được giao theo dõi công tác kiểm tra công vụ,", italic: true, justify: true));
        body.Append(P("QUYẾT ĐỊNH:", bold: true, center: true));
        body.Append(P($"Điều 1. Kiểm tra công vụ {Form(c)} tại: {units}.", justify: true));
        body.Append(P("Nội dung kiểm tra:", justify: true));
        foreach (var t in c.Topics)
        {
            body.Append(P("- " + t + ";", justify: true));
        }

        body.Append(P($"Thời gian tiến hành: từ ngày {Show(c.PlannedStart)}.", justify: true));
        body.Append(P("Điều 2. Thành lập Đoàn kiểm tra gồm các ông (bà) có tên sau:", justify: true));
        var n = 1;
        foreach (var m in c.Team.OrderBy(t => t.UserId == c.TeamLeaderUserId ? 0 : 1))
        {
            body.Append(P($"{n++}. {m.FullName} – {(m.UserId == c.TeamLeaderUserId ? "Trưởng đoàn" : "Thành viên")};", justify: true));
        }

        body.Append(P("Đoàn kiểm tra có trách nhiệm kiểm tra đúng nội dung, thời gian; lập biên bản kiểm tra, báo cáo kết quả và dự thảo kết luận kiểm tra trình người ra quyết định.", justify: true));
        body.Append(P($"Điều 3. Quyết định có hiệu lực kể từ ngày ký. Đoàn kiểm tra, {units} và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.", justify: true));
        Sign(body, ["- Như Điều 3;", "- Lưu: VT."], "THỦ TRƯỞNG CƠ QUAN", null);
    }

    private static void Record(W.Body body, InspectionDetails c, InspectionPaperHeader h, string units, DateOnly date)
    {
        body.Append(P("BIÊN BẢN KIỂM TRA", bold: true, center: true));
        body.Append(P($"Về việc kiểm tra công vụ tại {units}", bold: true, center: true));
        body.Append(P($"Hôm nay, ngày {Show(date)}, tại {units}, Đoàn kiểm tra theo Quyết định số:       /QĐ-{h.ShortName} của {h.Issuer} gồm:", justify: true));
        foreach (var m in c.Team.OrderBy(t => t.UserId == c.TeamLeaderUserId ? 0 : 1))
        {
            body.Append(P($"- {m.FullName} – {(m.UserId == c.TeamLeaderUserId ? "Trưởng đoàn" : "Thành viên")};", justify: true));
        }

        body.Append(P("Đã tiến hành kiểm tra và ghi nhận kết quả như sau:", justify: true));
        AppendFindings(body, c);
        if (c.Explanations.Count > 0)
        {
            body.Append(P("Ý kiến giải trình của đơn vị được kiểm tra:", bold: true, justify: true));
            foreach (var e in c.Explanations)
            {
                body.Append(P($"- {UnitName(c, e.UnitId)}: {e.Text}", justify: true));
            }
        }

        body.Append(P("Biên bản được lập thành 02 bản có giá trị như nhau, đã đọc lại cho các bên cùng nghe và thống nhất ký tên.", justify: true));
        body.Append(TwoColumns(
            [P("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", bold: true, center: true, size: 26), P("(Ký, ghi rõ họ tên)", italic: true, center: true)],
            [P("TRƯỞNG ĐOÀN KIỂM TRA", bold: true, center: true, size: 26), P("(Ký, ghi rõ họ tên)", italic: true, center: true), P(""), P(h.TeamLeaderName ?? "", bold: true, center: true)]));
    }

    private static void Conclusion(W.Body body, InspectionDetails c, InspectionPaperHeader h, string units)
    {
        body.Append(P("KẾT LUẬN KIỂM TRA", bold: true, center: true));
        body.Append(P($"Về việc kiểm tra công vụ tại {units}", bold: true, center: true));
        body.Append(P($"Thực hiện Quyết định số:       /QĐ-{h.ShortName} của {h.Issuer}, Đoàn kiểm tra đã tiến hành kiểm tra công vụ {Form(c)} tại {units} từ ngày {Show(c.StartedAt is { } s ? VietnamDate(s) : c.PlannedStart)}. Xét báo cáo kết quả kiểm tra của Trưởng đoàn kiểm tra, ý kiến giải trình của đơn vị được kiểm tra, {h.Issuer} kết luận như sau:", justify: true));
        body.Append(P("1. Kết quả kiểm tra", bold: true, justify: true));
        AppendFindings(body, c);
        body.Append(P("2. Kết luận", bold: true, justify: true));
        foreach (var line in Lines(c.Conclusion?.Text))
        {
            body.Append(P(line, justify: true));
        }

        body.Append(P("3. Yêu cầu khắc phục", bold: true, justify: true));
        AppendRemedies(body, c, withVerification: false);
        body.Append(P($"Giao bộ phận theo dõi công tác kiểm tra công vụ của {h.Issuer} theo dõi, đôn đốc và kiểm tra việc thực hiện Kết luận này.", justify: true));
        Sign(body, [$"- {units};", "- Đoàn kiểm tra;", "- Lưu: VT."], "THỦ TRƯỞNG CƠ QUAN", null);
    }

    private static void Report(W.Body body, InspectionDetails c, InspectionPaperHeader h, string units)
    {
        body.Append(P("BÁO CÁO", bold: true, center: true));
        body.Append(P($"Kết quả kiểm tra công vụ tại {units}", bold: true, center: true));
        body.Append(P($"Kính gửi: Thủ trưởng {h.Issuer}", center: true));
        body.Append(P("I. KHÁI QUÁT", bold: true, justify: true));
        body.Append(P($"Thực hiện Quyết định số:       /QĐ-{h.ShortName} của {h.Issuer}, Đoàn kiểm tra gồm {c.Team.Count} thành viên do {h.TeamLeaderName ?? "……"} làm Trưởng đoàn đã kiểm tra công vụ {Form(c)} tại {units}{(c.StartedAt is { } s ? " từ ngày " + Show(VietnamDate(s)) : "")}.", justify: true));
        if (c.Topics.Count > 0)
        {
            body.Append(P("Nội dung kiểm tra: " + string.Join("; ", c.Topics) + ".", justify: true));
        }

        body.Append(P("II. KẾT QUẢ KIỂM TRA", bold: true, justify: true));
        AppendFindings(body, c);
        body.Append(P("III. KẾT LUẬN VÀ VIỆC KHẮC PHỤC", bold: true, justify: true));
        foreach (var line in Lines(c.Conclusion?.Text))
        {
            body.Append(P(line, justify: true));
        }

        if (c.Conclusion is null)
        {
            body.Append(P("Chưa có kết luận kiểm tra.", italic: true, justify: true));
        }

        AppendRemedies(body, c, withVerification: true);
        Sign(body, [$"- Thủ trưởng {h.Issuer};", "- Lưu: Đoàn kiểm tra."], "TRƯỞNG ĐOÀN KIỂM TRA", h.TeamLeaderName);
    }

    private static void AppendFindings(W.Body body, InspectionDetails c)
    {
        if (c.Findings.Count == 0)
        {
            body.Append(P("Chưa ghi nhận nội dung nào.", italic: true, justify: true));
            return;
        }

        var n = 1;
        foreach (var f in c.Findings)
        {
            var topic = f.Topic is null ? "" : $" ({f.Topic})";
            var person = f.Person is { } p ? $" Cá nhân được nêu: {p.FullName}." : "";
            body.Append(P($"{n++}. {UnitName(c, f.UnitId)}{topic}: {f.Text}{person}", justify: true));
        }
    }

    private static void AppendRemedies(W.Body body, InspectionDetails c, bool withVerification)
    {
        var remedies = c.Conclusion?.Remedies ?? [];
        if (remedies.Count == 0)
        {
            body.Append(P("Không có yêu cầu khắc phục.", italic: true, justify: true));
            return;
        }

        var n = 1;
        foreach (var r in remedies)
        {
            var due = r.DueDate is { } d ? $"hoàn thành trước ngày {Show(d)} ({r.WorkingDays} ngày làm việc)" : $"trong {r.WorkingDays} ngày làm việc";
            var verdict = !withVerification ? "" : r.Verification switch
            {
                Domain.RemedyVerification.Verified => " Kết quả: đã khắc phục.",
                Domain.RemedyVerification.NotVerified => " Kết quả: chưa khắc phục.",
                _ => " Kết quả: đang theo dõi.",
            };
            body.Append(P($"{n++}. {UnitName(c, r.UnitId)}: {r.Text}; {due}.{verdict}", justify: true));
        }
    }

    private static void Sign(W.Body body, string[] recipients, string signer, string? name)
    {
        body.Append(P(""));
        body.Append(TwoColumns(
            [P("Nơi nhận:", bold: true, italic: true, size: 24), .. recipients.Select(r => P(r, size: 22))],
            [P(signer, bold: true, center: true), P("(Ký, ghi rõ họ tên, đóng dấu)", italic: true, center: true), P(""), P(name ?? "", bold: true, center: true)]));
    }

    private static string UnitName(InspectionDetails c, Guid id) => c.CheckedUnits.FirstOrDefault(u => u.Id == id)?.Name ?? "";

    private static string[] Lines(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
