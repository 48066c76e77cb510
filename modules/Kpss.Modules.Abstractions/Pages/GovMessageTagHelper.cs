using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Kpss.Modules.Abstractions.Pages;

/// <summary>
/// The Gov Design System's message (notice) on a plain <c>p</c> or <c>div</c>:
/// <c>&lt;p gov-message="error" role="alert"&gt;Nic nebylo uloženo.&lt;/p&gt;</c> becomes
/// <c>&lt;div class="gov-message" data-color="error" data-type="subtle" role="alert"&gt;&lt;p&gt;Nic nebylo uloženo.&lt;/p&gt;&lt;/div&gt;</c>.
/// The content gets one wrapper of the original element, so that its text and inline parts flow as one block inside the
/// message's flex box. Colours: primary (information), success, warning, error.
/// </summary>
[HtmlTargetElement("p", Attributes = ColorAttribute)]
[HtmlTargetElement("div", Attributes = ColorAttribute)]
public sealed class GovMessageTagHelper : TagHelper
{
    private const string ColorAttribute = "gov-message";

    [HtmlAttributeName(ColorAttribute)]
    public string Color { get; set; } = "primary";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var inner = output.TagName;
        output.TagName = "div";
        var classes = output.Attributes.TryGetAttribute("class", out var existing) ? existing.Value + " gov-message" : "gov-message";
        output.Attributes.SetAttribute("class", classes);
        output.Attributes.SetAttribute("data-color", Color);
        output.Attributes.SetAttribute("data-type", "subtle");
        var content = await output.GetChildContentAsync();
        output.Content.SetHtmlContent($"<{inner} class=\"kpss-message__body\">");
        output.Content.AppendHtml(content);
        output.Content.AppendHtml($"</{inner}>");
    }
}
