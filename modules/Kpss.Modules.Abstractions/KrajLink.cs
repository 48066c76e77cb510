namespace Kpss.Modules.Abstractions;

/// <summary>
/// A link a module adds to every kraj's page, e.g. ("Plánovací procesy", "procesy", KpssPolicies.KrajCoordinator):
/// shown as <c>/{kraj}/{Path}</c> to users who satisfy <see cref="Policy"/> (everyone when null).
/// </summary>
public sealed record KrajLink(string Title, string Path, string? Policy, int Order = 100);
