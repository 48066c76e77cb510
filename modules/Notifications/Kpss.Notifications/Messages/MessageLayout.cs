using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Kpss.Notifications.Contracts;

namespace Kpss.Notifications.Messages;

/// <summary>
/// The look every message shares: the greeting, a module's blocks as plain text and as HTML side by side, and the
/// footer with the contact and the link to the recipient's notification settings.
/// </summary>
internal static class MessageLayout
{
    // Czech letters stay letters; only what HTML needs escaped is escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static (string Text, string Html) Write(Recipient to, MessageBody body, Recipient? contact, string settingsUrl, bool optional)
    {
        var text = new StringBuilder();
        var html = new StringBuilder();
        var greeting = string.IsNullOrWhiteSpace(to.Name) ? "Dobrý den," : $"Dobrý den, {to.Name},";
        text.Append(greeting).Append("\n\n");
        html.Append("<!DOCTYPE html><html lang=\"cs\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;line-height:1.5\">");
        html.Append("<p>").Append(E(greeting)).Append("</p>");
        foreach (var block in body.Blocks)
            Block(block, text, html);
        Footer(text, html, settingsUrl, contact, optional);
        html.Append("</body></html>");
        return (text.ToString(), html.ToString());
    }

    private static void Block(MessageBlock block, StringBuilder text, StringBuilder html)
    {
        switch (block)
        {
            case MessageBlock.Paragraph p:
                text.Append(p.Text).Append("\n\n");
                html.Append("<p>").Append(E(p.Text)).Append("</p>");
                break;
            case MessageBlock.Quote q:
                text.Append(q.Text).Append("\n\n");
                html.Append("<div style=\"white-space:pre-wrap;border-left:3px solid #0b4f8a;padding-left:1em\">").Append(E(q.Text)).Append("</div>");
                break;
            case MessageBlock.Link l:
                text.Append(l.Label).Append(": ").Append(l.Url).Append("\n\n");
                html.Append("<p><a href=\"").Append(E(l.Url)).Append("\">").Append(E(l.Label)).Append("</a></p>");
                break;
            case MessageBlock.Facts f:
                foreach (var fact in f.Lines)
                    text.Append(fact.Label).Append(": ").Append(fact.Value).Append('\n');
                text.Append('\n');
                html.Append("<table role=\"presentation\">");
                foreach (var fact in f.Lines)
                    html.Append("<tr><th align=\"left\" style=\"padding-right:1em\">").Append(E(fact.Label)).Append("</th><td>")
                        .Append(fact.IsUrl ? $"<a href=\"{E(fact.Value)}\">{E(fact.Value)}</a>" : E(fact.Value)).Append("</td></tr>");
                html.Append("</table>");
                break;
            case MessageBlock.NumberedList list when list.Items.Count > 0:
                text.Append(list.Heading).Append(":\n");
                html.Append("<p><strong>").Append(E(list.Heading)).Append("</strong></p><ol>");
                var n = 1;
                foreach (var item in list.Items)
                {
                    text.Append(n++).Append(". ").Append(item).Append('\n');
                    html.Append("<li>").Append(E(item)).Append("</li>");
                }
                text.Append('\n');
                html.Append("</ol>");
                break;
            case MessageBlock.NumberedList:
                break;
            case MessageBlock.Choices c:
                text.Append(c.Prompt).Append('\n');
                foreach (var link in c.Links)
                    text.Append(link.Label).Append(": ").Append(link.Value).Append('\n');
                text.Append('\n');
                html.Append("<p>").Append(E(c.Prompt)).Append("</p><p>")
                    .AppendJoin(' ', c.Links.Select(link => Button(link.Label, link.Value))).Append("</p>");
                break;
            default:
                throw new ArgumentException($"No layout for the block {block.GetType().Name}.", nameof(block));
        }
    }

    private static void Footer(StringBuilder text, StringBuilder html, string settingsUrl, Recipient? contact, bool optional)
    {
        var ask = contact is null ? "" : $"Dotazy: {contact.Name ?? contact.Email} <{contact.Email}>\n";
        var settings = optional
            ? "Připomínky si můžete vypnout v nastavení oznámení"
            : "Nastavení oznámení (např. vypnutí připomínek)";
        text.Append("-- \n").Append(ask).Append(settings).Append(": ").Append(settingsUrl).Append('\n');
        html.Append("<hr><p style=\"font-size:90%;color:#444\">");
        if (contact is not null)
            html.Append("Dotazy: ").Append(E(contact.Name ?? contact.Email)).Append(" &lt;<a href=\"mailto:")
                .Append(E(contact.Email)).Append("\">").Append(E(contact.Email)).Append("</a>&gt;<br>");
        html.Append("<a href=\"").Append(E(settingsUrl)).Append("\">").Append(E(settings)).Append("</a></p>");
    }

    private static string Button(string label, string url) =>
        $"<a href=\"{E(url)}\" style=\"display:inline-block;padding:8px 16px;background:#0b4f8a;color:#fff;text-decoration:none;border-radius:3px\">{E(label)}</a>";

    private static string E(string value) => Encoder.Encode(value);
}
