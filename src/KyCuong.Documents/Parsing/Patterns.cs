using System.Text.RegularExpressions;

namespace KyCuong.Documents.Parsing;

/// <summary>
/// The few regular expressions, compiled once, linear-time (NonBacktracking) and with a timeout, so no
/// input can make extraction blow up.
/// </summary>
internal static class Patterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>
    /// A number/symbol in running text ("280/CD-TTg", "13/2021/QĐ-UBND", "924 -TB/TU"); a symbol part joined by
    /// "&amp;" keeps its second half even after a stray space ("103/BKH-KTĐP &amp;LT", also inside: "10/2007/TTLT-BLĐTB &amp;XH-BTC"),
    /// and a page may wrap the line after a hyphen ("473/TTr -\nNN&amp;PTNT"). A number may carry one small letter of a
    /// series ("30c/NQCP"), and a dot may stand for the hyphen before a capital part ("136/2001/QĐ.TTg"; a dot before a
    /// space or a small letter ends the sentence instead). A page may also wrap the line right after the number's slash
    /// ("Tờ trình số 96/" / "TTr-UB ngày …"), and a slash may stand for a hyphen between parts ("49/2007/TTLT/BTC-BGĐT").
    /// </summary>
    public static Regex Symbol { get; } = new(
        @"\d{1,6}[a-z]?[ ]{0,2}(/[ ]{0,2}\d{4}[ ]{0,2}/|/\n?|-)[ ]{0,2}\p{L}[\p{L}\d&]{0,19}([ ]{1,2}&[ ]{0,2}\p{Lu}[\p{L}\d]{0,9})?([ ]{0,2}[-/–_][ \n]{0,2}\p{L}[\p{L}\d&]{0,19}([ ]{1,2}&[ ]{0,2}\p{Lu}[\p{L}\d]{0,9})?|\.\p{Lu}[\p{L}\d&]{0,19}){0,5}",
        Linear, Timeout);

    /// <summary>
    /// A number whose separator a copy turned into a space, right after "số": "số 115 CĐ-TTg" (n/TYPE-ISSUER) and the
    /// Party's "số 84 QĐ/TWĐTN" (n-TYPE/ISSUER); the type abbreviation tells which separator was lost.
    /// </summary>
    public static Regex SpacedSymbol { get; } = new(
        @"\d{1,6} (QĐ|CĐ|CT|NQ|TB|KH|CV|TTr|HD|BC|KL|TT|NĐ)[-/]\p{Lu}[\p{L}\d&]{0,19}([-/]\p{Lu}[\p{L}\d&]{0,19}){0,3}",
        Linear, Timeout);

    /// <summary>Absolute deadlines in folded text: "trước ngày 30/6/2023", "chậm nhất ngày 15/7".</summary>
    public static Regex DeadlineDay { get; } = new(
        @"(truoc|cham nhat( la)?( truoc)?|han chot( la)?|hoan thanh trong|den het|xong truoc|truoc het)[ ]{0,3}(\d{1,2}[ ]{0,2}gio([ ]{0,2}\d{1,2}[ ]{0,2}phut)?[ ]{0,2},?[ ]{0,2})?ngay[ ]{0,2}\d",
        Linear, Timeout);

    /// <summary>End-of-period deadlines in folded text: "đến hết năm 2023", "chậm nhất trong tháng 6/2023", "hoàn thành trong quý III/2023".</summary>
    public static Regex DeadlinePeriod { get; } = new(
        @"(den het|truoc het|cham nhat( la)?( trong)?( truoc)?|hoan thanh( truoc| trong)?|xong trong)[ ]{1,3}(nam[ ]{1,2}\d{4}|thang[ ]{0,2}\d{1,2}[ ]{0,2}(/|nam)[ ]{0,2}\d{4}|quy[ ]{1,2}(iv|iii|ii|i|[1-4])[ ]{0,2}(/|nam)[ ]{0,2}\d{4})",
        Linear, Timeout);

    /// <summary>Relative deadlines in folded text: "trong thời hạn 05 ngày làm việc".</summary>
    public static Regex DeadlineRelative { get; } = new(
        @"(trong thoi han|trong vong|trong|cham nhat( la)?( sau)?|khong qua|khong qua)[ ]{1,3}\d{1,3}[ ]{0,2}ngay( lam viec)?",
        Linear, Timeout);
}
