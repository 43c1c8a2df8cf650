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
}
