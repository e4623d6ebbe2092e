using Bimtek.Domain.Common;
using FluentAssertions.Execution;

namespace Bimtek.Domain.Testing;

/// <summary>
/// What <c>BreakRule(code)</c> found: the findings of that rule, which a test narrows to the entities it expects with
/// <see cref="Involving(string?, string?, string?, string?, string?, string?, string?, string?)"/>.
/// </summary>
/// <typeparam name="TAssertions">The assertions it came from, to go on with <see cref="And"/>.</typeparam>
public sealed class RuleBreach<TAssertions>
{
    private readonly string _code;
    private readonly string _subject;
    private readonly IReadOnlyList<string> _involving;

    internal RuleBreach(TAssertions and, string subject, string code, IReadOnlyList<RuleFinding> findings, IReadOnlyList<string>? involving = null)
    {
        And = and;
        _subject = subject;
        _code = code;
        Findings = findings;
        _involving = involving ?? [];
    }

    /// <summary>Gets the assertions on the subject, to chain another.</summary>
    public TAssertions And { get; }

    /// <summary>Gets the findings of the rule that match so far (at least one, when the assertion passed).</summary>
    public IReadOnlyList<RuleFinding> Findings { get; }

    /// <summary>Gets the one finding that matches; fails when there are several.</summary>
    public RuleFinding Which
    {
        get
        {
            Once();
            return Findings[0];
        }
    }

    /// <summary>Keeps the findings that name every entity given (each compares with the details of the same name, and a session
    /// also with <c>OtherSession</c>, an item with <c>OtherItem</c>); fails, listing the rule's findings, when none does.</summary>
    /// <param name="session">A session id.</param>
    /// <param name="instructor">An instructor id.</param>
    /// <param name="region">A region code as written, e.g. <c>"34.71"</c>.</param>
    /// <param name="centre">A centre code, e.g. <c>"BDI-YOG"</c>.</param>
    /// <param name="participant">A participant's NIP (all 18 digits or masked), as the package masks it in details.</param>
    /// <param name="phase">A phase id.</param>
    /// <param name="module">A module code.</param>
    /// <param name="item">An agenda item as the rules name it, e.g. <c>"M1 09:00"</c>.</param>
    /// <returns>The narrowed breach.</returns>
    public RuleBreach<TAssertions> Involving(
        string? session = null,
        string? instructor = null,
        string? region = null,
        string? centre = null,
        string? participant = null,
        string? phase = null,
        string? module = null,
        string? item = null)
    {
        var wanted = new List<(string Label, string Value, string[] Keys)>();
        Add("session", session, "Session", "OtherSession", "Sessions");
        Add("instructor", instructor, "Instructor");
        Add("region", region, "Region", "Regions", "Province");
        Add("centre", centre, "Centre", "ServingCentre");
        Add("participant", participant is null ? null : Nip.TryParse(participant, out var nip) ? nip.ToMaskedString() : participant, "Participant");
        Add("phase", phase, "Phase");
        Add("module", module, "Module");
        Add("item", item, "Item", "OtherItem");
        return Narrow(wanted);

        void Add(string label, string? value, params string[] keys)
        {
            if (value is not null)
            {
                wanted.Add((label, value, keys));
            }
        }
    }

    /// <summary>Keeps the findings whose detail <paramref name="detail"/> holds <paramref name="value"/>.</summary>
    /// <param name="detail">The detail's name, e.g. <c>"Zone"</c>.</param>
    /// <param name="value">The value, compared as written.</param>
    /// <returns>The narrowed breach.</returns>
    public RuleBreach<TAssertions> Involving(string detail, object value)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(value);
        return Narrow([(detail, RuleFinding.Text(value), [detail])]);
    }

    /// <summary>Keeps the findings found at <paramref name="location"/> (e.g. <c>Sessions[0].Days[0].Items[2]</c>).</summary>
    /// <param name="location">The property path.</param>
    /// <returns>The narrowed breach.</returns>
    public RuleBreach<TAssertions> At(string location)
    {
        var kept = Findings.Where(f => f.Location == location).ToList();
        Execute.Assertion
            .ForCondition(kept.Count > 0)
            .FailWith(FindingReport.Escape($"Expected {_subject} to break rule {_code}{Phrase()} at {location}, but it broke it elsewhere:{FindingReport.List(Findings)}"));
        return new(And, _subject, _code, kept, _involving);
    }

    /// <summary>Fails unless exactly one finding matches.</summary>
    /// <returns>This breach.</returns>
    public RuleBreach<TAssertions> Once()
    {
        Execute.Assertion
            .ForCondition(Findings.Count == 1)
            .FailWith(FindingReport.Escape($"Expected {_subject} to break rule {_code}{Phrase()} once, but it broke it {Findings.Count} times:{FindingReport.List(Findings)}"));
        return this;
    }

    private RuleBreach<TAssertions> Narrow(List<(string Label, string Value, string[] Keys)> wanted)
    {
        var kept = Findings.Where(f => wanted.All(w => w.Keys.Any(k => f.Names(k, w.Value)))).ToList();
        var involving = _involving.Concat(wanted.Select(w => $"{w.Label} \"{w.Value}\"")).ToList();
        Execute.Assertion
            .ForCondition(kept.Count > 0)
            .FailWith(FindingReport.Escape(
                $"Expected {_subject} to break rule {_code} involving {string.Join(" and ", involving)}, but its {Plural(Findings.Count, "violation")} of that rule involve other entities:{FindingReport.List(Findings)}"));
        return new(And, _subject, _code, kept, involving);
    }

    private string Phrase() => _involving.Count == 0 ? string.Empty : $" involving {string.Join(" and ", _involving)}";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
