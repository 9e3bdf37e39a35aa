using System.Globalization;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Hotline.Demo;

/// <summary>What the generator needs to know: the category tree with its rules, the units and centers, the calendars, and how the API protects callers.</summary>
internal sealed record GeneratorSetup(
    CategoryTree.Snapshot Categories,
    IReadOnlyList<UnitSummary> Units,
    IReadOnlyList<CenterName> Centers,
    Deadlines Deadlines,
    Func<string?, string?> Encrypt,
    Func<string?, string?> PhoneIndex);

/// <summary>A call as an agent would register it through the API.</summary>
internal sealed record Call(OrderType Type, OrderChannel Channel, string? CallerName, string Phone, string? Address, string CategoryCode, string? StreetCode, string Content, string UnitCode);

/// <summary>Orders of one day with their history, ready to insert; <see cref="LastNumber"/> is the day's counter afterwards.</summary>
internal sealed class GeneratedDay(DateOnly day)
{
    public DateOnly Day { get; } = day;

    public List<WorkOrder> Orders { get; } = [];

    public List<WorkOrderEvent> Events { get; } = [];

    public List<Verification> Verifications { get; } = [];

    public int LastNumber { get; set; }
}

/// <summary>
/// Realistic 12345 work orders. A day's calls follow the hotline's 7×24 shape (quiet nights, a morning and an
/// afternoon peak, fewer calls on rest days); types, categories and streets follow the published mixes (投诉 ~60%;
/// 住房, 城乡建设 and 公共服务 the largest categories, heating complaints in the heating season); the content comes
/// from templates per third-level category with the district's place names; callers have common names and distinct
/// mobile numbers (about one call in ten is a repeat caller), encrypted as the API does. Each order then lives its
/// life up to "now": dispatch by the category's rule, sign-off, sometimes a return, an extension, supervision, the
/// ledger or an on-site verification, the reply, the callback and sometimes a reopen, every step an event. Units
/// differ in quality, so sign-off and reply times, solved rates and satisfaction differ and the ranking has spread.
/// Deterministic for a seed: a day's orders depend only on the seed and the date.
/// </summary>
internal sealed class OrderGenerator
{
    /// <summary>Caller numbers are distinct per (day, position) for up to this many calls a day.</summary>
    public const int CallersPerDay = 10_000;

    private const string Supervisor = "hotline.supervisor";
    private const string SystemActor = "system";

    /// <summary>Share of the day's calls per hour (China time), 0-23.</summary>
    private static readonly double[] HourShape = [0.6, 0.4, 0.3, 0.25, 0.3, 0.6, 1.5, 3.5, 6.5, 8.5, 8.8, 7.5, 5.5, 5.8, 7.2, 7.6, 7.0, 6.0, 4.5, 4.2, 4.0, 3.2, 2.0, 1.1];

    private static readonly (OrderType Type, double Weight)[] TypeMix =
    [
        (OrderType.Complaint, 60), (OrderType.Consultation, 12), (OrderType.Help, 10), (OrderType.Suggestion, 8), (OrderType.Report, 5), (OrderType.Praise, 5),
    ];

    private static readonly (OrderChannel Channel, double Weight)[] ChannelMix =
    [
        (OrderChannel.Phone, 88), (OrderChannel.Web, 5), (OrderChannel.App, 4), (OrderChannel.CityPlatform, 2), (OrderChannel.Letter, 0.5), (OrderChannel.Hall, 0.5),
    ];

    /// <summary>Mobile prefixes of callers (13x and 19x are left to hand-typed test numbers).</summary>
    private static readonly string[] Prefixes = ["150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189"];

    /// <summary>Weights of first-level categories (by a word of their name); consultations lean to services and policies.</summary>
    private static readonly (string Word, double General, double Consultation)[] TopWeights =
    [
        ("住房", 19, 12), ("城乡建设", 17, 2), ("公共服务", 13, 6), ("市场", 9, 8), ("交通", 8, 5), ("劳动", 7, 18), ("社会秩序", 6, 2),
        ("医疗", 5, 8), ("环境", 4, 1), ("教育", 4, 10), ("民政", 3, 8), ("政务服务", 3, 20), ("农", 3, 3), ("城市综合", 2, 2),
    ];

    private static readonly (string Word, double Weight)[] SecondWeights =
    [
        ("物业管理", 3.0), ("市容环境", 1.8), ("消费纠纷", 1.8), ("停车管理", 1.6), ("劳动关系", 1.5), ("噪音扰民", 1.5), ("施工管理", 1.3), ("市政设施", 1.3),
    ];

    private static readonly string[] CenterSuffixes = ["政务服务中心", "便民服务中心", "服务中心"];

