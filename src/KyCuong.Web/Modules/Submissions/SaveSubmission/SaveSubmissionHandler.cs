using System.Text.Json;
using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Submissions.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Submissions.SaveSubmission;

/// <summary>
/// Drafts or edits a submission (docs/domain.md §9): legal basis, competence, the unit's view and the recommendation are required;
/// with two or more options the chosen one and the reason are required. The consultation, if named, must be the
/// submitter's own, finished, and with no unresolved disagreement (§8); its results are then attached as a snapshot.
/// The own-competence flag ("do not push up") comes from the catalogue.
/// </summary>
internal sealed class SaveSubmissionHandler(
    AppDbContext db, SubmissionAccess submissions, IUnitDirectory units, ICompetenceCatalogue catalogue,
    IConsultationResults results, AuditLog audit, TimeProvider clock, ICurrentUser currentUser)
{
    public const int MaxOptions = 10;

    public async Task<SaveSubmissionResponse> CreateAsync(SaveSubmissionRequest request, CancellationToken ct)
    {
        Validate(request);
        await submissions.EnsureCanSendForAsync(request.SubmitterUnitId!.Value, ct);
        var s = new Submission(Guid.CreateVersion7(), request.SubmitterUnitId!.Value, currentUser.UserId ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        var response = await ApplyAsync(s, request, ct);
        db.Submissions.Add(s);
        audit.Record(SubmissionAudit.Entity, s.Id, SubmissionAudit.Drafted, new { s.Title, s.SubmitterUnitId, s.ToUnitId, s.MatterCode, s.OwnCompetence, s.ConsultationId });
        await db.SaveChangesAsync(ct);
        return response;
    }

    public async Task<SaveSubmissionResponse> UpdateAsync(Guid id, SaveSubmissionRequest request, CancellationToken ct)
    {
        var s = await submissions.LoadAsync(id, ct);
        await submissions.EnsureCanSendForAsync(s.SubmitterUnitId, ct);
        if (!s.IsWithSender)
        {
            throw new DomainException("submission.notWithSender", "Tờ trình đang ở Văn phòng hoặc đã được tiếp nhận; không sửa được. / The submission is with the office or accepted and cannot be edited.");
        }

        Validate(request);
        if (request.SubmitterUnitId != s.SubmitterUnitId)
        {
            throw RequestValidationException.For("submitterUnitId", "Không đổi được đơn vị trình. / The submitting unit cannot change.");
        }

        var response = await ApplyAsync(s, request, ct);
        audit.Record(SubmissionAudit.Entity, s.Id, SubmissionAudit.Edited, new { s.Title, s.ToUnitId, s.MatterCode, s.OwnCompetence, s.ConsultationId });
        await db.SaveChangesAsync(ct);
        return response with { Status = SubmissionDto.StatusName(s.Status) };
    }

    private static void Validate(SaveSubmissionRequest r)
    {
        var v = new Validator()
            .Require(r.Title, "title", "Trích yếu tờ trình", 500)
            .Check(r.SubmitterUnitId is not null, "submitterUnitId", "Đơn vị trình là bắt buộc. / submitterUnitId is required.")
            .Check(r.ToUnitId is not null, "toUnitId", "Cấp trình là bắt buộc. / toUnitId is required.")
            .Require(r.LegalBasis, "legalBasis", "Căn cứ pháp lý", 4000)
            .Require(r.Competence, "competence", "Thẩm quyền giải quyết", 4000)
            .Require(r.SubmitterView, "submitterView", "Ý kiến của cơ quan trình", 8000)
            .Require(r.Recommendation, "recommendation", "Kiến nghị, đề xuất", 8000)
            .MaxLength(r.MatterCode, "matterCode", "Loại việc", 100)
            .MaxLength(r.ChoiceReason, "choiceReason", "Lý do chọn phương án", 4000);
        var options = r.Options ?? [];
        v.Check(options.Count <= MaxOptions, "options", $"Tối đa {MaxOptions} phương án. / At most {MaxOptions} options.");
        for (var i = 0; i < options.Count; i++)
        {
            v.Require(options[i]?.Label, $"options[{i}].label", $"Tên phương án {i + 1}", 300)
                .MaxLength(options[i]?.Description, $"options[{i}].description", $"Nội dung phương án {i + 1}", 4000);
        }

        // docs/domain.md §9: with two or more options the submission names the chosen one and gives the reason.
        if (options.Count >= 2)
        {
            v.Check(r.ChosenOptionIndex is not null, "chosenOptionIndex", "Có từ hai phương án trở lên: phải chọn một phương án. / With two or more options, choose one.")
                .Check(!string.IsNullOrWhiteSpace(r.ChoiceReason), "choiceReason", "Có từ hai phương án trở lên: phải nêu lý do chọn. / With two or more options, give the reason for the choice.");
        }

        if (r.ChosenOptionIndex is { } chosen)
        {
            v.Check(chosen >= 0 && chosen < options.Count, "chosenOptionIndex", "Phương án được chọn không có trong danh sách. / The chosen option is not in the list.");
        }

        v.ThrowIfInvalid();
    }

    private async Task<SaveSubmissionResponse> ApplyAsync(Submission s, SaveSubmissionRequest r, CancellationToken ct)
    {
        var submitter = r.SubmitterUnitId!.Value;
        var to = r.ToUnitId!.Value;
        if (await units.FindAsync(to, ct) is null)
        {
            throw RequestValidationException.For("toUnitId", "Cấp trình không tồn tại. / The receiving unit does not exist.");
        }

        // A submission goes up: the receiving unit is an ancestor of the submitting one.
        if (to == submitter || !await units.Subtree(to).AnyAsync(u => u == submitter, ct))
        {
            throw RequestValidationException.For("toUnitId", "Tờ trình chỉ gửi lên cấp trên của đơn vị trình. / A submission goes to a unit above the submitting unit.");
        }

        var matterCode = string.IsNullOrWhiteSpace(r.MatterCode) ? null : r.MatterCode.Trim();
        CompetenceLink? own = null;
        if (matterCode is not null)
        {
            if (await catalogue.FindMatterAsync(matterCode, ct) is null)
            {
                throw RequestValidationException.For("matterCode", "Loại việc không có trong danh mục thẩm quyền. / The matter is not in the competence catalogue.");
            }

            // docs/domain.md §9 "do not push up": the catalogue gives the decision to the submitting unit itself.
            var link = await catalogue.LinkOfAsync(submitter, matterCode, ct);
            own = link is { Role: CompetenceRole.Decides } ? link : null;
        }

        string? snapshot = null;
        if (r.ConsultationId is { } consultationId)
        {
            snapshot = JsonSerializer.Serialize(await ConsultationGateAsync(consultationId, submitter, ct), JsonSerializerOptions.Web);
        }

        var options = (r.Options ?? []).Select(o => new SubmissionOptionDto(o.Label!.Trim(), string.IsNullOrWhiteSpace(o.Description) ? null : o.Description.Trim())).ToList();
        s.Revise(r.Title!.Trim(), to, matterCode, r.LegalBasis!.Trim(), r.Competence!.Trim(), r.SubmitterView!.Trim(), r.Recommendation!.Trim(),
            JsonSerializer.Serialize(options, JsonSerializerOptions.Web), options.Count, r.ChosenOptionIndex, r.ChoiceReason, r.ConsultationId, snapshot,
            own?.EntryId, own is not null);
        return new SaveSubmissionResponse(s.Id, SubmissionDto.StatusName(s.Status), own is not null, own, snapshot is not null);
    }

    /// <summary>docs/domain.md §8: a consultation attached to a submission is finished and every disagreement was reconciled or escalated.</summary>
    private async Task<ConsultationSnapshot> ConsultationGateAsync(Guid consultationId, Guid submitter, CancellationToken ct)
    {
        var c = await results.GetAsync(consultationId, ct)
            ?? throw RequestValidationException.For("consultationId", "Không tìm thấy đợt lấy ý kiến. / Consultation not found.");
        if (c.RequesterUnitId != submitter)
        {
            throw new DomainException("submission.consultationNotOwn", "Đợt lấy ý kiến không do đơn vị trình chủ trì. / The consultation was not requested by the submitting unit.");
        }

        if (c.HasPending)
        {
            throw new DomainException("submission.consultationPending", "Đợt lấy ý kiến còn đơn vị chưa trả lời và chưa hết hạn. / The consultation is still pending.");
        }

        var unresolved = c.UnresolvedDisagreements;
        if (unresolved.Count > 0)
        {
            throw new DomainException("submission.unresolvedDisagreement",
                $"Còn ý kiến không đồng ý chưa được xử lý (làm việc trực tiếp hoặc xin ý kiến cấp trên): {string.Join("; ", unresolved.Select(u => u.UnitName))}. / " +
                $"Unresolved disagreements remain: {string.Join("; ", unresolved.Select(u => u.UnitId))}.");
        }

        return ConsultationSnapshot.From(c);
    }
}
