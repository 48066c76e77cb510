namespace Kpss.Modules.Abstractions.Pages;

/// <summary>One line of a kraj home page section: what, when or where, and a link to it.</summary>
public sealed record HomeEntry(string Title, string? Detail, string Href);

/// <summary>A search box on the kraj's home page: the page it submits to (GET), the query parameter and its label.</summary>
public sealed record HomeSearch(string Action, string Parameter, string Label, string Button);

/// <summary>
/// A module's section of a kraj's public home page (<c>/{kraj}</c>): a Czech heading, its entries (or what to say
/// when there are none), a link to everything, optionally a search box. Public: no entry may carry what only members see.
/// </summary>
public sealed record HomeSection(string Key, string Title, int Order, IReadOnlyList<HomeEntry> Entries, string Empty,
    Crumb? More = null, HomeSearch? Search = null);

/// <summary>
/// A module's part of a kraj's public home page. Runs in a request of the kraj (its query filters apply) for anonymous
/// visitors too; one query, no more, and whatever may be cached is the module's to cache.
/// </summary>
public interface IKrajHomeContributor
{
    Task<IReadOnlyList<HomeSection>> SectionsAsync(string krajCode, string krajSlug, DateTime nowUtc, CancellationToken ct);
}
