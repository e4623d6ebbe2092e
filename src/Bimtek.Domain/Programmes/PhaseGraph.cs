using FluentValidation;
using static Bimtek.Domain.Common.RuleBook;
using static Bimtek.Domain.Common.RuleBuilderExtensions;
using static Bimtek.Domain.Programmes.ProgrammeRuleCodes;

namespace Bimtek.Domain.Programmes;

/// <summary>Checks the prerequisite graph of a programme's phases: known targets, no cycle, ordered windows.</summary>
internal static class PhaseGraph
{
    public static void CheckPrerequisites(Programme programme, ValidationContext<Programme> context)
    {
        // First phase wins for a duplicated id; the duplicate itself is reported by the phase rules.
        var byId = new Dictionary<string, (Phase Phase, int Index)>(StringComparer.Ordinal);
        for (var i = 0; i < programme.Phases.Count; i++)
        {
            byId.TryAdd(programme.Phases[i].Id, (programme.Phases[i], i));
        }

        // Every phase's prerequisite is checked, a duplicated id's too.
        foreach (var (phase, index) in programme.Phases.Select((p, i) => (p, i)))
        {
            var prerequisiteId = phase.PrerequisitePhaseId;
            if (prerequisiteId is null)
            {
                continue;
            }

            var at = $"Phases[{index}].PrerequisitePhaseId";
            if (!byId.TryGetValue(prerequisiteId, out var prerequisite))
            {
                context.AddRuleFailure(ProgrammeRules.Get(PrerequisiteUnknown), at, prerequisiteId, Details(("Phase", phase.Id), ("Prerequisite", prerequisiteId)));
            }
            else if (prerequisite.Phase.End >= phase.Start && prerequisite.Phase != phase)
            {
                context.AddRuleFailure(
                    ProgrammeRules.Get(PrerequisiteNotEnded),
                    at,
                    prerequisiteId,
                    Details(("Phase", phase.Id), ("Start", phase.Start), ("Prerequisite", prerequisiteId), ("PrerequisiteEnd", prerequisite.Phase.End)));
            }
        }

        foreach (var cycle in Cycles(byId))
        {
            var first = byId[cycle[0]].Index;
            context.AddRuleFailure(
                ProgrammeRules.Get(PrerequisiteCycle),
                $"Phases[{first}].PrerequisitePhaseId",
                cycle[0],
                Details(("Cycle", string.Join(" → ", cycle.Append(cycle[0]))), ("Phases", cycle)));
        }
    }

    // Each phase has at most one prerequisite, so the graph is a functional graph: follow the chain from every phase,
    // colouring as we go; a chain that meets its own path closes a cycle. O(n).
    private static List<string[]> Cycles(Dictionary<string, (Phase Phase, int Index)> byId)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the current path, 2 = done
        var cycles = new List<string[]>();
        foreach (var start in byId.Values.OrderBy(p => p.Index).Select(p => p.Phase.Id))
        {
            var path = new List<string>();
            var current = start;
            while (current is not null && byId.ContainsKey(current) && !state.ContainsKey(current))
            {
                state[current] = 1;
                path.Add(current);
                current = byId[current].Phase.PrerequisitePhaseId;
            }

            if (current is not null && state.TryGetValue(current, out var s) && s == 1)
            {
                cycles.Add([.. path.Skip(path.IndexOf(current))]);
            }

            path.ForEach(id => state[id] = 2);
        }

        return cycles;
    }
}
