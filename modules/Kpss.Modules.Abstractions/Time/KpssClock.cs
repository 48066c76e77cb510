namespace Kpss.Modules.Abstractions.Time;

/// <summary>
/// The platform's clock for what is due and when (reminders, link expiry, audit times). A service of its own, not the
/// container's TimeProvider, so that a test can move it without moving the scheduler's wall clock.
/// </summary>
public sealed class KpssClock(TimeProvider inner) : TimeProvider
{
    public static KpssClock WallClock { get; } = new(TimeProvider.System);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
