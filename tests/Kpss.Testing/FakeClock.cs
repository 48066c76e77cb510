namespace Kpss.Testing;

/// <summary>A clock the test sets and moves (reminders, expiry), shared by the host's services.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTime utc) => Interlocked.Exchange(ref _ticks, DateTime.SpecifyKind(utc, DateTimeKind.Utc).Ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
