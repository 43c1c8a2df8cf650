using System.Globalization;
using KyCuong.Documents;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Documents.RegisterDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents;

/// <summary>
/// The one path every registration takes (API, pages, import, demo seed): validate, check the clerk's unit, number
/// (NĐ 30/2020 arts. 15 and 22), refuse a duplicate number and symbol, write the document and its audit row.
/// </summary>
internal sealed class DocumentRegistrar(
    AppDbContext db, IAccessControl access, UnitCatalog catalog, DocumentNumbering numbering, ICalendarService calendar,
    AuditLog audit, ICurrentUser currentUser, TimeProvider clock)
{
    public const int MaxTextLength = 2_000_000;

    /// <summary>Validates and checks access; creates the counter rows. Call before the transaction.</summary>
    /// <param name="alsoAllowed">A second permission that may register (AssignWork when a leader imports a directive with its direction).</param>
    public async Task<PreparedDocument> PrepareAsync(RegisterDocumentRequest r, bool asSystem, Permission alsoAllowed, CancellationToken ct)
    {
        var today = clock.Today();
        var v = new Validator();
        v.Check(DocumentMarks.TryParseDirection(r.Direction, out var direction), "direction", "Loại sổ là bắt buộc: incoming (đến), outgoing (đi) hoặc internal (nội bộ). / direction must be incoming, outgoing or internal.");
        v.MaxLength(r.Issuer, "issuer", "Cơ quan ban hành", 300)
            .Require(r.Subject, "subject", "Trích yếu", 2000)
            .MaxLength(r.Type, "type", "Loại văn bản", 100)
            .MaxLength(r.Place, "place", "Địa danh", 100)
            .MaxLength(r.Signer, "signer", "Người ký", 200)
            .MaxLength(r.SigningForm, "signingForm", "Thẩm quyền ký", 300)
            .MaxLength(r.HandledBy, "handledBy", "Đơn vị, người nhận", 300)
            .MaxLength(r.Note, "note", "Ghi chú", 1000)
            .MaxLength(r.Text, "text", "Toàn văn", MaxTextLength);
        v.Check(DocumentMarks.TryParseUrgency(r.Urgency, out var urgency), "urgency", "Độ khẩn phải là Khẩn, Thượng khẩn hoặc Hỏa tốc. / urgency must be Khẩn, Thượng khẩn or Hỏa tốc.");
        v.Check(DocumentMarks.TryParseSecrecy(r.Secrecy, out var secrecy), "secrecy", "Độ mật phải là Mật, Tối mật hoặc Tuyệt mật. / secrecy must be Mật, Tối mật or Tuyệt mật.");
        var recipients = Lines(r.Recipients);
        var distribution = Lines(r.Distribution);
        v.Check(recipients is null || recipients.Length <= 4000, "recipients", "Danh sách nơi nhận quá dài. / recipients too long.");
        v.Check(distribution is null || distribution.Length <= 4000, "distribution", "Danh sách nơi nhận quá dài. / distribution too long.");

        // Number and symbol: normalised by the NĐ 30 grammar ("919 /UBND-NC" → "919/UBND-NC", CD → CĐ).
        NumberSymbol? parsed = null;
        string? symbolOnly = null;
        var raw = r.NumberSymbol?.Trim();
        if (!string.IsNullOrEmpty(raw))
        {
            if (!KyCuong.Documents.NumberSymbol.TryParse(raw, out parsed))
            {
                var bare = raw.TrimStart('/', ' ');
                if (bare.StartsWith("Số", StringComparison.OrdinalIgnoreCase))
                {
                    bare = bare[2..].TrimStart(':', ' ', '/');
                }

                if (KyCuong.Documents.NumberSymbol.TryParse("1/" + bare, out var withNumber))
                {
                    symbolOnly = withNumber.Symbol;
                }
                else
                {
                    v.Add("numberSymbol", $"Số, ký hiệu \"{raw}\" không đúng thể thức (ví dụ 919/UBND-NC, 280/CĐ-TTg, 13/2021/QĐ-UBND). / Invalid number and symbol.");
                }
            }
        }

        if (direction is DocumentDirection.Outgoing or DocumentDirection.Internal)
        {
            v.Check(!string.IsNullOrEmpty(raw), "numberSymbol", "Cần ký hiệu văn bản (ví dụ UBND-VP); số do sổ văn bản đi cấp. / The symbol is required; the register gives the number.");
        }

        v.Check(r.Date is null || r.Date <= today.AddDays(1), "date", "Ngày văn bản không thể ở tương lai. / date is in the future.");
        v.Check(r.ReceivedOn is null || r.ReceivedOn <= today, "receivedOn", "Ngày đến không thể ở tương lai. / receivedOn is in the future.");
        v.ThrowIfInvalid();

        var dir = direction!.Value;
        var registeringUnitId = await ResolveRegisteringUnitAsync(r.RegisteringUnitId, asSystem, alsoAllowed, ct);

        // The issuer: one of ours when named by id or by its exact name (the name in force at the time is kept as written).
        var docDate = r.Date ?? (dir == DocumentDirection.Incoming ? null : today);
        UnitCatalog.UnitRow? issuerUnit = null;
        if (r.IssuerUnitId is { } issuerId)
        {
            issuerUnit = await catalog.FindAsync(issuerId, ct) ?? throw RequestValidationException.For("issuerUnitId", "Cơ quan ban hành không có trong danh mục đơn vị. / Unknown issuer unit.");
        }
        else if (!string.IsNullOrWhiteSpace(r.Issuer))
        {
            issuerUnit = await catalog.ExactAsync(r.Issuer, docDate ?? today, ct);
        }

        if (dir != DocumentDirection.Incoming && issuerUnit is null)
        {
            // A body issues its own outgoing and internal documents; its office's clerk keeps the register.
            issuerUnit = await catalog.FindAsync(registeringUnitId, ct);
        }

        var issuerName = (string.IsNullOrWhiteSpace(r.Issuer) ? issuerUnit?.Name : r.Issuer.Trim().Normalize()) ?? "";
        if (issuerName.Length == 0)
        {
            throw RequestValidationException.For("issuer", "Cơ quan ban hành là bắt buộc. / issuer is required.");
        }

        if (dir != DocumentDirection.Incoming && !asSystem && issuerUnit is not null
            && !(await catalog.AncestorsAsync(registeringUnitId, ct)).Contains(issuerUnit.Id))
        {
            throw new ForbiddenException("Sổ văn bản đi chỉ cấp số cho văn bản của cơ quan mình. / Outgoing numbers only for your own body's documents.");
        }

        var receivedOn = dir == DocumentDirection.Incoming ? r.ReceivedOn ?? today : (DateOnly?)null;
        var year = (receivedOn ?? docDate ?? today).Year;
        var type = NormaliseType(r.Type) ?? parsed?.TypeName;

        // NĐ 30/2020 art. 15: secret documents are numbered in their own series, so the series is part of the number's identity.
        var series = secrecy == Secrecy.None ? DocumentCounter.Regular : DocumentCounter.Secret;

        // NĐ 30/2020 art. 24: present the same day, at the latest the next working day; urgent ones at once.
        DateOnly? presentDue = receivedOn is { } arrived
            ? PresentationPolicy.DueDate(arrived, urgency, await calendar.SameDayOrNextWorkingDayAsync(arrived, ct))
            : null;
        var doc = new Document
        {
            Id = Guid.CreateVersion7(),
            Direction = dir,
            RegisteringUnitId = registeringUnitId,
            IssuerName = issuerName,
            IssuerUnitId = issuerUnit?.Id,
            IssuerKey = issuerUnit is not null ? issuerUnit.Id.ToString("N") : Truncate(UnitNameMatcher.Fold(issuerName), 300),
            Series = series,
            PresentDueDate = presentDue,
            Type = type,
            Place = Clean(r.Place),
            Date = docDate,
            Year = year,
            Subject = r.Subject!.Trim().Normalize(),
            Urgency = urgency,
            Secrecy = secrecy,
            Signer = Clean(r.Signer),
            SigningForm = Clean(r.SigningForm),
            Recipients = recipients,
            Distribution = distribution,
            FullText = string.IsNullOrWhiteSpace(r.Text) ? null : r.Text.Normalize(),
            ReceivedOn = receivedOn,
            HandledBy = Clean(r.HandledBy),
            Note = Clean(r.Note),
            ImplementsTaskId = r.ImplementsTaskId,
            RegisteredAtUtc = clock.GetUtcNow().UtcDateTime,
            RegisteredByUserId = currentUser.UserId,
        };

        doc.RecordPrintedNumber(
            parsed is not null && int.TryParse(parsed.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
            parsed?.Format());
        if (doc.FullText is not null)
        {
            // The clauses a direction turns into tasks come from this stored extraction.
            doc.AttachExtraction(KyCuong.Documents.ExtractionJson.Serialize(DocumentExtractor.Extract(doc.FullText), indented: false));
        }

        if (dir == DocumentDirection.Incoming)
        {
            await numbering.EnsureAsync(registeringUnitId, DocumentCounter.Arrival, year, ct);
            return new PreparedDocument(doc, registeringUnitId, DocumentCounter.Arrival, null, null);
        }

        // NĐ 30/2020 art. 15: outgoing numbers per issuing body, series and year.
        var counterUnit = issuerUnit?.Id ?? registeringUnitId;
        await numbering.EnsureAsync(counterUnit, series, year, ct);
        return new PreparedDocument(doc, counterUnit, series, doc.Number, symbolOnly ?? parsed?.Symbol);
    }

    /// <summary>Numbers and adds the document and its audit row to the unit of work (inside the caller's transaction).</summary>
    public async Task<Document> AddAsync(PreparedDocument p, CancellationToken ct)
    {
        var doc = p.Document;
        if (doc.Direction == DocumentDirection.Incoming)
        {
            // NĐ 30/2020 art. 22: arrival numbers run consecutively per year, paper and electronic sharing one series.
            doc.NumberOnArrival(await numbering.NextAsync(p.CounterUnitId, DocumentCounter.Arrival, doc.Year, ct));
        }
        else if (p.ManualNumber is { } manual)
        {
            await numbering.RaiseToAsync(p.CounterUnitId, p.Series!, doc.Year, manual, ct);
        }
        else
        {
            var number = await numbering.NextAsync(p.CounterUnitId, p.Series!, doc.Year, ct);
            // Numbers under 10 are written with a leading zero (NĐ 30/2020 Phụ lục I).
            var formatted = number.ToString("00", CultureInfo.InvariantCulture) + "/" + p.Symbol;
            doc.NumberOutgoing(number, KyCuong.Documents.NumberSymbol.TryParse(formatted, out var ns) ? ns.Format() : formatted);
        }

        if (doc.NumberSymbol is not null && await db.Documents.AnyAsync(
                d => d.RegisteringUnitId == doc.RegisteringUnitId && d.IssuerKey == doc.IssuerKey && d.Year == doc.Year && d.Series == doc.Series && d.NumberSymbol == doc.NumberSymbol, ct))
        {
            throw DuplicateNumber(doc);
        }

        doc.Index(Truncate(UnitNameMatcher.Fold($"{doc.NumberSymbol} {doc.IssuerName} {doc.Type} {doc.Subject} {doc.Signer}"), 3000));
        db.Documents.Add(doc);
        audit.Record("document", doc.Id, "registered", new
        {
            Direction = DocumentMarks.Name(doc.Direction), doc.NumberSymbol, doc.ArrivalNumber, doc.IssuerName, doc.IssuerUnitId, doc.RegisteringUnitId,
            doc.Date, doc.Subject, Urgency = DocumentMarks.Label(doc.Urgency), Secrecy = DocumentMarks.Label(doc.Secrecy), doc.ImplementsTaskId,
        });
        return doc;
    }

    /// <summary>Saves, turning a lost race on the unique number index into the same 409 as the check.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            throw new DomainException("document.duplicateNumberSymbol", "Số, ký hiệu này đã được đăng ký trong năm cho cùng cơ quan ban hành. / This number and symbol is already registered this year for this issuer.");
        }
    }

    private static DomainException DuplicateNumber(Document d) => new("document.duplicateNumberSymbol",
        $"Văn bản số {d.NumberSymbol} của {d.IssuerName} đã được đăng ký trong năm {d.Year}. / Number and symbol already registered this year for this issuer.");

    private static bool IsUniqueViolation(DbUpdateException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        return message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) || message.Contains("23505", StringComparison.Ordinal)
            || message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase);
    }

    private async Task<Guid> ResolveRegisteringUnitAsync(Guid? requested, bool asSystem, Permission alsoAllowed, CancellationToken ct)
    {
        if (requested is { } id)
        {
            if (await catalog.FindAsync(id, ct) is null)
            {
                throw RequestValidationException.For("registeringUnitId", "Đơn vị đăng ký không tồn tại. / Unknown registering unit.");
            }

            if (!asSystem && !await access.HasAsync(Permission.RegisterDocuments, id, ct)
                && !(alsoAllowed != Permission.None && await access.HasAsync(alsoAllowed, id, ct)))
            {
                throw new ForbiddenException("Bạn không được đăng ký văn bản tại đơn vị này. / You may not register documents in this unit.");
            }

            return id;
        }

        if (asSystem)
        {
            throw RequestValidationException.For("registeringUnitId", "Cần đơn vị đăng ký. / registeringUnitId is required.");
        }

        // The clerk's own register: the top of the units where they may register documents.
        var scope = await access.ScopeAsync(Permission.RegisterDocuments, ct);
        if (scope is null)
        {
            throw RequestValidationException.For("registeringUnitId", "Quản trị hệ thống cần chọn đơn vị đăng ký. / Administrators must name the registering unit.");
        }

        var ids = await scope.Take(2000).ToListAsync(ct);
        if (ids.Count == 0 && alsoAllowed != Permission.None && await access.ScopeAsync(alsoAllowed, ct) is { } other)
        {
            ids = await other.Take(2000).ToListAsync(ct);
        }

        if (ids.Count == 0)
        {
            throw new ForbiddenException("Bạn không có quyền đăng ký văn bản (vai trò văn thư). / You may not register documents.");
        }

        var all = (await catalog.AllAsync(ct)).Where(u => ids.Contains(u.Id)).ToList();
        var tops = all.Where(u => u.ParentId is null || !ids.Contains(u.ParentId.Value)).OrderByDescending(u => u.IsInForceOn(clock.Today())).ToList();
        if (tops.Count != 1)
        {
            throw RequestValidationException.For("registeringUnitId", "Bạn đăng ký văn bản cho nhiều đơn vị; hãy chọn đơn vị đăng ký. / Choose the registering unit.");
        }

        return tops[0].Id;
    }

    private static string? NormaliseType(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var t = type.Trim().Normalize();
        return DocumentTypes.GetName(t) ?? DocumentTypes.RecognizeName(t) ?? t;
    }

    private static string? Lines(IReadOnlyList<string>? items)
    {
        var list = items?.Select(i => i?.Trim().Normalize()).Where(i => !string.IsNullOrEmpty(i)).ToList();
        return list is { Count: > 0 } ? string.Join('\n', list) : null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize();

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
