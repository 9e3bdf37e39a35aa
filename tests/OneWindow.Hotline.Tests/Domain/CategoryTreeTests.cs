using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;

namespace OneWindow.Hotline.Tests.Domain;

/// <summary>Dispatch rules and limits sit on any node and the nearest one up the tree applies.</summary>
public sealed class CategoryTreeTests
{
    private static readonly TimeLimit[] Limits =
    [
        new() { Code = "general", Name = "一般", ResponseAmount = 2, ResponseUnit = LimitUnit.WorkingHours, HandleAmount = 7, HandleUnit = LimitUnit.WorkingDays },
        new() { Code = "urgent", Name = "紧急", ResponseAmount = 1, ResponseUnit = LimitUnit.NaturalHours, HandleAmount = 2, HandleUnit = LimitUnit.NaturalHours, Urgent = true },
        new() { Code = "complex", Name = "疑难", ResponseAmount = 2, ResponseUnit = LimitUnit.WorkingHours, HandleAmount = 15, HandleUnit = LimitUnit.WorkingDays },
    ];

    private static readonly CategoryTree.Snapshot Tree = new(
        [
            Node("01", "城乡建设", null, 1, sort: 0),
            Node("0101", "市容环境", "01", 2, sort: 1, toStreet: true),
            Node("010101", "占道经营", "0101", 3, sort: 2),
            Node("010102", "乱堆乱放", "0101", 3, sort: 3, unit: "u-cgw"),
            Node("0107", "应急抢修", "01", 2, sort: 4, unit: "u-cgw", limit: "urgent"),
            Node("010701", "管线抢修", "0107", 3, sort: 5),
            Node("010702", "路面塌陷", "0107", 3, sort: 6, limit: "complex"),
            Node("02", "住房", null, 1, sort: 7, unit: "u-zjw", limit: "complex"),
            Node("0201", "物业管理", "02", 2, sort: 8, toStreet: true, limit: "general"),
            Node("020101", "物业服务", "0201", 3, sort: 9),
            Node("0202", "房屋质量", "02", 2, sort: 10),
            Node("020201", "漏水", "0202", 3, sort: 11),
            Node("99", "其他", null, 1, sort: -1),
        ],
        Limits);

    [Theory]
    [InlineData("010101", "general")]
    [InlineData("010701", "urgent")]
    [InlineData("010702", "complex")]
    [InlineData("020101", "general")]
    [InlineData("020201", "complex")]
    [InlineData("99", "general")]
    public void The_nearest_limit_up_the_tree_applies_and_general_is_the_default(string code, string limit) =>
        Assert.Equal(limit, Tree.EffectiveLimit(code)!.Code);

    [Theory]
    [InlineData("010101", null, true)]
    [InlineData("010102", "u-cgw", false)]
    [InlineData("010701", "u-cgw", false)]
    [InlineData("020101", null, true)]
    [InlineData("020201", "u-zjw", false)]
    [InlineData("99", null, false)]
    public void The_nearest_dispatch_rule_up_the_tree_applies(string code, string? unit, bool toStreet) =>
        Assert.Equal((unit, toStreet), Tree.EffectiveDispatch(code));

    [Fact]
    public void Without_a_general_rule_the_first_rule_by_code_is_the_default()
    {
        var tree = new CategoryTree.Snapshot([Node("01", "x", null, 1, sort: 0)], Limits.Where(l => l.Code != "general"));
        Assert.Equal("complex", tree.EffectiveLimit("01")!.Code);
        Assert.Null(new CategoryTree.Snapshot([Node("01", "x", null, 1, sort: 0)], []).EffectiveLimit("01"));
    }

    [Fact]
    public void Leaves_paths_and_tops_are_read_from_the_tree()
    {
        Assert.True(Tree.IsLeaf("010101"));
        Assert.False(Tree.IsLeaf("0101"));
        Assert.False(Tree.IsLeaf("01"));
        Assert.False(Tree.IsLeaf("nowhere"));
        Assert.True(Tree.IsLeaf("99"));
        Assert.Equal("城乡建设 / 应急抢修 / 管线抢修", Tree.PathName("010701"));
        Assert.Equal("nowhere", Tree.PathName("nowhere"));
        Assert.Equal("02", Tree.TopCode("020201"));
        Assert.Equal("02", Tree.TopCode("02"));
        Assert.Equal(["99", "01", "02"], Tree.Roots.Select(r => r.Code));
        Assert.Equal(["0101", "0107"], Tree.Roots[1].Children.Select(c => c.Code));
        Assert.Equal(["010101", "010102"], Tree.Roots[1].Children[0].Children.Select(c => c.Code));
        Assert.Equal(["010101", "010102", "010701", "010702", "020101", "020201", "99"], Tree.Leaves.Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    private static Category Node(string code, string name, string? parent, int level, int sort, string? unit = null, bool toStreet = false, string? limit = null) =>
        new() { Code = code, Name = name, ParentCode = parent, Level = level, Sort = sort, UnitCode = unit, ToStreet = toStreet, LimitCode = limit };
}
