using OneWindow.Appointments.Domain;
using OneWindow.Calendar.Contracts;

namespace OneWindow.Appointments.Tests.Domain;

/// <summary>Which template slots a day gets, on the 2026 arrangement (国庆 10-01..10-07 with 09-20 and 10-10 worked).</summary>
public sealed class SlotPlanTests
{
    private static readonly SlotTemplate Morning = Template(TemplateDays.Workday, "09:00", "12:00", 30);
    private static readonly SlotTemplate Evening = Template(TemplateDays.Workday, "17:00", "18:30", 30, extended: true, label: "晚间延时");
    private static readonly SlotTemplate Saturday = Template(TemplateDays.Sat, "09:00", "12:00", 30, extended: true, label: "周六延时");
    private static readonly SlotTemplate Sunday = Template(TemplateDays.Sun, "10:00", "11:00", 60);
    private static readonly SlotTemplate Monday = Template(TemplateDays.Mon, "14:00", "15:00", 60);
    private static readonly SlotTemplate[] All = [Morning, Evening, Saturday, Sunday, Monday];

    [Fact]
    public void A_public_holiday_gets_no_slots_even_on_a_weekday()
    {
        var nationalDay = new CalendarDay(new DateOnly(2026, 10, 1), false, DayKind.Holiday, "国庆节");
        var mondayOff = new CalendarDay(new DateOnly(2026, 10, 5), false, DayKind.Holiday, "国庆节");

        Assert.Empty(SlotPlan.Wanted(nationalDay, All));
        Assert.Empty(SlotPlan.Wanted(mondayOff, All));
    }

    [Fact]
    public void An_adjusted_working_day_gets_the_workday_templates_but_not_its_weekend_ones()
    {
        var sunday = new CalendarDay(new DateOnly(2026, 9, 20), true, DayKind.AdjustedWorkday, null);
        var saturday = new CalendarDay(new DateOnly(2026, 10, 10), true, DayKind.AdjustedWorkday, null);

        var onSunday = SlotPlan.Wanted(sunday, All);
        var onSaturday = SlotPlan.Wanted(saturday, All);

        Assert.Equal(6 + 3, onSunday.Count);
        Assert.All(onSunday, s => Assert.Contains(s.TemplateId, new[] { Morning.Id, Evening.Id }));
        Assert.Equal(onSunday.Select(s => (s.TemplateId, s.Start)), onSaturday.Select(s => (s.TemplateId, s.Start)));
    }

    [Fact]
    public void A_regular_working_day_gets_the_workday_templates_and_those_of_its_weekday()
    {
        var monday = new CalendarDay(new DateOnly(2026, 10, 12), true, DayKind.Workday, null);
        var tuesday = new CalendarDay(new DateOnly(2026, 10, 13), true, DayKind.Workday, null);

        Assert.Equal(6 + 3 + 1, SlotPlan.Wanted(monday, All).Count);
        Assert.Contains(SlotPlan.Wanted(monday, All), s => s.TemplateId == Monday.Id && s.Start == new TimeOnly(14, 0) && s.End == new TimeOnly(15, 0));
        Assert.Equal(6 + 3, SlotPlan.Wanted(tuesday, All).Count);
    }

    [Fact]
    public void A_weekend_day_gets_only_its_own_weekend_templates()
    {
        var saturday = new CalendarDay(new DateOnly(2026, 10, 17), false, DayKind.Weekend, null);
        var sunday = new CalendarDay(new DateOnly(2026, 10, 18), false, DayKind.Weekend, null);

        var onSaturday = SlotPlan.Wanted(saturday, All);
        Assert.Equal(6, onSaturday.Count);
        Assert.All(onSaturday, s => Assert.Equal("周六延时", s.Label));
        Assert.All(onSaturday, s => Assert.True(s.Extended));
        Assert.Equal(Sunday.Id, Assert.Single(SlotPlan.Wanted(sunday, All)).TemplateId);
        Assert.Empty(SlotPlan.Wanted(sunday, [Morning, Saturday]));
    }

    [Fact]
    public void A_retired_template_wants_nothing()
    {
        var retired = Template(TemplateDays.Workday, "09:00", "10:00", 30);
        retired.Active = false;

        Assert.Empty(SlotPlan.Wanted(new CalendarDay(new DateOnly(2026, 10, 13), true, DayKind.Workday, null), [retired]));
    }

    [Fact]
    public void A_template_is_cut_into_consecutive_slots_of_its_length()
    {
        var slots = SlotPlan.Split(new TimeOnly(17, 0), new TimeOnly(18, 30), 30).ToList();

        Assert.Equal([(new TimeOnly(17, 0), new TimeOnly(17, 30)), (new TimeOnly(17, 30), new TimeOnly(18, 0)), (new TimeOnly(18, 0), new TimeOnly(18, 30))], slots);
    }

    [Fact]
    public void Workday_templates_share_days_with_monday_to_friday_ones_but_not_with_weekend_ones()
    {
        Assert.True(SlotPlan.ShareDays(TemplateDays.Workday, TemplateDays.Fri));
        Assert.True(SlotPlan.ShareDays(TemplateDays.Mon, TemplateDays.Workday));
        Assert.True(SlotPlan.ShareDays(TemplateDays.Sat, TemplateDays.Sat));
        Assert.False(SlotPlan.ShareDays(TemplateDays.Workday, TemplateDays.Sat));
        Assert.False(SlotPlan.ShareDays(TemplateDays.Mon, TemplateDays.Tue));
    }

    private static SlotTemplate Template(TemplateDays days, string start, string end, int minutes, bool extended = false, string? label = null) => new()
    {
        HallCode = "h",
        Category = "personal",
        Days = days,
        Start = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        End = TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
        SlotMinutes = minutes,
        Capacity = 4,
        Extended = extended,
        Label = label,
    };
}
