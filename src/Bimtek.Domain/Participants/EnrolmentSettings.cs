using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Participants;

/// <summary>A session's enrolment settings: seats, waitlist order, province quotas and the cancellation cut-off.</summary>
/// <remarks>
/// Immutable. No LAN or Kemenperin source sets a cancellation cut-off or a waitlist order (fact sheet §b), so
/// <see cref="DefaultCancellationCutOff"/> (3 days) and the default seniority order are <em>assumed</em> and replaceable.
/// </remarks>
public sealed class EnrolmentSettings
{
    /// <summary>The assumed default cut-off: cancellations close 3 days (72 hours) before the session starts.</summary>
    public static readonly Duration DefaultCancellationCutOff = Duration.FromDays(3);

    /// <summary>The assumed default priority order: JPT first, then Administrator, Pengawas, Fungsional, Pelaksana.</summary>
    public static readonly IReadOnlyList<PositionKind> DefaultPositionPriority =
    [
        PositionKind.JptUtama, PositionKind.JptMadya, PositionKind.JptPratama, PositionKind.Administrator,
        PositionKind.Pengawas, PositionKind.Fungsional, PositionKind.Pelaksana,
    ];

    /// <summary>Creates settings.</summary>
    /// <param name="capacity">The seats, at least 1 (a platform room's or a room's capacity).</param>
    /// <param name="waitlistPolicy">How the waitlist is ordered.</param>
    /// <param name="provinceQuotas">Optional caps on the seats of each province (by province code); a province without a
    /// cap may take any free seat.</param>
    /// <param name="cancellationCutOff">How long before the session's start cancellations close; <see langword="null"/> for
    /// <see cref="DefaultCancellationCutOff"/>.</param>
    /// <param name="positionPriority">The order of position kinds for <see cref="WaitlistPolicy.PositionPriority"/>;
    /// kinds left out come last. <see langword="null"/> for <see cref="DefaultPositionPriority"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is below 1, a quota negative, the cut-off negative or the policy undefined.</exception>
    /// <exception cref="ArgumentException">A quota is keyed by a kabupaten/kota code, or a priority kind is repeated.</exception>
    public EnrolmentSettings(
        int capacity,
        WaitlistPolicy waitlistPolicy = WaitlistPolicy.FirstComeFirstServed,
        IReadOnlyDictionary<RegionCode, int>? provinceQuotas = null,
        Duration? cancellationCutOff = null,
        IReadOnlyList<PositionKind>? positionPriority = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        if (!Enum.IsDefined(waitlistPolicy))
        {
            throw new ArgumentOutOfRangeException(nameof(waitlistPolicy), waitlistPolicy, "Not a WaitlistPolicy value.");
        }

        var quotas = new Dictionary<RegionCode, int>();
        foreach (var (province, quota) in provinceQuotas ?? new Dictionary<RegionCode, int>())
        {
            if (province.IsDefault || province.Level != RegionLevel.Province)
            {
                throw new ArgumentException($"A quota must be keyed by a province code, not '{province}'.", nameof(provinceQuotas));
            }

            ArgumentOutOfRangeException.ThrowIfNegative(quota, nameof(provinceQuotas));
            quotas[province] = quota;
        }

        var cutOff = cancellationCutOff ?? DefaultCancellationCutOff;
        if (cutOff < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(cancellationCutOff), cutOff, "The cut-off is never negative.");
        }

        var priority = positionPriority ?? DefaultPositionPriority;
        if (priority.Distinct().Count() != priority.Count)
        {
            throw new ArgumentException("A position kind appears twice in the priority order.", nameof(positionPriority));
        }

        CancellationCutOffProvenance = cancellationCutOff is null ? Provenance.Assumed : Provenance.HostSupplied;
        PositionPriorityProvenance = positionPriority is null ? Provenance.Assumed : Provenance.HostSupplied;
        Capacity = capacity;
        WaitlistPolicy = waitlistPolicy;
        ProvinceQuotas = quotas.AsReadOnly();
        CancellationCutOff = cutOff;
        PositionPriority = priority.ToList().AsReadOnly();
    }

    /// <summary>Gets the seats.</summary>
    public int Capacity { get; }

    /// <summary>Gets how the waitlist is ordered.</summary>
    public WaitlistPolicy WaitlistPolicy { get; }

    /// <summary>Gets the caps on each province's seats (empty: no caps).</summary>
    public IReadOnlyDictionary<RegionCode, int> ProvinceQuotas { get; }

    /// <summary>Gets how long before the session's start cancellations close.</summary>
    public Duration CancellationCutOff { get; }

    /// <summary>Gets the order of position kinds for <see cref="WaitlistPolicy.PositionPriority"/>.</summary>
    public IReadOnlyList<PositionKind> PositionPriority { get; }

    /// <summary>Gets whether the cut-off is the assumed default or the host's.</summary>
    public Provenance CancellationCutOffProvenance { get; }

    /// <summary>Gets whether the priority order is the assumed default or the host's.</summary>
    public Provenance PositionPriorityProvenance { get; }

    /// <summary>The rank of a kind in the priority order (kinds left out come last).</summary>
    internal int RankOf(PositionKind kind)
    {
        for (var i = 0; i < PositionPriority.Count; i++)
        {
            if (PositionPriority[i] == kind)
            {
                return i;
            }
        }

        return PositionPriority.Count;
    }
}
