using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Kpss.Modules.Abstractions.Pages;

/// <summary>
/// One step of a page's breadcrumb trail: its Czech text and its address; an address starting with <c>~/</c> is within the
/// request's kraj (<c>~/procesy</c> is <c>/jihocesky/procesy</c> there).
/// </summary>
public sealed record Crumb(string Text, string? Href = null);

/// <summary>
/// What a page tells the shared layout about itself: its Czech title (the browser's title and the breadcrumb's last
/// step) and the steps between the kraj (added by the layout on every <c>{kraj}</c> route) and the page. Every page
/// calls <see cref="Page"/> once, e.g. <c>ViewData.Page("Skupina", new Crumb("Plánovací procesy", "~/procesy"))</c>.
/// </summary>
public static class PageChrome
{
    private const string CrumbsKey = "Kpss.Crumbs";

    public static void Page(this ViewDataDictionary viewData, string title, params Crumb[] trail)
    {
        viewData["Title"] = title;
        viewData[CrumbsKey] = trail;
    }

    public static string Title(this ViewDataDictionary viewData) => viewData["Title"] as string ?? "";

    public static IReadOnlyList<Crumb> Trail(this ViewDataDictionary viewData) => viewData[CrumbsKey] as IReadOnlyList<Crumb> ?? [];
}
