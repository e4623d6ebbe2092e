using System.Reflection;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;

namespace Bimtek.Domain.Tests.Common;

public class ParticipantCatalogueTests
{
    public static TheoryData<Type, string, string> Codes()
    {
        var data = new TheoryData<Type, string, string>();
        foreach (var (codes, prefix) in new[] { (typeof(ParticipantRuleCodes), "Participants."), (typeof(AttendanceRuleCodes), "Attendance."), (typeof(CertificateRuleCodes), "Certificates.") })
        {
            foreach (var field in codes.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                data.Add(codes, (string)field.GetValue(null)!, prefix);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_IsCataloguedWithMessagesInBothLanguagesWithTheSamePlaceholders(Type catalogue, string code, string prefix)
    {
        _ = catalogue;
        var rule = RuleCatalogue.All.Should().ContainSingle(r => r.Code == code).Which;

        code.Should().StartWith(prefix);
        rule.MessageId.Should().NotBeNullOrWhiteSpace();
        Placeholders(rule.MessageId).Should().BeEquivalentTo(Placeholders(rule.MessageEn));
    }

    [Fact]
    public void Catalogues_ListEveryCodeOnce()
    {
        ParticipantRules.All.Select(r => r.Code).Should().BeEquivalentTo(Fields(typeof(ParticipantRuleCodes)));
        AttendanceRules.All.Select(r => r.Code).Should().BeEquivalentTo(Fields(typeof(AttendanceRuleCodes)));
        CertificateRules.All.Select(r => r.Code).Should().BeEquivalentTo(Fields(typeof(CertificateRuleCodes)));
        RuleCatalogue.All.Select(r => r.Code).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Get_WhenTheCodeIsUnknown_Throws()
    {
        ((Action)(() => ParticipantRules.Get("X"))).Should().Throw<KeyNotFoundException>();
        ((Action)(() => AttendanceRules.Get("X"))).Should().Throw<KeyNotFoundException>();
        ((Action)(() => CertificateRules.Get("X"))).Should().Throw<KeyNotFoundException>();
    }

    private static IEnumerable<string> Fields(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    private static IEnumerable<string> Placeholders(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, @"\{(\w+)\}").Select(m => m.Groups[1].Value).Distinct();
}
