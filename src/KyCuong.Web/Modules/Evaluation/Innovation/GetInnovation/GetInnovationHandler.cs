using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Evaluation.Innovation.GetInnovation;

/// <summary>
/// Reads proposals (docs/api.md "Evaluation: innovation proposals"): one by id, or the list the caller may see — their own, those they
/// vote on, those of a body they lead, and every body at or below a unit where they hold the personnel office's monitor role.
/// </summary>
internal sealed class GetInnovationHandler(AppDbContext db, InnovationProposals proposals, ICurrentPerson currentPerson, IUnitDirectory units, TimeProvider clock)
{
    public const int MaxItems = 200;

    private static readonly string[] Statuses = ["voting", "lapsed", "approved", "rejected"];

    public async Task<InnovationProposalDto> GetAsync(Guid id, CancellationToken ct) =>
        await proposals.ToDtoAsync(await proposals.LoadVisibleAsync(id, track: false, ct), ct);

    public async Task<InnovationListDto> ListAsync(string? status, CancellationToken ct)
    {
        new Validator()
            .Check(status is null || Statuses.Contains(status), "status", "Trạng thái là voting, lapsed, approved hoặc rejected. / status must be voting, lapsed, approved or rejected.")
            .ThrowIfInvalid();
        var me = await currentPerson.GetAsync(ct);
        var query = db.EvaluationInnovationProposals.AsNoTracking().Include(p => p.Voters).Include(p => p.Tasks).AsSplitQuery();
        if (!me.IsAdministrator)
        {
            var bodies = new HashSet<Guid>();
            foreach (var g in me.Grants.Where(g => !g.ViaDelegation && (g.Roles.Contains("leader") || g.Roles.Contains("deputyLeader"))))
            {
                bodies.Add(g.UnitId);
            }

            foreach (var g in me.Grants.Where(g => g.Roles.Contains("monitor")))
            {
                bodies.UnionWith(await units.Subtree(g.UnitId).ToListAsync(ct));
            }

            var ids = bodies.ToList();
            query = query.Where(p => p.ProposerUserId == me.Id || p.Voters.Any(v => v.UserId == me.Id) || p.ExcludedDeputyUserId == me.Id || ids.Contains(p.BodyUnitId));
        }

        var rows = await query.OrderByDescending(p => p.SubmittedAtUtc).Take(MaxItems * 2).ToListAsync(ct);
        var today = Platform.Time.VietnamTime.Today(clock);
        var items = new List<InnovationProposalDto>();
        foreach (var p in rows.Where(p => status is null || InnovationProposals.StatusOf(p, today) == status).Take(MaxItems))
        {
            items.Add(await proposals.ToDtoAsync(p, ct));
        }

        return new InnovationListDto(items, items.Count);
    }
}
