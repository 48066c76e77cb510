namespace Kpss.Meetings.Services;

/// <summary>The outcome of a use case: done, or Czech messages by field (nothing was written then).</summary>
internal sealed class OperationResult
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

    public static OperationResult Stale() =>
        new OperationResult { Conflict = true }.Add("", "Mezitím to změnil někdo jiný. Načtěte stránku znovu a změnu zopakujte.");
}
