namespace Kpss.Notifications.Contracts;

/// <summary>
/// The body of a message as a list of blocks. The module says what to say; Notifications' layout writes each block as
/// plain text and as HTML (escaped), so every module's mail looks alike and no module writes HTML by hand.
/// </summary>
public sealed class MessageBody
{
    private readonly List<MessageBlock> _blocks = [];

    public IReadOnlyList<MessageBlock> Blocks => _blocks;

    public MessageBody Paragraph(string text) => Add(new MessageBlock.Paragraph(text));

    /// <summary>A quoted text kept with its line breaks (e.g. draft minutes).</summary>
    public MessageBody Quote(string text) => Add(new MessageBlock.Quote(text.Trim()));

    public MessageBody Link(string label, string url) => Add(new MessageBlock.Link(label, url));

    /// <summary>Label–value lines ("Kdy: …"); values that are URLs are written as links.</summary>
    public MessageBody Facts(params IEnumerable<Fact> facts) => Add(new MessageBlock.Facts([.. facts]));

    /// <summary>A numbered list under a heading ("Program:").</summary>
    public MessageBody NumberedList(string heading, IEnumerable<string> items) => Add(new MessageBlock.NumberedList(heading, [.. items]));

    /// <summary>A question answered by one of a few links (shown as buttons in HTML).</summary>
    public MessageBody Choices(string prompt, params IEnumerable<Fact> links) => Add(new MessageBlock.Choices(prompt, [.. links]));

    private MessageBody Add(MessageBlock block)
    {
        _blocks.Add(block);
        return this;
    }
}

/// <param name="IsUrl">Whether <paramref name="Value"/> is a link target.</param>
public sealed record Fact(string Label, string Value, bool IsUrl = false);

public abstract record MessageBlock
{
    private MessageBlock()
    {
    }

    public sealed record Paragraph(string Text) : MessageBlock;

    public sealed record Quote(string Text) : MessageBlock;

    public sealed record Link(string Label, string Url) : MessageBlock;

    public sealed record Facts(IReadOnlyList<Fact> Lines) : MessageBlock;

    public sealed record NumberedList(string Heading, IReadOnlyList<string> Items) : MessageBlock;

    public sealed record Choices(string Prompt, IReadOnlyList<Fact> Links) : MessageBlock;
}
