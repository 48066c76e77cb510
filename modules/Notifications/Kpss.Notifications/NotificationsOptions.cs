namespace Kpss.Notifications;

/// <summary>Configuration section <c>Notifications</c>.</summary>
internal sealed class NotificationsOptions
{
    /// <summary>Run the dispatch job in this host (turn off for a host that must not send).</summary>
    public bool DispatchEnabled { get; set; } = true;

    /// <summary>How often the dispatch job looks for due messages.</summary>
    public int PollSeconds { get; set; } = 5;

    public int BatchSize { get; set; } = 50;

    /// <summary>Messages sent at once (each on its own SMTP connection).</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>After this many failed attempts a message is marked failed and waits for "send again".</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each next one twice as long, up to <see cref="MaxRetrySeconds"/>.</summary>
    public int FirstRetrySeconds { get; set; } = 30;

    public int MaxRetrySeconds { get; set; } = 3600;

    /// <summary>How long a host holds the messages it claimed before another host may take them over.</summary>
    public int LeaseSeconds { get; set; } = 300;
}