    private readonly GeneratorSetup _setup;
    private readonly int _seed;
    private readonly string _districtName;
    private readonly string[] _agents;
    private readonly List<Street> _streets;
    private readonly double[] _streetCumulative;
    private readonly Dictionary<string, UnitProfile> _units;
    private readonly List<UnitProfile> _districtUnits;
    private readonly Leaf[] _leaves;
    private readonly Dictionary<string, Leaf> _leafByCode;

    /// <summary>Cumulative leaf weights: [consultation?, heating season?].</summary>
    private readonly double[][] _leafCumulative = new double[4][];

    public OrderGenerator(GeneratorSetup setup, int seed = 12345)
    {
        _setup = setup;
        _seed = seed;
        var root = setup.Centers.Count > 0 ? setup.Centers[0].Code : string.Empty;
        _districtName = OrderTexts.DistrictNames.TryGetValue(root, out var district) ? district : string.Empty;
        _agents = root == "ws" ? ["hotline.wu", "hotline.han", "hotline.bai"] : ["hotline.sun", "hotline.li", "hotline.zhou", "hotline.ma"];
        _units = setup.Units.ToDictionary(u => u.Code, u => new UnitProfile(u, Quality(u.Code, seed)), StringComparer.Ordinal);
        _districtUnits = _units.Values.Where(u => u.Unit.CenterCode is null).ToList();
        var centerNames = setup.Centers.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        _streets = setup.Units.Where(u => u.CenterCode is not null && centerNames.ContainsKey(u.CenterCode))
            .Select(u =>
            {
                var key = u.CenterCode!.Contains('-', StringComparison.Ordinal) ? u.CenterCode[(u.CenterCode.IndexOf('-', StringComparison.Ordinal) + 1)..] : u.CenterCode;
                var name = ShortName(centerNames[u.CenterCode]);
                var places = OrderTexts.Places.TryGetValue(key, out var p) ? p : [name];
                return new Street(u.CenterCode, name, _units[u.Code], places, OrderTexts.StreetWeights.GetValueOrDefault(key, 1.0));
            })
            .ToList();
        _streetCumulative = Cumulative(_streets.Select(s => s.Weight));
        _leaves = setup.Categories.Leaves.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c =>
        {
            var path = setup.Categories.Ancestry(c.Code).Reverse().ToList();
            var (unit, toStreet) = setup.Categories.EffectiveDispatch(c.Code);
            var limit = setup.Categories.EffectiveLimit(c.Code) ?? throw new InvalidOperationException("No time-limit rule is configured for the hotline.");
            return new Leaf(c, path[0], path.Count > 2 ? path[1] : path[0], setup.Categories.PathName(c.Code), limit, unit, toStreet);
        }).ToArray();
        _leafByCode = _leaves.ToDictionary(l => l.Category.Code, StringComparer.Ordinal);
        if (_leaves.Length == 0 || (_streets.Count == 0 && _districtUnits.Count == 0))
        {
            throw new InvalidOperationException("The hotline needs categories and handling units before orders can be simulated.");
        }

