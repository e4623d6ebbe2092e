using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain;

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
            RulesOutput.Write(context.Output, RuleCatalogue.All, parsed.GetValue(json), parsed.GetValue(lang)!);
            return 0;
        });
        return command;
    }
}
