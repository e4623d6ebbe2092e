using System.Globalization;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Assessments;

/// <summary>Reads results rows against a schedule, reporting every bad field by line and never dropping a row silently.</summary>
/// <remarks>
/// Rules reported (<see cref="AssessmentRuleCodes"/>): <c>ResultRowMalformed</c>, <c>ResultFieldMissing</c>, <c>ResultFieldInvalid</c>,
/// <c>ResultOutOfRange</c>, <c>ResultNipInvalid</c>, <c>ResultDuplicate</c>, <c>ResultSessionUnknown</c> (errors: the
/// row is refused) and <c>ResultRegionOutsideSession</c>, <c>ResultTestUnpaired</c> (warnings: the row counts). A NIP
/// is never echoed in a message; rows are named by line.
/// </remarks>
public static class ResultReader
{
    private static readonly Dictionary<string, bool> YesNo = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true,
        ["ya"] = true,
        ["true"] = true,
        ["1"] = true,
        ["y"] = true,
        ["no"] = false,
        ["tidak"] = false,
        ["false"] = false,
        ["0"] = false,
        ["n"] = false,
    };

    /// <summary>Reads rows.</summary>
    /// <param name="rows">The rows, as text.</param>
    /// <param name="schedule">The schedule whose sessions the rows name.</param>
    /// <returns>The results and every violation.</returns>
    public static ResultReading Read(IEnumerable<ResultRow> rows, Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(schedule);
        var sessions = new Dictionary<string, HashSet<RegionCode>>(StringComparer.Ordinal);
        foreach (var session in schedule.Sessions)
        {
            sessions.TryAdd(session.Id, [.. session.Regions]);
        }

        var seen = new Dictionary<(Nip, string), int>();
        var results = new List<ParticipantResult>();
        var violations = new List<RuleViolation>();
        var read = 0;
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            read++;
            var before = violations.Count;
            var result = ReadRow(row, sessions, violations);
            if (result is not null && violations.Skip(before).All(v => v.Severity != FluentValidation.Severity.Error))
            {
                if (seen.TryGetValue((result.Nip, result.SessionId), out var first))
                {
                    violations.Add(Violation(AssessmentRuleCodes.ResultDuplicate, row, ("Session", result.SessionId), ("FirstLine", first)));
                    continue;
                }

                seen.Add((result.Nip, result.SessionId), row.Line);
                results.Add(result);
            }
        }

        return new ResultReading(results.AsReadOnly(), RuleResult.From(violations), read);
    }

    private static ParticipantResult? ReadRow(ResultRow row, Dictionary<string, HashSet<RegionCode>> sessions, List<RuleViolation> violations)
    {
        if (row.Malformed is { } malformed)
        {
            violations.Add(Violation(AssessmentRuleCodes.ResultRowMalformed, row, ("Reason", Masked(malformed))));
            return null;
        }

        var errors = violations.Count;
        var nip = default(Nip);
        if (Required(row, "nip", row.Nip, violations) is { } nipText && !Nip.TryParse(nipText.AsSpan(), out nip, out var reason))
        {
            violations.Add(Violation(AssessmentRuleCodes.ResultNipInvalid, row, ("Reason", reason)));
        }

        HashSet<RegionCode>? sessionRegions = null;
        var sessionId = Required(row, "session", row.Session, violations);
        if (sessionId is not null && !sessions.TryGetValue(sessionId, out sessionRegions))
        {
            violations.Add(Violation(AssessmentRuleCodes.ResultSessionUnknown, row, ("Session", PersonalData.Quoted(sessionId))));
        }

        var region = default(RegionCode);
        if (Required(row, "region", row.Region, violations) is { } regionText && !RegionCode.TryParse(regionText.AsSpan(), out region, out var regionReason))
        {
            violations.Add(Violation(AssessmentRuleCodes.ResultFieldInvalid, row, ("Field", "region"), ("Reason", Reason(regionText, regionReason!))));
        }

        PositionKind? position = null;
        if (!string.IsNullOrWhiteSpace(row.Position))
        {
            if (Enum.TryParse<PositionKind>(row.Position.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(row.Position, out _))
            {
                position = kind;
            }
            else
            {
                violations.Add(Violation(AssessmentRuleCodes.ResultFieldInvalid, row, ("Field", "position"), ("Reason", Reason(row.Position, $"bukan jenis jabatan ({Kinds})", $"is not a position kind ({Kinds})"))));
            }
        }

        var pre = Percent(row, "pre_test", row.PreTest, violations);
        var post = Percent(row, "post_test", row.PostTest, violations);
        var final = Percent(row, "final_score", row.FinalScore, violations);
        var attendance = Percent(row, "attendance_percent", row.AttendancePercent, violations);
        bool? completed = null;
        if (!string.IsNullOrWhiteSpace(row.Completed))
        {
            if (YesNo.TryGetValue(row.Completed.Trim(), out var yes))
            {
                completed = yes;
            }
            else
            {
                violations.Add(Violation(AssessmentRuleCodes.ResultFieldInvalid, row, ("Field", "completed"), ("Reason", Reason(row.Completed, "bukan ya/tidak, yes/no, true/false atau 1/0", "is not yes/no, ya/tidak, true/false or 1/0"))));
            }
        }

        Dictionary<string, ProficiencyLevel>? levels = null;
        foreach (var (code, text) in row.Levels ?? new Dictionary<string, string?>())
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (ProficiencyLevel.TryParse(text.Trim(), out var level))
            {
                (levels ??= new Dictionary<string, ProficiencyLevel>(StringComparer.Ordinal))[code] = level;
            }
            else
            {
                violations.Add(Violation(AssessmentRuleCodes.ResultFieldInvalid, row, ("Field", $"level:{code}"), ("Reason", Reason(text, "bukan tingkat 1–5", "is not a level 1–5"))));
            }
        }

        if (violations.Count > errors && violations.Skip(errors).Any(v => v.Severity == FluentValidation.Severity.Error))
        {
            return null;
        }

        if (pre.HasValue != post.HasValue)
        {
            violations.Add(Violation(AssessmentRuleCodes.ResultTestUnpaired, row, ("Present", pre.HasValue ? "pre_test" : "post_test")));
        }

        if (sessionRegions is not null && !sessionRegions.Contains(region) && !sessionRegions.Contains(region.Province))
        {
            violations.Add(Violation(AssessmentRuleCodes.ResultRegionOutsideSession, row, ("Region", region), ("Session", sessionId)));
        }

        return new ParticipantResult(
            nip,
            sessionId!,
            region,
            pre is { } p ? Score.Create(p) : null,
            post is { } q ? Score.Create(q) : null,
            final is { } f ? Score.Create(f) : null,
            attendance is { } a ? Percentage.Create(a) : null,
            completed,
            position,
            levels);
    }

    private static string? Required(ResultRow row, string field, string? text, List<RuleViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            violations.Add(Violation(AssessmentRuleCodes.ResultFieldMissing, row, ("Field", field)));
            return null;
        }

        return text.Trim();
    }

    private static decimal? Percent(ResultRow row, string field, string? text, List<RuleViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            violations.Add(Violation(AssessmentRuleCodes.ResultFieldInvalid, row, ("Field", field), ("Reason", Reason(text, "bukan angka dengan titik sebagai pemisah desimal", "is not a number with a dot for decimals"))));
            return null;
        }

        if (!Percentage.IsOnScale(value))
        {
            violations.Add(Violation(AssessmentRuleCodes.ResultOutOfRange, row, ("Field", field), ("Value", PersonalData.Quoted(text.Trim()))));
            return null;
        }

        return value;
    }

    private static string Kinds => string.Join(", ", Enum.GetNames<PositionKind>());

    /// <summary>A reason that quotes the value (or its length, when it may be an identity number) in the reader's language.</summary>
    private static RuleText Reason(string value, string indonesian, string english)
    {
        var quoted = PersonalData.Quoted(value);
        return new RuleText($"{quoted.Indonesian} {indonesian}", $"{quoted.English} {english}");
    }

    /// <summary>A parser's reason, after the value it refused (quoted as <see cref="Reason(string, string, string)"/> quotes it).</summary>
    private static RuleText Reason(string value, RuleText reason)
    {
        var quoted = PersonalData.Quoted(value);
        return new RuleText($"{quoted.Indonesian}: {reason.Indonesian}", $"{quoted.English}: {reason.English}");
    }

    private static RuleText Masked(RuleText text) => new(PersonalData.MaskIn(text.Indonesian), PersonalData.MaskIn(text.English));

    private static RuleViolation Violation(string code, ResultRow row, params (string Name, object? Value)[] details) =>
        AssessmentRules.Violation(code, [("Line", row.Line), .. details]);
}
