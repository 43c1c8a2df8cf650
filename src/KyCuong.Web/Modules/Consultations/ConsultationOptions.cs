using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Consultations;

/// <summary>docs/domain.md §13: the consultation answer period and the generic-answer rules are configuration, never constants.</summary>
internal sealed class ConsultationOptions
{
    public const string Section = "Consultations";

    /// <summary>docs/domain.md §8: "about 5 working days is common practice" when the request names no deadline.</summary>
    [Range(1, 365)]
    public int DefaultWorkingDays { get; set; } = 5;

    /// <summary>Longest answer period accepted as working days: anything longer is a typing slip.</summary>
    [Range(1, 3650)]
    public int MaxWorkingDays { get; set; } = 60;

    /// <summary>An "agree" whose reasoning is shorter than this (after trimming) is a generic answer.</summary>
    [Range(0, 4000)]
    public int GenericMinLength { get; set; } = 40;

    /// <summary>Phrases that say nothing on their own; null or empty = the built-in list.</summary>
    public IList<string>? BoilerplatePhrases { get; set; }

    [Range(0, 100)]
    public int MaxAttachments { get; set; } = 10;

    [Range(1, 100L * 1024 * 1024)]
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> DefaultBoilerplate =
    [
        "nhất trí", "đồng ý", "thống nhất", "không có ý kiến", "nhất trí với dự thảo", "cơ bản nhất trí", "hoàn toàn nhất trí",
        "không có ý kiến khác", "không có ý kiến bổ sung", "không có ý kiến gì thêm", "với dự thảo", "với nội dung dự thảo",
        "với nội dung", "với đề xuất", "về cơ bản", "cơ bản", "hoàn toàn", "như dự thảo", "không bổ sung", "không có góp ý",
        "góp ý", "gì thêm", "thêm", "khác", "ý kiến", "của cơ quan chủ trì", "đơn vị", "chúng tôi", "sở", "xin", "với", "và",
    ];

    public IReadOnlyList<string> Phrases => BoilerplatePhrases is { Count: > 0 } list ? list.ToList() : DefaultBoilerplate;
}
