using Kpss.Notifications.Contracts;
using Kpss.Notifications.Data;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Notifications.Tests;

/// <summary>
/// The outbox's rules one by one, each read back from the stored row after the dispatch really ran: when a message is
/// due, how a retry waits, what a sent, failed or suppressed message records, which messages a key replaces, and what
/// the message carries (its Message-ID, a calendar part only when it has one).
/// </summary>
public sealed class OutboxRulesTests(NotificationsHost app) : IClassFixture<NotificationsHost>, IAsyncLifetime
{
    private static readonly DateTime T0 = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>Each test starts with an empty outbox: what one test leaves due is not counted in another's dispatch.</summary>
    public async Task InitializeAsync()
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.IgnoreQueryFilters().ExecuteDeleteAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheDeliveryLog_IsKeptTheConfiguredDays_InEveryKraj_AndAMessageStillWaitingIsNeverDeleted()
    {
        app.Clock.Set(T0);
        OutboxMessage Row(string kraj, string to, OutboxStatus status, double daysAgo) => new()
        {
            KrajCode = kraj, Kind = "test", ToEmail = to, Subject = "Předmět", TextBody = "Text", Status = status,
            CreatedAtUtc = T0.AddDays(-daysAgo), DueAtUtc = T0.AddDays(-daysAgo),
        };
        await app.InKrajAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<NotificationsDbContext>();
            db.Outbox.AddRange(
                Row("CZ031", "odeslana-pred-91-dny@test.example", OutboxStatus.Sent, 91),
                Row("CZ064", "jiny-kraj-pred-91-dny@test.example", OutboxStatus.Cancelled, 91),
                Row("CZ031", "selhala-davno@test.example", OutboxStatus.Failed, 400),
                Row("CZ031", "potlacena-davno@test.example", OutboxStatus.Suppressed, 400),
                Row("CZ031", "ceka-davno@test.example", OutboxStatus.Pending, 500),
                Row("CZ031", "odeslana-presne-pred-90-dny@test.example", OutboxStatus.Sent, 90), // the last moment kept
                Row("CZ031", "odeslana-pred-89-dny@test.example", OutboxStatus.Sent, 89));
            return await db.SaveChangesAsync();
        });

        await app.RunJobAsync("notifications.retention");

        var left = await app.InKrajAsync(null, sp => sp.GetRequiredService<NotificationsDbContext>().Outbox.Select(m => m.ToEmail).OrderBy(e => e).ToListAsync());
        Assert.Equal(["ceka-davno@test.example", "odeslana-pred-89-dny@test.example", "odeslana-presne-pred-90-dny@test.example"], left);
    }

    [Fact]
    public async Task ARetry_WaitsThirtySecondsThenTwiceAsLong_UpToTheCap_AndTheLastFailureKeepsItsDueTime()
    {
        await app.Smtp.InitializeAsync();
        app.Clock.Set(T0);
        const string email = "plna-schranka@odklad.test.example"; // the server answers 452: try again later
        await app.EnqueueAsync([NotificationsHost.Invitation(email)]);

        var steps = new List<(OutboxStatus, int, DateTime)>();
        foreach (var at in new[] { 0, 30, 90, 190 })
        {
            app.Clock.Set(T0.AddSeconds(at)); // exactly when due: "due" includes its own second
            var result = await app.DispatchAsync();
            var row = await SingleToAsync(email);
            Assert.Equal(1, result.Total);
            Assert.Null(row.LockedBy);
            Assert.Null(row.LockedUntilUtc);
            Assert.Contains("452", row.LastError);
            steps.Add((row.Status, row.Attempts, row.DueAtUtc));
        }

        Assert.Equal(
        [
            (OutboxStatus.Pending, 1, T0.AddSeconds(30)),        // first retry after 30 s
            (OutboxStatus.Pending, 2, T0.AddSeconds(30 + 60)),   // then twice as long
            (OutboxStatus.Pending, 3, T0.AddSeconds(90 + 100)),  // 120 s would be next; the cap is 100 s
            (OutboxStatus.Failed, 4, T0.AddSeconds(190)),        // the fourth failure is the last; its due time stays
        ], steps);
        Assert.Equal(0, (await app.DispatchAsync()).Total);
        Assert.DoesNotContain(app.Smtp.Received(), m => m.IsTo(email));
    }

    [Fact]
    public async Task ASentMessage_RecordsItsAttemptsAndTime_AndCarriesTheMessageIdOfItsRow()
    {
        app.Clock.Set(T0);
        app.Smtp.Stop();
        const string email = "druhy-pokus@odeslano.test.example";
        await app.EnqueueAsync([NotificationsHost.Invitation(email)]);
        Assert.Equal(1, (await app.DispatchAsync()).Retried);

        await app.Smtp.InitializeAsync();
        app.Clock.Set(T0.AddSeconds(45));
        var result = await app.DispatchAsync();

        Assert.Equal((1, 0, 0, 0), (result.Sent, result.Retried, result.Failed, result.Suppressed));
        var row = await SingleToAsync(email);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.Equal(T0.AddSeconds(45), row.SentAtUtc);
        Assert.Null(row.LockedBy);
        Assert.Null(row.LockedUntilUtc);
        var mail = Assert.Single(app.Smtp.Received(), m => m.IsTo(email));
        // The same on every copy of this message (an at-least-once resend after a crash is recognisable as one message).
        Assert.Equal($"<outbox-{row.Id}-{row.CreatedAtUtc.Ticks}@kpss.platform>", mail.Message.Headers["Message-ID"]);
    }

    [Fact]
    public async Task WhoSwitchedRemindersOrDigestsOff_GetsTheirMessageMarkedSuppressed_NeverClaimedAgain_AndStillTheOtherKinds()
    {
        await app.Smtp.InitializeAsync();
        app.Clock.Set(T0);
        const string noReminders = "bez-pripominek@potlaceni.test.example", noDigests = "bez-souhrnu@potlaceni.test.example";
        await app.SetPreferencesAsync(
            new NotificationPreference { Email = noReminders, RemindersOff = true, ChangedAtUtc = T0 },
            new NotificationPreference { Email = noDigests, DigestsOff = true, ChangedAtUtc = T0 });
        NotificationRequest To(string email, NotificationCategory kind) =>
            new("CZ031", new Recipient(email, null), new Notice($"{kind} pro {email}", kind));

        // Addresses written as people type them: the preference holds whatever the case.
        await app.EnqueueAsync(
        [
            To("Bez-Pripominek@Potlaceni.test.example", NotificationCategory.Reminder),
            To(noReminders, NotificationCategory.Digest),
            To(noReminders, NotificationCategory.Essential),
            To("BEZ-SOUHRNU@potlaceni.test.example", NotificationCategory.Digest),
            To(noDigests, NotificationCategory.Reminder),
        ]);
        var result = await app.DispatchAsync();

        Assert.Equal((3, 2), (result.Sent, result.Suppressed));
        var rows = await RowsAsync(r => r.ToEmail.ToLower().EndsWith("@potlaceni.test.example"));
        Assert.Equal(
            ["bez-pripominek Digest Sent", "bez-pripominek Essential Sent", "bez-pripominek Reminder Suppressed",
             "bez-souhrnu Digest Suppressed", "bez-souhrnu Reminder Sent"],
            rows.Select(r => $"{r.ToEmail.Split('@')[0].ToLowerInvariant()} {r.Category} {r.Status}").Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Null(r.LockedBy));
        Assert.All(rows, r => Assert.Null(r.LockedUntilUtc));

        app.Clock.Set(T0.AddHours(1)); // long after any lease
        Assert.Equal(0, (await app.DispatchAsync()).Total);
        Assert.Equal(3, app.Smtp.Received().Count(m => m.To.Contains("@potlaceni.test.example", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task AMessageDueLater_WaitsForItsTime_AndOneDueInThePast_IsDueNow()
    {
        await app.Smtp.InitializeAsync();
        app.Clock.Set(T0);
        const string later = "pozdeji@cas.test.example", past = "minulost@cas.test.example";
        await app.EnqueueAsync(
        [
            new NotificationRequest("CZ031", new Recipient(later, null), new Notice("Později"), T0.AddHours(1)),
            new NotificationRequest("CZ031", new Recipient(past, null), new Notice("Zpětně"), T0.AddHours(-1)),
        ]);

        var now = await app.DispatchAsync();
        Assert.Equal(T0.AddHours(1), (await SingleToAsync(later)).DueAtUtc);
        Assert.Equal(T0, (await SingleToAsync(past)).DueAtUtc); // never earlier than it was queued
        app.Clock.Set(T0.AddHours(1).AddSeconds(-1));
        var justBefore = await app.DispatchAsync();
        app.Clock.Set(T0.AddHours(1));
        var onTime = await app.DispatchAsync();

        Assert.Equal((1, 0, 1), (now.Sent, justBefore.Total, onTime.Sent));
        Assert.Equal(OutboxStatus.Sent, (await SingleToAsync(later)).Status);
    }

    [Fact]
    public async Task AMessageWithTheKeyOfAPendingOne_ReplacesIt_OnlyInItsOwnKraj_AndNeverUndoesASentOne()
    {
        await app.Smtp.InitializeAsync();
        app.Clock.Set(T0);
        const string email = "klic@nahrada.test.example";
        NotificationRequest Keyed(string kraj, string title, string key, DateTime? due = null) =>
            new(kraj, new Recipient(email, null), new Notice(title), due) { Key = key };

        await app.EnqueueAsync([Keyed("CZ031", "Sent already", "jednani-7/pozvanka")]);
        await app.DispatchAsync();
        await app.EnqueueAsync(
        [
            Keyed("CZ031", "Old reminder", "jednani-7/pripominka", T0.AddDays(1)),
            Keyed("CZ064", "Other kraj", "jednani-7/pripominka", T0.AddDays(1)),
        ]);
        await app.EnqueueAsync(
        [
            Keyed("CZ031", "New reminder", "jednani-7/pripominka", T0.AddDays(2)),
            Keyed("CZ031", "Invitation again", "jednani-7/pozvanka"),
        ]);

        var rows = await RowsAsync(r => r.ToEmail == email);
        Assert.Equal(
            ["CZ031 Oznámení: Invitation again Pending", "CZ031 Oznámení: New reminder Pending", "CZ031 Oznámení: Old reminder Cancelled",
             "CZ031 Oznámení: Sent already Sent", "CZ064 Oznámení: Other kraj Pending"],
            rows.Select(r => $"{r.KrajCode} {r.Subject} {r.Status}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CancellingByKeyPrefix_CancelsOnlyPendingMessagesUnderThatPrefix_AndAnEmptyPrefixIsRefused()
    {
        app.Clock.Set(T0);
        const string email = "zruseni@prefix.test.example";
        NotificationRequest Keyed(string key, DateTime? due = null) => new("CZ031", new Recipient(email, null), new Notice(key), due ?? T0.AddDays(1)) { Key = key };
        await app.Smtp.InitializeAsync();
        await app.EnqueueAsync([Keyed("jednani-8/pozvanka", T0)]);
        await app.DispatchAsync();
        await app.EnqueueAsync([Keyed("jednani-8/pripominka"), Keyed("jednani-8/zapis"), Keyed("jednani-80/pripominka"), Keyed("jednani-9/pripominka")]);

        using var scope = app.Services.CreateScope();
        var outbox = scope.ServiceProvider.GetRequiredService<INotificationOutbox>();
        var cancelled = await outbox.CancelAsync("jednani-8/");
        var everything = await Assert.ThrowsAsync<ArgumentException>(() => outbox.CancelAsync(""));

        Assert.Equal(2, cancelled);
        Assert.StartsWith("Give a key prefix", everything.Message);
        var rows = await RowsAsync(r => r.ToEmail == email);
        Assert.Equal(
            ["jednani-8/pozvanka Sent", "jednani-8/pripominka Cancelled", "jednani-8/zapis Cancelled", "jednani-80/pripominka Pending", "jednani-9/pripominka Pending"],
            rows.Select(r => $"{r.Key} {r.Status}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ARequestWithoutAnAddress_IsRefused_AndNothingOfItsBatchIsQueued()
    {
        app.Clock.Set(T0);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => app.EnqueueAsync(
        [
            NotificationsHost.Invitation("s-adresou@bez-adresy.test.example"),
            new NotificationRequest("CZ031", new Recipient("  ", null), new Notice("Bez adresy")),
        ]));

        Assert.StartsWith("A notification needs a recipient's email address", refused.Message);
        Assert.Empty(await RowsAsync(r => r.ToEmail.EndsWith("bez-adresy.test.example") || r.ToEmail == "" || r.ToEmail == "  "));
    }

    [Fact]
    public async Task TheCalendarPart_TravelsOnlyWithAMessageThatHasOne()
    {
        await app.Smtp.InitializeAsync();
        app.Clock.Set(T0);
        const string with = "s-kalendarem@kalendar.test.example", without = "bez-kalendare@kalendar.test.example";
        await app.EnqueueAsync(
        [
            new NotificationRequest("CZ031", new Recipient(with, null), new Notice("S pozvánkou do kalendáře", Detail: "Sál 2")),
            new NotificationRequest("CZ031", new Recipient(without, null), new Notice("Bez kalendáře")),
        ]);
        await app.DispatchAsync();

        var withCalendar = Assert.Single(app.Smtp.Received(), m => m.IsTo(with));
        var withoutCalendar = Assert.Single(app.Smtp.Received(), m => m.IsTo(without));
        Assert.Contains(withCalendar.Message.Parts, p => p.ContentType.StartsWith("text/calendar", StringComparison.Ordinal) && p.Text.Contains("PRODID:-//KPSS//Testy//CS"));
        Assert.DoesNotContain(withoutCalendar.Message.Parts, p => p.ContentType.StartsWith("text/calendar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADispatch_GoesOnBatchAfterBatch_AndCountsEachOutcome()
    {
        await app.Smtp.InitializeAsync();
        app.Clock.Set(T0);
        await app.SetPreferencesAsync(new NotificationPreference { Email = "vypnuto@davky.test.example", RemindersOff = true, ChangedAtUtc = T0 });
        NotificationRequest To(string local, NotificationCategory kind = NotificationCategory.Essential) =>
            new("CZ031", new Recipient(local.Contains('@') ? $"{local}.davky.test.example" : $"{local}@davky.test.example", null), new Notice(local, kind));

        // Batches of four, in the order queued. In each, two outcomes of one kind balance two sends, so a dispatch that
        // miscounted any outcome would take a batch for empty and stop before the rest.
        await app.EnqueueAsync(
        [
            To("prvni"), To("druhy"), To("plna-schranka"), To("plna-schranka@b"),
            To("treti"), To("ctvrty"), To("neexistuje"), To("neexistuje@b"),
            To("paty"), To("sesty"), To("vypnuto", NotificationCategory.Reminder), To("vypnuto", NotificationCategory.Reminder),
            To("sedmy"),
        ]);
        var result = await app.DispatchAsync();

        Assert.Equal((7, 2, 2, 2, 13), (result.Sent, result.Retried, result.Failed, result.Suppressed, result.Total));
        Assert.Equal(7, app.Smtp.Received().Count(m => m.To.Contains("davky.test.example", StringComparison.Ordinal)));
    }

    private async Task<OutboxMessage> SingleToAsync(string email) => Assert.Single(await RowsAsync(r => r.ToEmail == email));

    private Task<List<OutboxMessage>> RowsAsync(System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> where) => app.OutboxRowsAsync(where);
}
