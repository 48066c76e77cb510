using System.Collections.Concurrent;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Notifications.Messages;

internal sealed record RenderedMessage(string Kind, string Subject, string Text, string Html, string? CalendarMethod, string? Calendar);

/// <summary>
/// Writes a message: the sending module's template (found by the content's type) gives subject, body and calendar
/// part; <see cref="MessageLayout"/> adds the greeting and the footer.
/// </summary>
internal sealed class MessageRenderer(IServiceProvider services, PreferenceTokens preferences, KpssClock clock)
{
    private delegate MessageDraft WriteDraft(IServiceProvider services, NotificationContent content, MessageContext context);

    private static readonly ConcurrentDictionary<Type, WriteDraft> Writers = new();

    public RenderedMessage Render(NotificationContent content, Recipient to)
    {
        var write = Writers.GetOrAdd(content.GetType(), static type => (WriteDraft)Delegate.CreateDelegate(typeof(WriteDraft),
            typeof(MessageRenderer).GetMethod(nameof(WriteWith), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type)));
        var draft = write(services, content, new MessageContext(to, clock.GetUtcNow().UtcDateTime));
        if (string.IsNullOrWhiteSpace(draft.Subject))
            throw new InvalidOperationException($"The template for {content.GetType().Name} wrote no subject.");
        var (text, html) = MessageLayout.Write(to, draft.Body, draft.Contact, preferences.SettingsUrl(to.Email),
            optional: content.Category != NotificationCategory.Essential);
        return new RenderedMessage(draft.Kind, draft.Subject, text, html, draft.Calendar?.Method, draft.Calendar?.Content);
    }

    private static MessageDraft WriteWith<TContent>(IServiceProvider services, NotificationContent content, MessageContext context)
        where TContent : NotificationContent =>
        (services.GetService<IMessageTemplate<TContent>>()
         ?? throw new InvalidOperationException(
             $"No message template for {typeof(TContent).FullName}: the module that sends it registers one with services.AddMessageTemplate<{typeof(TContent).Name}, …>()."))
        .Write((TContent)content, context);
}
