using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.Domain;

/// <summary>When a meeting's reminders go, and the outbox keys that let a change replace or withdraw them.</summary>
internal static class MeetingReminders
{
    public static readonly TimeOnly DefaultTime = new(9, 0);
    public const int DefaultDaysBefore = 2;

    /// <summary>N days before the meeting day at the set Prague time (DST-proof).</summary>
    public static DateTime? DueUtc(Meeting m)
    {
        var day = DateOnly.FromDateTime(PragueTime.FromUtc(m.StartUtc)).AddDays(-m.ReminderDaysBefore);
        return PragueTime.ToUtc(day, m.ReminderTime) ?? PragueTime.ToUtc(day, m.ReminderTime.AddHours(1));
    }

    public static string Prefix(Meeting m) => $"meeting:{m.Id}:reminder:";

    /// <summary>Keys end with ':' so that one key is never the prefix of another (7 of 70).</summary>
    public static string Key(Meeting m, Invitation i) => Prefix(m) + i.Id + ":";
}
