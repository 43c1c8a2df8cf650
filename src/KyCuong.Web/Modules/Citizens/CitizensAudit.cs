namespace KyCuong.Web.Modules.Citizens;

/// <summary>The audit vocabulary of citizens' feedback; rows never carry the sender's personal data, only the item's id.</summary>
internal static class CitizensAudit
{
    public const string Entity = "feedback";

    public const string Received = "received";
    public const string Routed = "routed";
    public const string Refused = "refused";
    public const string Forwarded = "forwarded";
    public const string Answered = "answered";
    public const string Published = "published";
    public const string PersonalDataExported = "personalDataExported";
    public const string PersonalDataErased = "personalDataErased";
}
