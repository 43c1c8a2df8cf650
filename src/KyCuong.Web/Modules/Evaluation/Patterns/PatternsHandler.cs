using KyCuong.Web.Modules.Evaluation.Domain;

namespace KyCuong.Web.Modules.Evaluation.Patterns;

/// <summary>docs/api.md "Evaluation: patterns and candidates": who may see is decided first, exactly as for the evaluation (ADR 0003).</summary>
internal sealed class PatternsHandler(EvaluationAccess access, PatternsCalculator calculator)
{
    public async Task<PatternsDto> PersonAsync(Guid userId, string? period, CancellationToken ct)
    {
        var positions = await access.EnsureCanSeeAsync(userId, ct);
        return await calculator.ForPersonAsync(userId, positions, EvaluationPeriod.Parse(period), ct);
    }

    public async Task<PatternsDto> UnitAsync(Guid unitId, string? period, CancellationToken ct)
    {
        await access.EnsureCanSeeUnitAsync(unitId, ct);
        return await calculator.ForUnitAsync(unitId, EvaluationPeriod.Parse(period), ct);
    }
}
