using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.EntityFrameworkCore.Records;

/// <summary>One participant's assessment result in a session (pre/post test, final score, completion, levels).</summary>
internal sealed class ResultRecord
{
    public required string SessionId { get; set; }

    public Nip Nip { get; set; }

    public RegionCode Region { get; set; }

    public Score? PreTest { get; set; }

    public Score? PostTest { get; set; }

    public Score? FinalScore { get; set; }

    public Percentage? AttendancePercent { get; set; }

    public bool? Completed { get; set; }

    public PositionKind? Position { get; set; }

    /// <summary>Competency code → proficiency level (1–5), as JSON, or <see langword="null"/>.</summary>
    public string? Assessed { get; set; }

    /// <summary>The evaluation kinds done, as JSON, or <see langword="null"/>.</summary>
    public string? EvaluationsDone { get; set; }
}
