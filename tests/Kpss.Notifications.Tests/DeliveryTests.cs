using System.Net;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Data;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Notifications.Tests;

/// <summary>The outbox against a real SMTP server that is down, then up: nothing lost, nothing twice.</summary>
public sealed class DeliveryTests(NotificationsHost app) : IClassFixture<NotificationsHost>
{
    [Fact]
    public async Task WhenTheSmtpServerIsDownThenUp_EveryMessageArrives_AndNoneTwice()
    {
        app.Clock.Set(new DateTime(2026, 5, 4, 8, 0, 0, DateTimeKind.Utc));
        app.Smtp.Stop();
        var emails = Enumerable.Range(1, 12).Select(i => $"vypadek-{i}@test.example").ToList();
        await app.EnqueueAsync(emails.Select(e => NotificationsHost.Invitation(e)).ToList());

        var whileDown = await app.DispatchAsync();

        Assert.Equal(12, whileDown.Retried);
        Assert.Equal(0, whileDown.Sent);
        var waiting = await MessagesToAsync(emails);
        Assert.All(waiting, m =>
        {
            Assert.Equal(OutboxStatus.Pending, m.Status);
            Assert.Equal(1, m.Attempts);
            Assert.NotNull(m.LastError);
            Assert.Equal(new DateTime(2026, 5, 4, 8, 0, 30), m.DueAtUtc); // first retry after 30 s
        });
        Assert.Equal(0, (await app.DispatchAsync()).Total); // not due yet

        await app.Smtp.InitializeAsync();
        app.Clock.Set(new DateTime(2026, 5, 4, 8, 0, 31, DateTimeKind.Utc));
        var afterUp = await app.DispatchAsync();
        var again = await app.DispatchAsync();

        Assert.Equal(12, afterUp.Sent);
        Assert.Equal(0, again.Total);
        var received = app.Smtp.Received().Where(m => emails.Any(m.IsTo)).Select(m => emails.Single(m.IsTo)).ToList();
        Assert.Equal(emails.Order(), received.Order());
        Assert.All(await MessagesToAsync(emails), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task ARecipientTheServerRefuses_FailsThatMessageAtOnce_AndTheOthersArrive()
    {
        app.Clock.Set(new DateTime(2026, 5, 6, 8, 0, 0, DateTimeKind.Utc));
        // The test server answers "550 5.1.1 Mailbox unavailable" for the local part "neexistuje".
        var good = new[] { "prijemce-a@odmitnuti.test.example", "prijemce-b@odmitnuti.test.example" };
        const string refused = "neexistuje@odmitnuti.test.example";
        await app.EnqueueAsync([NotificationsHost.Invitation(good[0]), NotificationsHost.Invitation(refused), NotificationsHost.Invitation(good[1])]);

        var result = await app.DispatchAsync();

        Assert.Equal((2, 1, 0), (result.Sent, result.Failed, result.Retried));
        var failed = Assert.Single(await MessagesToAsync([refused]));
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("550", failed.LastError);
        Assert.All(await MessagesToAsync(good), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        await app.Smtp.WaitForAsync(m => good.Any(m.IsTo), 2);
    }

    [Fact]
    public async Task AfterTheLastAttempt_AMessageIsFailed_ShownInTheDeliveryLog_AndCanBeSentAgain()
    {
        app.Clock.Set(new DateTime(2026, 5, 5, 8, 0, 0, DateTimeKind.Utc));
        app.Smtp.Stop();
        const string email = "nedorucitelny@test.example";
        await app.EnqueueAsync([NotificationsHost.Invitation(email)]);
        foreach (var wait in new[] { 0, 31, 61, 101 })
        {
            app.Clock.Advance(TimeSpan.FromSeconds(wait));
            await app.DispatchAsync();
        }
        var failed = Assert.Single(await MessagesToAsync([email]));
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(4, failed.Attempts);

        var coordinator = await app.SignedInClientAsync(NotificationsHost.Coordinator);
        var log = await coordinator.GetStringAsync("/jihocesky/oznameni/dorucovani?stav=Failed");
        Assert.Contains(email, log);
        Assert.Contains("nedoručitelné", log);
        Assert.Contains("Odeslat znovu", log);

        await app.Smtp.InitializeAsync();
        var resend = await KpssAppFactory.PostFormAsync(coordinator, "/jihocesky/oznameni/dorucovani?handler=Resend",
            new() { ["id"] = failed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, formPageUrl: "/jihocesky/oznameni/dorucovani?stav=Failed");
        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        Assert.Single(app.Smtp.Received(), m => m.IsTo(email));
    }

    [Fact]
    public async Task TheDeliveryLog_ShowsOnlyItsOwnKraj()
    {
        app.Clock.Set(new DateTime(2026, 5, 6, 8, 0, 0, DateTimeKind.Utc));
        await app.EnqueueAsync([new NotificationRequest("CZ064", new Recipient("brno-only@test.example", null),
            new Notice("Jen pro Brno"), new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc))]);
        var coordinator = await app.SignedInClientAsync(NotificationsHost.Coordinator);

        var own = await coordinator.GetStringAsync("/jihocesky/oznameni/dorucovani");
        var other = await coordinator.GetAsync("/jihomoravsky/oznameni/dorucovani");

        Assert.DoesNotContain("brno-only@test.example", own);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task ConcurrentDispatchers_SendEachMessageExactlyOnce()
    {
        app.Clock.Set(new DateTime(2026, 5, 7, 8, 0, 0, DateTimeKind.Utc));
        await app.Smtp.InitializeAsync();
        var emails = Enumerable.Range(1, 120).Select(i => $"soubeh-{i}@test.example").ToList();
        await app.EnqueueAsync(emails.Select(e => NotificationsHost.Invitation(e)).ToList());

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(app.DispatchAsync)));

        Assert.Equal(120, results.Sum(r => r.Sent));
        var received = app.Smtp.Received().Where(m => emails.Any(m.IsTo)).Select(m => emails.Single(m.IsTo)).ToList();
        Assert.Equal(120, received.Count);
        Assert.Equal(120, received.Distinct().Count());
    }

    private Task<List<OutboxMessage>> MessagesToAsync(IReadOnlyCollection<string> emails) => app.OutboxRowsAsync(m => emails.Contains(m.ToEmail));
}
