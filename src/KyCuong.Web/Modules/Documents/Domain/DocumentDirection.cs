namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>NĐ 30/2020: văn bản đến (incoming), văn bản đi (outgoing) and internal documents of the body.</summary>
internal enum DocumentDirection
{
    Incoming,
    Outgoing,
    Internal,
}
