using KyCuong.Web.Modules.Evaluation.Innovation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Evaluation.Innovation.GetInnovation;

/// <summary>
/// Reads proposals (docs/api.md "Evaluation: innovation proposals"): one by id, or the list the caller may see — their own, those they
/// vote on, those of a body they lead, and every body at or below a unit where they hold the personnel office's monitor role.
/// </summary>
internal sealed class GetInnovationHandler(AppDbContext db, InnovationProposals proposals, ICurrentPerson currentPerson, IUnitDirectory units, TimeProvider clock)
{
    private static readonly string[] Statuses = ["voting", "lapsed", "approved", "rejected"];

    public async Task<InnovationProposalDto> GetAsync(Guid id, CancellationToken ct) =>
        await proposals.ToDtoAsync(await proposals.LoadVisibleAsync(id, track: false, ct), ct);

    public async Task<InnovationListDto> ListAsync(string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var request = Paging.Validate(page, pageSize);
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

        // The status is filtered in the query (a proposal still open past its vote deadline is "lapsed", InnovationProposal.IsLapsed),
        // so that the page and its total are the database's.
        var today = Platform.Time.VietnamTime.Today(clock);
        query = status switch
        {
            "voting" => query.Where(p => p.Status == ProposalStatus.Voting && p.VoteDeadline >= today),
            "lapsed" => query.Where(p => p.Status == ProposalStatus.Voting && p.VoteDeadline < today),
            "approved" => query.Where(p => p.Status == ProposalStatus.Approved),
            "rejected" => query.Where(p => p.Status == ProposalStatus.Rejected),
            _ => query,
        };
        var rows = await query.OrderByDescending(p => p.SubmittedAtUtc).ThenBy(p => p.Id).ToPageAsync(request, ct);
        return new InnovationListDto(await proposals.ToDtosAsync(rows.Items, ct), rows.Page, rows.PageSize, rows.Total);
    }
}
