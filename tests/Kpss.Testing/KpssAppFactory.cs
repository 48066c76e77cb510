using System.Net;
using System.Text.RegularExpressions;
using Kpss.Host.Platform.Identity;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Testing;

/// <summary>
/// The real host in memory on its own database (see <see cref="TestDatabase"/>), data folder and mail folder. Plugins
/// come from the host's build output unless a test gives its own plugins folder.
/// </summary>
public class KpssAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Testovaci-heslo-1";

    private readonly string? _pluginsPath;

    public KpssAppFactory() : this(null)
    {
    }

    /// <summary>When set, the host's KpssClock: the test moves time (reminders, expiry); the scheduler keeps wall time.</summary>
    public FakeClock? Clock { get; init; }

    /// <summary>Further settings (key → value) for a subclass's host.</summary>
    protected Dictionary<string, string> Settings { get; } = [];

    protected KpssAppFactory(string? pluginsPath)
    {
        _pluginsPath = pluginsPath;
        Database = new TestDatabase();
    }

    /// <summary>A host on <paramref name="provider"/> whatever the pass's database (a rule of that database's own).</summary>
    protected KpssAppFactory(Kpss.Modules.Abstractions.Data.DatabaseProvider provider)
    {
        Database = new TestDatabase(provider);
    }

    public TestDatabase Database { get; }

    public string DataPath { get; } = RepoPaths.NewTempDirectory("kpss-data");

    public string OutboxPath => Path.Combine(DataPath, "outbox");

    /// <summary>
    /// The .eml files in the pickup folder addressed to <paramref name="email"/> — bare or after the recipient's name
    /// (<c>"Jana Nováková" &lt;jana@…&gt;</c>) — oldest first.
    /// </summary>
    public IEnumerable<string> MailsTo(string email) =>
        Directory.Exists(OutboxPath)
            ? Directory.GetFiles(OutboxPath, "*.eml").OrderBy(File.GetLastWriteTimeUtc).Where(f =>
                EmlMessage.Load(f).Headers.GetValueOrDefault("To", "") is var to
                && (to.Equals(email, StringComparison.OrdinalIgnoreCase) || to.EndsWith($"<{email}>", StringComparison.OrdinalIgnoreCase)))
            : [];

    /// <summary>The messages of <see cref="MailsTo"/>, read.</summary>
    public IReadOnlyList<EmlMessage> MessagesTo(string email) => MailsTo(email).Select(EmlMessage.Load).ToList();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(Path.Combine(RepoPaths.Root, "host", "Kpss.Host"));
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Plugins:Path", _pluginsPath ?? RepoPaths.HostPlugins);
        builder.UseSetting("Modules:Path", Path.Combine(RepoPaths.HostOutput, "modules"));
        builder.UseSetting("Notifications:PollSeconds", "1");
        if (Database.Provider == Kpss.Modules.Abstractions.Data.DatabaseProvider.MySql)
            builder.UseSetting("Scheduler:Redis", TestDatabase.Redis);
        builder.UseSetting("Demo:Enabled", "false");
        // The plans' deadline reminders run when a test asks (RunJobAsync), never on the hour in the middle of another test.
        builder.UseSetting("Plans:DeadlineRemindersEnabled", "false");
        builder.UseSetting("Retention:Enabled", "false");
        // Every test signs in and posts from one address: the abuse limits are tested by RateLimitTests with their own.
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicFormPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicApiPerMinute", "100000");
        builder.UseSetting("Mail:Transport", "Pickup");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        // Hashing a password the platform's way (PBKDF2, 100,000 rounds) costs ~50 ms of CPU; the suite signs in and
        // creates accounts some 650 times a pass. The hash records its own rounds, so the code paths are the same.
        builder.ConfigureTestServices(services => services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000));
        if (Clock is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(new Kpss.Modules.Abstractions.Time.KpssClock(Clock)));
    }

    /// <summary>
    /// Runs a job a module declared, now, in this host, as the scheduler would, and returns when it has ended: a test
    /// that then finds nothing sent knows the sender really ran.
    /// </summary>
    public Task RunJobAsync(string name, string? argument = null) =>
        Services.GetRequiredService<Kpss.Host.Platform.KpssJobRunner>().RunAsync(name, argument, CancellationToken.None);

    public virtual async Task InitializeAsync()
    {
        // The database starts as a copy of one migrated once per run (DatabaseTemplates); starting the server checks
        // the migrations (none pending) and loads the plugins.
        await Database.CreateFromTemplateAsync();
        StartHost();
    }

    /// <summary>Starts the host in memory (a subclass on Kestrel starts that server instead).</summary>
    protected virtual void StartHost() => _ = Server;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private bool _disposed;

    public override async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await base.DisposeAsync();
        await Database.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates an account with a role (platform admin when <paramref name="kraj"/> is null and the role says so).</summary>
    public async Task CreateUserAsync(string email, string role, string? kraj = null, string? scopeId = null)
    {
        using var scope = Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountProvisioning>()
            .EnsureAsync(email, Password, email.Split('@')[0], role, kraj, scopeId);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    /// <summary>A client that keeps cookies and does not follow redirects, signed in through the login form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostFormAsync(client, "/ucet/prihlaseni", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login of {email} answered {(int)response.StatusCode}");
        return client;
    }

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>GETs the form page for its antiforgery token, then POSTs the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPageUrl = null)
    {
        var page = await client.GetStringAsync(formPageUrl ?? url);
        var token = AntiforgeryToken(page);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    public static string AntiforgeryToken(string html)
    {
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "the page has no antiforgery token");
        return match.Groups[1].Value;
    }

    /// <summary>Runs <paramref name="work"/> with a scope whose tenant is <paramref name="krajCode"/> (or platform-wide when null).</summary>
    public async Task<T> InKrajAsync<T>(string? krajCode, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        if (krajCode is null)
        {
            using (tenant.BeginPlatformWide())
                return await work(scope.ServiceProvider);
        }
        tenant.SetKraj(krajCode);
        return await work(scope.ServiceProvider);
    }
}

/// <summary>One host per test class that shares it; accounts for the usual roles are made once.</summary>
public sealed class SharedHost : KpssAppFactory
{
    public const string PlatformAdmin = "spravce@test.kpss.example";
    public const string JihoceskyAdmin = "admin.cz031@test.kpss.example";
    public const string JihomoravskyAdmin = "admin.cz064@test.kpss.example";
    public const string JihoceskyCoordinator = "koordinator.cz031@test.kpss.example";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(PlatformAdmin, KpssRoles.PlatformAdmin);
        await CreateUserAsync(JihoceskyAdmin, KpssRoles.RegionalAdmin, "CZ031");
        await CreateUserAsync(JihomoravskyAdmin, KpssRoles.RegionalAdmin, "CZ064");
        await CreateUserAsync(JihoceskyCoordinator, KpssRoles.Coordinator, "CZ031");
    }
}
