using System.Globalization;

namespace KyCuong.Web.Modules.Chasing.Pages;

/// <summary>Vietnamese labels for the chasing pages.</summary>
internal static class ChaseLabels
{
    public static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string When(DateTimeOffset? t) => t?.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Kind(string kind) => kind switch
    {
        "courtesy" => "Nhắc hạn (không tính)",
        "overdue" => "Đôn đốc tự động (quá hạn)",
        "manual" => "Đôn đốc trực tiếp",
        "escalation" => "Báo cáo cấp trên",
        _ => kind,
    };

    public static string Step(int? step) => step switch
    {
        null => "—",
        0 => "Ngày đến hạn",
        < 0 => $"Trước hạn {-step} ngày làm việc",
        _ => $"Lần {step} sau hạn",
    };
}
