using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.Extensions.Options;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.WriteMinutes;

/// <summary>
/// The minutes as the recorder writes them, bound alike by the JSON endpoint and the Minutes page; a task's due date as
/// typed (yyyy-MM-dd or d.M.yyyy). <c>Version</c>: the minutes' version the text was written on (none for the first save).
/// </summary>
internal sealed class MinutesInput
{
    public string? Proceedings { get; set; }
    public string? Outputs { get; set; }
    public string? Decisions { get; set; }
    public string? Recorder { get; set; }
    public List<TaskInput>? Tasks { get; set; } = [];
    public int? Version { get; set; }

    public static MinutesInput From(Minutes m) => new()
    {
        Proceedings = m.Proceedings, Outputs = m.Outputs, Decisions = m.Decisions, Recorder = m.Recorder, Version = m.Version,
        Tasks = m.Tasks.OrderBy(t => t.DueDate).Select(t => new TaskInput(t.Id, t.Title, t.OwnerName, t.OwnerEmail, Dates.Text(t.DueDate), t.Done)).ToList(),
    };
}

/// <summary>A task agreed at the meeting: who does what by when. <c>Id</c> of a task already saved, none for a new one.</summary>
internal sealed record TaskInput(int? Id, string? Title, string? OwnerName, string? OwnerEmail, string? DueDate, bool Done = false);

