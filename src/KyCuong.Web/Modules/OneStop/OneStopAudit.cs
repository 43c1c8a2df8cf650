namespace KyCuong.Web.Modules.OneStop;

/// <summary>The audit vocabulary of one-stop dossiers; rows never carry the applicant's name, only the dossier's id and code.</summary>
internal static class OneStopAudit
{
    public const string Entity = "dossier";

    public const string Received = "received";
    public const string HandedOff = "handedOff";
    public const string Returned = "resultReturned";
    public const string Apologised = "apologyLetter";
    public const string Imported = "imported";
}
