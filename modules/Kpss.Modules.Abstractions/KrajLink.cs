namespace Kpss.Modules.Abstractions;

/// <summary>
/// A link a module adds to every kraj's page, e.g. ("Plánovací procesy", "procesy", KpssPolicies.KrajCoordinator):
/// shown as <c>/{kraj}/{Path}</c> to users who satisfy <see cref="Policy"/> (everyone when null). A policy is for signed-in
/// users only: the layout does not evaluate it for a visitor (the public pages stay cheap), so a link for visitors has none.
/// </summary>
public sealed record KrajLink(string Title, string Path, string? Policy, int Order = 100);
