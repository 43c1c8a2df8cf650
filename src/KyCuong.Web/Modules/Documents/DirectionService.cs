using KyCuong.Documents;
using KyCuong.Web.Modules.Documents.DirectDocument;
using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Documents;

/// <summary>
/// Turns a leader's direction into tasks (docs/domain.md §5–6): exactly one lead unit, coordinators, a deadline; one task per
/// clause of the stored extraction, else one for the document. Tasks of an implementing document hang under the task it
/// implements, which builds the cascade 280/CĐ-TTg → provincial letters → department letters.
/// </summary>
internal sealed class DirectionService(
    AppDbContext db, IAccessControl access, UnitCatalog catalog, ITaskAssignments assignments, AuditLog audit, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<DirectionPlan> PlanAsync(Document doc, DirectDocumentRequest r, bool asSystem, CancellationToken ct)
    {
        if (!asSystem)
        {
            await access.EnsureAsync(Permission.AssignWork, doc.RegisteringUnitId, ct);
        }

        if (doc.DirectedAtUtc is not null)
        {
            throw new DomainException("document.alreadyDirected", "Văn bản đã có ý kiến chỉ đạo; các nhiệm vụ đã được giao. / The document already has a direction.");
        }

        var v = new Validator();
        v.Check(r.LeadUnitId is not null, "leadUnitId", "Cần đúng một đơn vị chủ trì. / Exactly one lead unit is required.");
        var coordinating = (r.CoordinatingUnitIds ?? []).Distinct().ToList();
        v.Check(r.LeadUnitId is null || !coordinating.Contains(r.LeadUnitId.Value), "coordinatingUnitIds", "Đơn vị chủ trì không đồng thời là đơn vị phối hợp. / The lead is not also a coordinator.");
        CheckDeadline(v, r.DueDate, r.WorkingDays, r.Standing, "");
        v.MaxLength(r.Note, "note", "Ý kiến chỉ đạo", 2000);
        foreach (var (c, i) in (r.Clauses ?? []).Select((c, i) => (c, i)))
        {
            v.Check(!string.IsNullOrWhiteSpace(c.Ref), $"clauses[{i}].ref", "Cần số khoản. / ref is required.");
            if (c.DueDate is not null || c.WorkingDays is not null || c.Standing is not null)
            {
                CheckDeadline(v, c.DueDate, c.WorkingDays, c.Standing, $"clauses[{i}].");
            }

            v.MaxLength(c.Title, $"clauses[{i}].title", "Tên nhiệm vụ", 500);
        }

        v.ThrowIfInvalid();

        var all = (await catalog.AllAsync(ct)).ToDictionary(u => u.Id);
        var mentioned = new[] { r.LeadUnitId!.Value }.Concat(coordinating)
            .Concat((r.Clauses ?? []).SelectMany(c => (c.CoordinatingUnitIds ?? []).Concat(c.LeadUnitId is { } l ? [l] : Array.Empty<Guid>())));
        foreach (var id in mentioned.Distinct())
        {
            if (!all.ContainsKey(id))
            {
                throw RequestValidationException.For("leadUnitId", $"Đơn vị {id} không có trong danh mục. / Unknown unit.");
            }
        }

        if (r.FocalUnitId is { } focal && (!all.TryGetValue(focal, out var focalUnit) || !focalUnit.IsInForceOn(clock.Today())))
        {
            throw RequestValidationException.For("focalUnitId", "Đơn vị đầu mối theo dõi không có trong danh mục hoặc không còn hoạt động. / Unknown or ended focal unit.");
        }

        var extraction = doc.ExtractionJson is null ? null : KyCuong.Documents.ExtractionJson.Deserialize(doc.ExtractionJson);
        var label = doc.NumberSymbol is not null ? $"{doc.Type ?? "Văn bản"} {doc.NumberSymbol}" : $"{doc.Type ?? "Văn bản"} của {doc.IssuerName}";
        var overrides = (r.Clauses ?? []).GroupBy(c => c.Ref!.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var tasks = new List<NewTask>();
        NewTask Build(string? clauseRef, string title, string? description, ClauseDirection? o, ExtractedTask? clause)
        {
            var lead = o?.LeadUnitId ?? r.LeadUnitId!.Value;
            var coord = (o?.CoordinatingUnitIds ?? coordinating).Where(c => c != lead).Distinct().ToList();
            var (due, days) = o is not null && (o.DueDate is not null || o.WorkingDays is not null || o.Standing is not null)
                ? (o.DueDate, o.WorkingDays)
                : clause?.Deadline is { } clauseDue ? (clauseDue, (int?)null)
                : clause is { DeadlineDays: { } n, DeadlineWorkingDays: true } ? (null, n)
                : (r.DueDate, r.WorkingDays);
            var recurring = clause?.RecurringReport is { Length: > 0 } period ? new RecurringReport(period, clause.Text is null ? null : Cut(clause.Text, 500)) : null;
            return new NewTask(Cut(title, 500), description, lead, o?.LeadUnitId is null ? r.LeadUserId : null, coord, due, days, doc.Id, clauseRef, doc.ImplementsTaskId, recurring,
                FocalUnitId: r.FocalUnitId);
        }

        if (extraction is { Tasks.Count: > 0 })
        {
            foreach (var clause in extraction.Tasks)
            {
                overrides.TryGetValue(clause.Ref, out var o);
                if (o?.Skip == true)
                {
                    continue;
                }

                var what = clause.Ref == "closing" ? "đoạn kết" : clause.Ref.StartsWith('p') ? $"đoạn {clause.Ref[1..]}" : $"khoản {clause.Ref}";
                var title = o?.Title ?? $"{label}, {what}: {Cut(clause.Text ?? doc.Subject, 300)}";
                tasks.Add(Build(clause.Ref, title, clause.Text, o, clause));
            }
        }
        else
        {
            tasks.Add(Build(null, $"Thực hiện {label}: {Cut(doc.Subject, 300)}", doc.Subject, null, null));
        }

        if (tasks.Count == 0)
        {
            throw RequestValidationException.For("clauses", "Ít nhất một khoản phải được giao. / At least one clause must be assigned.");
        }

        return new DirectionPlan(r, tasks);
    }

    /// <summary>Creates the tasks through the Tasks module and records the direction (inside the caller's transaction).</summary>
    public async Task<IReadOnlyList<DirectedTask>> ApplyAsync(Document doc, DirectionPlan plan, CancellationToken ct)
    {
        var created = await assignments.AssignAsync(plan.Tasks, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var r = plan.Request;
        doc.RecordDirection(currentUser.UserId, now, r.LeadUnitId!.Value, r.LeadUserId, r.CoordinatingUnitIds, r.DueDate, r.WorkingDays, r.Note, r.FocalUnitId);
        if (r.RequireAcknowledgement == true)
        {
            db.AcknowledgementCampaigns.Add(Acknowledgements.AcknowledgementCampaigns.For(doc.Id, r.LeadUnitId.Value, r.CoordinatingUnitIds, currentUser.UserId, now));
        }

        var result = new List<DirectedTask>();
        for (var i = 0; i < created.Count && i < plan.Tasks.Count; i++)
        {
            var t = plan.Tasks[i];
            db.DocumentTasks.Add(new DocumentTask
            {
                Id = Guid.CreateVersion7(), DocumentId = doc.Id, TaskId = created[i].Id, ClauseRef = t.ClauseRef, Title = t.Title, LeadUnitId = t.LeadUnitId,
                DueDate = created[i].DueDate, CreatedAtUtc = now,
            });
            result.Add(new DirectedTask(created[i].Id, t.ClauseRef, t.LeadUnitId, created[i].DueDate, created[i].Status, created[i].RequestedDueDate));
        }

        audit.Record("document", doc.Id, "directed", new
        {
            r.LeadUnitId, r.CoordinatingUnitIds, r.FocalUnitId, RequireAcknowledgement = r.RequireAcknowledgement == true, r.DueDate, r.WorkingDays, Standing = r.DueDate is null && r.WorkingDays is null, r.Note,
            Tasks = result.Select(x => new { x.Id, x.ClauseRef, x.LeadUnitId, x.DueDate }),
        });
        return result;
    }

    private static void CheckDeadline(Validator v, DateOnly? due, int? days, bool? standing, string prefix)
    {
        var given = (due is not null ? 1 : 0) + (days is not null ? 1 : 0) + (standing == true ? 1 : 0);
        v.Check(given == 1, prefix + "deadline", "Cần đúng một thời hạn: một ngày (dueDate), số ngày làm việc (workingDays) hoặc thường xuyên (standing). / Give exactly one of dueDate, workingDays, standing.");
        v.Check(days is null or (>= 1 and <= 3650), prefix + "workingDays", "Số ngày làm việc từ 1 đến 3650. / workingDays 1..3650.");
    }

    private static string Cut(string s, int max)
    {
        var one = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return one.Length <= max ? one : string.Concat(one.AsSpan(0, max - 1), "…");
    }
}
