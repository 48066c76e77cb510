using Kpss.Host.Platform.Identity;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Kpss.Host.Shared;

public sealed record NavLink(string Title, string Href, bool Current);

/// <summary>What the shared layout shows around a page.</summary>
public sealed record LayoutView(
    KrajInfo? Kraj, IReadOnlyList<KrajInfo> OtherKraje, IReadOnlyList<NavLink> Links, IReadOnlyList<Crumb> Crumbs, string Title, string? DeskHref);

/// <summary>
/// The layout's navigation: the request's kraj (always visible on its pages), the other kraje the user has a role in
/// (the kraj switcher), the kraj's links the user may follow (each module's <see cref="KrajLink"/>s, current one
/// marked), and the breadcrumb: home, the kraj, the page's own trail (<see cref="PageChrome"/>), the page.
/// </summary>
public sealed class LayoutNavigation(IKrajDirectory kraje, IAuthorizationService authorization, IEnumerable<KrajLink> links)
{
    private readonly KrajLink[] ordered = links.OrderBy(l => l.Order).ToArray();

    public async Task<LayoutView> ForAsync(HttpContext http, ViewDataDictionary viewData)
    {
        var user = http.User;
        var kraj = http.Items[typeof(KrajInfo)] as KrajInfo;
        var title = viewData.Title();
        var mine = KrajeOf(user);
        var other = mine.Where(k => k.Code != kraj?.Code).ToList();

        var nav = new List<NavLink>();
        if (kraj is not null)
        {
            var path = http.Request.Path.Value ?? "";
            var visible = new List<(KrajLink Link, string Href)>();
            var signedIn = user.Identity?.IsAuthenticated == true;
            foreach (var link in ordered)
                if (link.Policy is null || (signedIn && (await authorization.AuthorizeAsync(user, link.Policy)).Succeeded))
                    visible.Add((link, $"/{kraj.Slug}/{link.Path}"));
            var current = visible.Where(v => path == v.Href || path.StartsWith(v.Href + "/", StringComparison.Ordinal))
                .OrderByDescending(v => v.Href.Length).Select(v => v.Href).FirstOrDefault();
            nav.AddRange(visible.Select(v => new NavLink(v.Link.Title, v.Href, v.Href == current)));
        }

        var crumbs = new List<Crumb> { new("Úvod", "/") };
        if (kraj is not null && title != kraj.Name)
            crumbs.Add(new Crumb(kraj.Name, $"/{kraj.Slug}"));
        foreach (var c in viewData.Trail())
            crumbs.Add(c.Href is { } href && href.StartsWith("~/", StringComparison.Ordinal) && kraj is not null
                ? c with { Href = $"/{kraj.Slug}/{href[2..]}" } : c);
        if (title.Length > 0 && http.Request.Path != "/")
            crumbs.Add(new Crumb(title));

        // Where "Můj přehled" leads: the desk of this kraj when the user coordinates here, else the desk chooser.
        string? desk = null;
        if (user.Identity?.IsAuthenticated == true)
            desk = kraj is not null && CoordinatesIn(user, kraj.Code) ? $"/{kraj.Slug}/prehled" : "/prehled";
        return new LayoutView(kraj, other, nav, crumbs.Count > 1 ? crumbs : [], title, desk);
    }

    /// <summary>The kraje where the user holds any role (every kraj for the platform admin), in the directory's order.</summary>
    public IReadOnlyList<KrajInfo> KrajeOf(System.Security.Claims.ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return [];
        if (user.IsPlatformAdmin()) return kraje.Kraje;
        var codes = user.FindAll(KpssClaimTypes.Scope).Select(c => c.Value.Split(':')).Where(p => p.Length >= 2).Select(p => p[1]).ToHashSet();
        return kraje.Kraje.Where(k => codes.Contains(k.Code)).ToList();
    }

    /// <summary>Coordinators and regional admins of the kraj (also narrowed to a process) and the platform admin have a desk there.</summary>
    public static bool CoordinatesIn(System.Security.Claims.ClaimsPrincipal user, string krajCode) =>
        user.IsPlatformAdmin() || user.HasRoleIn(KpssRoles.RegionalAdmin, krajCode) || user.HasRoleIn(KpssRoles.Coordinator, krajCode);
}
