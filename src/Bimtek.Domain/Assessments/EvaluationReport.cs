namespace Bimtek.Domain.Assessments;

/// <summary>An evaluation report of a programme's schedule: rows per class, centre, province and for the programme.</summary>
public sealed class EvaluationReport
{
    internal EvaluationReport(string programmeCode, decimal passMark, IReadOnlyList<CohortReport> classes, IReadOnlyList<CohortReport> centres, IReadOnlyList<CohortReport> provinces, CohortReport programme)
    {
        ProgrammeCode = programmeCode;
        PassMark = passMark;
        Classes = classes;
        Centres = centres;
        Provinces = provinces;
        Programme = programme;
    }

    /// <summary>Gets the programme's code.</summary>
    public string ProgrammeCode { get; }

    /// <summary>Gets the pass mark used (the programme's completion policy), 0–100 inclusive.</summary>
    public decimal PassMark { get; }

    /// <summary>Gets one row per session of the schedule, in schedule order (sessions without participants included).</summary>
    public IReadOnlyList<CohortReport> Classes { get; }

    /// <summary>Gets one row per centre with a session, by centre code.</summary>
    public IReadOnlyList<CohortReport> Centres { get; }

    /// <summary>Gets one row per province targeted or with a participant, by province code.</summary>
    public IReadOnlyList<CohortReport> Provinces { get; }

    /// <summary>Gets the programme's row.</summary>
    public CohortReport Programme { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ProgrammeCode}: {Programme.Participants} participants in {Classes.Count} classes";
}
