namespace KyCuong.Web.Modules.OneStop.Domain;

/// <summary>
/// One dossier of an administrative procedure received at the one-stop section (docs/domain.md "One-stop dossiers"): the time limit
/// in working days counts from the day after receipt (Civil Code 2015 art. 147), the dossier is on time when its result is returned
/// on or before the due date. An apology letter (form 04) sets a new appointment date but the dossier stays late in the counts.
/// </summary>
internal sealed class Dossier
{
    private Dossier()
    {
    }

    public Dossier(Guid id, string code, string procedureCode, string procedureName, int timeLimitWorkingDays, DateTime receivedAtUtc, DateOnly receivedOn,
        DateOnly dueDate, Guid receivingUnitId, Guid handlingUnitId, string? applicantName, string source, DateTime createdAtUtc)
    {
        Id = id;
        Code = code;
        ProcedureCode = procedureCode;
        ProcedureName = procedureName;
        TimeLimitWorkingDays = timeLimitWorkingDays;
        ReceivedAtUtc = receivedAtUtc;
        ReceivedOn = receivedOn;
        DueDate = dueDate;
        ReceivingUnitId = receivingUnitId;
        CurrentUnitId = handlingUnitId;
        ApplicantName = applicantName;
        Source = source;
        CreatedAtUtc = createdAtUtc;
        StepCount = 1;
    }

    public Guid Id { get; private set; }

    /// <summary>The dossier's code in the one-stop information system (the receipt's "mã hồ sơ"); unique, the import's key.</summary>
    public string Code { get; private set; } = "";

    public string ProcedureCode { get; private set; } = "";

    public string ProcedureName { get; private set; } = "";

    public int TimeLimitWorkingDays { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>The Vietnamese date of receipt, the trigger of the time limit.</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The date on the receipt ("ngày hẹn trả kết quả"), never moved by an apology letter.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>The new appointment date of the latest apology letter, if any.</summary>
    public DateOnly? PromisedDate { get; private set; }

    /// <summary>The body whose one-stop section received the dossier; it and the units the dossier passes through see it.</summary>
    public Guid ReceivingUnitId { get; private set; }

    /// <summary>The unit holding the current step.</summary>
    public Guid CurrentUnitId { get; private set; }

    /// <summary>Personal data: shown only to officials in scope, never in the summary or audit rows.</summary>
    public string? ApplicantName { get; private set; }

    /// <summary><c>counter</c>, <c>api</c> or <c>import</c>.</summary>
    public string Source { get; private set; } = "";

    public DateOnly? ReturnedOn { get; private set; }

    public DateTime? ReturnedAtUtc { get; private set; }

    public string? ResultNote { get; private set; }

    public int StepCount { get; private set; }

    public int ApologyCount { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public bool IsReturned => ReturnedOn is not null;

    public string StatusOn(DateOnly today) => DossierStatus.Of(DueDate, ReturnedOn, today);

    public void HandOff(Guid toUnitId)
    {
        EnsureOpen();
        CurrentUnitId = toUnitId;
        StepCount++;
    }

    public void ReturnResult(DateOnly returnedOn, DateTime returnedAtUtc, string? note)
    {
        EnsureOpen();
        ReturnedOn = returnedOn;
        ReturnedAtUtc = returnedAtUtc;
        ResultNote = note;
    }

    public void Apologise(DateOnly newDate)
    {
        EnsureOpen();
        PromisedDate = newDate;
        ApologyCount++;
    }

    /// <summary>Whether an imported row says the same as the stored dossier (the import is idempotent by code).</summary>
    public bool SameAs(string procedureCode, string procedureName, int timeLimit, DateOnly receivedOn, Guid receivingUnitId, string? applicantName) =>
        ProcedureCode == procedureCode && ProcedureName == procedureName && TimeLimitWorkingDays == timeLimit && ReceivedOn == receivedOn
        && ReceivingUnitId == receivingUnitId && ApplicantName == applicantName;

    private void EnsureOpen()
    {
        if (IsReturned)
        {
            throw new DomainException(DossierErrors.AlreadyReturned, "Hồ sơ đã trả kết quả. / The dossier's result has already been returned.");
        }
    }
}

internal static class DossierErrors
{
    public const string AlreadyReturned = "oneStop.alreadyReturned";
    public const string DuplicateCode = "oneStop.duplicateCode";
    public const string ApologyLimit = "oneStop.apologyLimit";
    public const string SameUnit = "oneStop.sameUnit";
}

internal static class DossierSources
{
    public const string Counter = "counter";
    public const string Api = "api";
    public const string Import = "import";
}
