using System.Security.Claims;
using KyCuong.Documents;
using KyCuong.Web.Modules.Documents.DirectDocument;
using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Documents.ImportDocument;
using KyCuong.Web.Modules.Documents.RegisterDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Demo;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents.Seeding;

/// <summary>
/// Demo documents: the five seed directives go through the same parse → register → direction path as a clerk's
/// import, building the cascade Công điện 280/CĐ-TTg → the provinces' implementing letters (Kiên Giang's 919/UBND-NC under
/// the ended "Ủy ban nhân dân tỉnh Kiên Giang", An Giang's 493/UBND-KGVX) → their clauses as tasks. The letters of other
/// provinces (Phong Thổ, Sóc Trăng, Hải Dương) are registered at Sở Nội vụ An Giang as incoming reference documents.
/// Runs only with Demo:Seed on and an empty register.
/// </summary>
internal sealed class DocumentSeeder(
    AppDbContext db, DemoMode demo, UnitCatalog catalog, IUnitDirectory directory, IPeopleDirectory people, ImportDocumentHandler import,
    IHttpContextAccessor http, TimeProvider clock, ILogger<DocumentSeeder> logger) : IStartupSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!demo.Seed || await db.Documents.AnyAsync(ct))
        {
            return;
        }

        var today = clock.Today();
        async Task<Guid?> Unit(string name) => (await catalog.ExactAsync(name, today, ct))?.Id;
        var anGiang = await Unit("Ủy ban nhân dân tỉnh An Giang");
        var vp = await Unit("Văn phòng Ủy ban nhân dân tỉnh An Giang");
        var snv = await Unit("Sở Nội vụ tỉnh An Giang");
        var kienGiang = await Unit("Ủy ban nhân dân tỉnh Kiên Giang");
        var snvKg = await Unit("Sở Nội vụ tỉnh Kiên Giang");
        var rachGiaCity = await Unit("Ủy ban nhân dân thành phố Rạch Giá");
        var ttg = await Unit("Thủ tướng Chính phủ");
        if (anGiang is null || vp is null || snv is null || kienGiang is null || snvKg is null)
        {
            logger.LogInformation("Không có cơ cấu tổ chức mẫu; bỏ qua văn bản mẫu. / No demo organisation: demo documents skipped.");
            return;
        }

        // The demo directions are given by the provincial Chairman (demo account "chutich"): the Tasks module checks that the
        // assigner holds AssignWork, so the seed acts as that person and the audit trail names them.
        var chairmanId = await people.FindUserIdAsync("chutich", ct);
        List<Guid> chairman = chairmanId is { } c ? [c] : [];
        var previous = http.HttpContext;
        if (chairman.Count == 1)
        {
            http.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, chairman[0].ToString()), new Claim(ClaimTypes.Name, "chutich")], "demo-seed")),
            };
        }

        try
        {
            await SeedDemoAsync(anGiang.Value, vp.Value, snv.Value, kienGiang.Value, snvKg.Value, rachGiaCity, ttg, today, ct);
        }
        finally
        {
            http.HttpContext = previous;
        }
    }

    private async Task SeedDemoAsync(Guid anGiang, Guid vp, Guid snv, Guid kienGiang, Guid snvKg, Guid? rachGiaCity, Guid? ttg, DateOnly today, CancellationToken ct)
    {
        // 1. Công điện 280/CĐ-TTg arrives at the provincial office; the Chairman directs the office to lead its implementation.
        var cd280 = await RegisterAsync("280/CĐ-TTg", new RegisterDocumentRequest(
                "incoming", "Thủ tướng Chính phủ", "280/CĐ-TTg", new DateOnly(2023, 4, 19), "Công điện",
                "Chấn chỉnh, tăng cường trách nhiệm trong xử lý công việc của các bộ, cơ quan, địa phương", null,
                IssuerUnitId: ttg, RegisteringUnitId: vp, ReceivedOn: new DateOnly(2023, 4, 20), HandledBy: "Văn phòng UBND tỉnh"),
            new DirectDocumentRequest(vp, [snv], null, null, true, Note: "Văn phòng UBND tỉnh chủ trì tham mưu văn bản triển khai; Sở Nội vụ phối hợp."), ct);
        var provinceTask = cd280 is null ? null : await db.DocumentTasks.AsNoTracking().Where(t => t.DocumentId == cd280.Id).OrderBy(t => t.ClauseRef).ThenBy(t => t.TaskId).Select(t => (Guid?)t.TaskId).FirstOrDefaultAsync(ct);

        // 2. Kiên Giang's implementing letter, kept under the name in force in 2023 (docs/domain.md §4).
        await ImportSeedAsync("seed000.txt", "outgoing", kienGiang, kienGiang, null, provinceTask, snvKg,
            rachGiaCity is { } rg ? [rg] : [], kienGiang, ct);

        // 3. An Giang's implementing letter; its clauses become tasks of the departments and the office.
        await ImportSeedAsync("seed001.txt", "outgoing", vp, anGiang, null, provinceTask, snv, [], anGiang, ct);

        // 4. The same telegram carried down in two other provinces, to a district and to a department (docs/domain.md §6 cascade:
        //    280/CĐ-TTg → 1523/UBND-TH, 1965/UBND-VP → the district's and the department's letters, seeds 002 and 004), and
        //    Sóc Trăng's letter on 968/CĐ-TTg (seed 003). Those directions are given by the system administrator, who acts
        //    everywhere; the bodies ended in 2025 keep their names on the documents, the open work goes to their successors.
        await ActAsync("ADMIN", async () =>
        {
            await CarryDownAsync("Ủy ban nhân dân tỉnh Lai Châu", "1523/UBND-TH", "Ủy ban nhân dân huyện Phong Thổ", "seed002.txt", today, ct);
            await CarryDownAsync("Ủy ban nhân dân tỉnh Hải Dương", "1965/UBND-VP", "Sở Công Thương tỉnh Hải Dương", "seed004.txt", today, ct);
            if (await UnitAsync("Ủy ban nhân dân tỉnh Sóc Trăng", today, ct) is { } socTrang)
            {
                var canTho = await InForceAsync(socTrang, today, ct);
                await ImportSeedAsync("seed003.txt", "incoming", canTho, socTrang, new DateOnly(2023, 10, 20), null, canTho, [], canTho, ct);
            }
            else
            {
                await ImportSeedAsync("seed003.txt", "incoming", snv, null, new DateOnly(2023, 10, 20), null, null, [], null, ct);
            }
        }, ct);

        // Historical entries were presented on the day they arrived.
        var pending = await db.Documents.Where(d => d.Direction == DocumentDirection.Incoming && d.PresentedAtUtc == null).ToListAsync(ct);
        foreach (var d in pending)
        {
            d.Present(null, VietnamTime.StartOfDay(d.ReceivedOn ?? today).AddHours(9).UtcDateTime);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Đã tạo {Count} văn bản mẫu. / Demo documents created.", await db.Documents.CountAsync(ct));
    }

    private async Task ImportSeedAsync(string resource, string direction, Guid registeringUnitId, Guid? issuerUnitId, DateOnly? receivedOn, Guid? implementsTaskId,
        Guid? lead, IReadOnlyList<Guid> coordinating, Guid? issuerForMatching, CancellationToken ct)
    {
        var text = await ReadSeedAsync(resource, ct);
        var x = DocumentExtractor.Extract(text);
        var date = x.Date ?? (x.DatePartial is { Length: >= 4 } p && int.TryParse(p.AsSpan(0, 4), out var y) ? new DateOnly(y, 6, 1) : receivedOn);
        var request = new RegisterDocumentRequest(direction, x.Issuer, x.NumberSymbol ?? x.Symbol, date, x.Type, x.Subject ?? "(không có trích yếu)", x.Urgency, text,
            IssuerUnitId: issuerUnitId, RegisteringUnitId: registeringUnitId, Secrecy: x.Secrecy, Place: x.Place, Signer: x.Signer, SigningForm: x.SigningForm,
            Recipients: x.Recipients, Distribution: x.Distribution, ReceivedOn: direction == "incoming" ? receivedOn ?? date : null, ImplementsTaskId: implementsTaskId,
            Note: x.NumberSymbol is null ? "Văn bản in không có số (Số: /…)." : null);
        if (direction == "incoming" && request.NumberSymbol is { } ns && !NumberSymbol.TryParse(ns, out _))
        {
            request = request with { NumberSymbol = null };
        }

        DirectDocumentRequest? directionRequest = null;
        if (lead is { } leadUnit)
        {
            var today = clock.Today();
            var preferred = issuerForMatching is { } issuer ? await catalog.SubtreeAsync(issuer, ct) : null;
            var candidates = await catalog.CandidatesAsync(date, ct);
            var clauses = new List<ClauseDirection>();
            foreach (var t in x.Tasks)
            {
                // Each clause names its lead when it can be matched surely to the directory; else the letter's lead unit answers.
                var named = t.Lead ?? (t.AssigneeUnits.Count > 0 ? t.AssigneeUnits[0] : null);
                var match = named is null ? null : UnitNameMatcher.Match(named, candidates, preferred);
                var clauseLead = match is { Sure: true, Best: { } best } ? best.Id : leadUnit;
                clauses.Add(new ClauseDirection(t.Ref, LeadUnitId: await InForceAsync(clauseLead, today, ct)));
            }

            var inForceCoordinating = new List<Guid>();
            foreach (var c in coordinating)
            {
                inForceCoordinating.Add(await InForceAsync(c, today, ct));
            }

            var leadInForce = await InForceAsync(leadUnit, today, ct);
            directionRequest = new DirectDocumentRequest(leadInForce, inForceCoordinating.Where(c => c != leadInForce).ToList(), null, null, true,
                Note: "Tổ chức thực hiện nghiêm túc, thường xuyên; báo cáo kết quả theo yêu cầu.", Clauses: clauses);
        }

        await RegisterAsync(resource, request, directionRequest, ct);
    }

    private async Task<Guid?> UnitAsync(string name, DateOnly today, CancellationToken ct) => (await catalog.ExactAsync(name, today, ct))?.Id;

    /// <summary>Runs a part of the seeding as another demo account (the Tasks module checks the assigner's powers).</summary>
    private async Task ActAsync(string normalizedUserName, Func<Task> action, CancellationToken ct)
    {
        var found = await people.FindUserIdAsync(normalizedUserName, ct);
        List<Guid> ids = found is { } id ? [id] : [];
        var previous = http.HttpContext;
        if (ids.Count == 1)
        {
            http.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, ids[0].ToString()), new Claim(ClaimTypes.Name, normalizedUserName.ToLowerInvariant())], "demo-seed")),
            };
        }

        try
        {
            await action();
        }
        finally
        {
            http.HttpContext = previous;
        }
    }

    /// <summary>
    /// A province receives 280/CĐ-TTg and directs itself to implement it; its letter (cited by the lower body's letter, with
    /// the date given there) assigns the lower body; the lower body's own letter implements that task, clause by clause.
    /// </summary>
    private async Task CarryDownAsync(string provinceName, string letterNumber, string lowerName, string seed, DateOnly today, CancellationToken ct)
    {
        if (await UnitAsync(provinceName, today, ct) is not { } province || await UnitAsync(lowerName, today, ct) is not { } lower)
        {
            return;
        }

        var text = await ReadSeedAsync(seed, ct);
        var cited = DocumentExtractor.Extract(text).CitedDocuments.FirstOrDefault(c => c.NumberSymbol == letterNumber);
        var letterDate = cited?.Date ?? new DateOnly(2023, 5, 1);
        var provinceInForce = await InForceAsync(province, today, ct);
        var received = await RegisterAsync($"280/CĐ-TTg ({provinceName})", new RegisterDocumentRequest(
                "incoming", "Thủ tướng Chính phủ", "280/CĐ-TTg", new DateOnly(2023, 4, 19), "Công điện",
                "Chấn chỉnh, tăng cường trách nhiệm trong xử lý công việc của các bộ, cơ quan, địa phương", null,
                RegisteringUnitId: province, ReceivedOn: new DateOnly(2023, 4, 20)),
            new DirectDocumentRequest(provinceInForce, [], null, null, true, Note: "Ban hành văn bản triển khai tới các cơ quan, địa phương."), ct);
        var provinceTask = received is null ? null
            : await db.DocumentTasks.AsNoTracking().Where(t => t.DocumentId == received.Id).OrderBy(t => t.ClauseRef).ThenBy(t => t.TaskId).Select(t => (Guid?)t.TaskId).FirstOrDefaultAsync(ct);

        var letter = await RegisterAsync(letterNumber, new RegisterDocumentRequest(
                "outgoing", provinceName, letterNumber, letterDate, "Công văn",
                "Triển khai thực hiện Công điện số 280/CĐ-TTg ngày 19/4/2023 của Thủ tướng Chính phủ", null,
                IssuerUnitId: province, RegisteringUnitId: province, ImplementsTaskId: provinceTask,
                Note: "Văn bản được trích dẫn trong văn bản cấp dưới; nhập để theo dõi chuỗi triển khai."),
            new DirectDocumentRequest(await InForceAsync(lower, today, ct), [], null, null, true, Note: "Tổ chức triển khai, báo cáo kết quả."), ct);
        var letterTask = letter is null ? null
            : await db.DocumentTasks.AsNoTracking().Where(t => t.DocumentId == letter.Id).OrderBy(t => t.ClauseRef).ThenBy(t => t.TaskId).Select(t => (Guid?)t.TaskId).FirstOrDefaultAsync(ct);

        // Printed without a number ("Số: /…"), the lower body's letter is kept in the register of the body that carries its work on.
        var keeper = await InForceAsync(lower, today, ct);
        await ImportSeedAsync(seed, "incoming", keeper, lower, letterDate.AddDays(14), letterTask, keeper, [], lower, ct);
    }

    /// <summary>Open work goes to the unit in force today (docs/domain.md §4), while the document keeps the issuer's name of the time.</summary>
    private async Task<Guid> InForceAsync(Guid unitId, DateOnly today, CancellationToken ct) =>
        (await directory.ResolveInForceAsync(unitId, today, ct))?.Id ?? unitId;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Demo seeding falls back to registering without tasks; the error is logged.")]
    private async Task<ImportDocumentResponse?> RegisterAsync(string label, RegisterDocumentRequest request, DirectDocumentRequest? direction, CancellationToken ct)
    {
        try
        {
            return await import.HandleAsync(new ImportDocumentRequest(request, direction), asSystem: true, ct);
        }
        catch (Exception e) when (direction is not null && e is not OperationCanceledException)
        {
            // Demo data must never stop the start-up: with the Tasks module refusing or failing, keep the register, skip the tasks.
            logger.LogError(e, "Văn bản mẫu {Label}: chưa tạo được nhiệm vụ ({Message}); chỉ đăng ký văn bản. / Demo tasks skipped.", label, e.Message);
            db.ChangeTracker.Clear();
            return await import.HandleAsync(new ImportDocumentRequest(request, null), asSystem: true, ct);
        }
    }

    private static async Task<string> ReadSeedAsync(string resource, CancellationToken ct)
    {
        var name = $"KyCuong.Web.DemoData.seeds.{resource}";
        await using var stream = typeof(DocumentSeeder).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded demo document {name}");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(ct);
    }
}
