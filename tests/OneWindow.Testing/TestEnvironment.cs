namespace OneWindow.Testing;

/// <summary>
/// What scripts/test.sh provides. A test that needs one of these fails (never skips) when it is missing, so a
/// machine without PostgreSQL, Redis or Chromium cannot pass the suite by accident.
/// </summary>
public static class TestEnvironment
{
    /// <summary>Connection string of a throwaway PostgreSQL server (no database): ONEWINDOW_TEST_PG.</summary>
    public static string PostgresServer => Require("ONEWINDOW_TEST_PG", "a PostgreSQL server");

    /// <summary>When ONEWINDOW_TEST_POSTGRES is set, integration tests run on PostgreSQL instead of SQLite.</summary>
    public static bool UsePostgres => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ONEWINDOW_TEST_POSTGRES"));

    /// <summary>host:port of a throwaway Redis: ONEWINDOW_TEST_REDIS.</summary>
    public static string Redis => Require("ONEWINDOW_TEST_REDIS", "a Redis server");

    /// <summary>Path of Debian's Chromium: ONEWINDOW_TEST_CHROMIUM (default /usr/bin/chromium).</summary>
    public static string Chromium
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("ONEWINDOW_TEST_CHROMIUM") ?? "/usr/bin/chromium";
            return File.Exists(path) ? path : throw new InvalidOperationException($"Chromium is missing at {path}. Run the suite with scripts/test.sh, which installs it.");
        }
    }

    private static string Require(string variable, string what) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: this test needs {what}. Run the suite with scripts/test.sh, which starts one.");
}
