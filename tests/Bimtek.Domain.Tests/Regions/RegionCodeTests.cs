using Bimtek.Domain.Regions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bimtek.Domain.Tests.Regions;

public class RegionCodeTests
{
    [Theory]
    [InlineData("32", 32, 0, RegionLevel.Province, "32")]
    [InlineData("32.73", 32, 73, RegionLevel.Regency, "32.73")]
    [InlineData("3273", 32, 73, RegionLevel.Regency, "32.73")]
    [InlineData(" 91.01 ", 91, 1, RegionLevel.Regency, "91.01")]
    [InlineData("11", 11, 0, RegionLevel.Province, "11")]
    [InlineData("99.99", 99, 99, RegionLevel.Regency, "99.99")]
    public void Parse_WhenValid_ExposesParts(string text, int province, int regency, RegionLevel level, string canonical)
    {
        var code = RegionCode.Parse(text);

        code.ProvincePart.Should().Be(province);
        code.RegencyPart.Should().Be(regency);
        code.Level.Should().Be(level);
        code.ToString().Should().Be(canonical);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("3", "expected 2 digits (PP) or 4 (PPKK), got 1")]
    [InlineData("327", "expected 2 digits (PP) or 4 (PPKK), got 3")]
    [InlineData("32.7", "(PP.KK)")]
    [InlineData("3.273", "(PP.KK)")]
    [InlineData("32-73", "only digits")]
    [InlineData("3a", "only digits")]
    [InlineData("10", "province part must be 11–99")]
    [InlineData("00.01", "province part must be 11–99")]
    [InlineData("32.00", "kabupaten/kota part must be 01–99")]
    [InlineData("3200", "kabupaten/kota part must be 01–99")]
    [InlineData("32.73.04", "(PP.KK)")]
    [InlineData("327304", "got 6")]
    [InlineData("٣٢", "only digits")]
    [InlineData("32..3", "(PP.KK)")]
    [InlineData("32.3.", "(PP.KK)")]
    [InlineData("11..1", "(PP.KK)")]
    [InlineData("32. 3", "only digits")]
    public void Parse_WhenMalformed_ThrowsNamingValueAndRule(string text, string rule)
    {
        var act = () => RegionCode.Parse(text);

        act.Should().Throw<FormatException>()
            .Which.Message.Should().Contain($"'{text.Trim()}'").And.Contain(rule);
        RegionCode.TryParse(text, out var code).Should().BeFalse();
        code.IsDefault.Should().BeTrue();
    }

    [Fact]
    public void Parse_WhenValueIsLong_DoesNotEchoIt()
    {
        const string nik = "3602041211870001";

        var act = () => RegionCode.Parse(nik);

        act.Should().Throw<FormatException>().Which.Message.Should().NotContain(nik).And.Contain("16-character");
    }

    [Fact]
    public void Default_IsNotACode()
    {
        default(RegionCode).IsDefault.Should().BeTrue();
        default(RegionCode).ToString().Should().BeEmpty();
    }

    [Theory]
    [InlineData("32.04", RegencyKind.Kabupaten)]
    [InlineData("32.70", RegencyKind.Kabupaten)]
    [InlineData("32.71", RegencyKind.Kota)]
    public void ImpliedKind_FollowsTheKemendagriNumbering(string text, RegencyKind kind) =>
        RegionCode.Parse(text).ImpliedKind.Should().Be(kind);

    [Fact]
    public void Ordering_PutsAProvinceBeforeItsRegencies()
    {
        var codes = new[] { "33", "32.73", "32", "32.04" }.Select(RegionCode.Parse).Order().Select(c => c.ToString());

        codes.Should().Equal("32", "32.04", "32.73", "33");
    }

    [Property]
    public Property ParseOfToString_RoundTrips_ForEveryValidCode() =>
        Prop.ForAll(ValidParts().ToArbitrary(), parts =>
        {
            var code = parts.Regency == 0
                ? RegionCode.ForProvince(parts.Province)
                : RegionCode.ForRegency(parts.Province, parts.Regency);
            return RegionCode.Parse(code.ToString()) == code
                && RegionCode.Parse(code.ToCompactString()) == code
                && code.ProvincePart == parts.Province
                && code.RegencyPart == parts.Regency;
        });

    [Property]
    public Property TryParse_AcceptsExactlyTheThreeForms() =>
        Prop.ForAll(CodeLikeText().ToArbitrary(), text =>
        {
            var accepted = RegionCode.TryParse(text, out var code);
            var trimmed = text?.Trim() ?? string.Empty;
            var shaped = System.Text.RegularExpressions.Regex.IsMatch(trimmed, @"^[0-9]{2}(\.?[0-9]{2})?$");
            return accepted == (shaped && Plausible(trimmed)) && (!accepted || code.ToCompactString() == trimmed.Replace(".", ""));
        });

    [Property]
    public Property Parse_RejectsAnyNonDigitInjectedIntoAValidCode() =>
        Prop.ForAll(ValidParts().ToArbitrary(), Gen.Elements('x', ' ', '-', '/', ',', 'O').ToArbitrary(), (parts, bad) =>
        {
            var text = RegionCode.ForRegency(parts.Province, Math.Max(parts.Regency, 1)).ToCompactString();
            var corrupted = text[..1] + bad + text[2..];
            return !RegionCode.TryParse(corrupted, out _);
        });

    private static bool Plausible(string text)
    {
        var digits = text.Replace(".", "");
        var province = int.Parse(digits[..2], System.Globalization.CultureInfo.InvariantCulture);
        return province >= 11 && (digits.Length == 2 || digits[2..] != "00");
    }

    // Text made of the characters a code is made of, so that near misses ("32..3", "3.273", " 32") are common.
    private static Gen<string> CodeLikeText() =>
        from length in Gen.Choose(0, 7)
        from chars in Gen.ArrayOf(Gen.Elements("0123456789. ".ToCharArray()), length)
        select new string(chars);

    private static Gen<(int Province, int Regency)> ValidParts() =>
        from province in Gen.Choose(11, 99)
        from regency in Gen.Choose(0, 99)
        select (province, regency);
}
