namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>
/// One product of a body's conversion catalogue (Nghị định 335/2025, docs/domain.md "Evaluation": conversion): the work product a
/// job position delivers, its complexity group N1–N5 and its points within that group's frame. Its coefficient is points ÷ the
/// standard product's points. The personnel office maintains it; a retired product stays so that past tasks keep their weight.
/// </summary>
internal sealed class CatalogueProduct
{
    private CatalogueProduct()
    {
    }

    public CatalogueProduct(Guid id, Guid unitId, string jobPosition, string name, int group, decimal points, Guid? byUserId, DateTime atUtc)
    {
        Id = id;
        UnitId = unitId;
        Active = true;
        Update(jobPosition, name, group, points, true, byUserId, atUtc);
    }

    public Guid Id { get; private set; }

    /// <summary>The body whose catalogue this is; it applies to tasks led by that body or any unit under it.</summary>
    public Guid UnitId { get; private set; }

    public string JobPosition { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Complexity group 1–5 (N1–N5).</summary>
    public int Group { get; private set; }

    public decimal Points { get; private set; }

    public bool Active { get; private set; }

    public Guid? ByUserId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public void Update(string jobPosition, string name, int group, decimal points, bool active, Guid? byUserId, DateTime atUtc)
    {
        JobPosition = jobPosition;
        Name = name;
        Group = group;
        Points = points;
        Active = active;
        ByUserId = byUserId;
        AtUtc = atUtc;
    }
}

/// <summary>
/// The product type a task counts as (an Evaluation-owned row keyed by the task's id, so the Tasks module does not change). The name,
/// group and points are copied when the assigner chooses, so a later change of the catalogue never rewrites a past evaluation.
/// </summary>
internal sealed class TaskProduct
{
    private TaskProduct()
    {
    }

    public TaskProduct(Guid taskId) => TaskId = taskId;

    public Guid TaskId { get; private set; }

    public Guid ProductId { get; private set; }

    public string Name { get; private set; } = "";

    public int Group { get; private set; }

    public decimal Points { get; private set; }

    public Guid? ByUserId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public void Set(CatalogueProduct product, Guid? byUserId, DateTime atUtc)
    {
        ProductId = product.Id;
        Name = product.Name;
        Group = product.Group;
        Points = product.Points;
        ByUserId = byUserId;
        AtUtc = atUtc;
    }
}

/// <summary>Pure rules of the conversion catalogue (docs/domain.md "Evaluation": conversion).</summary>
internal static class ProductRules
{
    /// <summary>The group's label as the decree writes it.</summary>
    public static string GroupLabel(int group) => $"N{group}";

    /// <summary>
    /// A product's points are positive, with at most two decimals, and never above its group's frame (N1–N5: 100…500 by default):
    /// the frame is the most a product of that complexity may weigh. Null when valid, else the Vietnamese reason.
    /// </summary>
    public static string? PointsProblem(int group, decimal points, IReadOnlyList<decimal> frames)
    {
        if (group is < 1 or > 5)
        {
            return "Nhóm mức độ phức tạp là N1 đến N5.";
        }

        if (points <= 0 || decimal.Round(points, 2) != points)
        {
            return "Điểm của sản phẩm phải lớn hơn 0, tối đa hai chữ số thập phân.";
        }

        return points > frames[group - 1] ? $"Sản phẩm nhóm N{group} tối đa {frames[group - 1]:0.##} điểm (khung điểm của nhóm)." : null;
    }

    /// <summary>Job positions are compared as people type them: trimmed, NFC, case-insensitive.</summary>
    public static string NormalisePosition(string position) => string.Join(' ', position.Normalize().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static bool SamePosition(string a, string b) =>
        string.Equals(NormalisePosition(a), NormalisePosition(b), StringComparison.OrdinalIgnoreCase);
}
