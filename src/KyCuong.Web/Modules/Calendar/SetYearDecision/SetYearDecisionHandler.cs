using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.Domain;
using KyCuong.Web.Modules.Calendar.GetYearDecision;
using KyCuong.Web.Modules.Calendar.Persistence;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar.SetYearDecision;

/// <summary>
/// Enters or corrects a year's decision. The new calendar version is committed with the decision and its audit row;
/// deadlines already given keep their dates (docs/domain.md §7) until an administrator applies a re-computation.
/// </summary>
internal sealed class SetYearDecisionHandler(AppDbContext db, IAccessControl access, AuditLog audit, TimeProvider clock, ICurrentUser currentUser)
{
    public async Task<YearDecisionResponse> HandleAsync(int year, SetYearDecisionRequest request, CancellationToken ct)
    {
        await access.EnsureCanManageAsync(ct);
        GetYearDecisionHandler.CheckYear(year);
        var (rules, decisions) = await CalendarData.LoadInputsAsync(db, ct);
        var decision = YearDecisionValidator.Validate(year, request, CalendarData.Build(rules, []));
        try
        {
            // The library refuses a decision that contradicts the calendar (e.g. a swap whose day off is already a holiday).
            CalendarData.Build(rules, decisions.Where(d => d.Year != year).Append(decision));
        }
        catch (ArgumentException e)
        {
            throw RequestValidationException.For("decision", $"Quyết định mâu thuẫn với lịch: {e.Message} / The decision contradicts the calendar.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = currentUser.UserName ?? "system";
        var row = await db.CalendarYearDecisions.FirstOrDefaultAsync(d => d.Year == year, ct);
        if (request.ExpectedVersion is { } expected && expected != (row?.Version ?? 0))
        {
            throw new DomainException("calendar.decisionChanged",
                "Quyết định của năm này vừa được người khác sửa; hãy tải lại rồi sửa tiếp. / The decision was changed meanwhile; reload and retry.");
        }

        var state = await db.CalendarStates.FirstOrDefaultAsync(ct);
        if (state is null)
        {
            state = new CalendarState(0, now);
            db.CalendarStates.Add(state);
        }

        var before = row?.ToDecision();
        int version = state.Bump(now);
        if (row is null)
        {
            row = new YearDecisionRecord(Guid.CreateVersion7(), decision, version, now, by);
            db.CalendarYearDecisions.Add(row);
        }
        else
        {
            row.Set(decision, version, now, by);
        }

        audit.Record(CalendarAudit.YearDecisionEntity, row.Id, before is null ? CalendarAudit.DecisionCreated : CalendarAudit.DecisionChanged,
            new { year, calendarVersion = version, before, after = decision },
            string.IsNullOrWhiteSpace(request.Reason) ? $"Căn cứ: {decision.Source}" : $"Căn cứ: {decision.Source}. Lý do: {request.Reason.Trim()}");
        await db.SaveChangesAsync(ct);
        return YearDecisionResponse.From(row);
    }
}
