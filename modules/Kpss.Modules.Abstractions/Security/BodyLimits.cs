namespace Kpss.Modules.Abstractions.Security;

/// <summary>
/// How large a request's body may be. Every endpoint gets the platform's default (<c>Limits:RequestBodyKb</c>, 1 MB:
/// forms and JSON are far smaller); an endpoint that takes files says its own with <see cref="LargeBodyAttribute"/>.
/// </summary>
public static class BodyLimits
{
    /// <summary>A catalogue or member import: a whole register as JSON or CSV.</summary>
    public const long Import = 50L * 1024 * 1024;

    /// <summary>A group's members as CSV.</summary>
    public const long Members = 5L * 1024 * 1024;
}

/// <summary>The endpoint (page or API) takes bodies up to <paramref name="bytes"/> (instead of the platform's default).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class LargeBodyAttribute(long bytes) : Attribute
{
    public long Bytes { get; } = bytes;
}
