using System.Text;
using System.Text.RegularExpressions;

namespace Kpss.Testing;

/// <summary>A small reader of the .eml files the mail transport writes: headers and decoded text parts.</summary>
public sealed partial class EmlMessage
{
    private EmlMessage(Dictionary<string, string> headers, List<(string ContentType, string Text)> parts)
    {
        Headers = headers;
        Parts = parts;
    }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public IReadOnlyList<(string ContentType, string Text)> Parts { get; }

    public string Subject => DecodeEncodedWords(Headers.GetValueOrDefault("Subject", ""));

    public string Text(string contentType) =>
        Parts.First(p => p.ContentType.StartsWith(contentType, StringComparison.OrdinalIgnoreCase)).Text;

    public static EmlMessage Load(string path) => Parse(File.ReadAllText(path, Encoding.ASCII));

    public static EmlMessage Parse(string raw)
    {
        var (headers, body) = SplitEntity(raw);
        var parts = new List<(string, string)>();
        CollectParts(headers, body, parts);
        return new EmlMessage(headers, parts);
    }

    private static void CollectParts(Dictionary<string, string> headers, string body, List<(string, string)> parts)
    {
        var contentType = headers.GetValueOrDefault("Content-Type", "text/plain");
        var boundary = BoundaryPattern().Match(contentType);
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && boundary.Success)
        {
            var delimiter = "--" + boundary.Groups[1].Value;
            foreach (var chunk in body.Split(delimiter).Skip(1))
            {
                if (chunk.StartsWith("--", StringComparison.Ordinal)) break;
                var (h, b) = SplitEntity(chunk.TrimStart('\r', '\n'));
                CollectParts(h, b, parts);
            }
            return;
        }
        var charset = CharsetPattern().Match(contentType) is { Success: true } m ? m.Groups[1].Value : "us-ascii";
        var bytes = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant() switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => Encoding.ASCII.GetBytes(body),
        };
        parts.Add((contentType, Encoding.GetEncoding(charset).GetString(bytes)));
    }

    private static (Dictionary<string, string>, string) SplitEntity(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = split < 0 ? raw : raw[..split];
        var body = split < 0 ? "" : raw[(split + 4)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in headerText.Split("\r\n"))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
                headers[last] += " " + line.Trim();
            else if (line.IndexOf(':') is var colon and > 0)
                headers[last = line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return (headers, body);
    }

    private static byte[] DecodeQuotedPrintable(string text)
    {
        var result = new List<byte>();
        text = text.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length)
            {
                result.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                result.Add((byte)text[i]);
            }
        }
        return result.ToArray();
    }

    private static string DecodeEncodedWords(string value) => EncodedWordPattern().Replace(value, m =>
    {
        var encoding = Encoding.GetEncoding(m.Groups[1].Value);
        var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Convert.FromBase64String(m.Groups[3].Value)
            : DecodeQuotedPrintable(m.Groups[3].Value.Replace('_', ' '));
        return encoding.GetString(bytes);
    }).Replace("?= =?", "", StringComparison.Ordinal);

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex("charset=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=(?:\s+(?==\?))?")]
    private static partial Regex EncodedWordPattern();
}
