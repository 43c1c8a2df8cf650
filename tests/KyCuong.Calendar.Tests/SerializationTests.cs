using System.Text.Json;
using KyCuong.Calendar;

namespace KyCuong.Calendar.Tests;

public sealed class SerializationTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void YearDecisions_JsonRoundTrip_BuildTheSameCalendar()
    {
        string json = JsonSerializer.Serialize(BuiltInDecisions.All, Web);
        var decisions = JsonSerializer.Deserialize<List<YearDecision>>(json, Web).ShouldNotBeNull();

        var rebuilt = WorkingCalendar.Build(CalendarRuleSet.Statutory, decisions, 2024, 2027);
        foreach (var day in rebuilt.Range(rebuilt.FirstDate, rebuilt.LastDate))
        {
            WorkingCalendar.Default.Describe(day.Date).ShouldBe(day);
        }
    }

    [Fact]
    public void YearDecision_Json_UsesPlainIsoDates()
    {
        string json = JsonSerializer.Serialize(BuiltInDecisions.Year2026, Web);
        json.ShouldContain("\"year\":2026");
        json.ShouldContain("\"dayOff\":\"2026-01-02\"");
        json.ShouldContain("\"dayWorked\":\"2026-01-10\"");
    }

    [Fact]
    public void YearDecision_MinimalJson_Deserialises()
    {
        var decision = JsonSerializer.Deserialize<YearDecision>("""{"year":2027,"nationalDayAdjacentDay":"2027-09-03"}""", Web).ShouldNotBeNull();
        decision.Year.ShouldBe(2027);
        decision.NationalDayAdjacentDay.ShouldBe(new DateOnly(2027, 9, 3));
        WorkingCalendar.Build(CalendarRuleSet.Statutory, [decision], 2027, 2027).IsWorkingDay(new DateOnly(2027, 9, 3)).ShouldBeFalse();
    }

    [Fact]
    public void CalendarRuleSet_JsonRoundTripWithNewHoliday_BuildsTheSameCalendar()
    {
        var rules = CalendarRuleSet.Statutory.WithHoliday(new FixedSolarHoliday(11, 24, "Ngày Văn hóa Việt Nam", 2026));
        string json = JsonSerializer.Serialize(rules, Web);
        var back = JsonSerializer.Deserialize<CalendarRuleSet>(json, Web).ShouldNotBeNull();

        back.FixedSolarHolidays.Count.ShouldBe(5);
        var original = WorkingCalendar.Build(rules, BuiltInDecisions.All, 2000, 2100);
        var rebuilt = WorkingCalendar.Build(back, BuiltInDecisions.All, 2000, 2100);
        foreach (var day in original.Range(original.FirstDate, original.LastDate))
        {
            rebuilt.Describe(day.Date).ShouldBe(day);
        }
    }
}
