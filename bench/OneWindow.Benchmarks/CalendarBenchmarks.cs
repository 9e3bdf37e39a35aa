using BenchmarkDotNet.Attributes;
using OneWindow.Calendar.Contracts;
using OneWindow.Calendar.Data;
using OneWindow.Calendar.Features.AddYear;

namespace OneWindow.Benchmarks;

/// <summary>The deadline engine on the shipped 2024-2026 arrangements: per call, over 1,024 random starts and lengths.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private const int Batch = 1024;
    private readonly DateOnly[] _starts = new DateOnly[Batch];
    private readonly int[] _workdays = new int[Batch];
    private WorkCalendar _calendar = default!;
    private BusinessHours _office = default!;

    [GlobalSetup]
    public void Setup()
    {
        var years = OfficialHolidays.Shipped().Select(r => AddYear.Validate(r).Value!).ToList();
        _calendar = new WorkCalendar(years.Select(y => y.Year), years.SelectMany(y => y.Dates).Select(d => new DayException(d.Date, d.IsWorkday, d.Holiday)));
        _office = new BusinessHours(_calendar, [new WeeklyHours(DateOnly.MinValue,
        [
            new ServicePeriod(PeriodDays.Workday, new TimeOnly(9, 0), new TimeOnly(12, 0), false, "办公"),
            new ServicePeriod(PeriodDays.Workday, new TimeOnly(13, 30), new TimeOnly(17, 30), false, "办公"),
        ])]);
        var random = new Random(2026);
        for (var i = 0; i < Batch; i++)
        {
            _starts[i] = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 1000));
            _workdays[i] = random.Next(1, 61);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int WorkdayDeadline()
    {
        var sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            sum += _calendar.AddWorkdays(_starts[i], _workdays[i]).Date.DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int WorkdayDeadlineWithPause()
    {
        var sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            var start = _starts[i];
            sum += _calendar.AddWorkdays(start, _workdays[i], [new Pause(start.AddDays(3), start.AddDays(9))]).Date.DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public long WorkingHourDeadline()
    {
        var sum = 0L;
        for (var i = 0; i < Batch; i++)
        {
            sum += _office.AddWorkingMinutes(_starts[i].ToDateTime(new TimeOnly(15, 0)), _workdays[i] * 30)!.Value.At.Ticks;
        }

        return sum;
    }
}
