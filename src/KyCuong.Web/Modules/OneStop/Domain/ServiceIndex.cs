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

    /// <summary>The criteria KyCuong measures inside the satisfaction group (<c>criteria[].key</c>).</summary>
    public const string SatisfactionRatings = "satisfaction.ratings";
    public const string SatisfactionFeedbackOnTime = "satisfaction.feedbackOnTime";

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
        Satisfaction => "Bình quân tỷ lệ của các tiêu chí đã đo trong nhóm: đánh giá hài lòng; phản ánh, kiến nghị được trả lời đúng hạn",
        SatisfactionRatings => "Câu trả lời phản ánh, kiến nghị được người gửi đánh giá hài lòng trên tổng số lượt đánh giá",
        SatisfactionFeedbackOnTime => "Phản ánh, kiến nghị được trả lời trong thời hạn xử lý trên tổng số đã trả lời",
        _ => "KyCuong chưa ghi nhận dữ liệu của nhóm tiêu chí này",
    };
}

/// <summary>One criterion KyCuong measures inside a group: what was achieved over what and the rate (0–1), or not measured (nothing to divide).</summary>
internal sealed record IndexCriterion(string Key, string Measure, bool Measured, long? Achieved, long? Of, double? Rate);

/// <summary>
/// One group: its maximum, and when measured, the rate (0–1) and the points (rate × maximum). <c>achieved</c>/<c>of</c> are the group's
/// when it has one criterion, null when it has several (each criterion then carries its own in <see cref="Criteria"/>).
/// </summary>
internal sealed record IndexGroupScore(string Key, string Name, double Max, bool Measured, long? Achieved, long? Of, double? Rate, double? Score, string Measure,
    IReadOnlyList<IndexCriterion> Criteria);

internal static class ServiceIndexRules
{
    /// <summary>A measured group scores its maximum times the rate, to two decimals; no denominator (or no data at all) is not measured.</summary>
    public static IndexGroupScore Score(string key, double max, long? achieved, long? of) => Score(key, max, [(key, achieved, of)]);

    /// <summary>
    /// A group of several criteria: its rate is the mean of the rates of the criteria measured (those with something to divide), each
    /// weighing the same (KyCuong's choice: Quyết định 766/QĐ-TTg weighs criteria KyCuong does not all hold); its points are the
    /// maximum times that mean, to two decimals. With no criterion measured the group is not measured.
    /// </summary>
    public static IndexGroupScore Score(string key, double max, IReadOnlyList<(string Key, long? Achieved, long? Of)> criteria)
    {
        var list = criteria.Select(c => c.Achieved is { } a && c.Of is { } o && o != 0
                ? new IndexCriterion(c.Key, ServiceIndexGroups.Measure(c.Key), true, a, o, Math.Round((double)a / o, 4))
                : new IndexCriterion(c.Key, ServiceIndexGroups.Measure(c.Key), false, c.Achieved, c.Of, null))
            .ToList();
        var single = criteria.Count == 1;
        var measured = criteria.Where(c => c.Achieved is not null && c.Of is { } o && o != 0).Select(c => (double)c.Achieved!.Value / c.Of!.Value).ToList();
        long? achieved = single ? criteria[0].Achieved : null;
        long? of = single ? criteria[0].Of : null;
        if (measured.Count == 0)
        {
            return new IndexGroupScore(key, ServiceIndexGroups.Name(key), max, false, achieved, of, null, null, ServiceIndexGroups.Measure(key), list);
        }

        var mean = measured.Sum() / measured.Count;
        return new IndexGroupScore(key, ServiceIndexGroups.Name(key), max, true, achieved, of, Math.Round(mean, 4), Math.Round(max * mean, 2, MidpointRounding.AwayFromZero),
            ServiceIndexGroups.Measure(key), list);
    }
}
