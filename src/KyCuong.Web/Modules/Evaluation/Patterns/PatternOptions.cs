using System.ComponentModel.DataAnnotations;
using KyCuong.Web.Modules.Evaluation.Domain;

namespace KyCuong.Web.Modules.Evaluation.Patterns;

/// <summary>
/// docs/domain.md "Evaluation: patterns and candidates". No law sets these numbers (the transfer-review threshold of three reminders,
/// Thông báo 924-TB/TU, is Chasing's own setting); they are the body's policy for when a rate is shown as above its setting. A rate
/// is always shown beside the peers' median, never ranked.
/// </summary>
internal sealed class PatternOptions
{
    public const string Section = "Evaluation:Patterns";

    /// <summary>Below this many tasks handled in the period a rate is shown but never marked as above its setting (too few to judge).</summary>
    [Range(1, 1000)]
    public int MinimumTasks { get; set; } = 5;

    /// <summary>A hand-off by the holder within this many working days up to and including the deadline is a last-day hand-off (1: the deadline day).</summary>
    [Range(1, 10)]
    public int LastDayWorkingDays { get; set; } = 1;

    /// <summary>The extension request with this rank on one task (and every later one) makes the extensions serial.</summary>
    [Range(2, 10)]
    public int SerialExtensionsFrom { get; set; } = 2;

    /// <summary>Rates per 100 tasks above which a pattern is marked (the body's policy).</summary>
    [Range(0, 1000)]
    public decimal BackAndForthAbove { get; set; } = 10;

    [Range(0, 1000)]
    public decimal OwnCompetenceSubmissionsAbove { get; set; } = 10;

    [Range(0, 1000)]
    public decimal LastDayHandoffsAbove { get; set; } = 20;

    [Range(0, 1000)]
    public decimal SerialExtensionsAbove { get; set; } = 10;

    [Range(0, 1000)]
    public decimal RemindersAbove { get; set; } = 30;

    [Range(0, 1000)]
    public decimal GenericAnswersAbove { get; set; } = 20;

    [Range(0, 1000)]
    public decimal UnrelatedConsultationsAbove { get; set; } = 20;

    /// <summary>Products of this complexity group or above (N4, N5 by default) count as difficult products for commendation.</summary>
    [Range(1, 5)]
    public int DifficultFromGroup { get; set; } = 4;

    /// <summary>
    /// The lowest annual grade listed for commendation: "good" (Luật Thi đua, khen thưởng 2022, Điều 24: "Lao động tiên tiến" needs
    /// "Hoàn thành tốt nhiệm vụ" or above).
    /// </summary>
    [RegularExpression("^(good|excellent)$")]
    public string CommendationFromGrade { get; set; } = "good";

    /// <summary>
    /// The head of a unit that completed less than this share of its yearly targets (percent) is listed for review (Quy định 377-QĐ/TW: 70).
    /// </summary>
    [Range(0, 100)]
    public decimal UnitTargetsBelowPercent { get; set; } = 70;

    public decimal ThresholdOf(string code) => code switch
    {
        PatternCodes.BackAndForth => BackAndForthAbove,
        PatternCodes.OwnCompetenceSubmissions => OwnCompetenceSubmissionsAbove,
        PatternCodes.LastDayHandoffs => LastDayHandoffsAbove,
        PatternCodes.SerialExtensions => SerialExtensionsAbove,
        PatternCodes.Reminders => RemindersAbove,
        PatternCodes.GenericAnswers => GenericAnswersAbove,
        _ => UnrelatedConsultationsAbove,
    };
}
