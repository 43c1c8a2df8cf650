namespace KyCuong.Web.Modules.Drafts.Domain;

/// <summary>
/// One kind of administrative document a unit drafts, with what its layout needs (NĐ 30/2020/NĐ-CP Phụ lục I, docs/domain.md
/// "Drafts"): the type's name printed above the subject (none for a công văn, whose subject is the "V/v" line under its number),
/// the abbreviation that starts its symbol, and whether it is addressed with "Kính gửi".
/// </summary>
internal sealed record DraftType(string Code, string Name, string? Abbreviation, bool Salutation)
{
    public bool IsLetter => Abbreviation is null;
}

/// <summary>The types a draft may take (Phụ lục III of NĐ 30/2020 gives their abbreviations).</summary>
internal static class DraftTypes
{
    public static readonly IReadOnlyList<DraftType> All =
    [
        new("congVan", "Công văn", null, Salutation: true),
        new("quyetDinh", "Quyết định", "QĐ", Salutation: false),
        new("toTrinh", "Tờ trình", "TTr", Salutation: true),
        new("baoCao", "Báo cáo", "BC", Salutation: true),
        new("thongBao", "Thông báo", "TB", Salutation: false),
        new("keHoach", "Kế hoạch", "KH", Salutation: false),
        new("giayMoi", "Giấy mời", "GM", Salutation: true),
    ];

    public static DraftType? Find(string? code) => All.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.Ordinal));
}

/// <summary>
/// The signing forms of NĐ 30/2020 art. 13 and Phụ lục I §II.7: the head signs directly (none), "TM." for a collective body,
/// "KT." a deputy for the head, "TL." by order of the head, "TUQ." by authorisation of the head.
/// </summary>
internal static class SigningForms
{
    public const string Direct = "";

    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        (Direct, "Người đứng đầu ký trực tiếp"),
        ("TM.", "TM. – thay mặt tập thể"),
        ("KT.", "KT. – cấp phó ký thay người đứng đầu"),
        ("TL.", "TL. – thừa lệnh người đứng đầu"),
        ("TUQ.", "TUQ. – thừa ủy quyền người đứng đầu"),
    ];

    /// <summary>The form as stored ("KT." for "kt", "KT" or "KT."), or null when it is none of them.</summary>
    public static string? Normalise(string? form)
    {
        var f = (form ?? "").Trim().ToUpperInvariant().TrimEnd('.');
        return f.Length == 0 ? Direct : All.Select(a => a.Code).FirstOrDefault(c => c.TrimEnd('.') == f);
    }
}
