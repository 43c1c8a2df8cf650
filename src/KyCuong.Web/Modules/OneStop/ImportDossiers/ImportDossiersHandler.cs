using System.Globalization;
using System.Security.Cryptography;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.OneStop.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Procedures.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.OneStop.ImportDossiers;

internal sealed record DossierImportError(string Sheet, int Row, string Message);

/// <summary><c>{"created","updated","unchanged","errors":[{"sheet","row","message"}],"dryRun"}</c>.</summary>
internal sealed record DossierImportResult(int Created, int Updated, int Unchanged, IReadOnlyList<DossierImportError> Errors, bool DryRun);

/// <summary>
/// Imports dossiers from a one-stop system's file (docs/domain.md "One-stop dossiers"). Idempotent by dossier code: a stored dossier
/// the row repeats is unchanged; a row that adds the result returned to a stored, unreturned dossier updates it; a row that says
/// something else about a stored dossier is an error (the stored dossier has steps and letters the file does not know). A dry run
/// and a file with any error change nothing; a real run writes in one transaction and leaves one audit row with the file's hash.
/// Each row's receiving body must be one the caller receives for (as at the counter), and its procedure code a published procedure of the
/// catalogue (an unknown code is an error of that row alone, naming it).
/// </summary>
internal sealed class ImportDossiersHandler(
    AppDbContext db, DossierAccess access, IUnitDirectory units, IUnitCodes codes, ICalendarService calendar, AuditLog audit, ICurrentUser user,
    TimeProvider clock, IOptions<OneStopOptions> options, IProcedureCatalogue procedures, DossierBulkWriter bulk)
{

    private sealed record Planned(DossierRow Row, string Code, string ProcedureCode, string ProcedureName, int Days, DateTimeOffset ReceivedAt, DateOnly ReceivedOn,
        Guid Receiving, Guid Handling, string? Applicant, DateOnly? ReturnedOn);

    public async Task<DossierImportResult> HandleAsync(Stream content, string fileName, bool dryRun, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var sha = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
        var rows = DossierFileReader.Read(buffer, fileName);
        if (rows.Count == 0)
        {
            throw RequestValidationException.For("file",
                "Không có dòng hồ sơ nào: dòng tiêu đề phải có code (Mã hồ sơ), procedureCode, procedureName, timeLimitWorkingDays, receivedAt, receivingUnit… / No dossier rows recognised by the header.");
        }

        var o = options.Value;
        if (rows.Count > o.MaxImportRows)
        {
            throw RequestValidationException.For("file", $"Tệp có hơn {o.MaxImportRows} dòng. / The file has more than {o.MaxImportRows} rows.");
        }

        var now = clock.GetUtcNow();
        var today = clock.Today();
        var errors = new List<DossierImportError>();
        var resolveUnit = await UnitResolverAsync(rows, ct);
        var catalogue = await procedures.FindPublishedManyAsync([.. rows.Select(r => r.Get("procedureCode")).Where(c => c.Length is > 0 and <= 50)], ct);
        var mayReceive = new Dictionary<Guid, bool>();
        var planned = new List<Planned>(rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            void Error(string message) => errors.Add(new DossierImportError(row.Sheet, row.Row, message));
            var before = errors.Count;
            var code = row.Get("code");
            if (code.Length == 0 || code.Length > 100)
            {
                Error("Mã hồ sơ trống hoặc dài quá 100 ký tự.");
            }
            else if (!seen.TryAdd(code, row.Row))
            {
                Error($"Mã hồ sơ \"{code}\" lặp lại dòng {seen[code]}.");
            }

            // The procedure must be published in the catalogue, whose name and time limit apply when the row leaves them empty.
            var procedureCode = row.Get("procedureCode");
            var procedureName = row.Get("procedureName");
            var limitText = row.Get("timeLimitWorkingDays");
            PublishedProcedure? procedure = null;
            if (procedureCode.Length == 0 || procedureCode.Length > 50)
            {
                Error("Mã thủ tục trống hoặc dài quá 50 ký tự.");
            }
            else if (!catalogue.TryGetValue(procedureCode, out procedure))
            {
                Error($"Mã thủ tục \"{procedureCode}\" không có trong danh mục thủ tục hành chính đã công bố.");
            }

            if (procedureName.Length == 0 && procedure is not null)
            {
                procedureName = procedure.Name;
            }

            if (procedureName.Length > 500)
            {
                Error("Tên thủ tục dài quá 500 ký tự.");
            }

            var days = 0;
            if (limitText.Length == 0 && procedure?.TimeLimitWorkingDays is { } fromCatalogue)
            {
                days = fromCatalogue;
            }
            else if (procedure is not null
                && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days < 1 || days > o.MaxTimeLimitWorkingDays))
            {
                Error($"Thời hạn giải quyết phải là số ngày làm việc từ 1 đến {o.MaxTimeLimitWorkingDays}.");
            }

            var receivedAt = DossierFileReader.ParseInstant(row.Get("receivedAt"));
            if (receivedAt is null || !InputRules.IsInCalendar(receivedAt.Value))
            {
                Error("Ngày tiếp nhận không đọc được (dd/MM/yyyy, yyyy-MM-dd hoặc ISO 8601).");
            }
            else if (receivedAt > now)
            {
                Error("Ngày tiếp nhận ở tương lai.");
            }

            var receiving = resolveUnit(row.Get("receivingUnit"));
            if (receiving is null)
            {
                Error($"Không tìm thấy cơ quan tiếp nhận \"{row.Get("receivingUnit")}\" (mã, tên đầy đủ hoặc id).");
            }
            else
            {
                if (!mayReceive.TryGetValue(receiving.Value, out var may))
                {
                    mayReceive[receiving.Value] = may = await access.CanReceiveAsync(receiving.Value, ct);
                }

                if (!may)
                {
                    Error("Bạn không tiếp nhận hồ sơ cho cơ quan này.");
                }
            }

            var handlingText = row.Get("handlingUnit");
            var handling = handlingText.Length == 0 ? receiving : resolveUnit(handlingText);
            if (handlingText.Length > 0 && handling is null)
            {
                Error($"Không tìm thấy đơn vị xử lý \"{handlingText}\".");
            }

            var applicant = row.Get("applicantName");
            if (applicant.Length > 200)
            {
                Error("Tên tổ chức, cá nhân nộp hồ sơ dài quá 200 ký tự.");
            }

            DateOnly? returnedOn = null;
            if (row.Get("returnedOn") is { Length: > 0 } returnedText)
            {
                var parsed = DossierFileReader.ParseInstant(returnedText);
                if (parsed is null || !InputRules.IsInCalendar(parsed.Value))
                {
                    Error("Ngày trả kết quả không đọc được.");
                }
                else
                {
                    returnedOn = DateOnly.FromDateTime(VietnamTime.ToVietnam(parsed.Value).DateTime);
                    if (returnedOn > today || (receivedAt is { } r && returnedOn < DateOnly.FromDateTime(VietnamTime.ToVietnam(r).DateTime)))
                    {
                        Error("Ngày trả kết quả phải từ ngày tiếp nhận đến hôm nay.");
                    }
                }
            }

            if (errors.Count == before)
            {
                var at = VietnamTime.ToVietnam(receivedAt!.Value);
                planned.Add(new Planned(row, code, procedureCode, procedureName, days, at, DateOnly.FromDateTime(at.DateTime), receiving!.Value, handling!.Value,
                    applicant.Length == 0 ? null : applicant, returnedOn));
            }
        }

        // Idempotence: what is stored under the file's codes.
        var existing = new Dictionary<string, Dossier>(StringComparer.Ordinal);
        foreach (var chunk in planned.Select(p => p.Code).Chunk(2000))
        {
            var found = dryRun
                ? await db.Dossiers.AsNoTracking().Where(d => chunk.Contains(d.Code)).ToListAsync(ct)
                : await db.Dossiers.Where(d => chunk.Contains(d.Code)).ToListAsync(ct);
            foreach (var d in found)
            {
                existing[d.Code] = d;
            }
        }

        int created = 0, updated = 0, unchanged = 0;
        var toCreate = new List<Planned>();
        var toReturn = new List<(Planned Row, Dossier Dossier)>();
        foreach (var p in planned)
        {
            if (!existing.TryGetValue(p.Code, out var d))
            {
                created++;
                toCreate.Add(p);
            }
            else if (!d.SameAs(p.ProcedureCode, p.ProcedureName, p.Days, p.ReceivedOn, p.Receiving, p.Applicant)
                || (d.ReturnedOn is { } stored && p.ReturnedOn != stored))
            {
                errors.Add(new DossierImportError(p.Row.Sheet, p.Row.Row, $"Hồ sơ \"{p.Code}\" đã có với nội dung khác; sửa trong hệ thống, không nhập lại."));
            }
            else if (d.ReturnedOn is null && p.ReturnedOn is not null)
            {
                updated++;
                toReturn.Add((p, d));
            }
            else
            {
                unchanged++;
            }
        }

        var ordered = errors.OrderBy(e => e.Row).ToList();
        if (dryRun || ordered.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new DossierImportResult(created, updated, unchanged, ordered, dryRun);
        }

        var snapshot = await calendar.GetAsync(ct);
        var by = user.UserId;
        var createdAt = now.UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (p, d) in toReturn)
        {
            var last = await db.DossierSteps.Where(s => s.DossierId == d.Id).OrderByDescending(s => s.Seq).FirstAsync(ct);
            var at = VietnamTime.StartOfDay(p.ReturnedOn!.Value).UtcDateTime;
            d.ReturnResult(p.ReturnedOn.Value, at < last.StartedAtUtc ? last.StartedAtUtc : at, null);
            last.End(p.ReturnedOn.Value, d.ReturnedAtUtc!.Value);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var fresh = new List<(Dossier, DossierStep)>(toCreate.Count);
        foreach (var p in toCreate)
        {
            var due = snapshot.DueAfterWorkingDays(p.ReceivedOn, p.Days);
            var d = new Dossier(Guid.CreateVersion7(), p.Code, p.ProcedureCode, p.ProcedureName, p.Days, p.ReceivedAt.UtcDateTime, p.ReceivedOn, due,
                p.Receiving, p.Handling, p.Applicant, DossierSources.Import, createdAt);
            var step = new DossierStep(Guid.CreateVersion7(), d.Id, 1, p.Handling, p.ReceivedOn, p.ReceivedAt.UtcDateTime, null, by);
            if (p.ReturnedOn is { } r)
            {
                var at = VietnamTime.StartOfDay(r).UtcDateTime;
                var returnedAt = at < d.ReceivedAtUtc ? d.ReceivedAtUtc : at;
                d.ReturnResult(r, returnedAt, null);
                step.End(r, returnedAt);
            }

            fresh.Add((d, step));
        }

        await bulk.WriteAsync(fresh, ct);
        audit.Record(OneStopAudit.Entity, Guid.Empty, OneStopAudit.Imported, new { fileName, sha256 = sha, created, updated, unchanged });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new DossierImportResult(created, updated, unchanged, [], false);
    }

    /// <summary>Resolves a unit cell: its id, its import code, or its full name (unique).</summary>
    private async Task<Func<string, Guid?>> UnitResolverAsync(List<DossierRow> rows, CancellationToken ct)
    {
        var texts = rows.SelectMany(r => new[] { r.Get("receivingUnit"), r.Get("handlingUnit") }).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var byCode = await codes.FindByCodesAsync(texts, ct);
        var all = await units.ListAsync(ct);
        var ids = all.Select(u => u.Id).ToHashSet();
        var byName = all.GroupBy(u => u.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.OrdinalIgnoreCase);
        return text =>
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (Guid.TryParse(text, out var id))
            {
                return ids.Contains(id) ? id : null;
            }

            return byCode.TryGetValue(text, out var c) ? c : byName.TryGetValue(text, out var n) ? n : null;
        };
    }
}
