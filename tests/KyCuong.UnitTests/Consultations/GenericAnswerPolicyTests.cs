using KyCuong.Web.Modules.Consultations;
using KyCuong.Web.Modules.Consultations.Domain;

namespace KyCuong.UnitTests.Consultations;

/// <summary>docs/domain.md §8 (968 §1.d: "không trả lời chung chung"): an agreement with no substance is flagged.</summary>
public sealed class GenericAnswerPolicyTests
{
    private static string? Judge(string stance, string? reasoning) =>
        GenericAnswerPolicy.Judge(stance, reasoning, 40, ConsultationOptions.DefaultBoilerplate);

    [Theory]
    [InlineData("Nhất trí.")]
    [InlineData("nhat tri voi du thao")]
    [InlineData("Đồng ý; thống nhất!")]
    [InlineData("NHẤT TRÍ VỚI DỰ THẢO, không có ý kiến khác.")]
    [InlineData("Cơ bản nhất trí với nội dung dự thảo, không có ý kiến gì thêm.")]
    public void BoilerplateOnly_IsGeneric(string reasoning) =>
        Judge(Stances.Agree, reasoning).ShouldBe(GenericAnswerPolicy.BoilerplateOnly);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("Đã xem, ok")]
    public void EmptyOrShort_IsTooShort(string? reasoning) =>
        Judge(Stances.Agree, reasoning).ShouldBe(GenericAnswerPolicy.TooShort);

    [Fact]
    public void Substantive_IsNotGeneric() =>
        Judge(Stances.Agree, "Nhất trí; đề nghị bổ sung căn cứ Nghị định 30/2020/NĐ-CP tại Điều 2 của dự thảo.").ShouldBeNull();

    [Fact]
    public void OnlyAgreeIsJudged() =>
        Judge(Stances.Disagree, "Không.").ShouldBeNull();

    [Fact]
    public void Fold_RemovesAccentsCaseAndPunctuation() =>
        GenericAnswerPolicy.Fold("  Đồng Ý, — THỐNG NHẤT!! ").ShouldBe("dong y thong nhat");

    [Fact]
    public void ConfiguredPhrases_ReplaceTheBuiltInList() =>
        GenericAnswerPolicy.Judge(Stances.Agree, "Xin chấp thuận hoàn toàn và tuyệt đối với văn bản này nhé", 10, ["xin chấp thuận hoàn toàn và tuyệt đối với văn bản này nhé"])
            .ShouldBe(GenericAnswerPolicy.BoilerplateOnly);
}
