using Bimtek.Cli.Text;
using Bimtek.Domain.Common;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>The rule catalogue: each rule's code, severity and message template in the chosen language.</summary>
internal static class RulesOutput
{
    public static void Write(TextWriter output, IReadOnlyList<RuleDescriptor> catalogue, bool json, CliText text)
    {
        var rules = catalogue.Select(r => new
        {
            code = r.Code,
            severity = r.Severity.ToString().ToLowerInvariant(),
            message = text.Pick(r.MessageId, r.MessageEn),
            placeholders = r.Placeholders,
        }).ToList();
        if (json)
        {
            JsonOutput.Write(output, new { rules });
            return;
        }

        var table = TableOutput.Table(text.RulesTitle(rules.Count), text.RulesHeaders);
        foreach (var (rule, descriptor) in rules.Zip(catalogue))
        {
            table.AddRow(rule.code, text.Severity(descriptor.Severity), Markup.Escape(rule.message));
        }

        TableOutput.Write(output, table);
    }
}
