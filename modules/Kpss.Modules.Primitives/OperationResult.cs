namespace Kpss.Modules.Abstractions;

/// <summary>
/// The outcome of a use case, the same in every module: done (with the id of what it concerns), or Czech messages by
/// field (nothing was written then), or not found / forbidden / changed meanwhile. Pages and endpoints map it the one way
/// below (the HTTP mapping is in Kpss.Modules.Abstractions: <c>HttpStatus</c>, <c>ToHttpResult</c>).
/// </summary>
public sealed class OperationResult
{
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public bool Ok => Errors.Count == 0;

    /// <summary>The resource does not exist (in this kraj): a 404, not a validation error.</summary>
    public bool NotFound { get; private init; }

    /// <summary>The user may not do this here: a 403.</summary>
    public bool Forbidden { get; private init; }

    /// <summary>Someone else changed it meanwhile: a 409.</summary>
    public bool Conflict { get; private init; }

    public int? Id { get; init; }

    /// <summary>What the user should know of a write that went through (an IČO the catalogue does not know): said, not refused.</summary>
    public List<string> Warnings { get; } = [];

    public OperationResult Warn(IEnumerable<string> warnings)
    {
        Warnings.AddRange(warnings);
        return this;
    }

    public OperationResult Add(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var list))
            Errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public IEnumerable<string> AllMessages => Errors.SelectMany(e => e.Value);

    public Dictionary<string, string[]> ToDictionary() => Errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public static OperationResult Success(int? id = null) => new() { Id = id };

    public static OperationResult Missing(string message) => new OperationResult { NotFound = true }.Add("", message);

    public static OperationResult Denied(string message) => new OperationResult { Forbidden = true }.Add("", message);

    public static OperationResult Stale(string message = "Mezitím to změnil někdo jiný. Načtěte stránku znovu a změnu zopakujte.") =>
        new OperationResult { Conflict = true }.Add("", message);

    /// <summary>Czech messages by field (the field "" for the whole form).</summary>
    public static OperationResult Invalid(IReadOnlyDictionary<string, string[]> errors)
    {
        var result = new OperationResult();
        foreach (var (field, messages) in errors)
            foreach (var message in messages)
                result.Add(field, message);
        return result;
    }

    public static OperationResult Invalid(string field, string message) => new OperationResult().Add(field, message);
}
