namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>
/// The person's own assessment for a period (Nghị định 335/2025: the official reviews their own results before the manager grades):
/// a text and the grade they propose for themself. Editable by the person alone, until a grading decision of the period covers them.
/// </summary>
internal sealed class SelfAssessment
{
    private SelfAssessment()
    {
    }

    public SelfAssessment(Guid id, Guid userId, string periodKey)
    {
        Id = id;
        UserId = userId;
        PeriodKey = periodKey;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string PeriodKey { get; private set; } = "";

    public string Text { get; private set; } = "";

    public Grade ProposedGrade { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public void Set(string text, Grade proposedGrade, DateTime atUtc)
    {
        Text = text;
        ProposedGrade = proposedGrade;
        UpdatedAtUtc = atUtc;
    }
}
