using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Tests.Assessments;

public class ReactionSurveyPolicyTests
{
    private static ReactionResponse Response(string id, params (ReactionAspect Aspect, int[] Ratings)[] ratings) =>
        new(id, ratings.ToDictionary(r => r.Aspect, r => (IReadOnlyList<int>)r.Ratings));

    [Fact]
    public void Summarise_IndexPerAspectAndOverall_HandComputed()
    {
        var summary = ReactionSurveyPolicy.Default.Summarise(
        [
            Response("r1", (ReactionAspect.Material, [4, 4]), (ReactionAspect.Instructor, [3]), (ReactionAspect.Platform, [2])),
            Response("r2", (ReactionAspect.Material, [3]), (ReactionAspect.Instructor, [4]), (ReactionAspect.Organisation, [4]), (ReactionAspect.Platform, [5])),
        ]);

        summary.Responses.Should().Be(2);
        summary.Aspects.Select(a => (a.Aspect, a.Ratings, a.Category!.Code)).Should().Equal(
            (ReactionAspect.Material, 3, "A"), // 11 / 3 = 3.667 → 91.7
            (ReactionAspect.Instructor, 2, "B"), // 3.5 → 87.5
            (ReactionAspect.Organisation, 1, "A"), // 4 → 100
            (ReactionAspect.Platform, 1, "D")); // 2 → 50; the 5 is refused
        summary.Aspects[1].Index.Should().Be(87.5m);
        summary.Overall.Ratings.Should().Be(7);
        summary.Overall.MeanRating.Should().Be(24m / 7m);
        summary.Overall.Index.Should().Be(24m / 7m * 25m); // ≈ 85.7
        summary.Overall.Category!.Name.Should().Be("Baik");
        var refused = summary.Result.Violations.Should().ContainSingle().Subject;
        refused.Code.Should().Be(AssessmentRuleCodes.ReactionRatingOutOfRange);
        refused.Details["Response"].Should().Be("'r2'"); // quoted, or described by length if it could be an identity number
    }

    [Theory]
    [InlineData(100, "A")]
    [InlineData(88.31, "A")]
    [InlineData(88.30, "B")]
    [InlineData(76.61, "B")]
    [InlineData(76.60, "C")]
    [InlineData(65.00, "C")]
    [InlineData(64.99, "D")]
    [InlineData(25, "D")]
    public void Categorise_Boundaries(decimal index, string code)
    {
        ReactionSurveyPolicy.Default.Categorise(index).Code.Should().Be(code);
    }

    [Fact]
    public void Default_IsAssumed_OnAFourPointScale()
    {
        ReactionSurveyPolicy.Default.Provenance.Should().Be(Provenance.Assumed);
        (ReactionSurveyPolicy.Default.MinimumRating, ReactionSurveyPolicy.Default.MaximumRating).Should().Be((1, 4));
    }

    [Fact]
    public void Summarise_OfNoResponse_HasNoIndex()
    {
        var summary = ReactionSurveyPolicy.Default.Summarise([]);

        summary.Overall.Index.Should().BeNull();
        summary.Aspects.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_WhenCategoriesLeaveTheBottomUncovered_Throws()
    {
        var act = () => new ReactionSurveyPolicy(1, 5, [new ReactionCategory("A", "Baik", "Good", 50m)]);

        act.Should().Throw<ArgumentException>();
    }
}
