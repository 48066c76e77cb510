using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kpss.Testing;

public sealed record ReceivedMail(string Path, EmlMessage Message)
{
    public string To => Message.Headers.GetValueOrDefault("To", "");

    public bool IsTo(string email) => To.Contains(email, StringComparison.OrdinalIgnoreCase);

    public string Subject => Message.Subject;

    /// <summary>The first link in the plain text that starts with <paramref name="prefix"/> (after the host).</summary>
    public string Link(string label)
    {
        var match = Regex.Match(Message.Text("text/plain"), $@"{Regex.Escape(label)}: (\S+)");
        Assert.True(match.Success, $"no '{label}:' link in the message");
        return match.Groups[1].Value;
    }
}

/// <summary>What the independent reader (tests/tools/read_invitations.py: Python's email + python3-icalendar) sees.</summary>
public sealed record ReadInvitation(string To, string Subject, ReadCalendar? Calendar);

public sealed record ReadCalendar(
    string Method, string ContentTypeMethod, string Uid, int Sequence, DateTimeOffset StartUtc, DateTimeOffset EndUtc, string? Tzid,
    string Organizer, IReadOnlyList<string> Attendees, string Status, string Summary, int Events, IReadOnlyList<string> Timezones);

public static class InvitationReader
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IReadOnlyList<ReadInvitation> Read(IEnumerable<ReceivedMail> mails)
    {
        var files = mails.Select(m => m.Path).ToList();
        if (files.Count == 0) return [];
        var script = System.IO.Path.Combine(RepoPaths.Root, "tests", "tools", "read_invitations.py");
        var info = new ProcessStartInfo("/usr/bin/python3", [script, .. files]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"read_invitations.py failed: {error}");
        return JsonSerializer.Deserialize<List<ReadInvitation>>(output, Json)!;
    }
}
