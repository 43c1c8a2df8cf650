using System.Collections.Concurrent;
using KyCuong.Web.Modules.Consultations.Contracts;

namespace KyCuong.IntegrationTests.Submissions;

/// <summary>Stands in for the consultations module: the tests put the result a consultation would give.</summary>
public sealed class FakeConsultationResults : IConsultationResults
{
    public ConcurrentDictionary<Guid, ConsultationResult> Results { get; } = new();

    public Task<ConsultationResult?> GetAsync(Guid consultationId, CancellationToken ct) => Task.FromResult(Results.GetValueOrDefault(consultationId));

    public Guid Add(Guid requesterUnitId, params ConsultationParticipantResult[] participants)
    {
        var id = Guid.NewGuid();
        Results[id] = new ConsultationResult(id, "Dự thảo quy chế phối hợp", null, requesterUnitId, "closed", new DateOnly(2026, 2, 2), participants);
        return id;
    }

    public static ConsultationParticipantResult Participant(Guid unitId, string name, string outcome, string resolution = "none", string? reasoning = null, string? note = null) =>
        new(unitId, name, outcome, reasoning, null, false, false, resolution, note);
}
