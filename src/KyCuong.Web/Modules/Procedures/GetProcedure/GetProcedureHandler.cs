using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.Domain;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Procedures.GetProcedure;

/// <summary>The compliance cost inputs and their product (Thông tư 02/2017/TT-VPCP); <c>annual</c> is null while an input is missing.</summary>
internal sealed record ComplianceCostDto(long? CostPerCompliance, decimal? FrequencyPerYear, long? SubjectsPerYear, long? Annual);

/// <summary>docs/api.md "One-stop by procedure and step; procedures catalogue": a procedure with every published part.</summary>
internal sealed record ProcedureDetails(Guid Id, string Code, string Name, bool Internal, Guid BodyUnitId, string BodyUnitName, string? Sequence, string? Method,
    string? Dossier, int? TimeLimitWorkingDays, string? Subjects, string? Agency, string? Result, string? Fees, string? LegalBasis, string Status,
    string StatusLabel, DateOnly? PublishedOn, ComplianceCostDto ComplianceCost, bool CanEdit);

/// <summary>One procedure the caller may see (<see cref="ProcedureAccess.VisibleAsync"/>), else 404.</summary>
internal sealed class GetProcedureHandler(ProcedureAccess access, IUnitDirectory units)
{
    internal static NotFoundException NotFound() => new("Không tìm thấy thủ tục hành chính. / Procedure not found.");

    public async Task<ProcedureDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var p = await (await access.VisibleAsync(ct)).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound();
        return await DescribeAsync(p, ct);
    }

    public async Task<ProcedureDetails> DescribeAsync(Procedure p, CancellationToken ct)
    {
        var body = await units.FindAsync(p.BodyUnitId, ct);
        return new ProcedureDetails(p.Id, p.Code, p.Name, p.Internal, p.BodyUnitId, body?.Name ?? "", p.Sequence, p.Method, p.Dossier, p.TimeLimitWorkingDays,
            p.Subjects, p.Agency, p.Result, p.Fees, p.LegalBasis, p.Status, ProcedureStatus.Label(p.Status), p.PublishedOn,
            new ComplianceCostDto(p.CostPerCompliance, p.FrequencyPerYear, p.SubjectsPerYear, p.AnnualComplianceCost), await access.CanKeepAsync(p.BodyUnitId, ct));
    }
}
