using System.CommandLine;
using System.Globalization;
using Bimtek.Cli.Rendering;
using Bimtek.Cli.Rendering.Html;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using FluentValidation;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek plan [--programme F] [--phase ID] [--capacity N] [--parallel N] [--mode M] [--centre C] [--out F] [--html F] [--json] [--lang id|en]</c>:
/// plans a phase into classes per centre and checks the plan against the rule catalogue. With no options it plans the
/// embedded 2020 programme's default phase the way it ran (<see cref="PlanningRequest.FromSchedule"/>).
/// </summary>
/// <remarks>Exit codes: 0 every region planned and no rule broken, 1 otherwise, 2 the input cannot be read or a file cannot be written.</remarks>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var programme = CommonOptions.Programme();
        var phase = new Option<string?>("--phase") { Description = "The phase to plan; default: the first phase delivered through serving centres (kabupaten-kota for the embedded programme), else the first.", HelpName = "ID" };
        var capacity = Positive("--capacity", $"Participants per class; default: the as-run seat limit for the embedded programme, else {PlanningRequest.DefaultClassCapacity}.");
        var parallel = Positive("--parallel", "Classes one centre can run at once (platform rooms or rooms); default 1.");
        var mode = CommonOptions.Choice<SessionMode>("--mode", "How classes meet; default: as the as-run sessions (virtual).");
        var centre = new Option<string?>("--centre") { Description = "The centre that runs a centrally delivered phase, e.g. BDI-JKT (refused for a phase delivered through serving centres).", HelpName = "CODE" };
        var output = CommonOptions.File("--out", "Write the planned schedule as JSON (what bimtek validate reads).");
        var html = CommonOptions.Html();
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("plan", "Plan a phase: classes per centre, days across zones and the calendar, speakers booked; then check the plan.")
        {
            programme, phase, capacity, parallel, mode, centre, output, html, json, lang,
        };
        command.SetAction(parsed =>
        {
            var quiet = parsed.GetValue(json);
            PlanningRequest request;
            PlanResult plan;
            try
            {
                request = Request(context, parsed.GetValue(programme), parsed.GetValue(phase), parsed.GetValue(centre))
                    .With(classCapacity: parsed.GetValue(capacity), mode: parsed.GetValue(mode), parallelClassesPerCentre: parsed.GetValue(parallel));
                plan = ProgressDisplay.Run(context, quiet, $"Planning {request.Programme.Code} · {request.Phase.Id}", _ => context.Get<ISchedulePlanner>().Plan(request));
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException(ToolMessage.Plain(ex));
            }

            var verdict = context.Get<IScheduleValidator>().Validate(plan.Schedule);
            var text = parsed.GetValue(lang)!;
            var summary = PlanSummary.Of(plan, request.Phase.ParticipantsPerRegion);
            var written = parsed.GetValue(output);
            if (written is not null)
            {
                OutputFile.Write(written, BimtekJson.SerializeSchedule(plan.Schedule));
            }

            var page = parsed.GetValue(html);
            if (page is not null)
            {
                OutputFile.Write(page, TimetablePage.Render(context, new TimetablePage.Input(plan.Schedule, request.Phase.Id, summary, plan.Shortfalls, verdict), text));
            }

            PlanOutput.Write(context.Output, request, plan, summary, ViolationOutput.Of(verdict, text), quiet, context.Get<IRegionDirectory>(), text);
            if (!quiet)
            {
                if (written is not null)
                {
                    context.Output.WriteLine(text.ScheduleWritten(written));
                }

                if (page is not null)
                {
                    context.Output.WriteLine(text.PageWritten(page));
                }
            }

            return plan.IsComplete && !verdict.Errors.Any(e => e.Severity == Severity.Error) ? 0 : 1;
        });
        return command;
    }

    private static PlanningRequest Request(CliContext context, string? file, string? phaseId, string? centre)
    {
        PlanningRequest request;
        if (file is null)
        {
            // The embedded 2020 scenario, replanned as it ran: its seat limit, mode, speakers and opening official.
            var asRun = EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020);
            request = PlanningRequest.FromSchedule(asRun, PlanningRequest.FindDefaultPhase(asRun.Programme)!.Id);
        }
        else
        {
            var programme = InputFile.ReadValidProgramme(context, file);
            var phase = PlanningRequest.FindDefaultPhase(programme) ?? throw new CliUsageException($"{file}: $.phases: the programme has no phase to plan.");
            request = new PlanningRequest(programme, phase.Id, PlanningRequest.DefaultClassCapacity);
        }

        if (phaseId is not null)
        {
            request = request.With(phaseId: Phase(request.Programme, phaseId));
        }

        var central = request.Phase.Delivery == PhaseDelivery.Central;
        if (centre is null)
        {
            return central
                ? throw new CliUsageException($"phase {request.Phase.Id} is delivered centrally: name the centre that runs it with --centre, e.g. --centre BDI-JKT.")
                : request;
        }

        if (!central)
        {
            throw new CliUsageException($"--centre applies only to a phase delivered centrally; phase {request.Phase.Id} is delivered by the centre serving each region, so leave --centre out.");
        }

        if (!CentreCode.TryParse(centre, out var code))
        {
            throw new CliUsageException($"--centre {CommonOptions.Shown(centre)} is not a centre code such as BDI-JKT.");
        }

        if (context.Get<ICentreDirectory>().FindCentre(code) is null)
        {
            throw new CliUsageException($"--centre {code} is not in the centre directory; bimtek centres lists them.");
        }

        return request.WithDeliveringCentre(code);
    }

    private static string Phase(Programme programme, string id) =>
        programme.Phases.Any(p => p.Id == id) ? id
            : throw new CliUsageException($"--phase {CommonOptions.Shown(id)}: programme {programme.Code} has no such phase; its phases are {string.Join(", ", programme.Phases.Select(p => p.Id))}.");

    private static Option<int?> Positive(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 100_000)
            {
                return value;
            }

            result.AddError($"{name} {CommonOptions.Shown(text)} is not a whole number from 1 to 100000.");
            return null;
        },
    };
}
