using System.Net;
using System.Text.RegularExpressions;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// The forms a page shows its owner, read from the page as it is rendered: for each page handler (<c>?handler=</c>, or
/// the page's own POST) the fields of its first form with their values — hidden ids, pre-filled inputs, the selected
/// option, checked boxes. Posting them is what the owner's browser would send, so a refusal of the same body to someone
/// else is for who they are, not for an empty form.
/// </summary>
public static partial class PageForms
{
    /// <summary>Call (as <see cref="SweptCall.ToString"/>) → the fields its form sends (without the antiforgery token).</summary>
    public static async Task<Dictionary<string, Dictionary<string, string>>> ReadAsync(HttpClient owner, IEnumerable<SweptCall> calls,
        Func<SweptCall, string?> pathOf, Func<string, string?> queryOf)
    {
        var forms = new Dictionary<string, Dictionary<string, string>>();
        foreach (var page in calls.Where(c => c.IsPage && c.Writes).GroupBy(c => c.Route.RawText))
        {
            var first = page.First();
            var path = pathOf(first);
            if (path is null) continue;
            var query = queryOf($"GET {first.Route.RawText}");
            using var response = await owner.GetAsync(query is null ? path : $"{path}?{query}");
            if (response.StatusCode != HttpStatusCode.OK) continue;
            var html = await response.Content.ReadAsStringAsync();
            foreach (var call in page)
            {
                if (Find(html, path, call.Handler) is { } fields)
                    forms[call.ToString()] = fields;
            }
        }
        return forms;
    }

    /// <summary>The fields of the first POST form in <paramref name="html"/> that goes to <paramref name="handler"/> of the
    /// page at <paramref name="path"/> (not the layout's sign-out form, nor another page's).</summary>
    public static Dictionary<string, string>? Find(string html, string path, string? handler)
    {
        foreach (Match form in FormTag().Matches(html))
        {
            var attributes = form.Groups[1].Value;
            if (!Attribute(attributes, "method").Equals("post", StringComparison.OrdinalIgnoreCase)) continue;
            var inner = form.Groups[2].Value;
            var targets = new[] { Attribute(attributes, "action") }
                .Concat(FormAction().Matches(inner).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
            if (!targets.Any(t => HandlerOf(t) == handler?.ToLowerInvariant() && IsPath(t, path))) continue;
            return Fields(inner);
        }
        return null;
    }

    private static bool IsPath(string action, string path)
    {
        var target = Uri.UnescapeDataString(action.Split('?')[0]).TrimEnd('/');
        var page = Uri.UnescapeDataString(path).TrimEnd('/');
        // A page whose route ends in an optional value ({job:guid?}) posts its form without it.
        return target.Length == 0 || string.Equals(target, page, StringComparison.OrdinalIgnoreCase)
            || page.StartsWith(target + "/", StringComparison.OrdinalIgnoreCase) && !page[(target.Length + 1)..].Contains('/');
    }

    private static string? HandlerOf(string action) =>
        HandlerInQuery().Match(action) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;

    private static Dictionary<string, string> Fields(string form)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputTag().Matches(form))
        {
            var a = input.Groups[1].Value;
            var name = Attribute(a, "name");
            var type = Attribute(a, "type").ToLowerInvariant();
            if (name.Length == 0 || name == "__RequestVerificationToken" || type is "submit" or "button" or "file" or "reset") continue;
            if (type is "checkbox" or "radio" && !HasFlag(a, "checked")) continue;
            fields.TryAdd(name, type is "checkbox" && Attribute(a, "value").Length == 0 ? "true" : Attribute(a, "value"));
        }
        foreach (Match area in TextArea().Matches(form))
            fields.TryAdd(Attribute(area.Groups[1].Value, "name"), WebUtility.HtmlDecode(area.Groups[2].Value));
        foreach (Match select in Select().Matches(form))
        {
            var options = Option().Matches(select.Groups[2].Value).ToList();
            var chosen = options.FirstOrDefault(o => HasFlag(o.Groups[1].Value, "selected")) ?? options.FirstOrDefault(o => Attribute(o.Groups[1].Value, "value").Length > 0);
            if (chosen is not null)
                fields.TryAdd(Attribute(select.Groups[1].Value, "name"), Attribute(chosen.Groups[1].Value, "value"));
        }
        return fields;
    }

    private static string Attribute(string attributes, string name) =>
        Regex.Match(attributes, $@"\b{name}=""([^""]*)""", RegexOptions.IgnoreCase) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : "";

    private static bool HasFlag(string attributes, string name) => Regex.IsMatch(attributes, $@"\b{name}\b(?!-)", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"<form\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex(@"\bformaction=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    [GeneratedRegex(@"[?&]handler=([A-Za-z0-9]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerInQuery();

    [GeneratedRegex(@"<input\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex(@"<textarea\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextArea();

    [GeneratedRegex(@"<select\b([^>]*)>(.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Select();

    [GeneratedRegex(@"<option\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Option();
}
