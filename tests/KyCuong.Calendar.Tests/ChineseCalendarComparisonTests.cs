using System.Globalization;
using KyCuong.Calendar;

namespace KyCuong.Calendar.Tests;

/// <summary>
/// The same algorithm at UTC+8 must reproduce .NET's Chinese calendar; at UTC+7 it must differ in the
/// years where Vietnam and China really differ. ChineseLunisolarCalendar is banned in production code
/// (wrong for Vietnam) and used here only as the reference for China.
/// </summary>
public sealed class ChineseCalendarComparisonTests
{
    private const double ChinaTimeZone = 8;

#pragma warning disable RS0030 // banned API: allowed as a test oracle for the UTC+8 variant
    private static readonly ChineseLunisolarCalendar Chinese = new();
#pragma warning restore RS0030

    private static DateOnly ChineseNewYear(int year) => DateOnly.FromDateTime(Chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));

    [Theory]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    [InlineData(2053, "2053-02-18", "2053-02-19")]
    public void NewYear_YearsWhereVietnamDiffers_Utc7IsVietnameseAndUtc8IsChinese(int year, string vietnam, string china)
    {
        VietnameseLunarCalendar.NewYear(year).ShouldBe(DateOnly.Parse(vietnam));
        VietnameseLunarCalendar.NewYear(year, ChinaTimeZone).ShouldBe(DateOnly.Parse(china));
        ChineseNewYear(year).ShouldBe(DateOnly.Parse(china));
    }

    [Fact]
    public void NewYear_Utc8_MatchesChineseLunisolarCalendarForEveryYear1902To2100()
    {
        for (int year = 1902; year <= 2100; year++)
        {
            if (year == 1916)
            {
                continue; // China used Beijing local mean time before 1929; irrelevant for Vietnam
            }

            VietnameseLunarCalendar.NewYear(year, ChinaTimeZone).ShouldBe(ChineseNewYear(year), $"year {year}");
        }
    }

    [Fact]
    public void NewYear_Utc7_DiffersFromChineseOnlyInKnownYears1968To2100()
    {
        var differing = new List<int>();
        for (int year = 1968; year <= 2100; year++)
        {
            if (VietnameseLunarCalendar.NewYear(year) != ChineseNewYear(year))
            {
                differing.Add(year);
            }
        }

        differing.ShouldBe([1968, 1969, 1985, 2007, 2030, 2053]);
    }

    [Fact]
    public void LeapMonth_Utc8_MatchesChineseLunisolarCalendar1930To2100()
    {
        for (int year = 1930; year <= 2100; year++)
        {
            // .NET gives the 1-based index of the leap month: leap month m has index m + 1.
            int index = Chinese.GetLeapMonth(year);
            VietnameseLunarCalendar.LeapMonth(year, ChinaTimeZone).ShouldBe(index == 0 ? 0 : index - 1, $"year {year}");
        }
    }
}
