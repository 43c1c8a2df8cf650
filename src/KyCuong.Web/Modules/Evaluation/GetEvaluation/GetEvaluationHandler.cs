using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Evaluation.GetEvaluation;

/// <summary>docs/api.md "Evaluation": a person's scores for a month, a quarter or a year, every product explained.</summary>
internal sealed class GetEvaluationHandler(EvaluationAccess access, EvaluationCalculator calculator)
{
    public async Task<EvaluationDto> HandleAsync(Guid userId, string? period, CancellationToken ct) => (await ReadAsync(userId, period, ct)).Result;

    /// <summary>
    /// The evaluation with the person's positions today as the access check read them (the page shows the name from them and asks
    /// whether the caller manages the person without reading them again).
    /// </summary>
    public async Task<(EvaluationDto Result, IReadOnlyList<PersonPosition> Positions)> ReadAsync(Guid userId, string? period, CancellationToken ct)
    {
        // Who may see the person comes first (ADR 0003): an outsider gets 404 whatever the period, never a hint in a 400.
        var positions = await access.EnsureCanSeeAsync(userId, ct);
        var p = EvaluationPeriod.Parse(period);
        return (await calculator.EvaluateAsync(userId, p, positions, ct), positions);
    }
}
