namespace Kpss.Architecture.Tests;

/// <summary>
/// Who may reference whom. The host never references a module or a plugin; a module reaches other modules only
/// through their Contracts; a plugin references only abstractions and contracts.
/// </summary>
public static class ArchitectureRules
{
    private static readonly Dictionary<ProjectKind, ProjectKind[]> Allowed = new()
    {
        [ProjectKind.Host] = [ProjectKind.ModuleAbstractions, ProjectKind.PluginAbstractions, ProjectKind.Contracts],
        [ProjectKind.Module] = [ProjectKind.ModuleAbstractions, ProjectKind.PluginAbstractions, ProjectKind.Contracts],
        [ProjectKind.Contracts] = [ProjectKind.ModuleAbstractions, ProjectKind.Contracts],
        // The kernel builds on its plain types (Kpss.Modules.Primitives, which references nothing: KernelWeightTests).
        [ProjectKind.ModuleAbstractions] = [ProjectKind.ModuleAbstractions],
        [ProjectKind.PluginAbstractions] = [],
        [ProjectKind.Plugin] = [ProjectKind.PluginAbstractions, ProjectKind.ModuleAbstractions, ProjectKind.Contracts],
    };

    /// <summary>Every reference that breaks the rules, as "A (Kind) → B (Kind)".</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyList<ProjectNode> projects)
    {
        var byName = projects.ToDictionary(p => p.Name);
        var violations = new List<string>();
        foreach (var project in projects)
        {
            if (!Allowed.TryGetValue(project.Kind, out var allowed))
                continue; // tests and build tools may reference anything
            foreach (var reference in project.References)
            {
                var kind = byName.TryGetValue(reference, out var target)
                    ? target.Kind
                    : Solution.KindOf(GuessPath(reference), reference);
                if (!allowed.Contains(kind))
                    violations.Add($"{project.Name} ({project.Kind}) → {reference} ({kind})");
            }
        }
        return violations;
    }

    /// <summary>
    /// Kpss assembly references in built output that the rules forbid; a reference a project file does not show
    /// (e.g. a DLL copied by hand) shows here.
    /// </summary>
    public static IReadOnlyList<string> AssemblyViolations(string assemblyName, ProjectKind kind, IEnumerable<string> kpssReferences)
    {
        var allowed = Allowed[kind];
        return kpssReferences
            .Where(r => !allowed.Contains(Solution.KindOf(GuessPath(r), r)))
            .Select(r => $"{assemblyName} ({kind}) references assembly {r}")
            .ToList();
    }

    private static string GuessPath(string name) => name switch
    {
        _ when name.StartsWith("Kpss.Kraj.", StringComparison.Ordinal) || name == "Kpss.Plugins.Abstractions" => "plugins/" + name,
        "Kpss.Host" => "host/" + name,
        _ when name.EndsWith(".Tests", StringComparison.Ordinal) => "tests/" + name,
        _ => "modules/" + name,
    };
}
