using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kpss.Host.Platform;

/// <summary>
/// A JSON API request the framework could not bind — a body that is not JSON, a field of the wrong type, a value out
/// of range or not one of its list, a query value that does not parse — answered as a Czech validation problem that
/// names the field (<c>errors: { "orpCsuCode": ["…musí být celé číslo…"] }</c>), so that an integrator sees what to
/// mend, as they do for the use cases' own refusals. The framework throws these (<c>ThrowOnBadRequest</c>) instead
/// of answering a bare 400; another status it throws (413: a body over the limit) gets its Czech problem document.
/// </summary>
internal sealed partial class ApiBadRequests(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException e) when (PlatformServices.IsApi(http.Request) && !http.Response.HasStarted)
        {
            http.Response.Clear();
            if (e.StatusCode != StatusCodes.Status400BadRequest)
            {
                var (title, detail) = ApiProblems.Of(e.StatusCode);
                await Results.Problem(statusCode: e.StatusCode, title: title, detail: detail).ExecuteAsync(http);
                return;
            }
            var (field, message) = Describe(e);
            await Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Požadavek nelze přečíst", detail: message)
                .ExecuteAsync(http);
        }
    }

    /// <summary>The field (JSON path below the body, or the parameter) and what is wrong with it, in Czech.</summary>
    public static (string Field, string Message) Describe(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json)
        {
            var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "";
            if (field.Length == 0)
                return ("$", "Tělo požadavku není jeden platný objekt JSON s poli, která volání popisuje (/openapi/v1.json).");
            var target = ConvertedTo().Match(json.Message) is { Success: true } m ? FindType(m.Groups[1].Value) : null;
            return (field, $"Pole „{field}“ {Expected(target)}");
        }
        if (BindFailed().Match(e.Message) is { Success: true } bind)
            return (bind.Groups[2].Value, $"Parametr „{bind.Groups[2].Value}“ má neplatnou hodnotu „{bind.Groups[3].Value}“.");
        if (Required().Match(e.Message) is { Success: true } required)
            return (required.Groups[2].Value, $"Chybí povinný parametr „{required.Groups[2].Value}“.");
        return ("$", "Požadavek nelze přečíst: tělo není platný JSON, nebo hodnota v něm má špatný typ či je mimo rozsah.");
    }

    private static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is null) return "má špatný typ nebo tvar.";
        if (type.IsEnum) return $"musí být jedna z hodnot: {string.Join(", ", Enum.GetNames(type))}.";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
            return $"musí být celé číslo od {Min(type)} do {Max(type)}.";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float)) return "musí být číslo v rozsahu, který platforma přijme.";
        if (type == typeof(bool)) return "musí být true nebo false.";
        if (type == typeof(string)) return "musí být text.";
        if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)) return "musí být datum ve tvaru RRRR-MM-DD.";
        if (type == typeof(TimeOnly)) return "musí být čas ve tvaru HH:MM.";
        if (type == typeof(Guid)) return "musí být identifikátor GUID.";
        if (type != typeof(string) && type.GetInterface("System.Collections.IEnumerable") is not null) return "musí být seznam [ … ].";
        return "musí být objekt { … } s poli, která volání popisuje (/openapi/v1.json).";
    }

    private static string Min(Type type) => Convert.ToString(type.GetField("MinValue")!.GetValue(null), CultureInfo.GetCultureInfo("cs-CZ"))!;

    private static string Max(Type type) => Convert.ToString(type.GetField("MaxValue")!.GetValue(null), CultureInfo.GetCultureInfo("cs-CZ"))!;

    /// <summary>The type System.Text.Json names ("System.Nullable`1[Kpss.Meetings.Domain.MeetingKind]"), from the loaded assemblies.</summary>
    private static Type? FindType(string name)
    {
        var nullable = NullableOf().Match(name);
        var plain = nullable.Success ? nullable.Groups[1].Value : name;
        var type = Type.GetType(plain) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(plain)).FirstOrDefault(t => t is not null);
        return type is not null && nullable.Success ? typeof(Nullable<>).MakeGenericType(type) : type;
    }

    [GeneratedRegex(@"converted to ([^\s.][^\s]*?)\.\s*Path", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"^System\.Nullable`1\[\[?([^,\]]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NullableOf();

    [GeneratedRegex(@"Failed to bind parameter ""(.+) (\w+)"" from ""(.*)""", RegexOptions.CultureInvariant)]
    private static partial Regex BindFailed();

    [GeneratedRegex(@"Required parameter ""(.+) (\w+)"" was not provided", RegexOptions.CultureInvariant)]
    private static partial Regex Required();
}
