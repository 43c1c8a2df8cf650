using System.Globalization;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Platform.Web.Pages.Shared;

/// <summary>
/// The head of a printed sheet laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I requires: the governing body and the issuing body
/// (top left, upper case, the issuing body bold), the quốc hiệu and tiêu ngữ (top right, bold), the number line under the body and
/// the place and date line under the tiêu ngữ (italic), then the kind of paper and its subject, centred and bold.
/// </summary>
internal sealed record PrintHeading(string Superior, string Body, string Number, string PlaceAndDate, string Title, string? Subject)
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <param name="body">The unit that issues the sheet; its parent is the governing body (cơ quan chủ quản).</param>
    /// <param name="number">The number and symbol; an unnumbered working sheet shows "Số: …/…" left for the clerk.</param>
    public static PrintHeading For(UnitDto body, UnitDto? superior, string? number, DateOnly date, string title, string? subject = null) =>
        new((GoverningBody(body, superior)?.Name ?? "").ToUpper(Vi), body.Name.ToUpper(Vi), "Số: " + (string.IsNullOrWhiteSpace(number) ? "…/…" : number),
            $"{Place(body, superior)}, {VietnameseDate(date)}", title.ToUpper(Vi), subject);

    /// <summary>
    /// The governing body named above the issuing one (Phụ lục I, "tên cơ quan, tổ chức chủ quản trực tiếp"): a department, division
    /// or office has one; the Government, a ministry and a province's or commune's People's Committee head their own papers.
    /// </summary>
    /// <summary>The heading of a sheet issued by <paramref name="unitId"/> (its superior looked up for the first line); a unit no longer in the directory keeps the name the record holds.</summary>
    public static async Task<PrintHeading> ForUnitAsync(IUnitDirectory units, Guid unitId, string unitName, DateOnly date, string title, string? subject, CancellationToken ct)
    {
        var body = await units.FindAsync(unitId, ct) ?? new UnitDto(unitId, unitName, "", null, UnitKind.Other, null, null, null);
        var superior = body.ParentId is { } p ? await units.FindAsync(p, ct) : null;
        return For(body, superior, null, date, title, subject);
    }

    public static UnitDto? GoverningBody(UnitDto body, UnitDto? superior) =>
        body.Kind is UnitKind.Government or UnitKind.Ministry or UnitKind.Province or UnitKind.Commune ? null : superior;

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Nghị định 30/2020, Phụ lục I: days below 10 and months 1 and 2 take a leading zero ("ngày 06 tháng 02 năm 2026").</summary>
    public static string VietnameseDate(DateOnly d)
    {
        var month = d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {d.Day:00} tháng {month} năm {d.Year}";
    }

    /// <summary>The place is the province or commune the body is named after (Phụ lục I: the địa danh of the body's seat).</summary>
    private static string Place(UnitDto body, UnitDto? superior) => PlaceOf(body.Name) ?? (superior is null ? null : PlaceOf(superior.Name)) ?? "Hà Nội";

    private static string? PlaceOf(string name)
    {
        foreach (var marker in new[] { " tỉnh ", " thành phố ", " phường ", " xã ", " đặc khu " })
        {
            var i = name.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0)
            {
                return name[(i + marker.Length)..].Trim();
            }
        }

        return null;
    }
}
