using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Evaluation.GradingMinutes;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KyCuong.Web.Modules.Evaluation.ExportEvaluation;

internal sealed record EvaluationFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// Exports of the evaluation (docs/domain.md "Evaluation: exports"): the body-wide summary for the personnel office as XLSX (every
/// person of every unit in the subtree, with scores, the grade by points, the self-proposed and the decided grade), and the official
/// form of one person as DOCX. The same readers as the screens: the unit's readers for the summary, the person's for the form.
/// </summary>
internal sealed class ExportEvaluationHandler(AppDbContext db, EvaluationAccess access, EvaluationCalculator calculator,
    GradingMinutesHandler minutes, IUnitDirectory units, IPeopleDirectory people, TimeProvider clock, ILogger<ExportEvaluationHandler> log)
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static readonly string[] SummaryHeader =
        ["STT", "Đơn vị", "Họ và tên", "Chức danh", "Điểm nhiệm vụ", "Điểm tiêu chí chung", "Tổng điểm", "Xếp loại theo điểm", "Tự xếp loại", "Xếp loại đã quyết định", "Ghi chú"];

    public async Task<EvaluationFile> SummaryAsync(Guid unitId, string period, CancellationToken ct)
    {
        await access.EnsureCanSeeUnitAsync(unitId, ct);
        var p = EvaluationPeriod.Parse(period);
        var phases = new EvaluationPhases(log.IsEnabled(LogLevel.Debug));
        phases.Start("units and people");
        var body = (await units.FindAsync(unitId, ct))!;
        var superior = body.ParentId is { } pid ? await units.FindAsync(pid, ct) : null;
        // Set-wise (docs/performance.md "Evaluation of a province's quarter"): the units, their people and everyone's scores in a fixed
        // number of queries per two thousand people.
        var subtree = await units.Subtree(unitId).ToListAsync(ct);
        var found = await units.FindManyAsync(subtree, ct);
        var named = subtree.Where(found.ContainsKey).Select(u => (Unit: found[u].Name, UnitId: u)).ToList();
        var positions = new List<PersonPosition>();
        foreach (var chunk in subtree.Chunk(1000))
        {
            positions.AddRange(await people.PeopleInAsync(chunk, clock.Today(), ct));
        }

        var byUnit = positions.GroupBy(x => x.UnitId).ToDictionary(g => g.Key, g => g.DistinctBy(x => x.UserId).OrderBy(x => x.FullName, StringComparer.Ordinal).ToList());
        var ordered = named.OrderBy(u => u.UnitId == unitId ? 0 : 1).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .SelectMany(u => byUnit.GetValueOrDefault(u.UnitId, []).Select(person => (u.Unit, u.UnitId, Person: person))).ToList();
        phases.Start("scores");
        var scores = await calculator.EvaluateManyAsync(ordered.Select(x => (x.Person.UserId, x.UnitId)).ToList(), p, ct);
        phases.Start("self-assessments and saved grades");
        var userIds = ordered.Select(x => x.Person.UserId).Distinct().ToList();
        var selves = new Dictionary<Guid, Grade>();
        foreach (var chunk in userIds.Chunk(1000))
        {
            foreach (var row in await db.EvaluationSelfAssessments.AsNoTracking().Where(s => chunk.Contains(s.UserId) && s.PeriodKey == p.Key)
                         .Select(s => new { s.UserId, s.ProposedGrade }).ToListAsync(ct))
            {
                selves[row.UserId] = row.ProposedGrade;
            }
        }

        var saved = await minutes.LatestForPeopleAsync(userIds, p.Key, ct);
        phases.Start("rows and XLSX");
        var rows = new List<IReadOnlyList<object?>>();
        var finals = new List<Grade>();
        foreach (var (unitName, _, person) in ordered)
        {
            var e = scores[person.UserId];
            var final = saved.GetValueOrDefault(person.UserId);
            if (GradingRules.TryParse(final?.Grade, out var f))
            {
                finals.Add(f);
            }

            rows.Add([rows.Count + 1, unitName, person.FullName, person.Title, e.TaskPoints, e.GeneralPoints, e.Total, e.GradeLabel,
                selves.TryGetValue(person.UserId, out var sg) ? sg.Label() : null, final?.GradeLabel, e.ForcedReason]);
        }

        rows.Add([]);
        foreach (var g in Enum.GetValues<Grade>().OrderByDescending(g => g))
        {
            rows.Add([null, "Số người đã quyết định xếp loại", null, g.Label(), finals.Count(x => x == g)]);
        }

        var title = new ExportTitle(superior?.Name ?? "", body.Name, "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÔNG CHỨC", body.Name,
            $"{Label(p)} ({ExportTitle.PeriodText(p.From, p.To, clock.Today())})", clock.Today());
        var file = new EvaluationFile(TableExport.ToXlsx("Tổng hợp", title, SummaryHeader, rows), Xlsx, $"tong-hop-danh-gia-{p.Key}-{body.ShortName}.xlsx");
        phases.Stop();
        log.LogDebug("Summary of {People} people for {Period}: {Phases}", ordered.Count, p.Key, phases);
        return file;
    }

    public async Task<EvaluationFile> FormAsync(Guid userId, string period, CancellationToken ct)
    {
        var positions = await access.EnsureCanSeeAsync(userId, ct);
        var p = EvaluationPeriod.Parse(period);
        var position = positions.OrderByDescending(x => x.Roles.HasFlag(OrgRole.Leader)).First();
        var e = await calculator.EvaluateAsync(userId, p, positions.Select(x => x.UnitId), ct);
        var unit = await units.FindAsync(position.UnitId, ct);
        var superior = unit?.ParentId is { } pid ? await units.FindAsync(pid, ct) : null;
        var self = await db.EvaluationSelfAssessments.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId && s.PeriodKey == p.Key, ct);
        var saved = await minutes.LatestForPersonAsync(userId, p.Key, ct);
        var name = (await people.NamesAsync([userId], ct)).GetValueOrDefault(userId, position.FullName);
        var content = new EvaluationFormContent(superior?.Name ?? "", unit?.Name ?? "", PlaceOf(unit?.Name ?? "") is var place && place != "……" ? place : PlaceOf(superior?.Name ?? ""), clock.Today(), Label(p), name, position.Title,
            unit?.Name ?? "", self?.Text, self?.ProposedGrade.Label(), e, saved?.GradeLabel,
            saved is null ? null : $"phiên bản {saved.Version}, lưu ngày {saved.SavedAt.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} bởi {saved.SavedByName}");
        return new EvaluationFile(EvaluationFormDocx.Build(content), Docx, $"phieu-danh-gia-{p.Key}.docx");
    }

    /// <summary>"Quý 3/2026", "Tháng 07/2026", "Năm 2026".</summary>
    public static string Label(EvaluationPeriod p) => p.Kind switch
    {
        PeriodKind.Quarter => $"Quý {p.Number}/{p.Year}",
        PeriodKind.Month => $"Tháng {p.Number:D2}/{p.Year}",
        _ => $"Năm {p.Year}",
    };

    /// <summary>"Sở Nội vụ tỉnh An Giang" → "An Giang": the place line names the province (Nghị định 30/2020, Appendix I).</summary>
    internal static string PlaceOf(string unitName)
    {
        foreach (var marker in new[] { " tỉnh ", " thành phố " })
        {
            var i = unitName.LastIndexOf(marker, StringComparison.Ordinal);
            if (i >= 0)
            {
                return unitName[(i + marker.Length)..];
            }
        }

        return "……";
    }
}
