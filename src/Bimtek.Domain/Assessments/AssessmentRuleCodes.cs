namespace Bimtek.Domain.Assessments;

/// <summary>The stable codes of the assessment rules: scoring an instrument, reading participants' results, and
/// evaluation surveys.</summary>
/// <remarks>A code is a contract: it never changes once published. Messages are in <see cref="AssessmentRules"/>.
/// Messages name a result by its line and never carry a NIP, NIK or name.</remarks>
public static class AssessmentRuleCodes
{
    /// <summary>An answer names an item the instrument does not have.</summary>
    public const string ItemUnknown = "Assessments.ItemUnknown";

    /// <summary>An item of the instrument has no score.</summary>
    public const string ItemMissing = "Assessments.ItemMissing";

    /// <summary>An item's raw score is below 0 or above the item's maximum.</summary>
    public const string ItemScoreOutOfRange = "Assessments.ItemScoreOutOfRange";

    /// <summary>An item is mapped to a competency in none of the frameworks assessed against.</summary>
    public const string ItemCompetencyUnknown = "Assessments.ItemCompetencyUnknown";

    /// <summary>A result row cannot be split into fields (e.g. a CSV row with more or fewer fields than the header).</summary>
    public const string ResultRowMalformed = "Assessments.ResultRowMalformed";

    /// <summary>A result row lacks a required field.</summary>
    public const string ResultFieldMissing = "Assessments.ResultFieldMissing";

    /// <summary>A result row's field cannot be read (not a number, a region code, a yes/no…).</summary>
    public const string ResultFieldInvalid = "Assessments.ResultFieldInvalid";

    /// <summary>A result row's score or attendance lies outside 0–100.</summary>
    public const string ResultOutOfRange = "Assessments.ResultOutOfRange";

    /// <summary>A result row's NIP is not a valid NIP (the value is never echoed).</summary>
    public const string ResultNipInvalid = "Assessments.ResultNipInvalid";

    /// <summary>Two result rows name the same participant in the same session.</summary>
    public const string ResultDuplicate = "Assessments.ResultDuplicate";

    /// <summary>A result row names a session the schedule does not have.</summary>
    public const string ResultSessionUnknown = "Assessments.ResultSessionUnknown";

    /// <summary>A result row's region is not one its session serves (a warning: the row still counts).</summary>
    public const string ResultRegionOutsideSession = "Assessments.ResultRegionOutsideSession";

    /// <summary>A result row has a post-test without a pre-test or the reverse (a warning: no gain for that participant).</summary>
    public const string ResultTestUnpaired = "Assessments.ResultTestUnpaired";

    /// <summary>A reaction-survey rating lies outside the Likert scale.</summary>
    public const string ReactionRatingOutOfRange = "Assessments.ReactionRatingOutOfRange";

    /// <summary>A behaviour follow-up (Kirkpatrick level 3) names no supervisor to respond (a warning).</summary>
    public const string FollowUpSupervisorMissing = "Assessments.FollowUpSupervisorMissing";
}
