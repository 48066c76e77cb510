namespace Kpss.Modules.Abstractions.Audit;

/// <summary>
/// Rows of this entity are the platform's own bookkeeping (a queue, a progress counter, a history that is itself a log),
/// not a change anyone made: the audit log leaves them out.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>
/// A personal field (a person's name, or anything that identifies a person that the property's name does not show):
/// the audit log records that it changed, never its value. E-mail addresses, phone numbers and secrets (passwords,
/// stamps, tokens, hashes) are withheld by their names without it (<see cref="AuditValues"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class PersonalFieldAttribute : Attribute;

/// <summary>What the audit log's pages call a row of this entity, in Czech ("jednání", "položka plánu").</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
