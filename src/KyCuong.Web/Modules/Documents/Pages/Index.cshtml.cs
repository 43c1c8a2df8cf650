using KyCuong.Web.Modules.Documents.ExportRegister;
using KyCuong.Web.Modules.Documents.ListDocuments;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Documents.Pages;

/// <summary>The registers (NĐ 30/2020 Phụ lục IV): incoming, outgoing, internal and the tracking of incoming documents.</summary>
internal sealed class IndexModel(ListDocumentsHandler handler, RegisterExport export, IAccessControl access, IUnitDirectory units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Direction { get; set; } = "incoming";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public bool NotPresented { get; set; }

    public DocumentPage Result { get; private set; } = new([], 1, ListDocumentsHandler.DefaultPageSize, 0);

    public bool CanRegister { get; private set; }

    /// <summary>Registering unit → its name: the book (sổ) an arrival number belongs to.</summary>
    public IReadOnlyDictionary<Guid, UnitDto> Books { get; private set; } = new Dictionary<Guid, UnitDto>();

    /// <summary>
    /// The book an arrival number was given in (NĐ 30/2020 art. 22: arrival numbers run per registering body and year, so "số
    /// đến 12" means nothing across several bodies' registers without its book): "Sổ đến Văn phòng UBND tỉnh … năm 2026".
    /// </summary>
    public string? Book(DocumentListItem d) =>
        d.ArrivalNumber is null ? null
        : $"Sổ đến {(Books.TryGetValue(d.RegisteringUnitId, out var u) ? u.Name : "")} năm {d.ReceivedOn?.Year}".Replace("  ", " ", StringComparison.Ordinal);

    public bool IsTracking => Direction == "tracking";

    public int TotalPages => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    public string Title => Direction switch
    {
        "outgoing" => "Sổ đăng ký văn bản đi",
        "internal" => "Sổ đăng ký văn bản nội bộ",
        "tracking" => "Sổ theo dõi giải quyết văn bản đến",
        _ => "Sổ đăng ký văn bản đến",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Normalise();
        CanRegister = await access.HasAnywhereAsync(Permission.RegisterDocuments, ct);
        Result = await handler.HandleAsync(new ListDocumentsQuery(IsTracking ? "incoming" : Direction, Year, Q, PageNumber, null, NotPresented ? true : null), ct);
        Books = await units.FindManyAsync(Result.Items.Select(d => d.RegisteringUnitId).Distinct().ToList(), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        Normalise();
        var file = await ExportRegisterEndpoint.ExportAsync(export, Direction, Year, Q, format, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private void Normalise()
    {
        Direction = Direction is "outgoing" or "internal" or "tracking" ? Direction : "incoming";
        PageNumber = Math.Max(1, PageNumber);
        if (Year is < 1945 or > 2200)
        {
            Year = null;
        }
    }

    public string Link(int page) =>
        $"/Documents?direction={Direction}&year={Year}&q={Uri.EscapeDataString(Q ?? "")}&p={page}{(NotPresented ? "&notPresented=true" : "")}";
}
