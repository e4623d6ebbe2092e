using System.Text.Json;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.EntityFrameworkCore.Records;
using Bimtek.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>Attendance and assessment results: a session's set is replaced whole.</summary>
public sealed partial class BimtekStore
{
    /// <summary>Saves a session's attendance results (each participant, and each agenda item), replacing those stored.</summary>
    /// <param name="attendance">The calculator's result.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when it is committed.</returns>
    public Task SaveAttendanceAsync(SessionAttendance attendance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        return InTransactionAsync(
            async () =>
            {
                var sessionId = attendance.SessionId;
                await _context.Set<AttendanceItemRecord>().Where(i => i.SessionId == sessionId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await _context.Set<AttendanceRecord>().Where(a => a.SessionId == sessionId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                foreach (var participant in attendance.Participants)
                {
                    var record = new AttendanceRecord
                    {
                        SessionId = sessionId,
                        Nip = participant.Nip,
                        EnrolledAt = participant.EnrolledAt,
                        HasLog = participant.HasLog,
                        AttendedJp = participant.AttendedJp,
                        ApplicableJp = participant.ApplicableJp,
                        AttendancePercent = participant.AttendancePercent,
                        MeetsMinimum = participant.MeetsMinimum,
                    };
                    foreach (var slot in attendance.Slots)
                    {
                        record.Items.Add(new AttendanceItemRecord
                        {
                            SessionId = sessionId,
                            Nip = participant.Nip,
                            ItemIndex = slot.Index,
                            Date = slot.Date,
                            Start = slot.Start,
                            End = slot.End,
                            Kind = slot.Kind,
                            ModuleCode = slot.ModuleCode,
                            Jp = slot.Jp,
                            Status = participant.StatusOf(slot),
                            Present = participant.PresentDuring(slot),
                        });
                    }

                    _context.Add(record);
                }

                await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                _context.ChangeTracker.Clear();
                return true;
            },
            cancellationToken);
    }

    /// <summary>Reads a session's stored attendance results, ordered by NIP.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The results (empty when none are stored).</returns>
    public async Task<IReadOnlyList<StoredAttendance>> AttendanceAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var records = await _context.Set<AttendanceRecord>().AsNoTracking().Include(a => a.Items)
            .Where(a => a.SessionId == sessionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.OrderBy(a => a.Nip).Select(a => new StoredAttendance(
                a.Nip,
                a.EnrolledAt,
                a.HasLog,
                a.AttendedJp,
                a.ApplicableJp,
                a.AttendancePercent,
                a.MeetsMinimum,
                a.Items.OrderBy(i => i.ItemIndex)
                    .Select(i => new StoredAttendanceItem(i.ItemIndex, i.Date, i.Start, i.End, i.Kind, i.ModuleCode, i.Jp, i.Status, i.Present))
                    .ToList().AsReadOnly()))
            .ToList().AsReadOnly();
    }

    /// <summary>Saves a session's assessment results, replacing those stored.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="results">The results, all of that session.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when it is committed.</returns>
    /// <exception cref="ArgumentException">A result is of another session.</exception>
    public Task SaveResultsAsync(string sessionId, IEnumerable<ParticipantResult> results, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentNullException.ThrowIfNull(results);
        var rows = results.Select(r => string.Equals(r.SessionId, sessionId, StringComparison.Ordinal)
            ? new ResultRecord
            {
                SessionId = sessionId,
                Nip = r.Nip,
                Region = r.Region,
                PreTest = r.PreTest,
                PostTest = r.PostTest,
                FinalScore = r.FinalScore,
                AttendancePercent = r.AttendancePercent,
                Completed = r.Completed,
                Position = r.Position,
                Assessed = r.Assessed is null ? null : JsonSerializer.Serialize(r.Assessed.ToDictionary(a => a.Key, a => a.Value.Value)),
                EvaluationsDone = r.EvaluationsDone is null ? null : JsonSerializer.Serialize(r.EvaluationsDone.Select(e => e.ToString())),
            }
            : throw new ArgumentException($"A result is of session {r.SessionId}, not {sessionId}.", nameof(results))).ToList();
        return InTransactionAsync(
            async () =>
            {
                await _context.Set<ResultRecord>().Where(r => r.SessionId == sessionId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                _context.AddRange(rows);
                await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                _context.ChangeTracker.Clear();
                return true;
            },
            cancellationToken);
    }

    /// <summary>Reads a session's assessment results, ordered by NIP.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The results, equal to those saved.</returns>
    public async Task<IReadOnlyList<ParticipantResult>> ResultsAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var rows = await _context.Set<ResultRecord>().AsNoTracking().Where(r => r.SessionId == sessionId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(r => r.Nip).Select(r => new ParticipantResult(
                r.Nip,
                r.SessionId,
                r.Region,
                r.PreTest,
                r.PostTest,
                r.FinalScore,
                r.AttendancePercent,
                r.Completed,
                r.Position,
                r.Assessed is null
                    ? null
                    : JsonSerializer.Deserialize<Dictionary<string, int>>(r.Assessed)!.ToDictionary(a => a.Key, a => ProficiencyLevel.Create(a.Value)),
                r.EvaluationsDone is null ? null : JsonSerializer.Deserialize<List<string>>(r.EvaluationsDone)!.Select(Enum.Parse<EvaluationKind>).ToList()))
            .ToList().AsReadOnly();
    }
}
