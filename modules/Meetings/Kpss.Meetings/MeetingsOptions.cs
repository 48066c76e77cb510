namespace Kpss.Meetings;

/// <summary>Configuration section <c>Meetings</c>.</summary>
internal sealed class MeetingsOptions
{
    /// <summary>Days after a meeting when its recorder is reminded if there are no minutes yet.</summary>
    public int[] MinutesReminderDays { get; set; } = [3, 7];

    /// <summary>Days before a task's due date when its owner is reminded.</summary>
    public int TaskReminderDaysBefore { get; set; } = 2;
}