/// <summary>
/// Use case: the recorder writes the minutes of a meeting and its tasks (not once published). The recorder's "no minutes
/// yet" reminders stop when minutes exist; a task's owner is reminded before it is due. Page: Minutes.
/// </summary>
internal sealed class WriteMinutes(
    MeetingsDbContext db,
    DbSession session,
    INotificationOutbox outbox,
    IPublicUrls urls,
    IKrajDirectory kraje,
    IOptions<MeetingsOptions> options,
    KpssClock clock)
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapPut("/jednani/{meetingId:int}/zapis", async (HttpContext http, int meetingId, MinutesInput input, WriteMinutes handler, CancellationToken ct) =>
            (await handler.SaveAsync(http.KrajCode(), meetingId, input, ct)).ToHttpResult())
            .AnswersOutcome().WithName("SaveMinutes")
            .WithExample(new { proceedings = "Skupina prošla návrh priorit.", outputs = "", decisions = "", recorder = "Jana Nováková", tasks = Array.Empty<object>(), version = 1 }).WithSummary("Uloží zápis a úkoly");
    }

    public async Task<Minutes?> FindAsync(int meetingId, CancellationToken ct) =>
        await db.Minutes.Include(m => m.Tasks).SingleOrDefaultAsync(m => m.MeetingId == meetingId, ct);

    /// <summary>Creates or updates the minutes text and tasks (not once published).</summary>
    public async Task<OperationResult> SaveAsync(string krajCode, int meetingId, MinutesInput input, CancellationToken ct)
    {
        var errors = new OperationResult();
        var dueDates = (input.Tasks ?? []).Select((t, i) => Dates.Parse(t.DueDate, $"Tasks[{i}].DueDate", $"termín úkolu {i + 1}", errors)).ToList();
        if (!errors.Ok) return errors;
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.KrajCode == krajCode, ct);
        if (meeting is null)
            return OperationResult.Missing(MeetingWords.NoMeeting);
        var minutes = await FindAsync(meetingId, ct);
        if (minutes is not null && input.Version != minutes.Version)
            return OperationResult.Stale();
        var result = new OperationResult();
        if (meeting.Status is MeetingStatus.Draft or MeetingStatus.Cancelled)
            result.Add("", MeetingWords.MinutesOnlyScheduledOrHeld);
        if (minutes?.Status == MinutesStatus.Published)
            result.Add("", MeetingWords.MinutesPublished);
        Check.Optional(result, "Proceedings", input.Proceedings, "průběh jednání", 50_000);
        Check.Optional(result, "Outputs", input.Outputs, "výstupy", 20_000);
        Check.Optional(result, "Decisions", input.Decisions, "rozhodnutí", 20_000);
        Check.Optional(result, "Recorder", input.Recorder, "zapsal(a)", 200);
        var n = 0;
        foreach (var t in input.Tasks ?? [])
        {
            n++;
            if (string.IsNullOrWhiteSpace(t.Title) && string.IsNullOrWhiteSpace(t.OwnerName) && dueDates[n - 1] is null) continue;
            if (string.IsNullOrWhiteSpace(t.Title)) result.Add($"Tasks[{n - 1}].Title", MeetingWords.TaskTitleMissing(n));
            if (string.IsNullOrWhiteSpace(t.OwnerName)) result.Add($"Tasks[{n - 1}].OwnerName", MeetingWords.TaskOwnerMissing(n));
            if (dueDates[n - 1] is null) result.Add($"Tasks[{n - 1}].DueDate", MeetingWords.TaskDueMissing(n));
            if (Check.Clean(t.OwnerEmail) is { } e && !Check.IsEmail(e)) result.Add($"Tasks[{n - 1}].OwnerEmail", MeetingWords.TaskEmailInvalid(n, e));
        }
        if (!result.Ok) return result;

        await using var tx = await session.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (minutes is null)
        {
            minutes = new Minutes { KrajCode = krajCode, MeetingId = meetingId, Status = MinutesStatus.Draft, Version = 0 };
            db.Minutes.Add(minutes);
            // Minutes exist now: the recorder needs no more reminding.
            await outbox.CancelAsync($"meeting:{meetingId}:minutes:", ct);
        }
        minutes.Proceedings = input.Proceedings?.Trim() ?? "";
        minutes.Outputs = input.Outputs?.Trim() ?? "";
        minutes.Decisions = input.Decisions?.Trim() ?? "";
        minutes.Recorder = input.Recorder?.Trim() ?? "";
        minutes.UpdatedAtUtc = now;
        minutes.Version++;

        var kept = new List<MinutesTask>();
        foreach (var (t, due) in (input.Tasks ?? []).Zip(dueDates).Where(x => !string.IsNullOrWhiteSpace(x.First.Title)))
        {
            var task = t.Id is { } id ? minutes.Tasks.FirstOrDefault(x => x.Id == id) : null;
            if (task is null)
            {
                task = new MinutesTask { KrajCode = krajCode, Title = "", OwnerName = "" };
                minutes.Tasks.Add(task);
            }
            task.Title = t.Title!.Trim();
            task.OwnerName = t.OwnerName!.Trim();
            task.OwnerEmail = Check.Clean(t.OwnerEmail);
            task.DueDate = due!.Value;
            task.Done = t.Done;
            kept.Add(task);
        }
        foreach (var removed in minutes.Tasks.Except(kept).ToList())
        {
            minutes.Tasks.Remove(removed);
            db.Tasks.Remove(removed);
            await outbox.CancelAsync($"task:{removed.Id}:", ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Stale();
        }
        await ScheduleTaskRemindersAsync(meeting, minutes, ct);
        await tx.CommitAsync(ct);
        return OperationResult.Success(minutes.Id);
    }

    private async Task ScheduleTaskRemindersAsync(Meeting meeting, Minutes minutes, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var slug = kraje.SlugOf(meeting.KrajCode);
        var requests = new List<NotificationRequest>();
        foreach (var task in minutes.Tasks)
        {
            var key = $"task:{task.Id}:";
            var due = PragueTime.ToUtc(task.DueDate.AddDays(-options.Value.TaskReminderDaysBefore), MeetingReminders.DefaultTime);
            if (task.Done || task.OwnerEmail is null || due is null || due <= now)
            {
                await outbox.CancelAsync(key, ct);
                continue;
            }
            requests.Add(new NotificationRequest(meeting.KrajCode, new Recipient(task.OwnerEmail, task.OwnerName),
                new TaskReminder(task.Title, task.DueDate, meeting.Title, urls.Absolute($"/{slug}/jednani/{meeting.Id}/zapis")), due, key));
        }
        await outbox.EnqueueAsync(requests, ct);
    }
}
