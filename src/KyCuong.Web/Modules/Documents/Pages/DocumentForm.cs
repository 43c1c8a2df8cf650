using KyCuong.Web.Modules.Documents.RegisterDocument;

namespace KyCuong.Web.Modules.Documents.Pages;

/// <summary>The register form shared by "Đăng ký văn bản" and "Nhập văn bản" (every NĐ 30/2020 component is editable).</summary>
internal sealed class DocumentForm
{
    public string Direction { get; set; } = "incoming";

    public Guid? RegisteringUnitId { get; set; }

    public string? Issuer { get; set; }

    public Guid? IssuerUnitId { get; set; }

    public string? NumberSymbol { get; set; }

    public DateOnly? Date { get; set; }

    public string? Type { get; set; }

    public string? Place { get; set; }

    public string? Subject { get; set; }

    public string? Urgency { get; set; }

    public string? Secrecy { get; set; }

    public string? Signer { get; set; }

    public string? SigningForm { get; set; }

    /// <summary>One addressee per line.</summary>
    public string? Recipients { get; set; }

    public string? Distribution { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public string? HandledBy { get; set; }

    public string? Note { get; set; }

    public string? Text { get; set; }

    public RegisterDocumentRequest ToRequest() => new(Direction, Issuer, NumberSymbol, Date, Type, Subject, Urgency, Text, IssuerUnitId, RegisteringUnitId, Secrecy,
        Place, Signer, SigningForm, SplitLines(Recipients), SplitLines(Distribution), ReceivedOn, HandledBy, Note);

    private static List<string> SplitLines(string? s) => (s ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
