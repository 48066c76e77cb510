using Kpss.Host.Platform.Modules;
using Kpss.Modules.Abstractions;
using Kpss.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

/// <summary>
/// Every module registers its use cases by convention through Autofac (<see cref="UseCaseRegistration"/>): each handler
/// the convention finds resolves in a request's scope with everything it needs, and the convention finds the handlers
/// the endpoints and pages ask for. (A handler it missed breaks the endpoints that take it — the framework reads a
/// parameter that is no service as a body and cannot build the route — or fails the first request of a page that asks
/// for it with [FromServices]; seen with Plans' registration removed.)
/// </summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class UseCaseRegistrationTests(SharedHost app) : IClassFixture<SharedHost>
{
    [Fact]
    public void EveryModulesHandlers_AreFoundByTheConvention_AndResolveInARequestScope()
    {
        var modules = app.Services.GetRequiredService<LoadedModules>().Modules;
        var handlers = modules.SelectMany(m => UseCaseRegistration.Handlers(m.GetType().Assembly)).ToList();
        var names = handlers.Select(h => h.Name).ToHashSet();
        foreach (var expected in new[] { "ApprovePlan", "CreatePlan", "AddItem", "ScheduleMeeting", "WriteMinutes", "ChangePreferences", "SetNetworkEntry", "AnswerComment" })
            Assert.Contains(expected, names);
        Assert.DoesNotContain(handlers, h => h.IsAbstract); // a static class that only maps a read's endpoint is no service
        Assert.DoesNotContain(handlers, h => h.Name.EndsWith("Model", StringComparison.Ordinal));

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Kpss.Modules.Abstractions.Tenancy.ITenantScopes>().ActIn("CZ031");
        var unresolved = new List<string>();
        foreach (var handler in handlers)
        {
            try
            {
                Assert.NotNull(scope.ServiceProvider.GetRequiredService(handler));
            }
            catch (Exception e) when (e is InvalidOperationException or Autofac.Core.DependencyResolutionException)
            {
                unresolved.Add($"{handler.FullName}: {e.Message}");
            }
        }
        Assert.True(unresolved.Count == 0, string.Join("\n", unresolved));
        Assert.True(handlers.Count >= 31, $"only {handlers.Count} handlers found"); // 31 on 2026-12-07: Meetings 13, Plans 16, Catalogue 1, Notifications 1
    }
}
