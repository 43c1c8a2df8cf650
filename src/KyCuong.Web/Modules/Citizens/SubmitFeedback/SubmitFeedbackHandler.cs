using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Citizens.SubmitFeedback;

/// <summary>docs/api.md "Citizens": <c>{"kind","subject","content","submitter":{"name","phone"?,"email"?},"about":{"unitId"?,"procedureCode"?}}</c>.</summary>
internal sealed record SubmitFeedbackRequest(string? Kind, string? Subject, string? Content, SubmitterRequest? Submitter, AboutRequest? About);

internal sealed record SubmitterRequest(string? Name, string? Phone, string? Email);

internal sealed record AboutRequest(Guid? UnitId, string? ProcedureCode);

internal sealed record SubmitFeedbackResponse(string TrackingCode);

/// <summary>
/// Receives a reflection or recommendation from anyone, without an account (Nghị định 20/2008/NĐ-CP; docs/domain.md "Citizens"):
/// the body concerned (its successor in force after a merger), a decision deadline in working days, a random tracking code.
/// The audit row names the item only, never the sender.
/// </summary>
internal sealed class SubmitFeedbackHandler(
    AppDbContext db, IUnitDirectory units, ICalendarService calendar, IProcedureCatalogue procedures, AuditLog audit, TimeProvider clock,
    IOptions<CitizensOptions> options)
{
    /// <summary>Kinds of unit a citizen may address: bodies, not their internal divisions or offices.</summary>
    public static bool IsPublicBody(UnitDto u) => u.Kind is not (UnitKind.Division or UnitKind.Office or UnitKind.Other);

    public async Task<SubmitFeedbackResponse> HandleAsync(SubmitFeedbackRequest r, CancellationToken ct)
    {
        var v = new Validator()
            .Check(r.Kind is not null && FeedbackKinds.Submittable.Contains(r.Kind), "kind",
                "Chọn phản ánh (reflection) hoặc kiến nghị (recommendation); khiếu nại, tố cáo theo thủ tục riêng. / kind must be reflection or recommendation.")
            .Require(r.Subject, "subject", "Tiêu đề", 500)
            .Require(r.Content, "content", "Nội dung", 8000)
            .Check(r.Submitter is not null, "submitter", "Cần họ tên người gửi để trả lời. / submitter is required.");
        if (r.Submitter is { } s)
        {
            v.Require(s.Name, "submitter.name", "Họ và tên", 200)
                .MaxLength(s.Phone, "submitter.phone", "Số điện thoại", 30)
                .Check(s.Phone is null || s.Phone.Trim().All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '.' or '-'), "submitter.phone",
                    "Số điện thoại chỉ gồm chữ số. / The phone number may contain digits only.")
                .MaxLength(s.Email, "submitter.email", "Thư điện tử", 254)
                .Check(string.IsNullOrWhiteSpace(s.Email) || (s.Email.Contains('@', StringComparison.Ordinal) && !s.Email.Trim().Contains(' ', StringComparison.Ordinal)),
                    "submitter.email", "Địa chỉ thư điện tử không hợp lệ. / The e-mail address is not valid.");
        }

        v.MaxLength(r.About?.ProcedureCode, "about.procedureCode", "Mã thủ tục", 50).ThrowIfInvalid();

        // A procedure named must be one the catalogue publishes (docs/domain.md "One-stop by procedure and step; procedures catalogue"), so the item counts against it.
        var procedureCode = Clean(r.About?.ProcedureCode);
        if (procedureCode is not null && await procedures.FindPublishedAsync(procedureCode, ct) is null)
        {
            throw RequestValidationException.For("about.procedureCode",
                "Không có thủ tục hành chính đã công bố mang mã này. / No published procedure has this code.");
        }

        var today = clock.Today();
        UnitDto body;
        if (r.About?.UnitId is { } unitId)
        {
            var found = await units.ResolveInForceAsync(unitId, today, ct);
            if (found is null || !IsPublicBody(found) || (found.ValidTo is { } end && end < today))
            {
                throw RequestValidationException.For("about.unitId", "Không có cơ quan này. / No such body.");
            }

            body = found;
        }
        else
        {
            // Without a body named, the item goes to the top of the tree, whose receiving office sends it on.
            body = (await units.ListAsync(ct)).First(u => u.ParentId is null);
        }

        var due = await calendar.DueAfterWorkingDaysAsync(today, options.Value.DecisionWorkingDays, ct);
        var submitter = r.Submitter!;
        var item = new FeedbackItem(Guid.CreateVersion7(), TrackingCodes.New(), r.Kind!, Clean(r.Subject)!, Clean(r.Content)!, Clean(submitter.Name)!,
            Clean(submitter.Phone), Clean(submitter.Email), body.Id, procedureCode, today, clock.GetUtcNow().UtcDateTime, due);
        db.FeedbackItems.Add(item);
        audit.Record(CitizensAudit.Entity, item.Id, CitizensAudit.Received, new { bodyUnitId = body.Id, item.Kind, decisionDueDate = due });
        await db.SaveChangesAsync(ct);
        return new SubmitFeedbackResponse(item.TrackingCode);
    }

    internal static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize();
}
