using Kpss.Meetings.Api;
using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Kpss.Meetings.Api.MeetingsApi;
using Kpss.Plugins.Abstractions;

namespace Kpss.Meetings.UseCases.CreateMeeting;

/// <summary>Use case: create a draft meeting of a group (nothing is sent yet). Page: Group (Skupiny), handler Meeting.</summary>
internal sealed class CreateMeeting(MeetingsDbContext db, IKrajPlugins plugins, KpssClock clock)
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/skupiny/{groupId:int}/jednani", async (HttpContext http, int groupId, MeetingDto dto, CreateMeeting handler, CancellationToken ct) =>
        {
            var errors = new OperationResult();
            var input = ToInput(dto, errors);
            return errors.Ok
                ? Created(await handler.CreateAsync(http.KrajCode(), groupId, input, Organizer(http.User), ct), id => $"/api/kraje/{http.KrajCode()}/jednani/{id}")
                : ToResult(errors);
        }).AnswersCreated().WithName("CreateMeeting").WithSummary("Založí návrh jednání");
    }

    public async Task<OperationResult> CreateAsync(string krajCode, int groupId, MeetingInput input, Recipient organizer, CancellationToken ct)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId && g.KrajCode == krajCode, ct);
        if (group is null)
            return OperationResult.Missing(MeetingWords.NoGroup);
        var result = new OperationResult();
        var times = MeetingInputs.Validate(input, result);
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
            ReminderTime = input.ReminderTime ?? defaults?.ReminderTime ?? MeetingReminders.DefaultTime,
        };
        MeetingInputs.Apply(meeting, input, times!.Value);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(meeting.Id);
    }
}
