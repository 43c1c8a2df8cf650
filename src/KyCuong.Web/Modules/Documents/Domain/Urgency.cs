namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>NĐ 30/2020 art. 8 and Phụ lục I: urgency marks, ordered Khẩn &lt; Thượng khẩn &lt; Hỏa tốc (stored as the order).</summary>
internal enum Urgency
{
    None = 0,
    Khan = 1,
    ThuongKhan = 2,
    HoaToc = 3,
}
