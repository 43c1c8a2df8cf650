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

/// <summary>
/// <c>{"created","updated","unchanged","errors":[{"sheet","row","message"}],"errorCount","dryRun"}</c>: <c>errors</c> lists the first
/// <see cref="ImportDossiersHandler.MaxListedErrors"/> errors by row, <c>errorCount</c> counts them all.
/// </summary>
internal sealed record DossierImportResult(int Created, int Updated, int Unchanged, IReadOnlyList<DossierImportError> Errors, bool DryRun, int ErrorCount);

/// <summary>
/// Imports dossiers from a one-stop system's file (docs/domain.md "One-stop dossiers"). Idempotent by dossier code: a stored dossier
/// the row repeats is unchanged; a row that adds the result returned to a stored, unreturned dossier updates it; a row that says
/// something else about a stored dossier is an error (the stored dossier has steps and letters the file does not know). A dry run
/// and a file with any error change nothing; a real run writes in one transaction and leaves one audit row with the file's hash.
/// Each row's receiving body must be one the caller receives for (as at the counter), and its procedure code a published procedure of the
/// catalogue (an unknown code is an error of that row alone, naming it).
/// <para>
/// The file is read as a stream in batches of <see cref="BatchRows"/> rows (docs/performance.md "One-stop import streamed"): each batch
/// is checked (units, catalogue, stored codes looked up for the batch) and, in a real run while no error has been found, written inside
/// the one transaction; the first error stops the writing, the rest of the file is still checked so that every bad row is reported, and
/// the transaction is rolled back. Memory holds one batch, the caches of units and procedures, and 20 bytes per row read for the
/// duplicate-code check (a 128-bit hash of each code and its row), so at most some 40 MB at <see cref="OneStopOptions.MaxImportRows"/>.
/// </para>
/// </summary>
internal sealed class ImportDossiersHandler(
    AppDbContext db, DossierAccess access, IUnitDirectory units, IUnitCodes codes, ICalendarService calendar, AuditLog audit, ICurrentUser user,
    TimeProvider clock, IOptions<OneStopOptions> options, IProcedureCatalogue procedures, DossierBulkWriter bulk)
{
    public const int BatchRows = 5000;
    public const int MaxListedErrors = 1000;

    private sealed record Planned(DossierRow Row, string Code, string ProcedureCode, string ProcedureName, int Days, DateTimeOffset ReceivedAt, DateOnly ReceivedOn,
        Guid Receiving, Guid Handling, string? Applicant, DateOnly? ReturnedOn);

    /// <summary>What the run has seen so far: counts, errors, the codes of the rows read, and the lookups cached across batches.</summary>
    private sealed class Run(DateTimeOffset now, DateOnly today, OneStopOptions options)
    {
        public DateTimeOffset Now { get; } = now;
        public DateOnly Today { get; } = today;
        public OneStopOptions Options { get; } = options;
        public int Rows { get; set; }
        public int Created { get; set; }
        public int Updated { get; set; }
        public int Unchanged { get; set; }
        public int ErrorCount { get; private set; }
        public List<DossierImportError> Errors { get; } = [];
        public Dictionary<UInt128, int> Seen { get; } = [];
        public Dictionary<string, Guid?> UnitsByText { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, PublishedProcedure?> Catalogue { get; } = new(StringComparer.Ordinal);
        public Dictionary<Guid, bool> MayReceive { get; } = [];

        public void Add(IEnumerable<DossierImportError> errors)
        {
            foreach (var e in errors.OrderBy(e => e.Row))
            {
                ErrorCount++;
                if (Errors.Count < MaxListedErrors)
                {
                    Errors.Add(e);
                }
            }
        }
    }

    public async Task<DossierImportResult> HandleAsync(Stream content, string fileName, bool dryRun, CancellationToken ct)
    {
        await using var file = await SeekableAsync(content, ct);
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
        file.Position = 0;
        var run = new Run(clock.GetUtcNow(), clock.Today(), options.Value);
        var all = await units.ListAsync(ct);
        var ids = all.Select(u => u.Id).ToHashSet();
        var byName = all.GroupBy(u => u.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.OrdinalIgnoreCase);
        await using var tx = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        var snapshot = dryRun ? null : await calendar.GetAsync(ct);
        try
        {
            foreach (var batch in DossierFileReader.Stream(file, fileName).Chunk(BatchRows))
            {
                run.Rows += batch.Length;
                if (run.Rows > run.Options.MaxImportRows)
                {
                    throw RequestValidationException.For("file", $"Tệp có hơn {run.Options.MaxImportRows} dòng. / The file has more than {run.Options.MaxImportRows} rows.");
                }

                var planned = await CheckAsync(batch, run, ids, byName, ct);
                // Write while the file is clean so far; after the first error only check (the transaction is rolled back at the end).
                var write = snapshot is not null && run.ErrorCount == 0;
                var (toCreate, toReturn) = await ClassifyAsync(planned, run, tracked: write, ct);
                if (write && run.ErrorCount == 0)
                {
                    await WriteAsync(toCreate, toReturn, snapshot!, run, ct);
                }

                db.ChangeTracker.Clear();
            }
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw RequestValidationException.For("file", "Tệp XLSX không đọc được. / The XLSX file cannot be read.");
        }

        if (run.Rows == 0)
        {
            throw RequestValidationException.For("file",
                "Không có dòng hồ sơ nào: dòng tiêu đề phải có code (Mã hồ sơ), procedureCode, procedureName, timeLimitWorkingDays, receivedAt, receivingUnit… / No dossier rows recognised by the header.");
        }

        if (tx is null || run.ErrorCount > 0)
        {
            return new DossierImportResult(run.Created, run.Updated, run.Unchanged, run.Errors, dryRun, run.ErrorCount);
        }

        audit.Record(OneStopAudit.Entity, Guid.Empty, OneStopAudit.Imported, new { fileName, sha256 = sha, created = run.Created, updated = run.Updated, unchanged = run.Unchanged });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new DossierImportResult(run.Created, run.Updated, run.Unchanged, [], false, 0);
    }

    /// <summary>The upload as a seekable stream (hashed, then read; an XLSX is a zip read from its end): itself, or a temporary file deleted on close.</summary>
    private static async Task<Stream> SeekableAsync(Stream content, CancellationToken ct)
    {
        if (content.CanSeek)
        {
            return new NonClosing(content);
        }

        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await content.CopyToAsync(temp, ct);
        temp.Position = 0;
        return temp;
    }

    /// <summary>Checks one batch of rows; returns the rows without error, ready to classify.</summary>
    private async Task<List<Planned>> CheckAsync(DossierRow[] rows, Run run, HashSet<Guid> ids, Dictionary<string, Guid> byName, CancellationToken ct)
    {
        var o = run.Options;
        var errors = new List<DossierImportError>();
        var newTexts = rows.SelectMany(r => new[] { r.Get("receivingUnit"), r.Get("handlingUnit") })
            .Where(t => t.Length > 0 && !run.UnitsByText.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (newTexts.Count > 0)
        {
            var byCode = await codes.FindByCodesAsync(newTexts, ct);
            foreach (var text in newTexts)
            {
                run.UnitsByText[text] = Guid.TryParse(text, out var id) ? (ids.Contains(id) ? id : null)
                    : byCode.TryGetValue(text, out var c) ? c : byName.TryGetValue(text, out var n) ? n : null;
            }
        }

        Guid? ResolveUnit(string text) => text.Length == 0 ? null : run.UnitsByText[text];
        var newCodes = rows.Select(r => r.Get("procedureCode")).Where(c => c.Length is > 0 and <= 50 && !run.Catalogue.ContainsKey(c)).Distinct(StringComparer.Ordinal).ToList();
        if (newCodes.Count > 0)
        {
            var found = await procedures.FindPublishedManyAsync(newCodes, ct);
            foreach (var c in newCodes)
            {
                run.Catalogue[c] = found.TryGetValue(c, out var p) ? p : null;
            }
        }

        var planned = new List<Planned>(rows.Length);
        foreach (var row in rows)
        {
            void Error(string message) => errors.Add(new DossierImportError(row.Sheet, row.Row, message));
            var before = errors.Count;
            var code = row.Get("code");
            if (code.Length == 0 || code.Length > 100)
            {
                Error("Mã hồ sơ trống hoặc dài quá 100 ký tự.");
            }
            else if (!run.Seen.TryAdd(CodeKey(code), row.Row))
            {
                Error($"Mã hồ sơ \"{code}\" lặp lại dòng {run.Seen[CodeKey(code)]}.");
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
            else if ((procedure = run.Catalogue[procedureCode]) is null)
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
            else if (receivedAt > run.Now)
            {
                Error("Ngày tiếp nhận ở tương lai.");
            }

            var receiving = ResolveUnit(row.Get("receivingUnit"));
            if (receiving is null)
            {
                Error($"Không tìm thấy cơ quan tiếp nhận \"{row.Get("receivingUnit")}\" (mã, tên đầy đủ hoặc id).");
            }
            else
            {
                if (!run.MayReceive.TryGetValue(receiving.Value, out var may))
                {
                    run.MayReceive[receiving.Value] = may = await access.CanReceiveAsync(receiving.Value, ct);
                }

                if (!may)
                {
                    Error("Bạn không tiếp nhận hồ sơ cho cơ quan này.");
                }
            }

            var handlingText = row.Get("handlingUnit");
            var handling = handlingText.Length == 0 ? receiving : ResolveUnit(handlingText);
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
                    if (returnedOn > run.Today || (receivedAt is { } r && returnedOn < DateOnly.FromDateTime(VietnamTime.ToVietnam(r).DateTime)))
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

        run.Add(errors);
        return planned;
    }

    /// <summary>Idempotence, batch by batch: what is stored under the batch's codes decides created, updated, unchanged or an error.</summary>
    private async Task<(List<Planned> ToCreate, List<(Planned Row, Dossier Dossier)> ToReturn)> ClassifyAsync(
        List<Planned> planned, Run run, bool tracked, CancellationToken ct)
    {
        var batchCodes = planned.Select(p => p.Code).ToList();
        var query = tracked ? db.Dossiers : db.Dossiers.AsNoTracking();
        var existing = batchCodes.Count == 0
            ? new Dictionary<string, Dossier>(StringComparer.Ordinal)
            : await query.Where(d => batchCodes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, ct);
        var errors = new List<DossierImportError>();
        var toCreate = new List<Planned>();
        var toReturn = new List<(Planned Row, Dossier Dossier)>();
        foreach (var p in planned)
        {
            if (!existing.TryGetValue(p.Code, out var d))
            {
                run.Created++;
                toCreate.Add(p);
            }
            else if (!d.SameAs(p.ProcedureCode, p.ProcedureName, p.Days, p.ReceivedOn, p.Receiving, p.Applicant)
                || (d.ReturnedOn is { } stored && p.ReturnedOn != stored))
            {
                errors.Add(new DossierImportError(p.Row.Sheet, p.Row.Row, $"Hồ sơ \"{p.Code}\" đã có với nội dung khác; sửa trong hệ thống, không nhập lại."));
            }
            else if (d.ReturnedOn is null && p.ReturnedOn is not null)
            {
                run.Updated++;
                toReturn.Add((p, d));
            }
            else
            {
                run.Unchanged++;
            }
        }

        run.Add(errors);
        return (toCreate, toReturn);
    }

    /// <summary>One batch into the open transaction: the results returned to stored dossiers, then the new dossiers and their first steps.</summary>
    private async Task WriteAsync(List<Planned> toCreate, List<(Planned Row, Dossier Dossier)> toReturn, CalendarSnapshot snapshot, Run run, CancellationToken ct)
    {
        var by = user.UserId;
        var createdAt = run.Now.UtcDateTime;
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
    }

    /// <summary>A 128-bit hash of a dossier code for the duplicate check (SHA-256 truncated: no collision among a million codes in practice).</summary>
    private static UInt128 CodeKey(string code)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(code), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>Lets the handler dispose its view of a caller's stream without closing the caller's stream.</summary>
    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
