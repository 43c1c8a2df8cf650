namespace KyCuong.Web.Modules.Notifications.Domain;

/// <summary>How a person wants notices by e-mail: each one at once, one daily digest, or none (the inbox always has them).</summary>
internal static class EmailMode
{
    public const string Immediate = "immediate";
    public const string Digest = "digest";
    public const string None = "none";

    public static readonly IReadOnlyList<string> All = [Immediate, Digest, None];

    public static bool IsValid(string? mode) => mode is not null && All.Contains(mode, StringComparer.Ordinal);

    public static string Label(string mode) => mode switch
    {
        Immediate => "Gửi ngay từng thông báo",
        Digest => "Gửi một thư tổng hợp mỗi ngày làm việc",
        None => "Không gửi thư (chỉ xem trong hộp thông báo)",
        _ => mode,
    };
}
