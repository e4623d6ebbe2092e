using System.CommandLine;
using System.Globalization;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using FluentValidation;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek plan [--programme F] [--phase ID] [--capacity N] [--parallel N] [--mode M] [--centre C] [--out F] [--json]</c>:
/// plans a phase into classes per centre and checks the plan against the rule catalogue. With no options it plans the
/// embedded 2020 programme's kabupaten/kota round the way it ran: 500 seats and the ministry's speakers shared by all centres.
/// </summary>
/// <remarks>Exit codes: 0 every region planned and no rule broken, 1 otherwise, 2 the input cannot be read.</remarks>
internal static class PlanCommand
{
    private const string EmbeddedCode = "KEMENPERIN-2020-NEW-NORMAL";
    private const string EmbeddedPhase = "kabupaten-kota";

    public static Command Create(CliContext context)
    {
        var programme = CommonOptions.File("--programme", "A programme JSON file; default: the embedded 2020 programme, planned with its as-run speakers and seat limit.");
        var phase = new Option<string?>("--phase") { Description = "The phase to plan; default: kabupaten-kota for the embedded programme, else the first phase delivered through serving centres." };
        var capacity = Positive("--capacity", "Participants per class; default: the as-run seat limit (500, assumed) for the embedded programme, else 500.");
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
            var (request, plan, verdict) = CommonOptions.InLanguage(parsed.GetValue(lang), () =>
            {
                try
                {
                    var request = Request(parsed.GetValue(programme), parsed.GetValue(phase), parsed.GetValue(capacity), parsed.GetValue(parallel), parsed.GetValue(mode), parsed.GetValue(centre));
                    var plan = context.Get<ISchedulePlanner>().Plan(request);
                    return (request, plan, context.Get<IScheduleValidator>().Validate(plan.Schedule));
                }
                catch (ArgumentException ex)
                {
                    throw new CliUsageException(ex.Message);
                }
            });

            if (parsed.GetValue(output) is { } file)
            {
                File.WriteAllText(file.FullName, BimtekJson.SerializeSchedule(plan.Schedule));
            }

            CommonOptions.InLanguage(parsed.GetValue(lang), () =>
            {
                PlanOutput.Write(context.Output, request, plan, ViolationOutput.Of(verdict), parsed.GetValue(json), context.Get<Domain.Regions.IRegionDirectory>());
                return 0;
            });
            if (parsed.GetValue(output) is { } written && !parsed.GetValue(json))
            {
                context.Output.WriteLine($"Schedule written to {written.Name}; check it with: bimtek validate --schedule {written.Name}");
            }

            return plan.IsComplete && !verdict.Errors.Any(e => e.Severity == Severity.Error) ? 0 : 1;
        });
        return command;
    }

    private static PlanningRequest Request(FileInfo? file, string? phaseId, int? capacity, int? parallel, SessionMode? mode, string? centre)
    {
        PlanningRequest request;
        if (file is null)
        {
            var asRun = PlanningRequest.FromSchedule(EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedCode), EmbeddedPhase);
            request = new PlanningRequest(asRun.Programme, Phase(asRun.Programme, phaseId ?? EmbeddedPhase), capacity ?? asRun.ClassCapacity, mode ?? asRun.Mode, parallel ?? 1)
                .WithInstructors(asRun.Instructors, openingOfficial: asRun.OpeningOfficial);
        }
        else
        {
            var programme = InputFile.ReadProgramme(file);
            var id = phaseId ?? (programme.Phases.FirstOrDefault(p => p.Delivery == PhaseDelivery.ThroughServingCentres) ?? (programme.Phases.Count > 0 ? programme.Phases[0] : null))?.Id
                ?? throw new CliUsageException($"{file.Name}: the programme has no phase to plan.");
            request = new PlanningRequest(programme, Phase(programme, id), capacity ?? 500, mode ?? SessionMode.Virtual, parallel ?? 1);
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
