using Kpss.Modules.Abstractions.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kpss.Notifications.Contracts;

/// <summary>Writes one kind of message: its subject and body in Czech, and an optional calendar part.</summary>
/// <remarks>Runs when the message is queued, in the sender's transaction: keep it pure (no database, no network).</remarks>
public interface IMessageTemplate<in TContent> where TContent : NotificationContent
{
    MessageDraft Write(TContent content, MessageContext context);
}

/// <param name="To">Who the message goes to (templates that name the recipient in a calendar part need it).</param>
/// <param name="NowUtc">The platform clock's time of writing (the DTSTAMP of a calendar part).</param>
public sealed record MessageContext(Recipient To, DateTime NowUtc);

/// <summary>A message as its module writes it, before Notifications' greeting and footer.</summary>
/// <param name="Kind">Short stable name shown in the delivery log, e.g. <c>invitation-new</c>.</param>
public sealed record MessageDraft(string Kind, string Subject, MessageBody Body)
{
    /// <summary>Whom the recipient may ask (named in the footer); null: nobody in particular.</summary>
    public Recipient? Contact { get; init; }

    /// <summary>An iCalendar part (text/calendar) sent beside the text and HTML bodies.</summary>
    public CalendarPart? Calendar { get; init; }
}

public static class MessageTemplates
{
    /// <summary>Registers the template that writes <typeparamref name="TContent"/>; one per content type.</summary>
    public static IServiceCollection AddMessageTemplate<TContent, TTemplate>(this IServiceCollection services)
        where TContent : NotificationContent
        where TTemplate : class, IMessageTemplate<TContent>
    {
        services.TryAddSingleton<IMessageTemplate<TContent>, TTemplate>();
        services.AddSingleton(new MessageTemplateRegistration(typeof(TContent)));
        return services;
    }
}

/// <summary>Which content types have a template (lets the host check that every content type can be written).</summary>
public sealed record MessageTemplateRegistration(Type ContentType);
