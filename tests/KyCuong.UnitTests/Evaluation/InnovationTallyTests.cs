using KyCuong.Web.Modules.Evaluation.Innovation.Domain;

namespace KyCuong.UnitTests.Evaluation;

/// <summary>Nghị định 73/2023/NĐ-CP: a proposal passes when more than half of the voting members agree (docs/domain.md "Evaluation: innovation proposals").</summary>
public sealed class InnovationTallyTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    public void Needed_IsMoreThanHalf(int members, int needed) => InnovationTally.Needed(members).ShouldBe(needed);

    [Theory]
    [InlineData(4, 2, 0, "Voting")] // exactly half is not more than half
    [InlineData(4, 2, 2, "Rejected")] // 2 of 4 can no longer become 3
    [InlineData(4, 3, 1, "Approved")]
    [InlineData(3, 1, 1, "Voting")]
    [InlineData(3, 0, 2, "Rejected")]
    [InlineData(3, 2, 0, "Approved")]
    [InlineData(5, 2, 2, "Voting")]
    [InlineData(5, 2, 3, "Rejected")]
    [InlineData(0, 0, 0, "Voting")] // no voters: only the head's written decision ends it
    public void Outcome(int members, int inFavour, int against, string expected) =>
        InnovationTally.Outcome(members, inFavour, against).ShouldBe(Enum.Parse<ProposalStatus>(expected));
}
