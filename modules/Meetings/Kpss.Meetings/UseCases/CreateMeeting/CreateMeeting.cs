using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Kpss.Plugins.Abstractions;

namespace Kpss.Meetings.UseCases.CreateMeeting;

/// <summary>Use case: create a draft meeting of a group (nothing is sent yet). Page: Group (Skupiny), handler Meeting.</summary>
internal sealed class CreateMeeting(MeetingsDbContext db, IKrajPlugins plugins, KpssClock clock)
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/skupiny/{groupId:int}/jednani", async (HttpContext http, int groupId, MeetingInput input, CreateMeeting handler, CancellationToken ct) =>
            (await handler.CreateAsync(http.KrajCode(), groupId, input, Organizers.Of(http.User), ct)).ToCreatedResult(id => $"/api/kraje/{http.KrajCode()}/jednani/{id}"))
            .AnswersCreated().WithName("CreateMeeting")
            .WithExample(new
            {
                kind = "WorkingGroup", title = "Pracovní skupina Senioři: 2. jednání", date = "2027-02-10", startTime = "15:00", endTime = "17:00",
                place = "MěÚ Jindřichův Hradec, zasedací místnost", barrierFree = true, version = 1, agenda = Array.Empty<object>(),
            }).WithSummary("Založí návrh jednání");
    }

    public async Task<OperationResult> CreateAsync(string krajCode, int groupId, MeetingInput input, Recipient organizer, CancellationToken ct)
    {
        var result = new OperationResult();
        var read = MeetingInputs.Read(input, result);
        if (!result.Ok) return result;
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId && g.KrajCode == krajCode, ct);
        if (group is null)
            return OperationResult.Missing(MeetingWords.NoGroup);
        var times = MeetingInputs.Validate(input, read, result);
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
            ReminderDaysBefore = input.ReminderDaysBefore ?? defaults?.ReminderDaysBefore ?? MeetingReminders.DefaultDaysBefore,
            ReminderTime = read.ReminderTime ?? defaults?.ReminderTime ?? MeetingReminders.DefaultTime,
        };
        MeetingInputs.Apply(meeting, input, read, times!.Value);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(meeting.Id);
    }
}
