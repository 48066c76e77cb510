using System.Text.Json;
using Kpss.Host.UseCases.CorrectPlanningCalendar;
using Kpss.Host.UseCases.SwitchPlugins;
using Kpss.Host.Platform.Data;
using Kpss.Host.Platform.Demo;
using Kpss.Host.Platform.Modules;
using Kpss.Host.Platform.Plugins;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kpss.Host.Platform;

internal static class PlatformPipeline
{
    /// <summary>Before serving: migrations (when configured), plugins, demo data (when configured).</summary>
    public static async Task PrepareKpssAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Kpss.Startup");
        app.AttachJobsLogging();
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        logger.LogInformation("Database provider {Provider}", settings.Provider);
        if (settings.MigrateOnStart)
            await DatabaseSetup.MigrateAllAsync(app.Services, logger);

        app.Services.GetRequiredService<KeyRingWarmer>().Warm();

        var plugins = app.Services.GetRequiredService<PluginRegistry>().Plugins;
        logger.LogInformation("{Loaded} kraj plugins loaded, {Failed} failed",
            plugins.Count(p => p.IsLoaded), plugins.Count(p => !p.IsLoaded));

        if (app.Configuration.GetValue<bool>("Demo:Enabled"))
            await DemoData.SeedAsync(app.Services, logger);
    }

    public static WebApplication UseKpssPlatform(this WebApplication app)
    {
        app.UseKpssReverseProxy();
        app.UseKpssSecurityHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/chyba/500",
                // A body the server stopped reading (over its limit) is the client's 413, not our 500.
                StatusCodeSelector = e => e is BadHttpRequestException { StatusCode: 413 } ? 413 : 500,
            });
        app.UseWhen(ctx => !PlatformServices.IsApi(ctx.Request), a => a.UseStatusCodePagesWithReExecute("/chyba/{0}"));
        app.UseWhen(ctx => PlatformServices.IsApi(ctx.Request), a => a.UseStatusCodePages(ApiProblems.WriteAsync));
        app.UseKpssStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseMiddleware<BodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<TenantMiddleware>();
        app.UseMiddleware<AuditActorMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<ApiBadRequests>();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        // One trivial query: the floor cost of any database-backed answer (the catalogue benchmark's ceiling).
        app.MapGet("/health/ping", async (PlatformDbContext db, CancellationToken ct) =>
        {
            await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").SingleAsync(ct);
            return Results.Text("ok");
        }).AllowAnonymous().ExcludeFromDescription();
        app.UseKpssJobsDashboard();
        app.UseSwagger(o => o.RouteTemplate = "openapi/{documentName}.json");
        app.MapRazorPages();
        app.MapKrajeApi();
        app.MapPluginAdminApi();
        foreach (var module in app.Services.GetRequiredService<LoadedModules>().Modules)
            module.MapEndpoints(app);
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
