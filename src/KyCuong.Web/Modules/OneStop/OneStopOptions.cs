using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.OneStop;

/// <summary>
/// Settings under <c>OneStop</c> (docs/operations.md, docs/domain.md "One-stop dossiers"). The limits of apology letters are not
/// settled in Nghị định 118/2025/NĐ-CP (docs/domain.md §13), so they are settings; the default is the one new appointment the
/// one-stop rules have allowed since Nghị định 61/2018/NĐ-CP.
/// </summary>
internal sealed class OneStopOptions
{
    public const string Section = "OneStop";

    /// <summary>Apology letters (form 04) a dossier may receive, each with a new appointment date.</summary>
    [Range(1, 10)]
    public int MaxApologyLetters { get; set; } = 1;

    /// <summary>The longest time limit of a procedure, in working days (guards typing errors at the counter and in files).</summary>
    [Range(1, 3650)]
    public int MaxTimeLimitWorkingDays { get; set; } = 365;

    /// <summary>Rows one import file may carry.</summary>
    [Range(1, 10_000_000)]
    public int MaxImportRows { get; set; } = 1_000_000;

    /// <summary>The place written on the date line of the form-04 letter (Nghị định 30/2020/NĐ-CP, Appendix I).</summary>
    [Required]
    [MaxLength(100)]
    public string LetterPlace { get; set; } = "An Giang";

    /// <summary>Quyết định 766/QĐ-TTg, group 1: publicity and transparency (công khai, minh bạch), points.</summary>
    [Range(0, 100)]
    public double IndexPublicityMax { get; set; } = 18;

    /// <summary>Group 2: progress and result of settlement (tiến độ, kết quả giải quyết), points.</summary>
    [Range(0, 100)]
    public double IndexProgressMax { get; set; } = 20;

    /// <summary>Group 3: digitisation of dossiers and results (số hóa hồ sơ, kết quả giải quyết), points.</summary>
    [Range(0, 100)]
    public double IndexDigitisationMax { get; set; } = 22;

    /// <summary>Group 4: online public services (cung cấp dịch vụ công trực tuyến), points.</summary>
    [Range(0, 100)]
    public double IndexOnlineMax { get; set; } = 22;

    /// <summary>Group 5: satisfaction of people and businesses (mức độ hài lòng), points.</summary>
    [Range(0, 100)]
    public double IndexSatisfactionMax { get; set; } = 18;

    /// <summary>The fewest stars (of 5) a rating of an answer counts as satisfied, for group 5.</summary>
    [Range(1, 5)]
    public int IndexSatisfiedStars { get; set; } = 4;
}
