using KyCuong.Web.Modules.Documents.Domain;

namespace KyCuong.Web.Modules.Documents;

/// <summary>A validated registration waiting for its numbers: counters exist, access was checked.</summary>
internal sealed record PreparedDocument(Document Document, Guid CounterUnitId, string? Series, int? ManualNumber, string? Symbol);
