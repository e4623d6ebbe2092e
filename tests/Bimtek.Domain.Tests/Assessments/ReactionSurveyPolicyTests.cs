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

    [Fact]
    public void Summarise_TakesTheEndsOfTheScale_AndRefusesRatingsOffItOrOfAnUnknownAspect()
    {
        var summary = ReactionSurveyPolicy.Default.Summarise(
        [
            Response("r1", (ReactionAspect.Material, [1, 4, 0]), ((ReactionAspect)9, [3])),
            Response("196608011988031001", (ReactionAspect.Material, [5])),
        ]);

        summary.Aspects.Should().ContainSingle().Which.Should().Be(new AspectIndex(ReactionAspect.Material, 2, 2.5m, 62.5m, ReactionSurveyPolicy.Default.Categories[0]));
        summary.Result.Violations.Select(v => (v.Details["Response"], v.Details["Aspect"], v.Details["Value"])).Should().Equal(
            ("'r1'", (object?)ReactionAspect.Material, (object?)0),
            ("'r1'", (ReactionAspect)9, 3),
            ("a 18-character value", ReactionAspect.Material, 5));
        summary.Result.Violations[0].Format(RuleLanguage.English).Should().Be("Response 'r1': aspect material is rated 0; the Likert scale is 1–4.");
    }

    [Fact]
    public void Summarise_CountsAResponseWithoutRatings_ButGivesItNoIndex()
    {
        var summary = ReactionSurveyPolicy.Default.Summarise([Response("r1")]);

        summary.Responses.Should().Be(1);
        summary.Overall.Should().Be(new AspectIndex(null, 0, null, null, null));
        summary.Result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Categorise_BelowTheLowestStart_IsTheLowestCategory()
    {
        ReactionSurveyPolicy.Default.Categorise(0m).Code.Should().Be("D");
        ReactionSurveyPolicy.Default.Categorise(24.99m).Code.Should().Be("D");
    }

    [Fact]
    public void Constructor_AcceptsALowestCategoryStartingExactlyAtTheLowestIndex()
    {
        var policy = new ReactionSurveyPolicy(1, 5, [new ReactionCategory("B", "Baik", "Good", 60m), new ReactionCategory("D", "Kurang", "Poor", 20m)]);

        policy.Categories.Select(c => c.Code).Should().Equal("D", "B");
        policy.Categorise(59.99m).Code.Should().Be("D");
        policy.Categorise(60m).Code.Should().Be("B");
        policy.Provenance.Should().Be(Provenance.HostSupplied);
        policy.Summarise([Response("r", (ReactionAspect.Platform, [5, 3]))]).Overall.Should().Be(new AspectIndex(null, 2, 4m, 80m, policy.Categories[1]));
    }

    [Fact]
    public void Constructor_NamesWhatIsWrong()
    {
        ReactionCategory[] good = [new ReactionCategory("D", "Kurang", "Poor", 0m)];
        FluentActions.Invoking(() => new ReactionSurveyPolicy(-1, 4, good)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumRating");
        FluentActions.Invoking(() => new ReactionSurveyPolicy(4, 4, good)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximumRating");
        FluentActions.Invoking(() => new ReactionSurveyPolicy(0, 4, null!)).Should().Throw<ArgumentNullException>().WithParameterName("categories");
        FluentActions.Invoking(() => new ReactionSurveyPolicy(0, 4, [])).Should().Throw<ArgumentException>()
            .WithMessage("Categories must have distinct starts and cover the lowest index, 0. (Parameter 'categories')");
        FluentActions.Invoking(() => new ReactionSurveyPolicy(1, 5, [new ReactionCategory("D", "Kurang", "Poor", 20.01m)])).Should().Throw<ArgumentException>()
            .WithMessage("Categories must have distinct starts and cover the lowest index, 20. (Parameter 'categories')");
        FluentActions.Invoking(() => new ReactionSurveyPolicy(0, 4, [.. good, new ReactionCategory("C", "Cukup", "Fair", 0m)])).Should().Throw<ArgumentException>().WithParameterName("categories");
        FluentActions.Invoking(() => new ReactionSurveyPolicy(0, 4, [.. good, null!])).Should().Throw<ArgumentException>().WithMessage("A category is null. (Parameter 'categories')");
        new ReactionSurveyPolicy(0, 1, good).MaximumRating.Should().Be(1);
    }

    [Fact]
    public void Summarise_RefusesNullsByName()
    {
        FluentActions.Invoking(() => ReactionSurveyPolicy.Default.Summarise(null!)).Should().Throw<ArgumentNullException>().WithParameterName("responses");
        FluentActions.Invoking(() => ReactionSurveyPolicy.Default.Summarise([null!])).Should().Throw<ArgumentNullException>().WithParameterName("responses");
    }
}
