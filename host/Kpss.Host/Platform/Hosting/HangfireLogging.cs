using HangfireLog = Hangfire.Logging;

namespace Kpss.Host.Platform;

/// <summary>
/// Hangfire logs through one process-wide provider (static). A process normally has one host; tests have several, each
/// with its own logger factory, disposed when its test class ends. So Hangfire's log goes to the newest running host's
/// factory, and never into a disposed one.
/// </summary>
internal sealed class HangfireLogging : HangfireLog.ILogProvider
{
    public static readonly HangfireLogging Instance = new();

    private volatile ILoggerFactory? _factory;

    private HangfireLogging()
    {
    }

    /// <summary>This host's factory takes Hangfire's log until it is released.</summary>
    public IDisposable Attach(ILoggerFactory factory)
    {
        _factory = factory;
        return new Release(this, factory);
    }

    public HangfireLog.ILog GetLogger(string name) => new NamedLog(this, name);

    private sealed class Release(HangfireLogging owner, ILoggerFactory factory) : IDisposable
    {
        public void Dispose() => Interlocked.CompareExchange(ref owner._factory, null, factory);
    }

    private sealed class NamedLog(HangfireLogging owner, string name) : HangfireLog.ILog
    {
        public bool Log(HangfireLog.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var factory = owner._factory;
            if (factory is null) return false;
            try
            {
                var logger = factory.CreateLogger(name);
                var level = logLevel switch
                {
                    HangfireLog.LogLevel.Trace => LogLevel.Trace,
                    HangfireLog.LogLevel.Debug => LogLevel.Debug,
                    HangfireLog.LogLevel.Info => LogLevel.Information,
                    HangfireLog.LogLevel.Warn => LogLevel.Warning,
                    HangfireLog.LogLevel.Error => LogLevel.Error,
                    _ => LogLevel.Critical,
                };
                if (messageFunc is null) return logger.IsEnabled(level);
                if (!logger.IsEnabled(level)) return false;
                logger.Log(level, 0, messageFunc(), exception, static (message, _) => message);
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