        for (var table = 0; table < 4; table++)
        {
            _leafCumulative[table] = Cumulative(LeafWeights(consultation: table >= 2, heating: table % 2 == 1));
        }
    }

    /// <summary>How many calls a day gets: more on Mondays, fewer on rest days, ±8% noise; the mean over a week is <paramref name="perDay"/>.</summary>
    public int CountOn(DateOnly day, int perDay)
    {
        var random = RandomFor(day, 1);
        var factor = !_setup.Deadlines.IsWorkday(day, null) ? 0.78 : day.DayOfWeek switch { DayOfWeek.Monday => 1.15, DayOfWeek.Friday => 0.95, _ => 1.0 };
        return Math.Max(0, (int)Math.Round(perDay * factor / 0.951 * (1 + (0.08 * Normal(random)))));
    }

    /// <summary>A fresh call for a load test or a demo (caller <paramref name="callerIndex"/>; same index, same caller).</summary>
    public Call NewCall(Random random, long callerIndex, DateOnly day) => Draft(random, callerIndex, day);

    /// <summary>
    /// <paramref name="count"/> calls of <paramref name="day"/> (those before <paramref name="now"/>) numbered from
    /// <paramref name="firstNumber"/> in order of arrival, each lived up to <paramref name="now"/>.
    /// </summary>
    public GeneratedDay Day(DateOnly day, int count, int firstNumber, DateTimeOffset now)
    {
        // A day topped up later (numbers from firstNumber on) gets calls and callers of its own.
        var random = RandomFor(day, 2 + firstNumber);
        var result = new GeneratedDay(day);
        var times = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            var hour = Pick(random, HourShape);
            var local = day.ToDateTime(new TimeOnly(hour, 0)).AddMilliseconds(random.Next(3_600_000));
            var at = new DateTimeOffset(local, BusinessHours.Offset).ToUniversalTime();
            if (at < now)
            {
                times.Add(at);
            }
        }

        times.Sort();
        var slot = (long)(day.DayNumber % 36_500) * CallersPerDay;
        var recent = new List<(WorkOrder Order, Call Call)>();
        for (var i = 0; i < times.Count; i++)
        {
            var created = times[i];
            var number = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (firstNumber + i).ToString("000000", CultureInfo.InvariantCulture);

            // About one call in 150 repeats an open call of the same caller a little earlier that day (merged later).
            if (recent.Count > 0 && random.NextDouble() < 0.007)
            {
                var (original, call) = recent[random.Next(recent.Count)];
                if (original.Status is not OrderStatus.Merged && !original.ClosedAtIntake && original.CreatedAt < created)
                {
                    LiveDuplicate(result, original, call, number, created, now, random);
                    continue;
                }
            }

            var callerIndex = random.NextDouble() < 0.1
                ? ((long)((day.DayNumber - random.Next(1, 31)) % 36_500) * CallersPerDay) + random.Next(20)
                : slot + ((firstNumber - 1 + i) % CallersPerDay);
            var drafted = Draft(random, callerIndex, day);
            var order = Live(result, drafted, number, created, now, random);
            recent.Add((order, drafted));
            if (recent.Count > 30)
            {
                recent.RemoveAt(0);
            }
        }

        result.LastNumber = firstNumber + times.Count - 1;
        return result;
    }

    /// <summary>A valid mainland mobile number, distinct for distinct indexes below 2.2 billion.</summary>
    public static string Phone(long callerIndex)
    {
        var prefix = Prefixes[(int)(callerIndex % Prefixes.Length)];
        var rest = ((callerIndex / Prefixes.Length * 48_271L) + 7_919L) % 100_000_000L;
        return prefix + rest.ToString("00000000", CultureInfo.InvariantCulture);
    }

    private Call Draft(Random random, long callerIndex, DateOnly day)
    {
        var type = TypeMix[Pick(random, TypeMix.Select(t => t.Weight).ToArray())].Type;
        var channel = ChannelMix[Pick(random, ChannelMix.Select(c => c.Weight).ToArray())].Channel;
        var table = (type == OrderType.Consultation ? 2 : 0) + (IsHeatingSeason(day) ? 1 : 0);
        var leaf = _leaves[PickCumulative(random, _leafCumulative[table])];
        var street = _streets.Count > 0 && (leaf.ToStreet || random.NextDouble() < 0.92) ? _streets[PickCumulative(random, _streetCumulative)] : null;
        var unit = (leaf.ToStreet && street is not null ? street.Unit : null)
            ?? (leaf.UnitCode is { } named && _units.TryGetValue(named, out var u) ? u : null)
            ?? (street?.Unit ?? _districtUnits[random.Next(_districtUnits.Count)]);
        var place = street is null ? _districtName : street.Places[random.Next(street.Places.Length)];
        var content = Content(random, type, leaf, place, street?.Name ?? _districtName, unit.Unit.Name);
        var caller = Caller(callerIndex);
        string? address = type is OrderType.Consultation || random.NextDouble() > 0.4
            ? null
            : $"{_districtName}{place}{random.Next(1, 30)}号楼{random.Next(1, 7)}单元{random.Next(1, 19)}0{random.Next(1, 5)}";
        return new Call(type, channel, caller.Name, caller.Phone, address, leaf.Category.Code, street?.Code, content, unit.Unit.Code);
    }

    private static (string? Name, string Phone) Caller(long callerIndex)
    {
        var random = new Random((int)(callerIndex % int.MaxValue) ^ 0x5A17);
        if (random.NextDouble() < 0.04)
        {
            return (null, Phone(callerIndex));
        }

        // Surnames by falling frequency: the first few cover a large share, as in the population.
        var surname = OrderTexts.Surnames[(int)Math.Min(OrderTexts.Surnames.Length - 1, Math.Floor(Math.Pow(random.NextDouble(), 2.2) * OrderTexts.Surnames.Length))];
        var given = OrderTexts.GivenNames[random.Next(OrderTexts.GivenNames.Length)];
        return ($"{surname}{given}", Phone(callerIndex));
    }

    private static string Content(Random random, OrderType type, Leaf leaf, string place, string street, string unitName)
    {
        var name = leaf.Category.Name;
        var problem = OrderTexts.Problems.TryGetValue(name, out var problems) ? problems[random.Next(problems.Length)] : $"{{place}}{name}问题长期得不到解决";
        problem = problem.Replace("{place}", place, StringComparison.Ordinal).Replace("{street}", street, StringComparison.Ordinal);
        return type switch
        {
            OrderType.Complaint => $"市民来电反映：{problem}，{Pick(random, OrderTexts.ComplaintDemands)}",
            OrderType.Report => $"市民来电举报：{problem}，请求相关部门依法查处。",
            OrderType.Help => $"市民来电求助：{problem}，请求帮助协调解决。",
            OrderType.Suggestion => $"市民来电建议：针对{place}{name}问题，{Pick(random, OrderTexts.SuggestionEndings)}",
            OrderType.Praise => $"市民来电表扬：{unitName}工作人员在处理{place}{name}问题时认真负责、及时高效，问题已妥善解决，特此致谢。",
            _ => $"市民来电咨询：{(OrderTexts.Questions.TryGetValue(name, out var questions) ? questions[random.Next(questions.Length)] : $"{name}方面的政策规定和办理流程")}。",
        };
    }

    private WorkOrder NewOrder(Call call, string number, DateTimeOffset created, string agent)
    {
        var leaf = _leafByCode[call.CategoryCode];
        return new WorkOrder
        {
            Id = Guid.CreateVersion7(created),
            Number = number,
            Type = call.Type,
            Channel = call.Channel,
            CallerNameEncrypted = _setup.Encrypt(call.CallerName),
            CallerPhoneEncrypted = _setup.Encrypt(call.Phone),
            CallerPhoneIndex = _setup.PhoneIndex(call.Phone),
            CallerAddressEncrypted = _setup.Encrypt(call.Address),
            CategoryCode = call.CategoryCode,
            TopCategoryCode = leaf.Top.Code,
            StreetCode = call.StreetCode,
            Content = call.Content,
            Status = OrderStatus.Registered,
            LimitCode = leaf.Limit.Code,
            Urgent = leaf.Limit.Urgent,
            CreatedAt = created,
            CreatedBy = agent,
            DueAt = _setup.Deadlines.At(created, leaf.Limit.HandleAmount, leaf.Limit.HandleUnit, call.StreetCode),
        };
    }

    /// <summary>A repeat call of the same caller about the same matter, merged into the first by an agent.</summary>
    private void LiveDuplicate(GeneratedDay day, WorkOrder original, Call call, string number, DateTimeOffset created, DateTimeOffset now, Random random)
    {
        var agent = _agents[random.Next(_agents.Length)];
        var order = NewOrder(call, number, created, agent);
        var leaf = _leafByCode[call.CategoryCode];
        day.Orders.Add(order);
        var life = new Life(order, day, now, random);
        life.Do(created, agent, "created", $"{EnumParsing.ToWire(order.Type)} / {leaf.PathName}", _ => { });
        var at = created.AddMinutes(10 + random.Next(30));
        if (life.Do(at, agent, "merged", $"并入工单 {original.Number}", o =>
            {
                o.Status = OrderStatus.Merged;
                o.MergedIntoId = original.Id;
                o.ClosedAt = life.Last;
            }))
        {
            original.Revision++;
            day.Events.Add(new WorkOrderEvent { Id = Guid.CreateVersion7(life.Last), OrderId = original.Id, At = life.Last, Actor = agent, Action = "merged-in", Detail = $"并入重复工单 {number}" });
        }

        life.Finish();
    }

    private WorkOrder Live(GeneratedDay day, Call call, string number, DateTimeOffset created, DateTimeOffset now, Random random)
    {
        var agent = _agents[random.Next(_agents.Length)];
        var leaf = _leafByCode[call.CategoryCode];
        var order = NewOrder(call, number, created, agent);
        day.Orders.Add(order);
        var life = new Life(order, day, now, random);
        life.Do(created, agent, "created", $"{EnumParsing.ToWire(order.Type)} / {leaf.PathName}", _ => { });

        // 直接办结: a consultation answered from the knowledge base while the caller is on the line.
        if (call.Type == OrderType.Consultation && random.NextDouble() < 0.55)
        {
            var answer = $"已根据知识库告知来电人{leaf.Category.Name}相关政策、所需材料及办理地点，来电人表示清楚。";
            life.Do(created, agent, "closed-at-intake", answer, o =>
            {
                o.Status = OrderStatus.Closed;
                o.ClosedAtIntake = true;
                o.ClosedAt = created;
                o.RepliedAt = created;
                o.ReplyContent = answer;
                o.ReplySolved = true;
            });
            life.Finish();
            return order;
        }

        var unit = _units[call.UnitCode];
        var deadlines = _setup.Deadlines;
        var limit = leaf.Limit;
        var complex = limit.HandleUnit == LimitUnit.WorkingDays && limit.HandleAmount >= 15;

        // 派单 within minutes (a lognormal around 20 minutes).
        var dispatched = created.AddMinutes(Math.Min(180, 20 * Math.Exp(0.8 * Normal(random))));
        if (!life.Do(dispatched, agent, "dispatched", unit.Unit.Name, o => ToUnit(o, unit, life.Last, limit)))
        {
            return Done(life);
        }

        // 退单: the unit says it is not theirs; a reviewer sends it elsewhere or back.
        if (random.NextDouble() < 0.04)
        {
            var asked = Office(deadlines.Part(dispatched, limit.ResponseAmount, limit.ResponseUnit, unit.Unit.CenterCode, 0.2 + (0.6 * random.NextDouble())), unit.Unit.CenterCode, random);
            if (!life.Do(asked, Officer(unit), "return-requested", Pick(random, OrderTexts.ReturnReasons), o =>
                {
                    o.StatusBeforeReturn = o.Status;
                    o.Status = OrderStatus.ReturnRequested;
                }))
            {
                return Done(life);
            }

            var decided = asked.AddMinutes(30 + random.Next(240));
            var other = OtherUnit(unit, call.StreetCode, random);
            var moved = random.NextDouble() < 0.75 && other is not null
                ? life.Do(decided, Supervisor, "return-approved", $"改派 {other.Unit.Name}", o =>
                {
                    o.StatusBeforeReturn = null;
                    ToUnit(o, other, life.Last, limit);
                })
                : life.Do(decided, Supervisor, "return-rejected", Pick(random, OrderTexts.ReturnRejections), o =>
                {
                    o.Status = o.StatusBeforeReturn ?? OrderStatus.Dispatched;
                    o.StatusBeforeReturn = null;
                });
            if (!moved)
            {
                return Done(life);
            }

            unit = _units[order.UnitCode!];
        }

        var officer = Officer(unit);
        for (var round = 0; round < 2; round++)
        {
            // 签收 within the response limit, or late (poorer units more often).
            var late = random.NextDouble() < 0.02 + (0.25 * (1 - unit.Quality));
            var accepted = deadlines.Part(order.DispatchedAt!.Value, limit.ResponseAmount, limit.ResponseUnit, unit.Unit.CenterCode, late ? 1.05 + (1.5 * random.NextDouble()) : 0.05 + (0.75 * random.NextDouble()));
            if (!life.Do(accepted, officer, "accepted", null, o =>
                {
                    o.Status = OrderStatus.Accepted;
                    o.AcceptedAt = life.Last;
                }, o => o.RespondBy is { } due && life.Last > due ? "超时签收" : "按时签收"))
            {
                return Done(life);
            }

            if (round == 0 && leaf.Top.Name.Contains("城乡建设", StringComparison.Ordinal) && random.NextDouble() < 0.08)
            {
                var place = PlaceOf(call);
                var findings = Pick(random, OrderTexts.Findings);
                var at = Office(life.Last.AddHours(1 + (20 * random.NextDouble())), unit.Unit.CenterCode, random);
                if (!life.Do(at, officer, "verified", $"{findings}{(place is null ? string.Empty : "（" + place + "）")}，照片 0 张", o =>
                        day.Verifications.Add(new Verification { Id = Guid.CreateVersion7(life.Last), OrderId = o.Id, At = life.Last, By = officer, Findings = findings, Location = place })))
                {
                    return Done(life);
                }
            }

            // 挂账: a long-term issue stays open on the ledger with a follow-up every two weeks.
            if (round == 0 && random.NextDouble() < (complex ? 0.06 : 0.003))
            {
                var put = Office(life.Last.AddDays(1 + random.Next(3)), unit.Unit.CenterCode, random);
                var next = DateOnly.FromDateTime(BusinessHours.Local(put)).AddDays(14);
                if (!life.Do(put, Supervisor, "ledger", $"挂账，下次跟进 {Date(next)}：{Pick(random, OrderTexts.LedgerReasons)}", o =>
                    {
                        o.OnLedger = true;
                        o.NextFollowUpOn = next;
                    }))
                {
                    return Done(life);
                }

                while (true)
                {
                    var at = Office(new DateTimeOffset(next.ToDateTime(new TimeOnly(9, 30)), BusinessHours.Offset).ToUniversalTime(), unit.Unit.CenterCode, random);
                    var following = DateOnly.FromDateTime(BusinessHours.Local(at)).AddDays(14);
                    if (!life.Do(at, officer, "follow-up", $"跟进（下次 {Date(following)}）：{Pick(random, OrderTexts.FollowUpNotes)}", o => o.NextFollowUpOn = following))
                    {
                        return Done(life);
                    }

                    next = following;
                }
            }

            // 延期: asked for part-way through the limit, mostly approved.
            if (round == 0 && random.NextDouble() < (complex ? 0.12 : 0.05))
            {
                var days = new[] { 3, 5, 7, 10 }[random.Next(4)];
                var asked = Office(Between(life.Last, order.DueAt, 0.4 + (0.4 * random.NextDouble()), random), unit.Unit.CenterCode, random);
                if (!life.Do(asked, officer, "extension-requested", $"申请延期 {days} 个工作日：{Pick(random, OrderTexts.ExtensionReasons)}", o =>
                    {
                        o.Extension = ExtensionState.Requested;
                        o.ExtensionDays = days;
                    }))
                {
                    return Done(life);
                }

                var decided = Office(asked.AddHours(1 + (20 * random.NextDouble())), unit.Unit.CenterCode, random);
                var approved = random.NextDouble() < 0.8;
                if (!life.Do(decided, Supervisor, approved ? "extension-approved" : "extension-rejected", null, o =>
                    {
                        if (approved)
                        {
                            o.DueAt = deadlines.At(o.DueAt, days, LimitUnit.WorkingDays, unit.Unit.CenterCode);
                            o.Extension = ExtensionState.Approved;
                        }
                        else
                        {
                            o.Extension = ExtensionState.Rejected;
                        }
                    }, o => approved
                        ? $"延期 {days} 个工作日，办理时限至 {BusinessHours.Local(o.DueAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}"
                        : Pick(random, OrderTexts.ExtensionRejections)))
                {
                    return Done(life);
                }
            }

            // 回复: mostly early in the handling limit (about two working days of seven on average), or late for
            // poorer units (the order is auto-supervised once overdue).
            var lateReply = random.NextDouble() < 0.03 + (0.3 * (1 - unit.Quality));
            var share = random.NextDouble();
            var replied = Between(round == 0 ? order.CreatedAt : order.DispatchedAt!.Value, order.DueAt, lateReply ? 1.02 + (0.6 * random.NextDouble()) : 0.05 + (0.75 * share * share), random);
            if (limit.HandleUnit is LimitUnit.WorkingDays or LimitUnit.WorkingHours)
            {
                replied = Office(replied, unit.Unit.CenterCode, random);
            }

            if (replied <= life.Last)
            {
                replied = life.Last.AddMinutes(10 + random.Next(110));
            }

            // 督办 by a supervisor now and then, while the unit is handling it.
            if (order.SupervisionLevel == 0 && random.NextDouble() < 0.025)
            {
                var level = random.NextDouble() switch { < 0.7 => 1, < 0.92 => 2, _ => 3 };
                var at = Between(life.Last, replied, 0.2 + (0.6 * random.NextDouble()), random);
                if (!life.Do(at, Supervisor, "supervised", $"{SuperviseWorkOrderLevel(level)}：{Pick(random, OrderTexts.SupervisionReasons)}", o => o.SupervisionLevel = level))
                {
                    return Done(life);
                }
            }

            var solved = random.NextDouble() < (round == 0 ? 0.7 + (0.2 * unit.Quality) : 0.8);
            var text = Pick(random, solved ? OrderTexts.SolvedReplies : OrderTexts.UnsolvedReplies)
                .Replace("{date}", BusinessHours.Local(replied).ToString("M月d日", CultureInfo.InvariantCulture), StringComparison.Ordinal);
            if (!life.Do(replied, officer, "replied", null, o =>
                {
                    o.Status = OrderStatus.Replied;
                    o.RepliedAt = life.Last;
                    o.ReplyContent = text;
                    o.ReplySolved = solved;
                }, o => $"{(solved ? "已解决" : "未解决")}（{(o.RepliedAt > o.DueAt ? "超期" : "按期")}）：{text}"))
            {
                return Done(life);
            }

            // 回访 by an agent within a day or two, in the daytime.
            var calledBack = Daytime(replied.AddHours(Math.Clamp(20 * Math.Exp(0.7 * Normal(random)), 1, 72)), random);
            var valid = random.NextDouble() < 0.92;
            var contacted = random.NextDouble() < 0.9 + (0.09 * unit.Quality);
            var callbackSolved = solved ? random.NextDouble() < 0.93 + (0.05 * unit.Quality) : random.NextDouble() < 0.25;
            var satisfaction = Verdict(random, callbackSolved, unit.Quality);
            var caller = _agents[random.Next(_agents.Length)];
            var detail = valid
                ? $"有效回访：{(contacted ? "已联系" : "未联系")}，{(callbackSolved ? "已解决" : "未解决")}，{Features.RecordCallback.RecordCallback.Label(satisfaction)}"
                : "无效回访";
            if (!life.Do(calledBack, caller, "callback", detail, o =>
                {
                    o.Status = OrderStatus.Closed;
                    o.ClosedAt = life.Last;
                    o.CallbackAt = life.Last;
                    o.CallbackValid = valid;
                    o.CallbackContacted = valid ? contacted : null;
                    o.CallbackSolved = valid ? callbackSolved : null;
                    o.CallbackSatisfaction = valid ? satisfaction : null;
                }))
            {
                return Done(life);
            }

            // 重办: a dissatisfied or unsolved verdict sometimes sends the order back to the same unit.
            if (round > 0 || !valid || (satisfaction != Satisfaction.Dissatisfied && callbackSolved) || random.NextDouble() >= 0.3)
            {
                break;
            }

            var reopened = Office(calledBack.AddDays(1 + (2 * random.NextDouble())), null, random);
            if (!life.Do(reopened, Supervisor, "reopened", Pick(random, OrderTexts.ReopenReasons), o =>
                {
                    ToUnit(o, unit, life.Last, limit);
                    o.DueAt = deadlines.At(life.Last, limit.HandleAmount, limit.HandleUnit, unit.Unit.CenterCode);
                    o.ReopenCount++;
                    o.ClosedAt = null;
                    o.RepliedAt = null;
                    o.ReplyContent = null;
                    o.ReplySolved = null;
                    o.CallbackAt = null;
                    o.CallbackValid = null;
                    o.CallbackContacted = null;
                    o.CallbackSolved = null;
                    o.CallbackSatisfaction = null;
                    o.Extension = ExtensionState.None;
                    o.ExtensionDays = null;
                }))
            {
                return Done(life);
            }
        }

        return Done(life);
    }

    private static WorkOrder Done(Life life)
    {
        life.Finish();
        return life.Order;
    }

    private void ToUnit(WorkOrder order, UnitProfile unit, DateTimeOffset at, TimeLimit limit)
    {
        order.Status = OrderStatus.Dispatched;
        order.UnitCode = unit.Unit.Code;
        order.DispatchedAt = at;
        order.AcceptedAt = null;
        order.RespondBy = _setup.Deadlines.At(at, limit.ResponseAmount, limit.ResponseUnit, unit.Unit.CenterCode);
    }

    /// <summary>Where a returned order goes: a street's order to a district body, a district body's to the street.</summary>
    private UnitProfile? OtherUnit(UnitProfile unit, string? streetCode, Random random)
    {
        if (unit.Unit.CenterCode is not null)
        {
            var others = _districtUnits;
            return others.Count == 0 ? null : others[random.Next(others.Count)];
        }

        return _streets.FirstOrDefault(s => s.Code == streetCode)?.Unit
            ?? (_streets.Count == 0 ? null : _streets[random.Next(_streets.Count)].Unit);
    }

    private string? PlaceOf(Call call) =>
        _streets.FirstOrDefault(s => s.Code == call.StreetCode)?.Places.FirstOrDefault(p => call.Content.Contains(p, StringComparison.Ordinal));

    private static Satisfaction Verdict(Random random, bool solved, double quality)
    {
        var satisfied = solved ? 0.81 + (0.12 * quality) : 0.3;
        var basically = solved ? (1 - satisfied) * 0.8 : 0.35;
        var r = random.NextDouble();
        return r < satisfied ? Satisfaction.Satisfied : r < satisfied + basically ? Satisfaction.BasicallySatisfied : Satisfaction.Dissatisfied;
    }

    /// <summary>The same instant when a unit works then (a working day, 08:30-18:00); else the next working morning.</summary>
    private DateTimeOffset Office(DateTimeOffset at, string? center, Random random)
    {
        var local = BusinessHours.Local(at);
        var date = DateOnly.FromDateTime(local);
        if (_setup.Deadlines.IsWorkday(date, center) && local.TimeOfDay >= new TimeSpan(8, 30, 0) && local.TimeOfDay < new TimeSpan(18, 0, 0))
        {
            return at;
        }

        if (local.TimeOfDay >= new TimeSpan(8, 30, 0) || !_setup.Deadlines.IsWorkday(date, center))
        {
            date = date.AddDays(1);
        }

        for (var i = 0; i < 30 && !_setup.Deadlines.IsWorkday(date, center); i++)
        {
            date = date.AddDays(1);
        }

        return new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)).AddMinutes(random.Next(150)), BusinessHours.Offset).ToUniversalTime();
    }

    /// <summary>The same instant between 08:00 and 21:00 (agents call back in the daytime, any day); else the next morning.</summary>
    private static DateTimeOffset Daytime(DateTimeOffset at, Random random)
    {
        var local = BusinessHours.Local(at);
        if (local.Hour is >= 8 and < 21)
        {
            return at;
        }

        var date = DateOnly.FromDateTime(local).AddDays(local.Hour >= 21 ? 1 : 0);
        return new DateTimeOffset(date.ToDateTime(new TimeOnly(8, 30)).AddMinutes(random.Next(90)), BusinessHours.Offset).ToUniversalTime();
    }

    private static DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to, double fraction, Random random)
    {
        var span = to - from;
        var at = span > TimeSpan.Zero ? from + (span * fraction) : from.AddMinutes(5 + random.Next(60));
        return at.ToUniversalTime();
    }

    private static string SuperviseWorkOrderLevel(int level) => Features.SuperviseWorkOrder.SuperviseWorkOrder.LevelName(level);

    private static string Officer(UnitProfile unit) => (unit.Unit.Code.StartsWith("u-", StringComparison.Ordinal) ? unit.Unit.Code[2..] : unit.Unit.Code) + ".officer";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ShortName(string centerName)
    {
        foreach (var suffix in CenterSuffixes)
        {
            if (centerName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return centerName[..^suffix.Length];
            }
        }

        return centerName;
    }

    private static bool IsHeatingSeason(DateOnly day) => day.Month is 12 or 1 or 2 || (day.Month == 11 && day.Day >= 15) || (day.Month == 3 && day.Day <= 15);

    private IEnumerable<double> LeafWeights(bool consultation, bool heating)
    {
        double Top(string name) => TopWeights.Where(t => name.Contains(t.Word, StringComparison.Ordinal)).Select(t => consultation ? t.Consultation : t.General).DefaultIfEmpty(3).First();
        double Second(string name) => name.Contains("供暖", StringComparison.Ordinal)
            ? (heating ? 3.0 : 0.2)
            : SecondWeights.Where(s => name.Contains(s.Word, StringComparison.Ordinal)).Select(s => s.Weight).DefaultIfEmpty(1).First();
        var secondTotals = _leaves.GroupBy(l => l.Top.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Second).DistinctBy(s => s.Code).Sum(s => Second(s.Name)), StringComparer.Ordinal);
        var leavesPerSecond = _leaves.GroupBy(l => l.Second.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return _leaves.Select(l => Top(l.Top.Name) * Second(l.Second.Name) / secondTotals[l.Top.Code] / leavesPerSecond[l.Second.Code]);
    }

    private Random RandomFor(DateOnly day, int stream) => new(unchecked((_seed * 1_000_003) + (day.DayNumber * 31) + stream));

    /// <summary>A stable quality per unit in [0.5, 1] (FNV-1a of the code and the seed), so rankings have spread but do not change between runs.</summary>
    private static double Quality(string code, int seed)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in code)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return 0.5 + (0.5 * (hash % 10_000 / 10_000.0));
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var list = new List<double>();
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w;
            list.Add(sum);
        }

        return [.. list];
    }

    private static int PickCumulative(Random random, double[] cumulative)
    {
        var x = random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private sealed record UnitProfile(UnitSummary Unit, double Quality);

    private sealed record Street(string Code, string Name, UnitProfile Unit, string[] Places, double Weight);

    private sealed record Leaf(Category Category, Category Top, Category Second, string PathName, TimeLimit Limit, string? UnitCode, bool ToStreet);

    /// <summary>
    /// One order's history as it happens: each step is applied and recorded only if it happened before now; the first
    /// step in the future ends the story there. An open order past its handling limit is flagged for supervision by
    /// "system" within the quarter hour, as the overdue job does.
    /// </summary>
    private sealed class Life(WorkOrder order, GeneratedDay day, DateTimeOffset now, Random random)
    {
        private bool _stopped;

        public WorkOrder Order => order;

        public DateTimeOffset Last { get; private set; } = DateTimeOffset.MinValue;

        public bool Do(DateTimeOffset at, string actor, string action, string? detail, Action<WorkOrder> apply, Func<WorkOrder, string?>? describe = null)
        {
            if (_stopped)
            {
                return false;
            }

            if (Last != DateTimeOffset.MinValue && at <= Last)
            {
                at = Last.AddMilliseconds(1 + random.Next(1000));
            }

            Flag(at < now ? at : now);
            if (at > now)
            {
                _stopped = true;
                return false;
            }

            Record(at, actor, action, apply, describe ?? (_ => detail));
            return true;
        }

        public void Finish() => Flag(now);

        private void Record(DateTimeOffset at, string actor, string action, Action<WorkOrder> apply, Func<WorkOrder, string?> describe)
        {
            at = at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMillisecond));
            Last = at;
            apply(order);
            if (action != "created")
            {
                order.Revision++;
            }

            day.Events.Add(new WorkOrderEvent { Id = Guid.CreateVersion7(at), OrderId = order.Id, At = at, Actor = actor, Action = action, Detail = describe(order) });
        }

        private void Flag(DateTimeOffset until)
        {
            if (order.SupervisionLevel != 0 || order.OnLedger || !HotlineDesk.IsOpen(order.Status) || order.DueAt >= until)
            {
                return;
            }

            var at = order.DueAt.AddMinutes(1 + random.Next(15));
            if (at <= Last)
            {
                at = Last.AddSeconds(1);
            }

            if (at < until)
            {
                Record(at, SystemActor, "supervised", o => o.SupervisionLevel = 1, _ => "督办：超过办理时限，自动督办");
            }
        }
    }
}
