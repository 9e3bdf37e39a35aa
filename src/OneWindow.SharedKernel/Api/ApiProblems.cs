using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OneWindow.SharedKernel.Api;

/// <summary>RFC 9457 problem responses with the stable <c>code</c> extension every client relies on.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Validation(IDictionary<string, string[]> errors, string code = "validation.failed") =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
            Extensions = { ["code"] = code },
        });

    public static ProblemHttpResult Validation(Validation validation) => Validation(validation.Errors);

    public static ProblemHttpResult BadRequest(string code, string detail, string? field = null)
    {
        if (field is not null)
        {
            var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = detail,
                Extensions = { ["code"] = code },
            };
            return TypedResults.Problem(problem);
        }

        return Problem(StatusCodes.Status400BadRequest, code, detail);
    }

    public static ProblemHttpResult NotFound(string code, string detail) => Problem(StatusCodes.Status404NotFound, code, detail);

    public static ProblemHttpResult Conflict(string code, string detail) => Problem(StatusCodes.Status409Conflict, code, detail);

    public static ProblemHttpResult Forbidden(string code, string detail) => Problem(StatusCodes.Status403Forbidden, code, detail);

    public static ProblemHttpResult Unauthorized(string code, string detail) => Problem(StatusCodes.Status401Unauthorized, code, detail);

    public static ProblemHttpResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = status,
            Title = detail,
            Detail = detail,
            Extensions = { ["code"] = code },
        });
}
