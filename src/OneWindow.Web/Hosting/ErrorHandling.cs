using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OneWindow.Web.Hosting;

/// <summary>Turns malformed requests into 400/413 ProblemDetails naming the bad field; anything else is a 500 without internals.</summary>
internal sealed class ErrorHandling(IProblemDetailsService problems, ILogger<ErrorHandling> logger) : IExceptionHandler
{
    public const long MaxBodyBytes = 1024 * 1024;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        if (exception is BadHttpRequestException bad)
        {
            var status = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            var json = FindJsonException(bad);
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (json is not null)
            {
                errors[FieldName(json.Path)] = [$"is not valid here: {json.Message.Split(". Path:", StringSplitOptions.None)[0]}"];
            }
            else if (status == StatusCodes.Status400BadRequest)
            {
                errors["body"] = [bad.Message];
            }

            problem = status == StatusCodes.Status413PayloadTooLarge
                ? new ProblemDetails { Status = status, Title = $"The request body is larger than {MaxBodyBytes / 1024} KiB." }
                : new HttpValidationProblemDetails(errors) { Status = status, Title = "The request could not be read." };
            problem.Extensions["code"] = status == StatusCodes.Status413PayloadTooLarge ? "request.too_large" : "request.malformed";
        }
        else
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." };
            problem.Extensions["code"] = "server.error";
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    /// <summary>"$.materials[2].code" becomes "materials[2].code"; an unreadable document is "body".</summary>
    private static string FieldName(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
