namespace KyCuong.Calendar;

/// <summary>The Vietnamese names of the statutory holidays (Labour Code 2019 art. 112.1).</summary>
public static class HolidayNames
{
    /// <summary>1 January (art. 112.1.a).</summary>
    public const string NewYear = "Tết Dương lịch";

    /// <summary>The lunar new year, 5 days (art. 112.1.b, "Tết Âm lịch").</summary>
    public const string Tet = "Tết Nguyên đán";

    /// <summary>30 April (art. 112.1.c).</summary>
    public const string VictoryDay = "Ngày Chiến thắng";

    /// <summary>1 May (art. 112.1.d).</summary>
    public const string LabourDay = "Ngày Quốc tế Lao động";

    /// <summary>2 September and one adjacent day (art. 112.1.đ).</summary>
    public const string NationalDay = "Quốc khánh";

    /// <summary>10th day of the 3rd lunar month (art. 112.1.e).</summary>
    public const string HungKings = "Giỗ Tổ Hùng Vương";
}
