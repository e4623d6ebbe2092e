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

    public T Get<T>()
        where T : notnull => (T)(services.GetService(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered."));

    public LocalDate Today() => Get<IClock>().GetCurrentInstant().InZone(MinistryZone).Date;
}
