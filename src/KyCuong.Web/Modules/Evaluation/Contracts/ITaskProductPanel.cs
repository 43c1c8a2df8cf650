namespace KyCuong.Web.Modules.Evaluation.Contracts;

/// <summary>A catalogue product as a task counts it (Nghị định 335/2025 conversion): group N1–N5, points, coefficient = points ÷ 5.</summary>
public sealed record TaskProductInfo(Guid ProductId, string Name, string Group, decimal Points, decimal Coefficient);

/// <summary>The task's product type, and — for the assigning side — the catalogue products it may choose.</summary>
public sealed record TaskProductPanel(Guid TaskId, TaskProductInfo? Product, decimal Coefficient, bool CanChoose, IReadOnlyList<TaskProductInfo> Choices);

/// <summary>
/// What a task counts for in the evaluation of its holder (docs/domain.md "Evaluation": conversion). The caller has already checked
/// that the signed-in person may see the task; null when the task does not exist.
/// </summary>
public interface ITaskProductPanel
{
    Task<TaskProductPanel?> PanelAsync(Guid taskId, CancellationToken ct);
}
