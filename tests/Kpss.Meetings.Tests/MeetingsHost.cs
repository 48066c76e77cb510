using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Meetings.Tests;

/// <summary>The host with a real SMTP server (aiosmtpd) and a clock the tests move; two coordinators in two kraje.</summary>
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
