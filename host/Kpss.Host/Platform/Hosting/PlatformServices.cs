using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Kpss.Host.UseCases.SwitchPlugins;
using Kpss.Host.Platform.Data;
using Kpss.Host.Platform.Identity;
using Kpss.Host.Platform.Mail;
using Kpss.Host.Platform.Modules;
using Kpss.Host.Platform.Plugins;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Mail;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Kpss.Host.Platform;

internal static class PlatformServices
{
    /// <summary>Everything the host registers: platform services, identity, modules from the modules folder.</summary>
    public static WebApplicationBuilder AddKpssPlatform(this WebApplicationBuilder builder)
    {
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.AddKpssLogging();

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Kpss.Modules.Abstractions.Time.KpssClock.WallClock);
        services.AddSingleton(sp => new StoragePaths(Path.GetFullPath(
            sp.GetRequiredService<IConfiguration>()["Storage:DataPath"] ?? "data",
            sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath)));
        services.AddSingleton(sp => DatabaseSetup.SettingsFrom(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<StoragePaths>()));
        services.AddKpssDbContext<PlatformDbContext, SqlitePlatformDbContext, PostgresPlatformDbContext, MySqlPlatformDbContext>(PlatformDbContext.Schema);

        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<ICurrentKraj, CurrentKraj>();
        services.AddScoped<ITenantScopes>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<IKrajDirectory, KrajDirectory>();

