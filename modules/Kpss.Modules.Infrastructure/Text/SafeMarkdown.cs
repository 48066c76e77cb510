using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kpss.Modules.Abstractions;

/// <summary>
/// Text people write in Markdown (minutes, a plan's chapters) shown as HTML with nothing executable left: raw HTML is escaped, and a link or
/// image may only point to http(s), mailto or a path on this site.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    /// <param name="markdown">The text as written.</param>
    /// <param name="headingsBelow">The level of the page's heading the text sits under: the text's "#" becomes the next
    /// level down (e.g. 3 makes "#" an h4), so the page's outline stays in order (at most h6).</param>
    public static string ToSafeHtml(string? markdown, int headingsBelow = 0)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, Pipeline);
        if (headingsBelow > 0)
        {
            foreach (var heading in document.Descendants<HeadingBlock>())
                heading.Level = Math.Min(6, heading.Level + headingsBelow);
        }
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
                link.Url = "#";
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url))
                link.Url = "#";
        }
        return document.ToHtml(Pipeline);
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)) return true;
        if (trimmed.StartsWith('#')) return true;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) &&
               (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);
    }
}
