namespace KyCuong.Web.Modules.Documents.Contracts;

/// <summary>What other modules may know of a registered document.</summary>
public sealed record DocumentSummary(Guid Id, string Direction, string? NumberSymbol, string? Type, string? Subject, string? IssuerName,
    Guid? IssuerUnitId, DateOnly? Date, Guid? ImplementsTaskId, Guid RegisteredByUnitId);
