using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Inspections;

/// <summary>
/// docs/domain.md "Checks of official duties": the remedy deadline (15–30 working days by default) and the risk weights are
/// settings, validated at start.
/// </summary>
internal sealed class InspectionOptions : IValidatableObject
{
    public const string Section = "Inspections";

    /// <summary>Working days a remedy gets when the conclusion names none.</summary>
    [Range(1, 365)]
    public int DefaultRemedyWorkingDays { get; set; } = 15;

    [Range(1, 365)]
    public int MinRemedyWorkingDays { get; set; } = 15;

    [Range(1, 365)]
    public int MaxRemedyWorkingDays { get; set; } = 30;

    /// <summary>The largest evidence file attached to a finding (a photo or a document), in bytes.</summary>
    [Range(1024, 20 * 1024 * 1024)]
    public long MaxEvidenceBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The weights of the risk ranking's inputs (score = Σ input × weight).</summary>
    public RiskWeights Risk { get; set; } = new();

    /// <summary>The weights of the people-risk ranking the team leader sees (score = Σ input × weight).</summary>
    public PeopleRiskWeights PeopleRisk { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinRemedyWorkingDays > MaxRemedyWorkingDays)
        {
            yield return new ValidationResult("Inspections:MinRemedyWorkingDays must not exceed MaxRemedyWorkingDays.", [nameof(MinRemedyWorkingDays)]);
        }

        if (DefaultRemedyWorkingDays < MinRemedyWorkingDays || DefaultRemedyWorkingDays > MaxRemedyWorkingDays)
        {
            yield return new ValidationResult("Inspections:DefaultRemedyWorkingDays must lie between MinRemedyWorkingDays and MaxRemedyWorkingDays.",
                [nameof(DefaultRemedyWorkingDays)]);
        }

        foreach (var (name, value) in Risk.All())
        {
            if (value < 0 || value > 1000 || double.IsNaN(value))
            {
                yield return new ValidationResult($"Inspections:Risk:{name} must be between 0 and 1000.", [nameof(Risk)]);
            }
        }

        foreach (var (name, value) in PeopleRisk.All())
        {
            if (value < 0 || value > 1000 || double.IsNaN(value))
            {
                yield return new ValidationResult($"Inspections:PeopleRisk:{name} must be between 0 and 1000.", [nameof(PeopleRisk)]);
            }
        }
    }
}

/// <summary>Points per unit of each risk input (docs/domain.md "Checks of official duties", risk ranking).</summary>
internal sealed class RiskWeights
{
    /// <summary>Per percentage point of tasks overdue among those due in the last year.</summary>
    public double OverdueRate { get; set; } = 1;

    /// <summary>Per consultation the unit let lapse into deemed agreement in the last year.</summary>
    public double DeemedAgreements { get; set; } = 5;

    /// <summary>Per remedy of an earlier check past its deadline and not verified.</summary>
    public double UnremediedFindings { get; set; } = 20;

    public IEnumerable<(string Name, double Value)> All() =>
        [(nameof(OverdueRate), OverdueRate), (nameof(DeemedAgreements), DeemedAgreements), (nameof(UnremediedFindings), UnremediedFindings)];
}

/// <summary>
/// Points per unit of each input of the people-risk ranking (docs/domain.md "Checks of official duties: risk ranking of people").
/// No law fixes these weights: they are the body's choice, defaulting to values that make one transfer-review flag weigh like
/// twenty points of overdue rate.
/// </summary>
internal sealed class PeopleRiskWeights
{
    /// <summary>Per percentage point of the person's tasks due in the last year that were late or are overdue.</summary>
    public double OverdueRate { get; set; } = 1;

    /// <summary>Per extension granted beyond the first on the same task.</summary>
    public double SerialExtensions { get; set; } = 5;

    /// <summary>Per reminder counted against the person in the last year (docs/domain.md §10).</summary>
    public double CountedReminders { get; set; } = 3;

    /// <summary>When a transfer-review flag is raised and not cleared (docs/domain.md §10).</summary>
    public double TransferReviewFlag { get; set; } = 20;

    /// <summary>Per finding of another check in the last year naming the person.</summary>
    public double PriorFindings { get; set; } = 10;

    public IEnumerable<(string Name, double Value)> All() =>
    [
        (nameof(OverdueRate), OverdueRate), (nameof(SerialExtensions), SerialExtensions), (nameof(CountedReminders), CountedReminders),
        (nameof(TransferReviewFlag), TransferReviewFlag), (nameof(PriorFindings), PriorFindings),
    ];
}
