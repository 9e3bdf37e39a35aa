using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.Testing;
using static OneWindow.Hotline.Tests.Integration.Orders;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>The Shijingshan demo with ten days of simulated hotline history.</summary>
public sealed class HistoryApp() : AppFactory(settings: new Dictionary<string, string?> { ["OneWindow:Demo:HotlineHistoryDays"] = "10" });

[Trait("Category", "Integration")]
public sealed class HistoryTests(HistoryApp app) : IClassFixture<HistoryApp>
{
    private static DateOnly Today => DateOnly.FromDateTime(BusinessHours.Local(TimeProvider.System.GetUtcNow()));

    [Fact]
    public async Task Ten_past_days_hold_orders_in_every_state_with_a_consistent_history()
    {
        var (orders, events) = await ReadAsync();
        var days = orders.Select(o => DateOnly.FromDateTime(BusinessHours.Local(o.CreatedAt))).ToHashSet();
        for (var d = 1; d <= 10; d++)
        {
            Assert.Contains(Today.AddDays(-d), days);
        }

        Assert.True(orders.Count >= 800, $"about 120 calls a day over ten days, got {orders.Count}");
        var complaints = orders.Count(o => o.Type == OrderType.Complaint) / (double)orders.Count;
        Assert.InRange(complaints, 0.45, 0.75);
        Assert.True(orders.Select(o => o.TopCategoryCode).Distinct().Count() >= 8, "calls spread over the category tree");
        Assert.True(orders.Select(o => o.StreetCode).Distinct().Count() >= 8, "calls come from the streets of the district");

        foreach (var o in orders)
        {
            var history = events[o.Id];
            var last = history.Last(e => e.Action != "merged-in").Action;
            Assert.Equal("created", history[0].Action);
            Assert.All(history, e => Assert.InRange(e.At, o.CreatedAt, TimeProvider.System.GetUtcNow()));
            switch (o.Status)
            {
                case OrderStatus.Registered:
                    Assert.Null(o.UnitCode);
                    break;
                case OrderStatus.Dispatched or OrderStatus.Accepted or OrderStatus.ReturnRequested:
                    Assert.NotNull(o.UnitCode);
                    Assert.NotNull(o.RespondBy);
                    Assert.NotNull(o.DispatchedAt);
                    Assert.True(o.Status == OrderStatus.Dispatched || o.AcceptedAt is not null || o.StatusBeforeReturn == OrderStatus.Dispatched, o.Number);
                    break;
                case OrderStatus.Replied:
                    Assert.NotNull(o.UnitCode);
                    Assert.NotNull(o.ReplyContent);
                    Assert.NotNull(o.ReplySolved);
                    break;
                case OrderStatus.Closed when o.ClosedAtIntake:
                    Assert.Equal(OrderType.Consultation, o.Type);
                    Assert.NotNull(o.ReplyContent);
                    Assert.Equal("closed-at-intake", last);
                    break;
                case OrderStatus.Closed:
                    Assert.NotNull(o.UnitCode);
                    Assert.NotNull(o.ReplyContent);
                    Assert.NotNull(o.CallbackAt);
                    Assert.Equal(o.CallbackAt, o.ClosedAt);
                    Assert.Equal("callback", last);
                    if (o.CallbackValid == true)
                    {
                        Assert.NotNull(o.CallbackContacted);
                        Assert.NotNull(o.CallbackSolved);
                        Assert.NotNull(o.CallbackSatisfaction);
                    }

                    break;
                case OrderStatus.Merged:
                    Assert.NotNull(o.MergedIntoId);
                    Assert.Contains(orders, x => x.Id == o.MergedIntoId && x.CallerPhoneIndex == o.CallerPhoneIndex);
                    break;
            }

            if (o.SupervisionLevel > 0)
            {
                Assert.Contains(history, e => e.Action == "supervised");
            }

            Assert.StartsWith("sm4gcm1:", o.CallerPhoneEncrypted, StringComparison.Ordinal);
        }

        var statuses = orders.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(statuses.GetValueOrDefault(OrderStatus.Closed) > orders.Count / 2, "most past orders are closed");
        Assert.True(statuses.GetValueOrDefault(OrderStatus.Dispatched) + statuses.GetValueOrDefault(OrderStatus.Accepted) + statuses.GetValueOrDefault(OrderStatus.Replied) > 0, "recent orders are still open");
        var closedByUnit = orders.Where(o => o.Status == OrderStatus.Closed && !o.ClosedAtIntake).ToList();
        var valid = closedByUnit.Count(o => o.CallbackValid == true) / (double)closedByUnit.Count;
        Assert.InRange(valid, 0.85, 0.97);
        var satisfied = closedByUnit.Count(o => o.CallbackSatisfaction == Satisfaction.Satisfied) / (double)closedByUnit.Count(o => o.CallbackValid == true);
        Assert.InRange(satisfied, 0.75, 0.93);
        Assert.Contains(orders, o => o.SupervisionLevel > 0);
        Assert.True(orders.Select(o => o.CallerPhoneIndex).Distinct().Count() > orders.Count * 0.8, "callers have distinct numbers, a few call again");
        Assert.True(orders.Select(o => o.CallerPhoneIndex).Distinct().Count() < orders.Count, "some callers call again");
    }

