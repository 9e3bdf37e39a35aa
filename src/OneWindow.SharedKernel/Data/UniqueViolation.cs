namespace OneWindow.SharedKernel.Data;

/// <summary>Recognizes a unique-index violation on SQLite (19 with 2067/1555) and PostgreSQL (23505), wrapped or not.</summary>
public static class UniqueViolation
{
    public static bool Is(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } sqlite when sqlite.SqliteExtendedErrorCode is 2067 or 1555:
                case Npgsql.PostgresException { SqlState: "23505" }:
                    return true;
            }
        }

        return false;
    }
}
