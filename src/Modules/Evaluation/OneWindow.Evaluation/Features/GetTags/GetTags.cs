using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Evaluation.Features.GetTags;

/// <summary>The grades with their labels and the reason tags each band offers, for pads and the online page.</summary>
internal static class GetTags
{
    public sealed record Grade(int Value, string Label, bool Bad, IReadOnlyList<string> Tags);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/evaluations/grades", (EvaluationOptions options) => TypedResults.Ok(Handle(options)))
            .AllowPublic()
            .WithTags("Evaluation");

    public static IReadOnlyList<Grade> Handle(EvaluationOptions options) =>
        [.. new[] { 5, 4, 3, 2, 1 }.Select(g => new Grade(g, Data.EvaluationDesk.GradeLabel(g), g <= 2, options.TagsFor(g)))];
}
