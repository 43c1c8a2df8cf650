namespace KyCuong.Web.Modules.Exchange.Domain;

/// <summary>
/// Where an exchanged document stands at its recipient (QCVN 102:2016/BTTTT, <c>StatusCode</c>; docs/domain.md "edXML exchange").
/// <see cref="Sent"/> is the sender's own state before any answer and has no code on the wire.
/// </summary>
internal enum ExchangeStatus
{
    Sent = 0,

    /// <summary>01 — đã đến: the recipient's system has the envelope.</summary>
    Delivered = 1,

    /// <summary>02 — từ chối tiếp nhận, trả lại: the recipient refuses or returns the document.</summary>
    Returned = 2,

    /// <summary>03 — đã tiếp nhận: registered in the recipient's incoming register.</summary>
    Received = 3,

    /// <summary>04 — phân công: the leader directed it to a lead unit.</summary>
    Assigned = 4,

    /// <summary>05 — đang xử lý: part of its handling is done.</summary>
    InProgress = 5,

    /// <summary>06 — hoàn thành: its handling is completed.</summary>
    Completed = 6,
}

/// <summary>
/// The status state machine (docs/domain.md "edXML exchange"): a document moves forward only — arrival, registration, assignment,
/// handling, completion — and may be returned at any point before it is completed; completed and returned are final. Skipping a
/// step forward is legal (a document directed and finished between two runs goes received → assigned → completed).
/// </summary>
internal static class ExchangeStatuses
{
    private static readonly Dictionary<ExchangeStatus, ExchangeStatus[]> Next = new()
    {
        [ExchangeStatus.Sent] = [ExchangeStatus.Delivered, ExchangeStatus.Received, ExchangeStatus.Returned],
        [ExchangeStatus.Delivered] = [ExchangeStatus.Received, ExchangeStatus.Returned],
        [ExchangeStatus.Received] = [ExchangeStatus.Assigned, ExchangeStatus.InProgress, ExchangeStatus.Completed, ExchangeStatus.Returned],
        [ExchangeStatus.Assigned] = [ExchangeStatus.InProgress, ExchangeStatus.Completed, ExchangeStatus.Returned],
        [ExchangeStatus.InProgress] = [ExchangeStatus.Completed, ExchangeStatus.Returned],
        [ExchangeStatus.Completed] = [],
        [ExchangeStatus.Returned] = [],
    };

    public static bool CanMove(ExchangeStatus from, ExchangeStatus to) => Next.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>The move, or the 409 <c>edxml.illegalTransition</c> naming both states.</summary>
    public static ExchangeStatus Move(ExchangeStatus from, ExchangeStatus to) => CanMove(from, to)
        ? to
        : throw new DomainException("edxml.illegalTransition",
            $"Không thể chuyển trạng thái từ “{Label(from)}” sang “{Label(to)}”. / Illegal status transition {Name(from)} → {Name(to)}.");

    public static bool IsFinal(ExchangeStatus s) => s is ExchangeStatus.Completed or ExchangeStatus.Returned;

    /// <summary>The two-digit code on the wire (QCVN 102:2016/BTTTT); none for <see cref="ExchangeStatus.Sent"/>.</summary>
    public static string Code(ExchangeStatus s) => s == ExchangeStatus.Sent
        ? throw new ArgumentOutOfRangeException(nameof(s), "Sent has no status code.")
        : ((int)s).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParseCode(string? code, out ExchangeStatus status)
    {
        status = ExchangeStatus.Sent;
        if (code is not { Length: 2 } || !int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            || n is < 1 or > 6)
        {
            return false;
        }

        status = (ExchangeStatus)n;
        return true;
    }

    /// <summary>The API's name of a status (camelCase).</summary>
    public static string Name(ExchangeStatus s) => s switch
    {
        ExchangeStatus.Sent => "sent",
        ExchangeStatus.Delivered => "delivered",
        ExchangeStatus.Returned => "returned",
        ExchangeStatus.Received => "received",
        ExchangeStatus.Assigned => "assigned",
        ExchangeStatus.InProgress => "inProgress",
        ExchangeStatus.Completed => "completed",
        _ => s.ToString(),
    };

    public static bool TryParseName(string? name, out ExchangeStatus status)
    {
        foreach (var s in Enum.GetValues<ExchangeStatus>())
        {
            if (string.Equals(Name(s), name, StringComparison.OrdinalIgnoreCase))
            {
                status = s;
                return true;
            }
        }

        status = ExchangeStatus.Sent;
        return false;
    }

    public static string Label(ExchangeStatus s) => s switch
    {
        ExchangeStatus.Sent => "Đã gửi",
        ExchangeStatus.Delivered => "Đã đến",
        ExchangeStatus.Returned => "Trả lại",
        ExchangeStatus.Received => "Đã tiếp nhận",
        ExchangeStatus.Assigned => "Đã phân công",
        ExchangeStatus.InProgress => "Đang xử lý",
        ExchangeStatus.Completed => "Hoàn thành",
        _ => s.ToString(),
    };
}
