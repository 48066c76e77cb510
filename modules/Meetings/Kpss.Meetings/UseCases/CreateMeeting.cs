using Kpss.Modules.Abstractions;
using Kpss.Plugins.Abstractions;
using Kpss.Meetings.Domain;
using Kpss.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Meetings.Services;

/// <summary>Use case: create a draft meeting of a group (nothing is sent yet).</summary>
internal sealed partial class MeetingPlanner
{
    public async Task<OperationResult> CreateAsync(string krajCode, int groupId, MeetingInput input, Recipient organizer, CancellationToken ct)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId && g.KrajCode == krajCode, ct);
        if (group is null)
            return OperationResult.Missing("Skupina neexistuje.");
        var result = new OperationResult();
        var times = Validate(input, result);
        if (!result.Ok) return result;

        var defaults = (await plugins.EnabledAsync<IReminderDefaults>(krajCode, ct)).FirstOrDefault();
        var meeting = new Meeting
        {
            KrajCode = krajCode,
            GroupId = group.Id,
            Title = "",
            Uid = $"{Guid.NewGuid():N}@kpss.platform",
            OrganizerName = organizer.Name ?? organizer.Email,
            OrganizerEmail = organizer.Email,
            Status = MeetingStatus.Draft,
            Version = 1,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            ReminderDaysBefore = input.ReminderDaysBefore ?? defaults?.ReminderDaysBefore ?? DefaultReminderDaysBefore,
            ReminderTime = input.ReminderTime ?? defaults?.ReminderTime ?? DefaultReminderTime,
        };
        Apply(meeting, input, times!.Value);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(meeting.Id);
    }
}
