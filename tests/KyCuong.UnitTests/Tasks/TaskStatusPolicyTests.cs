using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Time;
using Microsoft.Extensions.Time.Testing;

namespace KyCuong.UnitTests.Tasks;

/// <summary>docs/domain.md §6 (VPCP labels) and §7 (a period ends at the end of its last day), with a fake clock in Vietnam time.</summary>
public sealed class TaskStatusPolicyTests
{
    private static readonly DateOnly Due = new(2026, 2, 5);

    private static DateOnly TodayAt(int day, int hour, int minute) =>
        new FakeTimeProvider(new DateTimeOffset(2026, 2, day, hour, minute, 0, TimeSpan.FromHours(7))).Today();

    [Fact]
    public void Compute_DueDayAt1659_InProgressOnTime() =>
        TaskStatusPolicy.Compute(Due, null, TodayAt(5, 16, 59)).ShouldBe(TaskStatusLabel.InProgressOnTime);

    [Fact]
    public void Compute_DueDayLastMinute_StillOnTime() =>
        TaskStatusPolicy.Compute(Due, null, TodayAt(5, 23, 59)).ShouldBe(TaskStatusLabel.InProgressOnTime);

    [Fact]
    public void Compute_NextDayJustAfterMidnight_InProgressOverdue() =>
        TaskStatusPolicy.Compute(Due, null, TodayAt(6, 0, 1)).ShouldBe(TaskStatusLabel.InProgressOverdue);

    [Fact]
    public void Compute_UtcEveningIsNextVietnamDay_Overdue()
    {
        // 17:30 UTC on the due date is already 00:30 the next day in Vietnam.
        var today = new FakeTimeProvider(new DateTimeOffset(2026, 2, 5, 17, 30, 0, TimeSpan.Zero)).Today();
        TaskStatusPolicy.Compute(Due, null, today).ShouldBe(TaskStatusLabel.InProgressOverdue);
    }

    [Fact]
    public void Compute_CompletedOnDueDate_DoneOnTime() =>
        TaskStatusPolicy.Compute(Due, Due, TodayAt(20, 9, 0)).ShouldBe(TaskStatusLabel.DoneOnTime);

    [Fact]
    public void Compute_CompletedDayAfter_DoneLate() =>
        TaskStatusPolicy.Compute(Due, Due.AddDays(1), TodayAt(20, 9, 0)).ShouldBe(TaskStatusLabel.DoneLate);

    [Fact]
    public void Compute_StandingTaskYearsLater_NeverOverdue()
    {
        TaskStatusPolicy.Compute(null, null, new DateOnly(2030, 1, 1)).ShouldBe(TaskStatusLabel.InProgressOnTime);
        TaskStatusPolicy.Compute(null, new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 1)).ShouldBe(TaskStatusLabel.DoneOnTime);
    }

    [Theory]
    [InlineData("inProgressOnTime", TaskStatusLabel.InProgressOnTime)]
    [InlineData("inProgressOverdue", TaskStatusLabel.InProgressOverdue)]
    [InlineData("doneOnTime", TaskStatusLabel.DoneOnTime)]
    [InlineData("doneLate", TaskStatusLabel.DoneLate)]
    public void Name_RoundTrips(string name, object expected)
    {
        var status = (TaskStatusLabel)expected;
        TaskStatusPolicy.Name(status).ShouldBe(name);
        TaskStatusPolicy.TryParse(name, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(status);
    }

    [Fact]
    public void Label_VietnameseGovernmentOfficeLabels()
    {
        TaskStatusPolicy.Label(TaskStatusLabel.InProgressOnTime).ShouldBe("Đang thực hiện trong hạn");
        TaskStatusPolicy.Label(TaskStatusLabel.InProgressOverdue).ShouldBe("Chưa hoàn thành – quá hạn");
        TaskStatusPolicy.Label(TaskStatusLabel.DoneOnTime).ShouldBe("Hoàn thành đúng hạn");
        TaskStatusPolicy.Label(TaskStatusLabel.DoneLate).ShouldBe("Hoàn thành quá hạn");
    }
}
