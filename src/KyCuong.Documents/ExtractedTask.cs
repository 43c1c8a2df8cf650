using System.Text.Json.Serialization;

namespace KyCuong.Documents;

/// <summary>A task read from a clause of a directive (Extraction JSON "tasks").</summary>
public sealed record ExtractedTask
{
    /// <summary>The clause as printed (<c>2</c>, <c>1.a</c>, <c>Điều 3</c>), <c>p1</c>… for unnumbered paragraphs, <c>closing</c>.</summary>
    public required string Ref { get; init; }

    /// <summary>Every unit or office the clause is addressed to (lead and coordinators included).</summary>
    public IReadOnlyList<string> AssigneeUnits { get; init; } = [];

    /// <summary>The one lead unit ("giao X chủ trì"), or null when the clause names none.</summary>
    public string? Lead { get; init; }

    /// <summary>The coordinating units ("phối hợp với Y").</summary>
    public IReadOnlyList<string> CoordinatingUnits { get; init; } = [];

    /// <summary>A dated deadline ("trước ngày 30/6/2023", "đến hết năm 2023").</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The recurring reporting duty as written ("định kỳ 6 tháng, hàng năm", "thường xuyên").</summary>
    public string? RecurringReport { get; init; }

    /// <summary>The clause text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    /// <summary>The deadline phrase as written, dated or relative ("trong thời hạn 05 ngày làm việc").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DeadlineText { get; init; }

    /// <summary>A relative deadline's length in days ("trong thời hạn 05 ngày làm việc" → 5).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DeadlineDays { get; init; }

    /// <summary>True when <see cref="DeadlineDays"/> counts working days.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? DeadlineWorkingDays { get; init; }

    /// <summary>Whom the recurring report goes to ("lãnh đạo Sở (qua Văn phòng Sở)").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReportTo { get; init; }

    /// <summary>Where the clause is in the text (not part of the contract).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextSpan? Source { get; init; }
}
