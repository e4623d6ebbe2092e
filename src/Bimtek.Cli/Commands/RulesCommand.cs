using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain;
using Spectre.Console;

namespace Bimtek.Cli.Commands;

/// <summary><c>bimtek rules [--json] [--lang id|en]</c>: the rule catalogue, each rule's code, severity and message.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("rules", "List every rule: its stable code, severity and message (templates with {placeholders}).") { json, lang };
        command.SetAction(parsed =>
        {
            var indonesian = parsed.GetValue(lang) == "id";
            var rules = RuleCatalogue.All.Select(r => new
            {
                code = r.Code,
                severity = r.Severity.ToString().ToLowerInvariant(),
                message = indonesian ? r.MessageId : r.MessageEn,
                placeholders = r.Placeholders,
            }).ToList();
            if (parsed.GetValue(json))
            {
                JsonOutput.Write(context.Output, new { rules });
                return 0;
            }

            var table = TableOutput.Table($"{rules.Count} rules", "Code", "Severity", "Message");
            foreach (var rule in rules)
            {
                table.AddRow(rule.code, rule.severity, Markup.Escape(rule.message));
            }

            TableOutput.Write(context.Output, table);
            return 0;
        });
        return command;
    }
}
