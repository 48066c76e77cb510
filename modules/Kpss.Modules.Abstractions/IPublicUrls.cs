namespace Kpss.Modules.Abstractions;

/// <summary>Absolute links for emails and feeds, also outside a request (jobs): <c>Platform:PublicUrl</c> or the request's host.</summary>
public interface IPublicUrls
{
    /// <summary>E.g. <c>Absolute("/pozvanka?t=…")</c> → <c>https://kpss.example.cz/pozvanka?t=…</c>.</summary>
    string Absolute(string pathAndQuery);
}
