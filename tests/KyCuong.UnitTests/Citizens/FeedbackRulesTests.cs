using KyCuong.Web.Modules.Citizens.Domain;

namespace KyCuong.UnitTests.Citizens;

/// <summary>Tracking codes and duplicate hints of citizens' feedback (docs/domain.md "Citizens").</summary>
public sealed class FeedbackRulesTests
{
    [Fact]
    public void TrackingCodes_RandomOverTheUnambiguousAlphabet_NoRepeatsInAThousand()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => TrackingCodes.New()).ToList();
        codes.ShouldAllBe(c => c.Length == TrackingCodes.Length && c.All(ch => TrackingCodes.Alphabet.Contains(ch)));
        codes.Distinct().Count().ShouldBe(1000);
        // No shared prefix as a sequence or a date would give.
        codes.Select(c => c[..3]).Distinct().Count().ShouldBeGreaterThan(900);
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn", "ABCDEFGHJKMN")]
    [InlineData(" ABCD EFGH JKMN ", "ABCDEFGHJKMN")]
    [InlineData("ABCDEFGHJKM0", null)]
    [InlineData("ABCDEFGHJKM", null)]
    [InlineData("", null)]
    public void Normalize_AcceptsWhatPeopleType_RefusesImpossibleCodes(string typed, string? stored) =>
        TrackingCodes.Normalize(typed).ShouldBe(stored);

    [Fact]
    public void DuplicateHints_SameSubjectIgnoringAccents_OrSimilarContent()
    {
        var earlier = new[]
        {
            new DuplicateHints.Candidate(Guid.NewGuid(), "Đường ngập nước", "Khác hẳn"),
            new DuplicateHints.Candidate(Guid.NewGuid(), "Khác", "Hồ sơ cấp giấy phép kinh doanh nộp ngày hai tháng hai chưa có kết quả"),
            new DuplicateHints.Candidate(Guid.NewGuid(), "Không liên quan", "Đèn đường hỏng ở khu phố ba"),
        };
        var hints = DuplicateHints.Find("DUONG NGAP NUOC", "Hồ sơ cấp giấy phép kinh doanh nộp ngày hai tháng hai vẫn chưa có kết quả", earlier, 0.6);
        hints.Count.ShouldBe(2);
        hints[0].Id.ShouldBe(earlier[0].Id);
        hints[0].SameSubject.ShouldBeTrue();
        hints[1].Id.ShouldBe(earlier[1].Id);
        hints[1].Similarity.ShouldBeGreaterThanOrEqualTo(0.6);
    }
}
