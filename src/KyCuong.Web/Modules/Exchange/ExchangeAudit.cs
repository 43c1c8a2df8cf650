namespace KyCuong.Web.Modules.Exchange;

/// <summary>Audit names of the edXML exchange.</summary>
internal static class ExchangeAudit
{
    public const string Entity = "edxml";
    public const string Sent = "sent";
    public const string Received = "received";
    public const string Status = "status";
    public const string Returned = "returned";
}
