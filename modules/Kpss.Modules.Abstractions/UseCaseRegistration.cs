using System.Reflection;
using Autofac;

namespace Kpss.Modules.Abstractions;

/// <summary>
/// What Autofac buys a module: its use cases registered by convention from its assembly, so that adding a use case is
/// adding its folder. A handler is the class in namespace <c>….UseCases.&lt;UseCase&gt;</c> named <c>&lt;UseCase&gt;</c>
/// (<c>UseCases/ApprovePlan/ApprovePlan.cs</c>); static classes, which only map a read's endpoint, are not services.
/// One instance per request, like a DbContext.
/// </summary>
public static class UseCaseRegistration
{
    public static void RegisterUseCases(this ContainerBuilder builder, Assembly assembly) =>
        builder.RegisterTypes(Handlers(assembly).ToArray()).AsSelf().InstancePerLifetimeScope();

    /// <summary>The assembly's use-case handlers, by the convention above.</summary>
    public static IReadOnlyList<Type> Handlers(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsNested: false, Namespace: { } ns }
                        && ns.Contains(".UseCases.", StringComparison.Ordinal) && ns[(ns.LastIndexOf('.') + 1)..] == t.Name)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
}
