using System.Security.Claims;

namespace Kpss.Modules.Abstractions.Pages;

/// <summary>How soon a desk item needs its coordinator.</summary>
public enum DeskUrgency
{
    /// <summary>Worth knowing (answers so far, a deadline in a few weeks).</summary>
    Info,
    /// <summary>To do soon (a draft not scheduled, a meeting this week).</summary>
    Soon,
    /// <summary>Overdue or failed (minutes missing after a meeting, an e-mail that could not be delivered).</summary>
    Now,
}

/// <summary>
/// One thing on a coordinator's desk: a Czech title, a line of detail, where to act and the action's words
/// ("Naplánovat", "Napsat zápis"), the date it is due (shown and sorted by), how urgent it is.
/// </summary>
public sealed record DeskItem(string Title, string? Detail, string Href, string Action, DateOnly? Due, DeskUrgency Urgency);

/// <summary>A group of items a module puts on the desk ("Jednání tento týden"), with what to say when it is empty.</summary>
public sealed record DeskSection(string Key, string Title, int Order, IReadOnlyList<DeskItem> Items, string Empty, Crumb? More = null);

/// <summary>The desk being drawn: whose, in which kraj, when.</summary>
public sealed record DeskContext(ClaimsPrincipal User, string KrajCode, string KrajSlug, DateTime NowUtc, DateOnly Today);

/// <summary>
/// A module's part of the coordinator's desk (<c>/{kraj}/prehled</c>), the page a coordinator lands on after signing
/// in. Runs in a request of the kraj (its query filters apply); one or two queries, no more. A contributor returns only
/// sections for what the user may act on (a process-narrowed coordinator: their processes) and none when the user has
/// no part in it. Plans and Evaluation add theirs the same way; the desk knows none of them.
/// </summary>
public interface IDeskContributor
{
    Task<IReadOnlyList<DeskSection>> SectionsAsync(DeskContext desk, CancellationToken ct);
}
