namespace Kpss.Testing;

/// <summary>
/// <c>[Trait(Runs.Key, Runs.Once)]</c> marks a test class whose outcome does not depend on the database the run is on
/// (headers, limits, the reverse proxy, the mail transport, the SQLite-only backup verb, the route snapshot): it runs in
/// the SQLite pass only, and build/test.sh leaves it out of the PostgreSQL and MariaDB passes (<c>--filter Runs!=Once</c>).
/// Put it only on a class none of whose assertions read or write stored data in a way a provider could change.
/// </summary>
public static class Runs
{
    public const string Key = "Runs";
    public const string Once = "Once";
}
