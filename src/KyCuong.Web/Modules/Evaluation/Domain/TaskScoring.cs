namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>
/// One converted work product of the period: its coefficient (frame points ÷ standard product, 1 without a product type), whether
/// it was completed, whether the reviewer found that it met the content requirements, its major content errors and the delays
/// that belong to the person (docs/domain.md "Evaluation": who held the clock), minus those the competent person excused.
/// </summary>
internal sealed record ProductInput(Guid TaskId, string Title, decimal Coefficient, bool Completed, bool MeetsRequirements, int MajorErrors, int Delays,
    int ExcusedErrors = 0, int ExcusedDelays = 0, bool Reviewed = true);

internal sealed record ProductScore(ProductInput Product, decimal QuantityShare, decimal QualityShare, decimal ProgressShare, IReadOnlyList<string> Notes);

/// <summary>Fractions 0–1 (a, b, c, task score) and points 0–70.</summary>
internal sealed record TaskResult(int Assigned, int Completed, decimal AssignedWeight, decimal Quantity, decimal Quality, decimal Progress, decimal TaskPercent,
    decimal TaskPoints, IReadOnlyList<ProductScore> Products);

/// <summary>
/// Nghị định 335/2025 task results of a non-leader: a = completed ÷ assigned, b = completed and meeting the requirements ÷ assigned
/// (each major error −25 % of that product's quality points), c = completed on time ÷ assigned (each delay −25 % of that product's
/// progress points), all weighted by the product coefficients; task score = (a + b + c) / 3, points = score × 70 / 100.
/// Leaders add d, đ and e and divide by six.
/// </summary>
internal static class TaskScoring
{
    /// <summary>
    /// A product's coefficient is its points ÷ the standard product's points (5); the points of a catalogue product lie within its
    /// complexity group's frame (N1–N5: 100…500). A task without a product type is one standard product.
    /// </summary>
    public static decimal Coefficient(decimal? productPoints, int? group, EvaluationOptions o)
    {
        if (productPoints is not decimal points || points <= 0)
        {
            return 1m;
        }

        var frame = group is int n && n is >= 1 and <= 5 ? o.FramePoints[n - 1] : o.FramePoints[^1];
        return Math.Min(points, frame) / o.StandardProductPoints;
    }

    public static TaskResult Score(IReadOnlyCollection<ProductInput> products, EvaluationOptions o)
    {
        var scores = new List<ProductScore>();
        decimal weight = 0, quantity = 0, quality = 0, progress = 0;
        foreach (var p in products)
        {
            var notes = new List<string>();
            var coefficient = p.Coefficient <= 0 ? 1m : p.Coefficient;
            weight += coefficient;
            decimal qn = 0, ql = 0, pr = 0;
            if (p.Completed)
            {
                qn = 1;
                var errors = Math.Max(0, p.MajorErrors - p.ExcusedErrors);
                if (p.MeetsRequirements)
                {
                    ql = Math.Max(0, 1 - errors * o.MajorErrorDeduction);
                    if (errors > 0)
                    {
                        notes.Add($"{errors} lỗi lớn về nội dung: trừ {errors * o.MajorErrorDeduction:P0} điểm chất lượng.");
                    }
                }
                else
                {
                    notes.Add("Không đạt yêu cầu về nội dung: không có điểm chất lượng.");
                }

                if (!p.Reviewed)
                {
                    notes.Add("Chưa được bên giao đánh giá: tạm tính là đạt yêu cầu.");
                }

                var delays = Math.Max(0, p.Delays - p.ExcusedDelays);
                pr = Math.Max(0, 1 - delays * o.DelayDeduction);
                if (delays > 0)
                {
                    notes.Add($"{delays} lần chậm do mình giữ hồ sơ: trừ {delays * o.DelayDeduction:P0} điểm tiến độ.");
                }
            }
            else
            {
                notes.Add("Chưa hoàn thành trong kỳ: không có điểm số lượng, chất lượng, tiến độ.");
            }

            quantity += qn * coefficient;
            quality += ql * coefficient;
            progress += pr * coefficient;
            scores.Add(new ProductScore(p, qn, ql, pr, notes));
        }

        if (weight == 0)
        {
            return new TaskResult(0, 0, 0, 0, 0, 0, 0, 0, scores);
        }

        var a = quantity / weight;
        var b = quality / weight;
        var c = progress / weight;
        var percent = (a + b + c) / 3;
        return new TaskResult(products.Count, products.Count(p => p.Completed), weight, Round(a), Round(b), Round(c), Round(percent),
            Math.Round(percent * o.TaskMaxPoints, 2), scores);
    }

    /// <summary>Leaders: d (the unit's results) is 100 % when every subordinate is at least "hoàn thành", else 50 %.</summary>
    public static decimal UnitResult(IEnumerable<Grade> subordinates) => subordinates.All(g => g >= Grade.Completed) ? 1m : 0.5m;

    /// <summary>Leaders: task score = (a + b + c + d + đ + e) / 6, all fractions 0–1.</summary>
    public static decimal LeaderPercent(decimal a, decimal b, decimal c, decimal d, decimal organise, decimal rally) =>
        Round((a + b + c + d + organise + rally) / 6);

    public static decimal Round(decimal fraction) => Math.Round(fraction, 4);
}
