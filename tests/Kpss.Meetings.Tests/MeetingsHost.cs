using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Meetings.Tests;

/// <summary>
/// The host with a real SMTP server (aiosmtpd) and a clock the tests move; two coordinators in two kraje. Mail goes when
/// a test says so (<see cref="DeliverDueAsync"/>), not on the scheduler's timer: what was due at the clock's time has
/// then reached the SMTP server, and what has not arrived was not sent.
/// </summary>
public sealed class MeetingsHost : KpssAppFactory
{
    public const string Coordinator = "koordinatorka@jh.test.example";
    public const string OtherKrajCoordinator = "koordinator@jmk.test.example";

    public MeetingsHost()
    {
        Clock = new FakeClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        Settings["Mail:Transport"] = "Smtp";
        Settings["Mail:Smtp:Host"] = "127.0.0.1";
        Settings["Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Notifications:DispatchEnabled"] = "false";
    }

    /// <summary>The Jihočeský coordinator's API client, with the clock set to <paramref name="now"/>.</summary>
    public async Task<MeetingsClient> CoordinatorAsync(DateTime now)
    {
        Clock.Set(now);
        return new MeetingsClient(await SignedInClientAsync(Coordinator), "jihocesky");
    }

    /// <summary>Answers an invitation from its e-mail as an invitee does: the link's page, then its form.</summary>
    public async Task<HttpResponseMessage> AnswerAsync(ReceivedMail invitation, string label)
    {
        var visitor = AnonymousClient();
        var link = new Uri(invitation.Link(label)).PathAndQuery;
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        return await PostFormAsync(visitor, "/pozvanka", new() { ["t"] = query["t"]!, ["odpoved"] = query["odpoved"]! }, formPageUrl: link);
    }

    /// <summary>Sends every message due at the clock's time, as the scheduled dispatch does, and waits until it has.</summary>
    public Task DeliverDueAsync() => RunJobAsync("notifications.outbox-dispatch");

    /// <summary>Sends what is due, then returns the messages the SMTP server holds that match; exactly <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> DeliveredAsync(Func<ReceivedMail, bool> match, int count)
    {
        await DeliverDueAsync();
        var mails = Smtp.Received().Where(match).ToList();
        Assert.True(mails.Count == count, $"{count} messages expected, {mails.Count} arrived: {string.Join("; ", mails.Select(m => m.To + " " + m.Subject))}");
        return mails;
    }

    public SmtpServer Smtp { get; } = new();

    public new FakeClock Clock { get => base.Clock!; private init => base.Clock = value; }

    public override async Task InitializeAsync()
    {
        await Smtp.InitializeAsync();
        await base.InitializeAsync();
        await CreateUserAsync(Coordinator, KpssRoles.Coordinator, "CZ031");
        await CreateUserAsync(OtherKrajCoordinator, KpssRoles.Coordinator, "CZ064");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
