using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Assessments;

/// <summary>The reader's field rules one at a time: what each field accepts, what it refuses and how the refusal reads.</summary>
public class ResultReaderRuleTests
{
    private const string Nip1 = "196608011988031001";
    private const string Nip2 = "196608011988031002";

    // S1 invites the five kabupaten/kota of DI Yogyakarta; S2 invites the province of Jawa Timur as a whole.
    private static Schedule TwoSessions() =>
        new ScheduleBuilder().WithSessions(new SessionBuilder(), new SessionBuilder().WithId("S2").WithRegions("35")).Build();

    private static ResultReading Read(params ResultRow[] rows) => ResultReader.Read(rows, TwoSessions());

    private static RuleViolation Single(ResultReading reading) => reading.Result.Violations.Should().ContainSingle().Subject;

    [Theory]
    [InlineData("yes", true)]
    [InlineData("YA", true)]
    [InlineData("True", true)]
    [InlineData("1", true)]
    [InlineData("y", true)]
    [InlineData(" ya ", true)]
    [InlineData("no", false)]
    [InlineData("Tidak", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("N", false)]
    public void Completed_ReadsEveryYesAndNoItNames(string text, bool completed)
    {
        var reading = Read(new ResultRow(2, Nip1, "S1", "34.01", Completed: text));

        reading.Result.Violations.Should().BeEmpty();
        reading.Results.Single().Completed.Should().Be(completed);
    }

    [Fact]
    public void Completed_Blank_IsUnknown_AndAnythingElseIsRefusedWithTheWordsItTakes()
    {
        Read(new ResultRow(2, Nip1, "S1", "34.01", Completed: " ")).Results.Single().Completed.Should().BeNull();

        var refused = Read(new ResultRow(2, Nip1, "S1", "34.01", Completed: "maybe"));

        refused.Results.Should().BeEmpty();
        var violation = Single(refused);
        (violation.Code, violation.Details["Field"]).Should().Be((AssessmentRuleCodes.ResultFieldInvalid, "completed"));
        violation.Format(RuleLanguage.English).Should().Be("Line 2: field completed cannot be read ('maybe' is not yes/no, ya/tidak, true/false or 1/0).");
        violation.Format(RuleLanguage.Indonesian).Should().Be("Baris 2: kolom completed tidak dapat dibaca ('maybe' bukan ya/tidak, yes/no, true/false atau 1/0).");
    }

    [Theory]
    [InlineData("jptPratama", PositionKind.JptPratama)]
    [InlineData(" JPTPRATAMA ", PositionKind.JptPratama)]
    public void Position_IsAKindByName_InAnyCase(string text, PositionKind kind) =>
        Read(new ResultRow(2, Nip1, "S1", "34.01", Position: text)).Results.Single().Position.Should().Be(kind);

    [Theory]
    [InlineData("1")]
    [InlineData("99")]
    [InlineData("bupati")]
    public void Position_ByNumberOrUnknownName_IsRefused_NamingTheKindsItTakes(string text)
    {
        var reading = Read(new ResultRow(2, Nip1, "S1", "34.01", Position: text));

        reading.Results.Should().BeEmpty();
        var violation = Single(reading);
        violation.Details["Field"].Should().Be("position");
        violation.Format(RuleLanguage.English).Should().Be(
            $"Line 2: field position cannot be read ('{text}' is not a position kind ({string.Join(", ", Enum.GetNames<PositionKind>())})).");
    }

    [Fact]
    public void Position_Blank_IsUnknown() =>
        Read(new ResultRow(2, Nip1, "S1", "34.01", Position: "")).Results.Single().Position.Should().BeNull();

    [Theory]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    [InlineData(" 50.25 ", 50.25)]
    [InlineData("+7", 7)]
    public void Scores_AreNumbersWithADot_FromZeroToAHundred(string text, decimal value)
    {
        var result = Read(new ResultRow(2, Nip1, "S1", "34.01", PreTest: text, PostTest: text, FinalScore: text, AttendancePercent: text)).Results.Single();

        (result.PreTest!.Value.Value, result.PostTest!.Value.Value, result.FinalScore!.Value.Value, result.AttendancePercent!.Value.Value)
            .Should().Be((value, value, value, value));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("-0.5")]
    [InlineData("100.01")]
    public void Scores_OutsideZeroToAHundred_AreOutOfRange_NamingFieldAndValue(string text)
    {
        var reading = Read(new ResultRow(2, Nip1, "S1", "34.01", AttendancePercent: text));

        reading.Results.Should().BeEmpty();
        var violation = Single(reading);
        violation.Code.Should().Be(AssessmentRuleCodes.ResultOutOfRange);
        violation.Format(RuleLanguage.English).Should().Be($"Line 2: field attendance_percent is '{text}'; it must be 0–100.");
    }

    [Theory]
    [InlineData("1e2")]
    [InlineData("1,5")]
    [InlineData("50%")]
    [InlineData("(5)")]
    public void Scores_NotWrittenAsAPlainNumber_AreRefused(string text)
    {
        var violation = Single(Read(new ResultRow(2, Nip1, "S1", "34.01", FinalScore: text)));

        violation.Code.Should().Be(AssessmentRuleCodes.ResultFieldInvalid);
        violation.Format(RuleLanguage.English).Should().Be($"Line 2: field final_score cannot be read ('{text}' is not a number with a dot for decimals).");
    }

    [Fact]
    public void EachScoreField_IsNamedByItsColumn()
    {
        var reading = Read(new ResultRow(2, Nip1, "S1", "34.01", PreTest: "x", PostTest: "101", FinalScore: "y", AttendancePercent: "-2"));

        reading.Result.Violations.Select(v => (v.Code, v.Details["Field"])).Should().Equal(
            (AssessmentRuleCodes.ResultFieldInvalid, "pre_test"),
            (AssessmentRuleCodes.ResultOutOfRange, "post_test"),
            (AssessmentRuleCodes.ResultFieldInvalid, "final_score"),
            (AssessmentRuleCodes.ResultOutOfRange, "attendance_percent"));
    }

    [Fact]
    public void Levels_AreDigitsOneToFive_BlankOnesSkipped_BadOnesNamedByCompetency()
    {
        var good = Read(new ResultRow(2, Nip1, "S1", "34.01", Levels: new Dictionary<string, string?> { ["M.01"] = " 4 ", ["M.02"] = null, ["M.03"] = "5" }));

        good.Results.Single().Assessed.Should().BeEquivalentTo(new Dictionary<string, ProficiencyLevel> { ["M.01"] = ProficiencyLevel.Create(4), ["M.03"] = ProficiencyLevel.Create(5) });

        var bad = Read(new ResultRow(2, Nip1, "S1", "34.01", Levels: new Dictionary<string, string?> { ["M.01"] = "0", ["M.02"] = "3" }));

        bad.Results.Should().BeEmpty();
        var violation = Single(bad);
        violation.Details["Field"].Should().Be("level:M.01");
        violation.Format(RuleLanguage.English).Should().Be("Line 2: field level:M.01 cannot be read ('0' is not a level 1–5).");
    }

    [Fact]
    public void NoLevels_LeavesTheResultUnassessed() =>
        Read(new ResultRow(2, Nip1, "S1", "34.01", Levels: new Dictionary<string, string?> { ["M.01"] = "" })).Results.Single().Assessed.Should().BeNull();

    [Fact]
    public void RequiredFields_AreNamedEachWhenMissing()
    {
        var reading = Read(new ResultRow(2, null, "", " "));

        reading.Results.Should().BeEmpty();
        reading.Result.Violations.Select(v => (v.Code, v.Details["Field"])).Should().Equal(
            (AssessmentRuleCodes.ResultFieldMissing, "nip"),
            (AssessmentRuleCodes.ResultFieldMissing, "session"),
            (AssessmentRuleCodes.ResultFieldMissing, "region"));
        reading.Result.Violations[1].Format(RuleLanguage.English).Should().Be("Line 2: field session is required.");
    }

    [Fact]
    public void ABadRegionCode_IsRefused_WithTheReasonTheCodeGives()
    {
        var violation = Single(Read(new ResultRow(2, Nip1, "S1", "3X.01")));

        (violation.Code, violation.Details["Field"]).Should().Be((AssessmentRuleCodes.ResultFieldInvalid, "region"));
        violation.Format(RuleLanguage.English).Should().Be("Line 2: field region cannot be read ('3X.01': only digits and one dot after the province part are allowed (PP, PP.KK or PPKK)).");
        Single(Read(new ResultRow(2, Nip1, "S1", Nip2))).Format(RuleLanguage.English).Should().StartWith("Line 2: field region cannot be read (a 18-character value: ");
    }

    [Fact]
    public void SessionAndFieldsAreTrimmed()
    {
        var result = Read(new ResultRow(2, $" {Nip1} ", " S1 ", " 34.01 ")).Results.Single();

        (result.SessionId, result.Region.ToString()).Should().Be(("S1", "34.01"));
    }

    [Fact]
    public void ARegionOfAnInvitedProvince_IsServed_AndAnotherProvincesIsAWarningOnly()
    {
        Read(new ResultRow(2, Nip1, "S2", "35.78")).Result.Violations.Should().BeEmpty();
        Read(new ResultRow(2, Nip1, "S2", "35")).Result.Violations.Should().BeEmpty();

        var reading = Read(new ResultRow(2, Nip1, "S1", "35.78"));

        reading.Results.Should().ContainSingle();
        var violation = Single(reading);
        (violation.Code, violation.Severity).Should().Be((AssessmentRuleCodes.ResultRegionOutsideSession, FluentValidation.Severity.Warning));
        violation.Format(RuleLanguage.English).Should().Be("Line 2: region 35.78 is not one session S1 serves.");
    }

    [Theory]
    [InlineData("60", null, "pre_test")]
    [InlineData(null, "60", "post_test")]
    public void OneTestWithoutTheOther_IsAWarning_NamingTheOneGiven(string? pre, string? post, string present)
    {
        var reading = Read(new ResultRow(2, Nip1, "S1", "34.01", PreTest: pre, PostTest: post));

        reading.Results.Single().Gain.Should().Be(LearningGain.Undefined);
        var violation = Single(reading);
        (violation.Code, violation.Severity, violation.Details["Present"]).Should().Be((AssessmentRuleCodes.ResultTestUnpaired, FluentValidation.Severity.Warning, present));
        violation.Format(RuleLanguage.English).Should().Be($"Line 2: only the {present} is given; no gain is computed for this participant.");
    }

    [Fact]
    public void ARefusedRow_IsNotRemembered_SoTheParticipantsGoodRowIsNoDuplicate()
    {
        var reading = Read(
            new ResultRow(2, Nip1, "S1", "34.01", PreTest: "abc"),
            new ResultRow(3, Nip1, "S1", "34.01", PreTest: "40", PostTest: "80"));

        reading.Results.Should().ContainSingle().Which.PreTest!.Value.Value.Should().Be(40);
        Single(reading).Details["Line"].Should().Be(2);
    }

    [Fact]
    public void ARowWithOnlyWarnings_CountsAsTheFirst_AndTheSameParticipantInAnotherSessionIsNoDuplicate()
    {
        var reading = Read(
            new ResultRow(4, Nip1, "S1", "35.78"),
            new ResultRow(5, Nip1, "S2", "35.78"),
            new ResultRow(6, Nip2, "S1", "34.01"),
            new ResultRow(7, Nip1, "S1", "34.01"));

        reading.Results.Select(r => r.Line()).Should().Equal(("S1", "35.78"), ("S2", "35.78"), ("S1", "34.01"));
        var duplicate = reading.Result.Violations.Should().ContainSingle(v => v.Code == AssessmentRuleCodes.ResultDuplicate).Subject;
        (duplicate.Details["Line"], duplicate.Details["FirstLine"], duplicate.Details["Session"]).Should().Be((7, 4, "S1"));
        duplicate.Format(RuleLanguage.English).Should().Be("Line 7 repeats the participant of session S1 already on line 4.");
        (reading.RowsRead, reading.RowsRefused).Should().Be((4, 1));
    }

    [Fact]
    public void AMalformedRow_IsRefusedForThatAlone_WithItsReasonMasked()
    {
        var reading = Read(new ResultRow(3, null, null, null, Malformed: new RuleText($"3 kolom, bukan 4, dekat {Nip1}", $"3 fields, not 4, near {Nip1}")));

        reading.Results.Should().BeEmpty();
        var violation = Single(reading);
        violation.Code.Should().Be(AssessmentRuleCodes.ResultRowMalformed);
        violation.Format(RuleLanguage.English).Should().StartWith("Line 3 cannot be read (3 fields, not 4, near ").And.NotContain(Nip1);
        violation.Format(RuleLanguage.Indonesian).Should().StartWith("Baris 3 tidak dapat dibaca (3 kolom, bukan 4, dekat ").And.NotContain(Nip1);
    }

    [Fact]
    public void AnUnknownSession_IsNamed()
    {
        var violation = Single(Read(new ResultRow(2, Nip1, "S9", "34.01")));

        violation.Format(RuleLanguage.English).Should().Be("Line 2: session 'S9' is not in the schedule.");
    }

    [Fact]
    public void NoRows_AreNoResults_AndNoViolations()
    {
        var reading = Read();

        (reading.RowsRead, reading.RowsRefused, reading.Results.Count, reading.Result.Violations.Count).Should().Be((0, 0, 0, 0));
    }

    [Fact]
    public void NullArguments_AreRefusedByName()
    {
        FluentActions.Invoking(() => ResultReader.Read(null!, TwoSessions())).Should().Throw<ArgumentNullException>().WithParameterName("rows");
        FluentActions.Invoking(() => ResultReader.Read([], null!)).Should().Throw<ArgumentNullException>().WithParameterName("schedule");
        FluentActions.Invoking(() => ResultReader.Read([null!], TwoSessions())).Should().Throw<ArgumentNullException>().WithParameterName("rows");
    }

    [Fact]
    public void RowsAndResults_ReadWithoutTheNip()
    {
        var row = new ResultRow(7, Nip1, "S1", "34.01");
        var result = Read(row).Results.Single();

        row.ToString().Should().Be("line 7");
        result.ToString().Should().Be($"{Nip.Parse(Nip1).ToMaskedString()} in S1 (34.01)");
    }

    [Fact]
    public void Reasons_ReadInIndonesianToo()
    {
        var reading = Read(new ResultRow(2, Nip1, "S1", "34.01", Position: "bupati", PreTest: "x", PostTest: "1", Levels: new Dictionary<string, string?> { ["M.01"] = "9" }));

        reading.Result.Violations.Select(v => v.Format(RuleLanguage.Indonesian)).Should().Equal(
            $"Baris 2: kolom position tidak dapat dibaca ('bupati' bukan jenis jabatan ({string.Join(", ", Enum.GetNames<PositionKind>())})).",
            "Baris 2: kolom pre_test tidak dapat dibaca ('x' bukan angka dengan titik sebagai pemisah desimal).",
            "Baris 2: kolom level:M.01 tidak dapat dibaca ('9' bukan tingkat 1–5).");
    }
}

file static class ResultLines
{
    public static (string Session, string Region) Line(this ParticipantResult result) => (result.SessionId, result.Region.ToString());
}
