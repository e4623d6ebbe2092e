using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;

namespace Bimtek.Cli.Commands;

/// <summary><c>bimtek centres [--as-of D] [--json] [--lang id|en]</c>: the training centres and the provinces each serves.</summary>
internal static class CentresCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = CommonOptions.AsOf();
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("centres", "List the training centres, the provinces each serves and where that mapping comes from.")
        {
            asOf, json, lang,
        };
        command.SetAction(parsed =>
        {
            var date = AsOfDate.Resolve(context, parsed.GetValue(asOf), parsed.GetValue(lang)!);
            CentresOutput.Write(context.Output, date, context.Get<ICentreDirectory>(), context.Get<IRegionDirectory>(), parsed.GetValue(json), parsed.GetValue(lang)!);
            return 0;
        });
        return command;
    }
}
