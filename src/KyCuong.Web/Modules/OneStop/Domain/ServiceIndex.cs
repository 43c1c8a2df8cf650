namespace KyCuong.Web.Modules.OneStop.Domain;

/// <summary>
/// The five groups of criteria of the index of service to people and businesses (Quyết định 766/QĐ-TTg ngày 23/6/2022; docs/domain.md
/// "Procedures: simplification plans and the 766 index"), with the measure KyCuong takes of each where it holds the data. A group
/// KyCuong holds no data for is "chưa có dữ liệu", never a guess.
/// </summary>
internal static class ServiceIndexGroups
{
    public const string Publicity = "publicity";
    public const string Progress = "progress";
    public const string Digitisation = "digitisation";
    public const string Online = "online";
    public const string Satisfaction = "satisfaction";

    public static readonly string[] All = [Publicity, Progress, Digitisation, Online, Satisfaction];

    public static string Name(string key) => key switch
    {
        Publicity => "Công khai, minh bạch",
        Progress => "Tiến độ giải quyết",
        Digitisation => "Số hóa hồ sơ",
        Online => "Cung cấp dịch vụ công trực tuyến",
        Satisfaction => "Mức độ hài lòng",
        _ => key,
    };

    public static string Measure(string key) => key switch
    {
        Publicity => "Thủ tục hành chính của cơ quan đã công bố, công khai trên tổng số thủ tục trong danh mục",
        Progress => "Hồ sơ một cửa trả kết quả đúng hạn trên tổng số hồ sơ đã trả kết quả",
        Satisfaction => "Câu trả lời phản ánh, kiến nghị được người gửi đánh giá hài lòng trên tổng số lượt đánh giá",
        _ => "KyCuong chưa ghi nhận dữ liệu của nhóm tiêu chí này",
    };
}

/// <summary>One group: its maximum, and when measured, what was achieved over what, the rate (0–1) and the points (rate × maximum).</summary>
internal sealed record IndexGroupScore(string Key, string Name, double Max, bool Measured, long? Achieved, long? Of, double? Rate, double? Score, string Measure);

internal static class ServiceIndexRules
{
    /// <summary>A measured group scores its maximum times the rate, to two decimals; no denominator (or no data at all) is not measured.</summary>
    public static IndexGroupScore Score(string key, double max, long? achieved, long? of)
    {
        if (achieved is not { } a || of is not { } o || o == 0)
        {
            return new IndexGroupScore(key, ServiceIndexGroups.Name(key), max, false, achieved, of, null, null, ServiceIndexGroups.Measure(key));
        }

        var rate = Math.Round((double)a / o, 4);
        return new IndexGroupScore(key, ServiceIndexGroups.Name(key), max, true, a, o, rate, Math.Round(max * a / o, 2, MidpointRounding.AwayFromZero), ServiceIndexGroups.Measure(key));
    }
}
