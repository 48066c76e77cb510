using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Kpss.Modules.Abstractions.Pages;

/// <summary>
/// The Gov Design System's button on a plain <c>button</c> or <c>a</c>: <c>&lt;button type="submit" gov="solid"&gt;Uložit&lt;/button&gt;</c>
/// becomes <c>&lt;button class="gov-button" data-type="solid" data-color="primary" data-size="m"&gt;&lt;span class="element"&gt;Uložit&lt;/span&gt;…</c>,
/// the markup its CSS styles. <c>gov</c>: solid (the page's main action), outlined (the others), base, link;
/// <c>gov-color</c>: primary (default) or error (destructive actions).
/// </summary>
[HtmlTargetElement("button", Attributes = LookAttribute)]
[HtmlTargetElement("a", Attributes = LookAttribute)]
public sealed class GovButtonTagHelper : TagHelper
{
    private const string LookAttribute = "gov";

    [HtmlAttributeName(LookAttribute)]
    public string Look { get; set; } = "solid";

    [HtmlAttributeName("gov-color")]
    public string Color { get; set; } = "primary";

    [HtmlAttributeName("gov-size")]
    public string Size { get; set; } = "m";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes.TryGetAttribute("class", out var existing) ? existing.Value + " gov-button" : "gov-button";
        output.Attributes.SetAttribute("class", classes);
        output.Attributes.SetAttribute("data-type", Look);
        output.Attributes.SetAttribute("data-color", Color);
        output.Attributes.SetAttribute("data-size", Size);
        var content = await output.GetChildContentAsync();
        output.Content.SetHtmlContent("<span class=\"element\">");
        output.Content.AppendHtml(content);
        output.Content.AppendHtml("</span>");
    }
}
