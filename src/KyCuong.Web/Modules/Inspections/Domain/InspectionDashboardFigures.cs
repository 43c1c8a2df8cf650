namespace KyCuong.Web.Modules.Inspections.Domain;

/// <summary>One remedy as the dashboard reads it: its deadline in force and when its task was done (null while open).</summary>
internal sealed record RemedyFacts(DateOnly? DueDate, DateOnly? CompletedOn, string Verification);

/// <summary>docs/domain.md "Checks of official duties: papers, dashboard and people": how the remedies of a year's checks stand.</summary>
internal sealed record RemedyFigures(int Total, int DoneOnTime, int DoneLate, int OpenOnTime, int OpenOverdue, int Verified, decimal? OnTimeRate)
{
    /// <summary>
    /// Done on time: the task was done on or before its deadline in force. The rate is the share done on time among the remedies whose
    /// outcome is known (done, or open past the deadline); null while none is.
    /// </summary>
    public static RemedyFigures Of(IReadOnlyCollection<RemedyFacts> remedies, DateOnly today)
    {
        var onTime = remedies.Count(r => r.CompletedOn is { } d && (r.DueDate is not { } due || d <= due));
        var late = remedies.Count(r => r.CompletedOn is { } d && r.DueDate is { } due && d > due);
        var overdue = remedies.Count(r => r.CompletedOn is null && r.DueDate is { } due && due < today);
        var open = remedies.Count(r => r.CompletedOn is null) - overdue;
        var known = onTime + late + overdue;
        return new RemedyFigures(remedies.Count, onTime, late, open, overdue, remedies.Count(r => r.Verification == RemedyVerification.Verified),
            known == 0 ? null : Math.Round(100m * onTime / known, 1));
    }
}
