namespace KyCuong.Web.Modules.Evaluation;

/// <summary>The audit vocabulary of evaluation: every change writes one row in the change's own transaction (ADR 0004).</summary>
internal static class EvaluationAudit
{
    public const string Entity = "evaluation";

    public const string GeneralPointsSet = "generalPointsSet";
    public const string DisciplineRecorded = "disciplineRecorded";
    public const string CatalogueProductAdded = "catalogueProductAdded";
    public const string CatalogueProductChanged = "catalogueProductChanged";
    public const string TaskProductSet = "taskProductSet";
    public const string LeadershipScored = "leadershipScored";
    public const string SelfAssessed = "selfAssessed";
    public const string GradesSaved = "gradesSaved";
}
