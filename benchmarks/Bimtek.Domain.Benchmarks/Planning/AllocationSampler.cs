using System.Diagnostics.Tracing;

namespace Bimtek.Domain.Benchmarks.Planning;

// The runtime's allocation ticks (one sample about every 100 KB allocated) by type and heap: where the planner's
// allocations come from, to tell which ones reach the large-object heap and so bring on gen-2 collections.
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<(string Type, bool Large), long> _samples = [];

    public bool Enabled { get; set; }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Enabled || !eventData.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var large = Convert.ToInt32(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationKind")], System.Globalization.CultureInfo.InvariantCulture) == 1;
        lock (_samples)
        {
            _samples[(type, large)] = _samples.GetValueOrDefault((type, large)) + 1;
        }
    }

    public void Write(TextWriter output, int top)
    {
        lock (_samples)
        {
            foreach (var ((type, large), count) in _samples.OrderByDescending(s => s.Value).Take(top))
            {
                output.WriteLine($"  {count,6} × ~100 KB {(large ? "LOH " : "SOH ")} {type}");
            }
        }
    }
}
