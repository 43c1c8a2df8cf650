using System.Globalization;
using System.Text.Json;
using KyCuong.Web.Modules.Reports.Domain;

namespace KyCuong.Web.Modules.Reports.Pages;

/// <summary>Vietnamese words the report pages share (docs/domain.md "Reports").</summary>
internal static class ReportLabels
{
    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Status(string status) => status switch
    {
        "submitted" => "Đã gửi",
        "draft" => "Đang soạn",
        "late" => "Chậm gửi",
        _ => "Chưa bắt đầu",
    };

    public static string StatusClass(string status) => status switch
    {
        "submitted" => "text-bg-success",
        "draft" => "text-bg-info",
        "late" => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string Source(string source) => source switch
    {
        SectionSources.TaskSummary => "Tổng hợp nhiệm vụ (tự động)",
        SectionSources.OverdueTasks => "Nhiệm vụ quá hạn (tự động)",
        SectionSources.AcknowledgementCoverage => "Kết quả quán triệt văn bản chỉ đạo (tự động)",
        _ => "Nội dung do đơn vị viết",
    };

    public static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Figure(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDecimal().ToString("#,##0.##", Vi),
        JsonValueKind.Null => "–",
        _ => value.ToString(),
    };

    public static string Figure(System.Text.Json.Nodes.JsonNode? value) => value is null ? "–" : Figure(JsonDocument.Parse(value.ToJsonString()).RootElement);

    /// <summary>Neighbouring period keys of the same form, for the period page's "previous / next".</summary>
    public static (string? Previous, string? Next) Neighbours(ReportPeriod p)
    {
        var before = ReportPeriod.Containing(p.Kind, p.From.AddDays(-1));
        var after = ReportPeriod.Containing(p.Kind, p.To.AddDays(1));
        return (before.Key, after.Key);
    }
}
