using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Testing;

namespace OneWindow.Web.Tests.Integration;

/// <summary>Written answers from a chat model, grounded on the search's sources; tested with a scripted model.</summary>
[Trait("Category", "Integration")]
public sealed class GuidanceAnswerTests(DemoApp app) : IClassFixture<DemoApp>
{
    private sealed class ScriptedModel(string reply) : IChatClient
    {
        public List<ChatMessage> Received { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Received.AddRange(messages);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    [Fact]
    public async Task Without_a_model_the_answer_is_the_sources_alone()
    {
        var body = await (await app.CreateClient().PostJsonAsync("/api/v1/guidance/answer", new { question = "身份证丢了怎么办" })).ExpectAsync(HttpStatusCode.OK);
        Assert.False(body.GetProperty("enabled").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("answer").ValueKind);
        Assert.Equal("GA-002", body.GetProperty("sources")[0].GetProperty("code").GetString());
        await (await app.CreateClient().PostJsonAsync("/api/v1/guidance/answer", new { question = "" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task With_a_model_the_answer_cites_only_the_sources_it_was_given_and_personal_numbers_never_reach_it()
    {
        var model = new ScriptedModel("补领居民身份证需带户口簿，工本费40元[1]。跨省也可办理[2]。另见[9]。");
        using var withModel = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IChatClient>(model)));
        var body = await (await withModel.CreateClient().PostJsonAsync("/api/v1/guidance/answer", new { question = "身份证11010519491231002X丢了，电话13812345678，怎么办" }))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.True(body.GetProperty("enabled").GetBoolean());
        Assert.True(body.GetProperty("grounded").GetBoolean());
        var answer = body.GetProperty("answer").GetString()!;
        Assert.Contains("[1]", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("[9]", answer, StringComparison.Ordinal);
        var cited = body.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("number").GetInt32()).ToArray();
        Assert.Equal([1, 2], cited);
        Assert.Equal(body.GetProperty("sources")[0].GetProperty("code").GetString(), body.GetProperty("citations")[0].GetProperty("code").GetString());
        Assert.Contains(body.GetProperty("sources").EnumerateArray(), s => s.GetProperty("code").GetString() == "GA-002");

        var prompt = string.Join("\n", model.Received.Select(m => m.Text));
        Assert.Contains("只能依据", prompt, StringComparison.Ordinal);
        Assert.Contains("（事项）居民身份证补领：承诺20个工作日", prompt, StringComparison.Ordinal);
        Assert.Contains("[1] ", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", prompt, StringComparison.Ordinal);
        Assert.Contains("[身份证号]", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_cites_nothing_is_marked_ungrounded()
    {
        var model = new ScriptedModel("资料中没有相关内容，请咨询窗口工作人员。");
        using var withModel = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IChatClient>(model)));
        var body = await (await withModel.CreateClient().PostJsonAsync("/api/v1/guidance/answer", new { question = "周六可以办事吗" })).ExpectAsync(HttpStatusCode.OK);
        Assert.False(body.GetProperty("grounded").GetBoolean());
        Assert.Equal(0, body.GetProperty("citations").GetArrayLength());
    }
}