    [Fact]
    public async Task Numbers_are_unique_per_day_in_order_of_arrival_and_the_counters_continue_after_them()
    {
        var (orders, _) = await ReadAsync();
        Assert.Equal(orders.Count, orders.Select(o => o.Number).Distinct(StringComparer.Ordinal).Count());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var counters = await db.Counters.AsNoTracking().ToDictionaryAsync(c => c.Day, c => c.Last);
        foreach (var day in orders.GroupBy(o => DateOnly.FromDateTime(BusinessHours.Local(o.CreatedAt))))
        {
            var prefix = day.Key.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var inOrder = day.OrderBy(o => o.CreatedAt).ThenBy(o => o.Number, StringComparer.Ordinal).Select(o => o.Number).ToList();
            Assert.All(inOrder, n => Assert.Matches($"^{prefix}[0-9]{{6}}$", n));
            Assert.Equal(inOrder.Order(StringComparer.Ordinal), inOrder);
            Assert.True(counters[day.Key] >= int.Parse(inOrder[^1][8..], CultureInfo.InvariantCulture), $"counter of {day.Key} is behind its numbers");
        }

        // An order registered now continues after the simulated ones of today.
        var agent = await app.ClientForAsync("hotline.sun");
        var created = await CreateAsync(agent, Phone(4242));
        var number = created.GetProperty("number").GetString()!;
        var todays = orders.Where(o => o.Number.StartsWith(Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture), StringComparison.Ordinal)).Select(o => o.Number).ToList();
        Assert.DoesNotContain(number, orders.Select(o => o.Number));
        Assert.All(todays, n => Assert.True(string.CompareOrdinal(number, n) > 0, $"{number} after {n}"));
    }

    [Fact]
    public async Task The_assessment_ranks_the_units_that_handled_the_simulated_orders()
    {
        var client = await app.ClientForAsync();
        var from = Today.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = (await (await client.GetAsync($"/api/v1/work-orders/assessment?from={from}&to={to}")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.True(rows.Count >= 8, $"several units ranked, got {rows.Count}");
        Assert.Equal(1, rows[0].GetProperty("rank").GetInt32());
        var scores = rows.Select(r => r.GetProperty("score").GetDecimal()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.True(scores[0] - scores[^1] >= 3, $"units differ in quality: {scores[0]} .. {scores[^1]}");
        Assert.All(rows, r => Assert.InRange(r.GetProperty("satisfactionRate").GetDecimal(), 0m, 1m));
        Assert.True(rows.Sum(r => r.GetProperty("validCallbacks").GetInt32()) > 300);
    }

    [Fact]
    public async Task Orders_show_masked_callers_and_a_repeat_caller_is_found_by_phone()
    {
        var agent = await app.ClientForAsync("hotline.sun");
        var page = await (await agent.GetAsync("/api/v1/work-orders?pageSize=50")).ExpectAsync(HttpStatusCode.OK);
        Assert.All(page.GetProperty("items").EnumerateArray(), o =>
        {
            Assert.Matches(new Regex(@"^1[0-9]{2}\*{4}[0-9]{4}$"), o.GetProperty("callerPhone").GetString()!);
            Assert.False(string.IsNullOrEmpty(o.GetProperty("content").GetString()));
        });

        var (orders, _) = await ReadAsync();
        var closed = orders.First(o => o.Status == OrderStatus.Closed && !o.ClosedAtIntake);
        var detail = await (await agent.GetAsync($"/api/v1/work-orders/{closed.Id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(closed.Number, detail.GetProperty("order").GetProperty("number").GetString());
        var actions = detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal("created", actions[0]);
        Assert.Contains("dispatched", actions);
        Assert.Contains("replied", actions);
        Assert.True(detail.GetProperty("callbackValid").ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False);

        var repeat = orders.Where(o => o.Status != OrderStatus.Merged).GroupBy(o => o.CallerPhoneIndex).First(g => g.Count() >= 2);
        var protector = app.Services.GetRequiredService<PersonalDataProtector>();
        var phone = protector.Decrypt(repeat.First().CallerPhoneEncrypted)!;
        Assert.True(MobileNumber.IsValid(phone), phone);
        var history = await (await agent.PostJsonAsync("/api/v1/work-orders/caller-history", new { phone })).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(repeat.First().Number, history.ToString(), StringComparison.Ordinal);
        Assert.Contains(repeat.Last().Number, history.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loading_the_history_again_adds_nothing()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<IHotlineSeeder>();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var before = await db.Orders.CountAsync();
        Assert.Equal(0, await seeder.SeedHistoryAsync(new HotlineHistoryScenario(10, 120)));
        Assert.Equal(before, await db.Orders.CountAsync());
    }

    private async Task<(List<WorkOrder> Orders, Dictionary<Guid, List<WorkOrderEvent>> Events)> ReadAsync()
    {
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var orders = await db.Orders.AsNoTracking().ToListAsync();
        var events = (await db.Events.AsNoTracking().ToListAsync())
            .GroupBy(e => e.OrderId)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).ThenBy(e => e.Id).ToList());
        return (orders, events);
    }
}
