using KyCuong.Web.Platform.Printing;
using static KyCuong.Web.Platform.Printing.Decree30Docx;

namespace KyCuong.Web.Modules.OneStop.Apology;

/// <summary>What the form-04 letter says: the issuing unit under its governing body, the dossier, the delay and the new date.</summary>
internal sealed record ApologyLetterContent(string Superior, string Issuer, string Place, DateOnly IssuedOn, string Applicant, string DossierCode,
    string ProcedureName, DateOnly ReceivedOn, DateOnly DueDate, string Reason, DateOnly NewDueDate);

/// <summary>
/// The apology and new appointment letter ("Phiếu xin lỗi và hẹn lại ngày trả kết quả", form 04 of the one-stop decree; docs/domain.md
/// "One-stop dossiers") as DOCX in the layout of Nghị định 30/2020/NĐ-CP, Appendix I (A4, Times New Roman 13–14 pt): governing body
/// and issuer on the left, national title and motto on the right, the place and date line, the title, the body, the signing block.
/// The page, the font and the blocks are the platform's (Platform/Printing/Decree30Docx.cs).
/// </summary>
internal static class ApologyDocx
{
    public static byte[] Build(ApologyLetterContent c) => Decree30Docx.Write(body =>
    {
        body.Append(TwoColumns(
            [P(c.Superior.ToUpperInvariant(), center: true, size: 26), P(c.Issuer.ToUpperInvariant(), bold: true, center: true, size: 26)],
            [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, center: true, size: 26),
             P("Độc lập - Tự do - Hạnh phúc", bold: true, center: true, underline: true, size: 28),
             P($"{c.Place}, ngày {c.IssuedOn.Day:D2} tháng {c.IssuedOn.Month:D2} năm {c.IssuedOn.Year}", italic: true, center: true, size: 28)]));
        body.Append(P(""));
        body.Append(P("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", bold: true, center: true, size: 28));
        body.Append(P($"Kính gửi: {c.Applicant}", center: true, size: 28));
        body.Append(P($"Ngày {Show(c.ReceivedOn)}, {c.Issuer} tiếp nhận giải quyết hồ sơ của {c.Applicant}, mã hồ sơ {c.DossierCode}.", size: 28, justify: true));
        body.Append(P($"Nội dung yêu cầu giải quyết: {c.ProcedureName}.", size: 28, justify: true));
        body.Append(P($"Thời hạn trả kết quả giải quyết hồ sơ: ngày {Show(c.DueDate)}.", size: 28, justify: true));
        body.Append(P($"Tuy nhiên đến nay, {c.Issuer} chưa trả kết quả giải quyết hồ sơ cho {c.Applicant}.", size: 28, justify: true));
        body.Append(P($"Lý do: {c.Reason}", size: 28, justify: true));
        body.Append(P($"Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại cho {c.Applicant}. {c.Issuer} xin lỗi {c.Applicant} và hẹn lại ngày trả kết quả vào ngày {Show(c.NewDueDate)}.", size: 28, justify: true));
        body.Append(P($"{c.Issuer} mong nhận được sự thông cảm của {c.Applicant}.", size: 28, justify: true));
        body.Append(P(""));
        body.Append(TwoColumns(
            [P("Nơi nhận:", bold: true, italic: true, size: 24), P("- Như trên;", size: 22), P("- Bộ phận Một cửa;", size: 22), P("- Lưu: VT.", size: 22)],
            [P("THỦ TRƯỞNG CƠ QUAN", bold: true, center: true, size: 28), P("(Ký, ghi rõ họ tên, đóng dấu)", italic: true, center: true, size: 28)]));
    });
}
