namespace KyCuong.Documents;

/// <summary>The four shapes of "số và ký hiệu" (NĐ 30/2020 Phụ lục I, Quy định 66-QĐ/TW for Party documents).</summary>
public enum NumberSymbolKind
{
    /// <summary>Typed document <c>n/TYPE-ISSUER</c>, e.g. <c>280/CĐ-TTg</c>.</summary>
    Typed,

    /// <summary>Official letter (công văn, no type abbreviation) <c>n/ISSUER-UNIT</c>, e.g. <c>919/UBND-NC</c>.</summary>
    OfficialLetter,

    /// <summary>Legal normative document <c>n/yyyy/TYPE-ISSUER</c>, e.g. <c>13/2021/QĐ-UBND</c>.</summary>
    LegalNormative,

    /// <summary>Party document <c>n-TYPE/ISSUER</c>, e.g. <c>924-TB/TU</c>.</summary>
    Party,
}
