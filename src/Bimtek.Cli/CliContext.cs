using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Cli;

/// <summary>What every command needs: the composed services and the two writers.</summary>
internal sealed class CliContext(IServiceProvider services, TextWriter output, TextWriter error)
{
    // The ministry works in WIB; "today" for a command without --as-of is Jakarta's date.
    private static readonly DateTimeZone MinistryZone = IndonesianTimeZone.WIB.GetZone();

    public IServiceProvider Services => services;

    public TextWriter Output => output;

    public TextWriter Error => error;

    /// <summary>
    /// Gets whether standard error is a terminal a person watches: only then is progress shown (never when redirected,
    /// captured by a test or a pipeline).
    /// </summary>
    public bool ErrorIsTerminal => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    public T Get<T>()
        where T : notnull => (T)(services.GetService(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered."));

    public LocalDate Today() => Get<IClock>().GetCurrentInstant().InZone(MinistryZone).Date;
}
