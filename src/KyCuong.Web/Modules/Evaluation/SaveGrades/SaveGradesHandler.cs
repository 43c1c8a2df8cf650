using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Evaluation.GetUnitEvaluation;
using KyCuong.Web.Modules.Evaluation.GradingMinutes;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Evaluation.SaveGrades;

/// <summary>One person's grade as the manager decides it.</summary>
internal sealed record GradeLine(Guid? UserId, string? Grade);

/// <summary>docs/api.md "Evaluation: saved grades": <c>{"grades":[{"userId","grade"}],"outstandingBody","unitGrade","note"}</c>.</summary>
internal sealed record SaveGradesRequest(IReadOnlyList<GradeLine>? Grades, bool? OutstandingBody, string? UnitGrade, string? Note);

/// <summary>One line of the grading sheet: the figures now, the self-proposed grade, and whether the caller may grade this person.</summary>
internal sealed record SheetLineDto(Guid UserId, string Name, string Title, bool Head, decimal? Total, string? ProposedGrade, string? SelfGrade, string? ForcedReason,
    bool CanGrade);

/// <summary>What the manager grades from: the unit's people for the period and the versions already saved.</summary>
internal sealed record GradeSheetDto(Guid UnitId, string Period, IReadOnlyList<SheetLineDto> People, IReadOnlyList<GradingVersionDto> Versions);