        services.AddKpssIdentity();
        var dataProtection = services.AddDataProtection().SetApplicationName("kpss-platform");
        // Optionally the keys are encrypted at rest with a certificate every host has (the database alone then does not
        // give away login cookies and password-reset links).
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
            dataProtection.ProtectKeysWithCertificate(LoadKeyCertificate(certificatePath, builder.Configuration["DataProtection:CertificatePassword"]));
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DbXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));

        services.AddHttpContextAccessor();
        services.AddSingleton<Kpss.Modules.Abstractions.IPublicUrls, PublicUrls>();
        services.AddSingleton<KeyRingWarmer>();
        services.AddHostedService(sp => sp.GetRequiredService<KeyRingWarmer>());
        services.Configure<MailOptions>(builder.Configuration.GetSection("Mail"));
        services.AddSingleton<MailKitTransport>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<MailKitTransport>());

        services.Configure<PluginOptions>(builder.Configuration.GetSection("Plugins"));
        services.AddSingleton<PluginRegistry>();
        services.AddScoped<KrajPluginService>();
        services.AddScoped<Kpss.Host.Shared.LayoutNavigation>();
        services.AddScoped<Kpss.Modules.Abstractions.Pages.IDeskContributor, Kpss.Host.UseCases.ViewDesk.CalendarDesk>();
        // The host's own places in a kraj's navigation (the modules add theirs the same way).
        services.AddSingleton(new Kpss.Modules.Abstractions.KrajLink("Přehled", "prehled", Kpss.Modules.Abstractions.Security.KpssPolicies.KrajCoordinator, 0));
        services.AddSingleton(new Kpss.Modules.Abstractions.KrajLink("Pluginy kraje", "admin/pluginy", Kpss.Modules.Abstractions.Security.KpssPolicies.KrajAdmin, 95));
        services.AddSingleton(new Kpss.Modules.Abstractions.KrajLink("Uživatelé a role", "admin/uzivatele", Kpss.Modules.Abstractions.Security.KpssPolicies.KrajAdmin, 96));
        services.AddSingleton(new Kpss.Modules.Abstractions.KrajLink("Záznam změn", "admin/zaznam-zmen", Kpss.Modules.Abstractions.Security.KpssPolicies.KrajAdmin, 97));
        services.AddScoped<UseCases.ReadAuditLog.AuditLogReader>();
        services.AddSingleton<UseCases.ReadAuditLog.AuditNames>();
        services.AddSingleton(new Kpss.Modules.Abstractions.KrajLink("Osobní údaje", "admin/osobni-udaje", Kpss.Modules.Abstractions.Security.KpssPolicies.KrajAdmin, 98));
        services.AddSingleton(new Kpss.Modules.Abstractions.KrajLink("Klíče API", "admin/api-klice", Kpss.Modules.Abstractions.Security.KpssPolicies.KrajAdmin, 99));
        services.AddScoped<Kpss.Modules.Abstractions.PersonalData.IPersonalData, UseCases.FindPersonalData.PlatformPersonalData>();
        services.AddScoped<UseCases.FindPersonalData.PersonalDataRegister>();
        services.AddScoped<Kpss.Host.UseCases.CorrectPlanningCalendar.CalendarCorrections>();
        services.AddScoped<Kpss.Modules.Abstractions.Time.IKrajCalendar, Kpss.Host.UseCases.CorrectPlanningCalendar.KrajCalendarService>();
        services.AddScoped<Kpss.Modules.Abstractions.Security.IRoleHolders, Kpss.Host.Platform.Identity.RoleHolders>();
        services.AddScoped<Kpss.Modules.Abstractions.IKrajPlugins>(sp => sp.GetRequiredService<KrajPluginService>());

        services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("database");
        services.AddKpssReverseProxy(builder.Configuration);
        services.AddKpssRateLimits(builder.Configuration);
        services.AddProblemDetails();
        // A request the framework cannot bind throws, so that ApiBadRequests answers it in Czech, naming the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // The JSON APIs of the host and every module, described at /openapi/v1.json. (Swashbuckle: the framework's own
        // AddOpenApi registers keyed services, which Autofac.Extensions.DependencyInjection 8.0.0, the newest here, cannot take.)
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new() { Title = "KPSS Platform API", Version = "v1" });
            // Integrators call the API with a kraj's token (Authorization: Bearer kpss_…); a browser with its sign-in cookie.
            o.AddSecurityDefinition("Bearer", new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "kpss_…",
                Description = "Klíč API kraje (vydává krajský administrátor na stránce Klíče API); platí jen pro /api.",
            });
            o.OperationFilter<OpenApiAnswers>();
            // A field that holds another described object and may be null (an import's progress, a plan's network) says
            // so: OpenAPI 3.0 cannot put "nullable" beside a bare reference, only beside allOf of it.
            o.UseAllOfToExtendReferenceSchemas();
        });
        // The document describes the JSON the API really reads and writes: the minimal APIs' options (enums by name), not
        // MVC's, which Swashbuckle would take because the pages bring MVC in.
        services.AddSingleton<Swashbuckle.AspNetCore.SwaggerGen.ISerializerDataContractResolver>(sp =>
            new Swashbuckle.AspNetCore.SwaggerGen.JsonSerializerDataContractResolver(
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions));
        // Czech letters as themselves in pages, not as &#x…; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            // Enums by name only: a number would bind any value, defined or not (a meeting of kind 12345).
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false));
        });
        // Pages anywhere in the host and the modules (the host and the modules beside their use cases, anonymous ones under Public/); every page says
        // its own absolute route with @page.
        var mvc = services.AddRazorPages(o => o.RootDirectory = "/");

        var modulesPath = Path.GetFullPath(builder.Configuration["Modules:Path"] ?? "modules", AppContext.BaseDirectory);
        var modules = ModuleLoader.LoadAll(modulesPath);
        services.AddSingleton(new LoadedModules(modules));
        foreach (var module in modules)
        {
            module.ConfigureServices(services, builder.Configuration);
            mvc.AddApplicationPart(ModuleLoader.AssemblyOf(module));
        }
        builder.AddKpssScheduler();
        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            foreach (var module in modules)
                module.ConfigureContainer(container);
        });
        return builder;
    }

    private static void AddKpssLogging(this WebApplicationBuilder builder)
    {
        // Console only: JSON lines in production, readable lines in development (Logging:Console:FormatterName).
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
            o.JsonWriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void AddKpssIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<KpssUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<CzechIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<KpssClaimsPrincipalFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddScoped<AccountProvisioning>();
        services.AddScoped<Kpss.Host.Shared.AccountMails>();

        // The sign-in cookie everywhere; on the JSON API a bearer token instead, when the call brings one.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = UseCases.ManageApiTokens.ApiTokenAuthentication.SchemeSelector;
                o.DefaultChallengeScheme = UseCases.ManageApiTokens.ApiTokenAuthentication.SchemeSelector;
            })
            .AddPolicyScheme(UseCases.ManageApiTokens.ApiTokenAuthentication.SchemeSelector, "Cookie or API token",
                o => o.ForwardDefaultSelector = http => UseCases.ManageApiTokens.ApiTokenAuthentication.Select(http) ?? IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, UseCases.ManageApiTokens.ApiTokenAuthentication>(UseCases.ManageApiTokens.ApiTokenAuthentication.SchemeName, null);
        services.AddAuthentication().AddIdentityCookies();
        services.AddScoped<UseCases.ManageApiTokens.ApiTokenBook>();
        // The antiforgery cookie as the sign-in cookie: Secure over HTTPS (its default would send it over plain HTTP too).
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(o =>
        {
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        // HSTS (sent over HTTPS outside development): a year.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "kpss.auth";
            // HttpOnly always, Secure whenever the platform is served over HTTPS, never sent with another site's requests that change data.
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/ucet/prihlaseni";
            o.LogoutPath = "/ucet/odhlaseni";
            o.ReturnUrlParameter = "zpet";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (IsApi(ctx.Request)) ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            };
            // A forbidden page answers 403 at its own address; the status-code pages render the Czech explanation.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(DeclaredAccessRequirement.Policy)
            .AddPolicy(KpssPolicies.PlatformAdmin, p => p.RequireAuthenticatedUser()
                .RequireClaim(KpssClaimTypes.Scope, KpssRoles.PlatformAdmin))
            .AddPolicy(KpssPolicies.KrajAdmin, p => p.RequireAuthenticatedUser()
                .AddRequirements(new KrajScopeRequirement(KpssRoles.RegionalAdmin)))
            .AddPolicy(KpssPolicies.KrajCoordinator, p => p.RequireAuthenticatedUser()
                .AddRequirements(new KrajScopeRequirement(KpssRoles.RegionalAdmin, KpssRoles.Coordinator)))
            .AddPolicy(KpssPolicies.KrajWideCoordinator, p => p.RequireAuthenticatedUser()
                .AddRequirements(new KrajScopeRequirement(true, KpssRoles.RegionalAdmin, KpssRoles.Coordinator)))
            .AddPolicy(KpssPolicies.KrajParticipant, p => p.RequireAuthenticatedUser()
                .AddRequirements(new KrajScopeRequirement(KpssRoles.RegionalAdmin, KpssRoles.Coordinator, KpssRoles.Member, KpssRoles.ProviderEditor)));
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, KrajScopeHandler>();
    }

    internal static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    internal static System.Security.Cryptography.X509Certificates.X509Certificate2 LoadKeyCertificate(string path, string? password)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"DataProtection:CertificatePath: soubor certifikátu {path} neexistuje.");
        try
        {
            var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(path, password);
            if (!certificate.HasPrivateKey)
                throw new InvalidOperationException($"DataProtection:CertificatePath: certifikát {path} nemá soukromý klíč.");
            return certificate;
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath: certifikát {path} nelze otevřít (chybné heslo nebo poškozený soubor PFX).", ex);
        }
    }
}
