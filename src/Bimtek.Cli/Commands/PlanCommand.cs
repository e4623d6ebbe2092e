using System.CommandLine;
using System.Globalization;
using Bimtek.Cli.Rendering;
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
/// <c>bimtek plan [--programme F] [--phase ID] [--capacity N] [--parallel N] [--mode M] [--centre C] [--out F] [--json] [--lang id|en]</c>:
/// plans a phase into classes per centre and checks the plan against the rule catalogue. With no options it plans the
/// embedded 2020 programme's default phase the way it ran (<see cref="PlanningRequest.FromSchedule"/>).
/// </summary>
/// <remarks>Exit codes: 0 every region planned and no rule broken, 1 otherwise, 2 the input cannot be read.</remarks>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var programme = CommonOptions.File("--programme", "A programme JSON file; default: the embedded 2020 programme, planned with its as-run speakers and seat limit.");
        var phase = new Option<string?>("--phase") { Description = "The phase to plan; default: the first phase delivered through serving centres (kabupaten-kota for the embedded programme), else the first." };
        var capacity = Positive("--capacity", $"Participants per class; default: the as-run seat limit for the embedded programme, else {PlanningRequest.DefaultClassCapacity}.");
        var parallel = Positive("--parallel", "Classes one centre can run at once (platform rooms or rooms); default 1.");
        var mode = new Option<SessionMode?>("--mode") { Description = "virtual, inPerson or hybrid; default: as the as-run sessions (virtual)." };
        var centre = new Option<string?>("--centre") { Description = "The centre that runs a centrally delivered phase, e.g. BDI-JKT." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the planned schedule as JSON (what bimtek validate reads)." };
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("plan", "Plan a phase: classes per centre, days across zones and the calendar, speakers booked; then check the plan.")
        {
            programme, phase, capacity, parallel, mode, centre, output, json, lang,
        };
        command.SetAction(parsed =>
        {
            PlanningRequest request;
            PlanResult plan;
            try
            {
                request = Request(context, parsed.GetValue(programme), parsed.GetValue(phase), parsed.GetValue(centre))
                    .With(classCapacity: parsed.GetValue(capacity), mode: parsed.GetValue(mode), parallelClassesPerCentre: parsed.GetValue(parallel));
                plan = context.Get<ISchedulePlanner>().Plan(request);
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            var verdict = context.Get<IScheduleValidator>().Validate(plan.Schedule);
            var written = parsed.GetValue(output);
            if (written is not null)
            {
                File.WriteAllText(written.FullName, BimtekJson.SerializeSchedule(plan.Schedule));
            }

            var text = parsed.GetValue(lang)!;
            PlanOutput.Write(context.Output, request, plan, ViolationOutput.Of(verdict, text), parsed.GetValue(json), context.Get<IRegionDirectory>(), text);
            if (written is not null && !parsed.GetValue(json))
            {
                context.Output.WriteLine(text.ScheduleWritten(written.Name));
            }

            return plan.IsComplete && !verdict.Errors.Any(e => e.Severity == Severity.Error) ? 0 : 1;
        });
        return command;
    }

    private static PlanningRequest Request(CliContext context, FileInfo? file, string? phaseId, string? centre)
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
            var phase = PlanningRequest.FindDefaultPhase(programme) ?? throw new CliUsageException($"{file.Name}: $.phases: the programme has no phase to plan.");
            request = new PlanningRequest(programme, phase.Id, PlanningRequest.DefaultClassCapacity);
        }

        if (phaseId is not null)
        {
            request = request.With(phaseId: Phase(request.Programme, phaseId));
        }

        if (centre is not null)
        {
            request = request.WithDeliveringCentre(CentreCode.TryParse(centre, out var code) ? code
                : throw new CliUsageException($"--centre {CommonOptions.Shown(centre)} is not a centre code such as BDI-JKT."));
        }

        return request;
    }

    private static string Phase(Programme programme, string id) =>
        programme.Phases.Any(p => p.Id == id) ? id
            : throw new CliUsageException($"--phase {CommonOptions.Shown(id)}: programme {programme.Code} has no such phase; its phases are {string.Join(", ", programme.Phases.Select(p => p.Id))}.");

    private static Option<int?> Positive(string name, string description) => new(name)
    {
        Description = description,
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
