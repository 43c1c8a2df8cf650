using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Evaluation;

/// <summary>
/// docs/domain.md "Evaluation": every number of Nghị định 335/2025/NĐ-CP is a setting whose default is the decree's value, under a
/// formula version so that a score can always say which rules produced it.
/// </summary>
internal sealed class EvaluationOptions : IValidatableObject
{
    public const string Section = "Evaluation";

    /// <summary>Shown with every score; change it whenever a number below changes.</summary>
    [Required]
    [StringLength(40, MinimumLength = 1)]
    public string FormulaVersion { get; set; } = "ND335-2025.1";

    /// <summary>Điểm tiêu chí chung tối đa (NĐ 335/2025: 30 of 100).</summary>
    [Range(0, 100)]
    public decimal GeneralMaxPoints { get; set; } = 30;

    /// <summary>Điểm kết quả thực hiện nhiệm vụ tối đa (NĐ 335/2025: 70 of 100).</summary>
    [Range(0, 100)]
    public decimal TaskMaxPoints { get; set; } = 70;

    /// <summary>Share of a product's quality points deducted by each major content error (NĐ 335/2025: 25 %).</summary>
    [Range(0, 1)]
    public decimal MajorErrorDeduction { get; set; } = 0.25m;

    /// <summary>Share of a product's progress points deducted by each delay (NĐ 335/2025: 25 %).</summary>
    [Range(0, 1)]
    public decimal DelayDeduction { get; set; } = 0.25m;

    /// <summary>Lower bounds of the grades, in points of 100 (NĐ 335/2025: 90, 70, 50).</summary>
    [Range(0, 100)]
    public decimal ExcellentFrom { get; set; } = 90;

    [Range(0, 100)]
    public decimal GoodFrom { get; set; } = 70;

    [Range(0, 100)]
    public decimal CompletedFrom { get; set; } = 50;

    /// <summary>Those graded "xuất sắc" are at most this share of those graded "tốt" (NĐ 335/2025: 20 %).</summary>
    [Range(0, 1)]
    public decimal ExcellentCap { get; set; } = 0.20m;

    /// <summary>The cap for a body itself recognised as outstanding (NĐ 335/2025: 25 %).</summary>
    [Range(0, 1)]
    public decimal ExcellentCapOutstandingBody { get; set; } = 0.25m;

    /// <summary>Below this many units graded together, at most one unit may be "xuất sắc" (NĐ 335/2025: 5).</summary>
    [Range(1, 1000)]
    public int SmallGroupUnits { get; set; } = 5;

    /// <summary>Points of one standard product (NĐ 335/2025: 5); a product's coefficient is its frame points ÷ this.</summary>
    [Range(1, 1000)]
    public decimal StandardProductPoints { get; set; } = 5;

    /// <summary>Frame points of the complexity groups N1–N5 (NĐ 335/2025: 100, 200, 300, 400, 500).</summary>
    public IList<decimal> GroupFramePoints { get; set; } = [];

    /// <summary>monthly or quarterly, the default for every body (NĐ 335/2025 lets each body choose).</summary>
    [RegularExpression("^(month|quarter)$")]
    public string DefaultPeriodKind { get; set; } = "quarter";

    /// <summary>Bodies (unit ids) that evaluate monthly instead of the default.</summary>
    public IList<Guid> MonthlyUnits { get; set; } = [];

    /// <summary>
    /// Working days the body's collective leadership has to vote on an innovation proposal (Nghị định 73/2023/NĐ-CP Điều 8 khoản 1: 07), counted on the
    /// working calendar from the day it is recorded (docs/domain.md "Evaluation: innovation proposals").
    /// </summary>
    [Range(1, 60)]
    public int InnovationVotingWorkingDays { get; set; } = 7;

    /// <summary>A viên chức who worked fewer months than this in the year is not graded for it (Nghị định 233/2026/NĐ-CP: 6).</summary>
    [Range(1, 12)]
    public int PublicEmployeeMinimumMonths { get; set; } = 6;

    /// <summary>The day Nghị định 233/2026/NĐ-CP came into force (1 July 2026): years ending on or after it use its rules for viên chức.</summary>
    public DateOnly PublicEmployeeRulesFrom { get; set; } = new(2026, 7, 1);

    /// <summary>
    /// People read and scored together in a body-wide computation (a unit's people are never split): bounds its memory, changes no score,
    /// so not under the formula version (docs/performance.md "Evaluation of a province's quarter on two cores").
    /// </summary>
    [Range(1, 20000)]
    public int BatchPeople { get; set; } = 2000;

    public static readonly IReadOnlyList<decimal> DecreeFramePoints = [100, 200, 300, 400, 500];

    public IReadOnlyList<decimal> FramePoints => GroupFramePoints is { Count: > 0 } g ? g.ToList() : DecreeFramePoints;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!(ExcellentFrom > GoodFrom && GoodFrom > CompletedFrom))
        {
            yield return new ValidationResult("Evaluation: ExcellentFrom > GoodFrom > CompletedFrom is required.", [nameof(ExcellentFrom)]);
        }

        if (GeneralMaxPoints + TaskMaxPoints != 100)
        {
            yield return new ValidationResult("Evaluation: GeneralMaxPoints + TaskMaxPoints must be 100.", [nameof(GeneralMaxPoints)]);
        }

        if (GroupFramePoints is { Count: > 0 } g && (g.Count != 5 || g.Any(p => p <= 0)))
        {
            yield return new ValidationResult("Evaluation: GroupFramePoints needs five positive frames (N1–N5).", [nameof(GroupFramePoints)]);
        }

        if (ExcellentCapOutstandingBody < ExcellentCap)
        {
            yield return new ValidationResult("Evaluation: ExcellentCapOutstandingBody may not be below ExcellentCap.", [nameof(ExcellentCapOutstandingBody)]);
        }
    }
}
