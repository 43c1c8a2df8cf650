using System.Globalization;
using System.Text;
using KyCuong.Web.Platform.Web;
using KyCuong.Web.Modules.Documents.ListDocuments;

namespace KyCuong.Web.Modules.Documents.ExportRegister;

/// <summary>The registers as files (NĐ 30/2020 Phụ lục IV columns): CSV (UTF-8 with BOM, opens in Excel) and XLSX.</summary>
internal sealed class RegisterExport(ListDocumentsHandler list)
{
    public const int MaxRows = 50_000;

    /// <summary><paramref name="register"/>: incoming, outgoing, internal or tracking (the follow-up of incoming documents).</summary>
    public async Task<(IReadOnlyList<string> Header, List<string[]> Rows)> TableAsync(string register, int? year, string? q, CancellationToken ct)
    {
        var direction = register == "tracking" ? "incoming" : register;
        var items = new List<DocumentListItem>();
        for (var page = 1; items.Count < MaxRows; page++)
        {
            var p = await list.HandleAsync(new ListDocumentsQuery(direction, year, q, page, ListDocumentsHandler.MaxPageSize), ct);
            items.AddRange(p.Items);
            if (p.Items.Count < ListDocumentsHandler.MaxPageSize)
            {
                break;
            }
        }

        static string D(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
        static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
        if (direction == "outgoing" || direction == "internal")
        {
            return (["Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Người ký", "Nơi nhận", "Độ mật", "Độ khẩn", "Ghi chú"],
                items.Select(i => new[] { i.NumberSymbol ?? "", D(i.Date), $"{i.Type} – {i.Subject}", i.Signer ?? "", (i.Recipients ?? "").Replace('\n', ';'), i.Secrecy ?? "", i.Urgency ?? "", i.Note ?? "" }).ToList());
        }

        if (register == "tracking")
        {
            return (["Số đến", "Văn bản", "Đơn vị, người chủ trì", "Thời hạn", "Tiến độ", "Số, ký hiệu văn bản trả lời", "Ghi chú"],
                items.Select(i => new[] { N(i.ArrivalNumber), $"{i.NumberSymbol} {i.Subject}".Trim(), i.LeadUnitName ?? "", D(i.DirectionDueDate),
                    i.Directed ? $"Đã giao {i.TaskCount} nhiệm vụ" : "Chưa có ý kiến chỉ đạo", string.Join("; ", i.Replies), i.Note ?? "" }).ToList());
        }

        return (["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ký nhận", "Ghi chú"],
            items.Select(i => new[] { D(i.ReceivedOn), N(i.ArrivalNumber), i.IssuerName, i.NumberSymbol ?? "", D(i.Date), $"{i.Type} – {i.Subject}",
                i.LeadUnitName ?? i.HandledBy ?? "", i.Presented ? "Đã trình" : i.NotPresentedOverdue ? "Chưa trình – quá hạn" : "Chưa trình", $"{i.Urgency} {i.Note}".Trim() }).ToList());
    }

    public static byte[] ToCsv(IReadOnlyList<string> header, IEnumerable<string[]> rows) => TableExport.ToCsv(header, rows);

    public static byte[] ToXlsx(string sheetName, IReadOnlyList<string> header, IEnumerable<string[]> rows) => TableExport.ToXlsx(sheetName, header, rows);
}
