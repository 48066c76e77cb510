using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// Fills a route with the seeded kraj's real values: the kraj by its slug and every id by what it names — the
/// parameter's name, or for a bare <c>{id}</c> the literal before it (<c>jednani/{id}</c> is a meeting). A route with a
/// parameter this does not know fails the sweep with the parameter named: one line here, not a new test.
/// </summary>
public static class RouteValues
{
    /// <summary>A parameter's name → the kind of seeded row it takes.</summary>
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["meetingId"] = "meeting", ["groupId"] = "group", ["processId"] = "process", ["planId"] = "plan", ["itemId"] = "planItem",
        ["requestId"] = "changeRequest", ["commentId"] = "comment", ["runId"] = "importRun", ["job"] = "importRun", ["pluginId"] = "plugin", ["year"] = "year",
        ["roundId"] = "round", ["recordId"] = "record",
    };

    /// <summary>For <c>{id}</c> and <c>{key}</c>: the literal segment before it → the kind of seeded row.</summary>
    private static readonly Dictionary<string, string> ByLiteral = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jednani"] = "meeting", ["zapisy"] = "meeting", ["skupiny"] = "group", ["procesy"] = "process", ["katalog"] = "service",
        ["moje-sluzby"] = "service", ["plany"] = "plan", ["priprava"] = "plan", ["kapitoly"] = "chapter", ["kalendar"] = "deadline",
        ["hodnoceni"] = "round",
    };

    /// <summary>Values that are not rows: a settlement's edition, an error page's code, a signed token (well-formed, not issued).</summary>
    private static readonly Dictionary<string, string> Constants = new(StringComparer.OrdinalIgnoreCase)
    {
        ["edition"] = "1", ["code"] = "404", ["token"] = "q7Xk2mVb9RtLw4ZpNc8Hs3Ye6Ju1Fa5Dg0Ko",
    };

    /// <summary>Kinds of value that are not a kraj's rows: the platform's plugins and their deadlines, years.</summary>
    private static readonly HashSet<string> Shared = ["plugin", "deadline", "year"];

    /// <summary>Whether the route names a row of the seeded kraj (not only the kraj, a plugin or a year).</summary>
    public static bool HasEntityIds(RoutePattern route)
    {
        string? literal = null;
        foreach (var part in route.PathSegments.SelectMany(s => s.Parts))
        {
            if (part is RoutePatternLiteralPart l)
                literal = l.Content;
            else if (part is RoutePatternParameterPart p && p.Name != "kraj"
                     && !Shared.Contains(ByName.GetValueOrDefault(p.Name) ?? (literal is null ? "" : ByLiteral.GetValueOrDefault(literal) ?? "")))
                return true;
        }
        return false;
    }

    public static bool HasKraj(RoutePattern route) => route.Parameters.Any(p => p.Name == "kraj");

    /// <summary>A route of a planning process's own data (Meetings: processes, groups and their members, meetings with
    /// their attendance and minutes; Plans: the seeded plan is the process's community plan; Evaluation: the seeded round
    /// monitors a plan of the process), which a coordinator narrowed to another process must not reach.</summary>
    public static bool IsOfAProcess(RoutePattern route) =>
        route.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>().Any(l => l.Content is "procesy" or "skupiny" or "jednani" or "plany" or "hodnoceni");

    /// <summary>The path with <paramref name="kraj"/> as the kraj and the seeded ids; null and <paramref name="unknown"/>
    /// set when a parameter is not known.</summary>
    public static string? Fill(RoutePattern route, string kraj, IReadOnlyDictionary<string, string> ids, out string? unknown)
    {
        unknown = null;
        var path = new StringBuilder();
        string? literal = null;
        foreach (var segment in route.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart l:
                        path.Append(l.Content);
                        literal = l.Content;
                        break;
                    case RoutePatternSeparatorPart s:
                        path.Append(s.Content);
                        break;
                    case RoutePatternParameterPart p:
                        var value = p.Name == "kraj" ? kraj
                            : CommentsOf(route) && p.Name is "planId" or "id" && literal is "plany" or "priprava" ? ids.GetValueOrDefault("commentedPlan")
                            : RefreshOf(route) && p.Name is "planId" or "id" && literal is "plany" or "priprava" ? ids.GetValueOrDefault("actionPlan")
                            : ValueOf(p.Name, literal, ids);
                        if (value is null)
                        {
                            unknown = $"{{{p.Name}}} after '{literal}'";
                            return null;
                        }
                        path.Append(Uri.EscapeDataString(value));
                        break;
                }
            }
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    /// <summary>A route of a plan's comments, their settlement or a year of a frozen edition: its plan is the seeded plan in
    /// comment (the draft has no comments and no frozen edition).</summary>
    private static bool CommentsOf(RoutePattern route) =>
        route.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>().Any(l => l.Content is "pripominky" or "vyporadani" or "rok");

    /// <summary>A route of an action plan's refresh from its parent: its plan is the seeded action plan.</summary>
    private static bool RefreshOf(RoutePattern route) =>
        route.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>().Any(l => l.Content == "z-nadrazeneho");

    private static string? ValueOf(string name, string? literal, IReadOnlyDictionary<string, string> ids)
    {
        if (Constants.TryGetValue(name, out var constant))
            return constant;
        var kind = ByName.GetValueOrDefault(name) ?? (name is "id" or "key" && literal is not null ? ByLiteral.GetValueOrDefault(literal) : null);
        return kind is null ? null : ids.GetValueOrDefault(kind);
    }
}
