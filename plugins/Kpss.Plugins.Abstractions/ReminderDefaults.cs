namespace Kpss.Plugins.Abstractions;

/// <summary>
/// A plugin that sets its kraj's default meeting reminder (contract 1.1). Without one, a reminder goes two days
/// before the meeting at 9:00 Prague time; a coordinator may still change it per meeting.
/// </summary>
public interface IReminderDefaults
{
    /// <summary>Days before the meeting day (1–14).</summary>
    int ReminderDaysBefore { get; }

    /// <summary>Prague time of day.</summary>
    TimeOnly ReminderTime { get; }
}
