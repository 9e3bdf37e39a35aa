using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OneWindow.SharedKernel.Api;

/// <summary>Why a use case refused: an HTTP status, a stable code and, for validation, every bad field.</summary>
public sealed record Error(int Status, string Code, string Message, IDictionary<string, string[]>? Fields = null)
{
    public static Error Invalid(Validation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        return new(StatusCodes.Status400BadRequest, "validation.failed", "One or more fields are invalid.", validation.Errors);
    }

    public static Error Invalid(string field, string message, string code = "validation.failed") =>
        new(StatusCodes.Status400BadRequest, code, message, new Dictionary<string, string[]> { [field] = [message] });

    public static Error NotFound(string code, string message) => new(StatusCodes.Status404NotFound, code, message);

    public static Error Conflict(string code, string message) => new(StatusCodes.Status409Conflict, code, message);

    public static Error Forbidden(string code, string message) => new(StatusCodes.Status403Forbidden, code, message);

    /// <summary>A text for people: the message plus each bad field.</summary>
    public string Describe() =>
        Fields is null || Fields.Count == 0 ? Message : string.Join("; ", Fields.Select(f => $"{f.Key}: {string.Join(", ", f.Value)}"));

    public ProblemHttpResult ToProblem()
    {
        if (Fields is { Count: > 0 })
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(Fields)
            {
                Status = Status,
                Title = Message,
                Extensions = { ["code"] = Code },
            });
        }

        return ApiProblems.Problem(Status, Code, Message);
    }
}

/// <summary>The outcome of a use case: a value or an <see cref="Error"/>.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(Error error) => new(default, error);

#pragma warning disable CA2225 // the named factories above are the alternates
    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(Error error) => Fail(error);
#pragma warning restore CA2225
}

/// <summary>Endpoint helpers: a use case's result as the HTTP answer, and the marks of a public read endpoint.</summary>
public static class ResultHttp
{
    /// <summary>200 with the value, or the error as ProblemDetails.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    /// <summary>Anyone may call it (kiosk, display, the public), under the per-client "public" rate limit.</summary>
    public static RouteHandlerBuilder AllowPublic(this RouteHandlerBuilder builder) =>
        builder.AllowAnonymous().RequireRateLimiting("public");
}
