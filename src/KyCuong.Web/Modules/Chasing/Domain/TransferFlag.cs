namespace KyCuong.Web.Modules.Chasing.Domain;

/// <summary>
/// A transfer-review flag (xem xét điều chuyển, docs/domain.md §10: after the third reminder, Thông báo 924-TB/TU via Hải Dương):
/// raised when the counted reminders reach the threshold, cleared with a reason by the unit head or the personnel office.
/// </summary>
internal sealed class TransferFlag
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTime RaisedAtUtc { get; set; }

    public int Count { get; set; }

    public int Threshold { get; set; }

    public DateTime? ClearedAtUtc { get; set; }

    public Guid? ClearedByUserId { get; set; }

    public string? ClearReason { get; set; }
}
