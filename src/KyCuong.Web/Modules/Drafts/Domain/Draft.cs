namespace KyCuong.Web.Modules.Drafts.Domain;

/// <summary>
/// A draft of an outgoing document of a unit (docs/domain.md "Drafts"): edited while <see cref="Status"/> is draft, then issued
/// once with the number the issuer's outgoing register gives and the day of issue, after which it is read-only (NĐ 30/2020
/// art. 15: a document is numbered and dated when it is issued).
/// </summary>
internal sealed class Draft
{
    public const string Editing = "draft";
    public const string Issued = "issued";

    public Guid Id { get; init; }

    /// <summary>The drafting unit: its people (and its leaders above) see and edit the draft.</summary>
    public Guid UnitId { get; init; }

    /// <summary>The body that issues the document and whose outgoing register numbers it (the unit itself, or the body a division or office belongs to).</summary>
    public Guid IssuerUnitId { get; init; }

    public string Type { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>The addressees, one a line: "Kính gửi" and the first lines of "Nơi nhận".</summary>
    public string Recipients { get; set; } = "";

    public string? Signer { get; set; }

    /// <summary>The signer's own position ("PHÓ GIÁM ĐỐC").</summary>
    public string? SignerPosition { get; set; }

    /// <summary>"", "TM.", "KT.", "TL." or "TUQ." (<see cref="SigningForms"/>).</summary>
    public string SigningForm { get; set; } = "";

    /// <summary>Whom the form signs for ("GIÁM ĐỐC" in "KT. GIÁM ĐỐC"); null when the head signs directly.</summary>
    public string? SigningAuthority { get; set; }

    public string Status { get; set; } = Editing;

    /// <summary>Optimistic concurrency: each save and the issue increment it; a stale save is a 409.</summary>
    public int Version { get; set; } = 1;

    public int? Number { get; set; }

    public string? NumberSymbol { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public Guid? DocumentId { get; set; }

    public Guid? IssuedByUserId { get; set; }

    public Guid? CreatedByUserId { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; set; }

    public IReadOnlyList<string> RecipientList => Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsIssued => Status == Issued;

    public void Issue(int number, string numberSymbol, DateOnly date, Guid documentId, Guid? by, DateTime atUtc)
    {
        if (IsIssued)
        {
            throw new InvalidOperationException("A draft is issued once.");
        }

        Status = Issued;
        Number = number;
        NumberSymbol = numberSymbol;
        IssuedOn = date;
        DocumentId = documentId;
        IssuedByUserId = by;
        UpdatedAtUtc = atUtc;
        Version++;
    }
}