/// <summary>
/// The manager saves the grades of a unit's people for a period (Nghị định 335/2025). Before anything is written the checks of
/// <see cref="GradingRules"/> run: a forced grade, the cap on "xuất sắc", a head not above the unit; a refusal is a 409 with its code
/// and figures and changes nothing. The saved decision is a new version with its minutes (who, when, each person's score, proposed
/// grade, self-proposed grade and final grade); earlier versions stay as they were. Each person is graded by their own manager
/// (a head by the unit above), never by themself. Audited.
/// </summary>
internal sealed class SaveGradesHandler(AppDbContext db, EvaluationAccess access, GetUnitEvaluationHandler table, GradingMinutesHandler minutes,
    IPeopleDirectory people, AuditLog audit, IOptions<EvaluationOptions> options, TimeProvider clock)
{
    /// <summary>The sheet the grading page shows (same readers as the unit table; 404 for anyone else).</summary>
    public async Task<GradeSheetDto> SheetAsync(Guid unitId, string period, CancellationToken ct)
    {
        var versions = await minutes.VersionsAsync(unitId, period, ct);
        var p = EvaluationPeriod.Parse(period);
        var rows = await table.RowsAsync(unitId, p, ct);
        var userIds = rows.Select(x => x.Person.UserId).ToList();
        var selves = await db.EvaluationSelfAssessments.AsNoTracking().Where(s => userIds.Contains(s.UserId) && s.PeriodKey == p.Key)
            .ToDictionaryAsync(s => s.UserId, s => s.ProposedGrade, ct);
        var admin = await access.IsAdministratorAsync(ct);
        var lines = new List<SheetLineDto>();
        foreach (var (person, e) in rows)
        {
            var canGrade = admin || await access.IsManagerAsync(person.UserId, await access.PositionsAsync(person.UserId, ct), ct);
            lines.Add(new SheetLineDto(person.UserId, person.FullName, person.Title, person.Roles.HasFlag(OrgRole.Leader), e.Total, e.Grade,
                selves.TryGetValue(person.UserId, out var sg) ? sg.ApiName() : null, e.ForcedReason, canGrade));
        }

        return new GradeSheetDto(unitId, p.Key, lines, versions.Versions);
    }

    public async Task<GradingMinutesDto> HandleAsync(Guid unitId, string period, SaveGradesRequest r, CancellationToken ct)
    {
        await access.EnsureCanSeeUnitAsync(unitId, ct);
        var p = EvaluationPeriod.Parse(period);
        var v = new Validator();
        var lines = r.Grades ?? [];
        v.Check(lines.Count > 0, "grades", "Cần xếp loại ít nhất một người. / grades must list at least one person.");
        var parsed = new List<(Guid UserId, Grade Grade)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var ok = lines[i] is { UserId: { } id } && id != Guid.Empty;
            v.Check(ok, $"grades[{i}].userId", "Thiếu người được xếp loại. / userId is required.");
            v.Check(GradingRules.TryParse(lines[i]?.Grade, out var g), $"grades[{i}].grade",
                "Xếp loại là excellent, good, completed hoặc notCompleted. / grade must be excellent, good, completed or notCompleted.");
            if (ok)
            {
                v.Check(parsed.All(x => x.UserId != lines[i].UserId), $"grades[{i}].userId", "Một người chỉ xếp loại một lần. / A person is listed twice.");
                parsed.Add((lines[i].UserId!.Value, g));
            }
        }

        Grade unitGrade = default;
        v.Check(r.UnitGrade is null || GradingRules.TryParse(r.UnitGrade, out unitGrade), "unitGrade",
                "Xếp loại đơn vị là excellent, good, completed hoặc notCompleted. / unitGrade must be excellent, good, completed or notCompleted.")
            .MaxLength(r.Note, "note", "Ghi chú", 4000);
        var rows = await table.RowsAsync(unitId, p, ct);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i]?.UserId is { } id && rows.All(x => x.Person.UserId != id))
            {
                v.Add($"grades[{i}].userId", "Người này không làm việc tại đơn vị. / The person does not work in this unit.");
            }
        }

        v.ThrowIfInvalid();

        // Each person is graded by their own manager: the unit's leaders grade its staff, the unit above grades the head (EvaluationAccess).
        foreach (var (userId, _) in parsed)
        {
            if (!await access.IsManagerAsync(userId, await access.PositionsAsync(userId, ct), ct) && !await access.IsAdministratorAsync(ct))
            {
                throw new ForbiddenException("Chỉ cấp quản lý của người được đánh giá xếp loại người đó. / Only a person's managers grade them.");
            }
        }

        var o = options.Value;
        var outstanding = r.OutstandingBody ?? false;
        var toSave = parsed.Select(x =>
        {
            var row = rows.First(y => y.Person.UserId == x.UserId);
            return new GradeToSave(x.UserId, row.Person.Roles.HasFlag(OrgRole.Leader), x.Grade, row.Evaluation.ForcedReason);
        }).ToList();
        if (GradingRules.Check(toSave, outstanding, r.UnitGrade is null ? null : unitGrade, o) is { } refusal)
        {
            throw new DomainException(refusal.Code, refusal.Message, refusal.Figures);
        }

        var userIds = rows.Select(x => x.Person.UserId).ToList();
        var selves = await db.EvaluationSelfAssessments.AsNoTracking().Where(s => userIds.Contains(s.UserId) && s.PeriodKey == p.Key)
            .ToDictionaryAsync(s => s.UserId, s => s.ProposedGrade, ct);
        var version = (await db.EvaluationGradingDecisions.Where(d => d.UnitId == unitId && d.PeriodKey == p.Key).MaxAsync(d => (int?)d.Version, ct) ?? 0) + 1;
        var good = toSave.Count(x => x.Final == Grade.Good);
        var savedBy = access.CallerId is { } me ? (await people.NamesAsync([me], ct)).GetValueOrDefault(me, "") : "";
        var note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim().Normalize();
        var decision = new GradingDecision(Guid.CreateVersion7(), unitId, p.Key, version, access.CallerId, savedBy, clock.GetUtcNow().UtcDateTime, outstanding,
            r.UnitGrade is null ? null : unitGrade, Grading.MaxExcellent(good, outstanding ? o.ExcellentCapOutstandingBody : o.ExcellentCap), note);
        var chosen = parsed.ToDictionary(x => x.UserId, x => x.Grade);
        foreach (var (person, e) in rows)
        {
            Grade? proposed = GradingRules.TryParse(e.Grade, out var pg) ? pg : null;
            Grade? final = chosen.TryGetValue(person.UserId, out var fg) ? fg : null;
            decision.Entries.Add(new GradingEntry(Guid.CreateVersion7(), decision.Id, person.UserId, person.FullName, person.Title, person.Roles.HasFlag(OrgRole.Leader),
                e.Total, proposed, selves.TryGetValue(person.UserId, out var sg) ? sg : null, final, e.ForcedReason));
        }

        db.EvaluationGradingDecisions.Add(decision);
        audit.Record(EvaluationAudit.Entity, decision.Id, EvaluationAudit.GradesSaved,
            new { unitId, period = p.Key, version, grades = toSave.Select(x => new { x.UserId, grade = x.Final.ApiName() }), outstandingBody = outstanding },
            note);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two managers saving the unit's grades at the same moment take the same version number; the unique index on
            // (unit, period, version) keeps one, and the other is told to reload rather than answered with a 500.
            throw new DomainException("evaluation.concurrentSave",
                "Bảng xếp loại của đơn vị vừa được người khác lưu; hãy tải lại trang để xem phiên bản mới rồi lưu lại.",
                new Dictionary<string, object?> { ["version"] = version });
        }

        return await minutes.ToDtoAsync(decision, ct);
    }
}
