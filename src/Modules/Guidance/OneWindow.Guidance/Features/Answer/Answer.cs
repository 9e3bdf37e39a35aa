using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Catalog.Contracts;
using OneWindow.Guidance.Contracts;
using OneWindow.Guidance.Data;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Guidance.Features.Answer;

/// <summary>
/// An optional written answer to a visitor's question, from a chat model grounded on the entries the search found,
/// with numbered citations. Off unless Guidance:Ai:Endpoint is configured; without it the sources alone come back.
/// ID numbers and mobile numbers in the question are masked before anything leaves the building.
/// </summary>
internal static partial class Answer
{
    public const int Sources = 5;

    public const string Instructions =
        "你是政务服务中心的导办助手。只能依据用户消息中编号的资料回答，使用简体中文，简明扼要。" +
        "每句话后用方括号注明依据的资料编号，例如[1]。资料中没有答案时，只回答：资料中没有相关内容，请咨询窗口工作人员。";

    public sealed record Request(string? Question);

    public sealed record Citation(int Number, string Kind, string Code, string Title);

    public sealed record Response(bool Enabled, string? Answer, bool Grounded, IReadOnlyList<Citation> Citations, IReadOnlyList<Citation> Sources);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/guidance/answer", async (Request request, IServiceProvider services, CancellationToken ct) => (await HandleAsync(request, services, ct)).ToOk())
            .AllowPublic()
            .WithTags("Guidance");

    public static async Task<Result<Response>> HandleAsync(Request request, IServiceProvider services, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Question) || request.Question.Length > 200)
        {
            return Error.Invalid("question", "ask in 1-200 characters");
        }

        var question = Mask(request.Question.Trim());
        var hits = await services.GetRequiredService<IGuidanceSearch>().SearchAsync(question, Sources, ct);
        var sources = hits.Select((h, i) => new Citation(i + 1, h.Kind, h.Code, h.Title)).ToList();
        var chat = services.GetService<IChatClient>();
        if (chat is null || sources.Count == 0)
        {
            return new Response(chat is not null, null, false, [], sources);
        }

        var material = new StringBuilder("资料：\n");
        for (var i = 0; i < hits.Count; i++)
        {
            material.Append('[').Append(i + 1).Append("] ").Append(await DescribeAsync(hits[i], services, ct)).Append('\n');
        }

        material.Append("\n问题：").Append(question);
        var reply = await chat.GetResponseAsync(
            [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, material.ToString())],
            new ChatOptions { Temperature = 0.1f, MaxOutputTokens = 600 },
            ct);
        var text = reply.Text.Trim();
        var cited = new SortedSet<int>();
        text = CitationPattern().Replace(text, m =>
        {
            var n = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (n >= 1 && n <= sources.Count)
            {
                cited.Add(n);
                return m.Value;
            }

            return string.Empty; // a citation of nothing is removed rather than shown
        });
        return new Response(true, text, cited.Count > 0, cited.Select(n => sources[n - 1]).ToList(), sources);
    }

    public static string Mask(string text) => MobilePattern().Replace(IdNumberPattern().Replace(text, "[身份证号]"), "[手机号]");

    private static async Task<string> DescribeAsync(SearchHit hit, IServiceProvider services, CancellationToken ct)
    {
        switch (hit.Kind)
        {
            case "item" when await services.GetRequiredService<ICatalog>().ItemAsync(hit.Code, null, ct) is { } item:
                return $"（事项）{item.Name}：{(item.PromisedDays == 0 ? "即办" : $"承诺{item.PromisedDays}个工作日")}；收费：{item.Fees ?? "不收费"}；" +
                       $"材料：{string.Join("、", item.Materials.Select(m => m.Required ? m.Name : m.Name + "（非必需）"))}";
            case "bundle" when await services.GetRequiredService<ICatalog>().BundleAsync(hit.Code, null, ct) is { } bundle:
                return $"（一件事）{bundle.Name}：包含{string.Join("、", bundle.Items.Select(i => i.Name))}；承诺{bundle.PromisedDays}个工作日；" +
                       $"材料：{string.Join("、", bundle.Materials.Select(m => m.Material.Name))}";
            case "entry":
                var entry = await services.GetRequiredService<GuidanceDbContext>().Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Code == hit.Code, ct);
                return entry is null ? hit.Title : $"（问答）{entry.Title} {entry.Body}";
            default:
                return hit.Title;
        }
    }

    [GeneratedRegex(@"\[(\d{1,2})\]")]
    private static partial Regex CitationPattern();

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx](?!\d)")]
    private static partial Regex IdNumberPattern();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex MobilePattern();
}
