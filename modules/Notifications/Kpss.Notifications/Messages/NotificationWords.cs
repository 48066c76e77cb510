using Kpss.Notifications.Data;

namespace Kpss.Notifications.Messages;

/// <summary>
/// The Czech words of the notifications, in one place: the pages' titles, what they say after a form, a message's
/// state. How every e-mail greets and ends is in <see cref="MessageLayout"/>; each module's e-mails are its own.
/// </summary>
internal static class NotificationWords
{
    /// <summary>The pages' titles, as the menu, the crumbs and the pages themselves say them.</summary>
    public static class Pages
    {
        public const string Settings = "Nastavení oznámení";
        public const string DeliveryLog = "Doručování e-mailů";
    }

    /// <summary>The notifications' section of the coordinator's desk.</summary>
    public static class Desk
    {
        public const string Failed = "Nedoručené e-maily";
        public static string AllDelivered(int days) => $"Za posledních {days} dní se doručily všechny e-maily.";
    }

    /// <summary>What a page says after its form did what was asked.</summary>
    public static class Done
    {
        public const string Saved = "Nastavení je uloženo.";
        public const string AllOff = "Připomínky a souhrny jsou vypnuté. Pozvánky na jednání vám budou chodit dál.";
        public const string Requeued = "Zpráva je znovu zařazena k odeslání.";
    }

    /// <summary>The answer to a mail client's one-click unsubscribe (RFC 8058).</summary>
    public const string UnsubscribedOneClick = "Připomínky a souhrny jsou vypnuté.";

    public const string LinkInvalid = "Odkaz je neplatný.";

    /// <summary>A message's state, as the delivery log and a person's data export say it.</summary>
    public static string Status(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "čeká na odeslání",
        OutboxStatus.Sent => "odesláno",
        OutboxStatus.Failed => "nedoručitelné",
        OutboxStatus.Cancelled => "zrušeno",
        OutboxStatus.Suppressed => "vypnuto příjemcem",
        _ => status.ToString(),
    };
}
