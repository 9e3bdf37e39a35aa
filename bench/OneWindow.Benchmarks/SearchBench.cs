using System.Diagnostics;
using OneWindow.Guidance.Search;

namespace OneWindow.Benchmarks;

/// <summary>
/// Search latency at scale: a synthetic catalog of 5,000 items and 20,000 Q&amp;A entries built from the demo's words,
/// then the visitor questions of the quality set, each normalized and searched; prints build time, p50/p95/p99.
/// </summary>
internal static class SearchBench
{
    private static readonly string[] Departments = ["市场监管局", "人力社保局", "医疗保障局", "民政局", "公安分局", "不动产登记中心", "税务局", "卫生健康委", "残联", "住建委"];
    private static readonly string[] Subjects = ["个体工商户", "有限责任公司", "食品经营", "药品零售", "失业保险", "城乡居民养老保险", "异地就医", "医疗费用", "最低生活保障", "居民身份证", "护照", "居住证", "存量房", "抵押权", "发票", "公共场所卫生", "残疾人证", "辅助器具", "建筑工程施工", "户外广告", "住房公积金", "供水", "供电", "燃气", "宽带网络", "出生登记", "结婚登记", "社会保障卡", "工伤", "退休"];
    private static readonly string[] Actions = ["设立登记", "变更登记", "注销登记", "许可", "备案", "申领", "补领", "换领", "认定", "提取", "报装", "转移登记", "查询", "核定", "审批"];
    private static readonly string[] Materials = ["居民身份证", "户口簿", "营业执照", "申请表", "不动产权证书", "结婚证", "出生医学证明", "社会保障卡", "银行卡", "授权委托书", "租赁合同", "照片", "诊断证明", "管理制度", "场所证明"];
    private static readonly string[] Questions =
    [
        "生孩子了要办哪些手续", "开饭馆需要办什么证", "身份证丢了怎么办", "在外地看病怎么备案", "买二手房怎么过户", "装宽带", "办退休手续", "残疾证怎么办",
        "失业了怎么领失业金", "租房提公积金", "公司不干了怎么注销", "房产证改名字", "家里老人去世了要办什么", "开药店", "办暂住证", "周六可以办事吗",
    ];

    public static int Run(Arguments args)
    {
        var items = args.Int("items", 5000);
        var entries = args.Int("entries", 20000);
        var rounds = args.Int("rounds", 200);
        var random = new Random(2026);
        var docs = new List<IndexDoc>(items + entries);
        for (var i = 0; i < items; i++)
        {
            var title = Subjects[random.Next(Subjects.Length)] + Actions[random.Next(Actions.Length)];
            var body = string.Join(' ', Enumerable.Range(0, 5).Select(_ => Materials[random.Next(Materials.Length)]));
            docs.Add(new IndexDoc("item", $"I-{i:D5}", title, Departments[random.Next(Departments.Length)], body, null));
        }

        for (var i = 0; i < entries; i++)
        {
            var subject = Subjects[random.Next(Subjects.Length)];
            var title = $"{subject}{Actions[random.Next(Actions.Length)]}需要多长时间？";
            var body = $"{subject}材料齐全的，窗口当场受理，需携带{Materials[random.Next(Materials.Length)]}和{Materials[random.Next(Materials.Length)]}，一般{random.Next(1, 20)}个工作日办结，可邮寄送达。";
            docs.Add(new IndexDoc("entry", $"Q-{i:D5}", title, subject, body, null));
        }

        var text = QueryText.FromEmbeddedFile();
        var build = Stopwatch.StartNew();
        using var index = new LuceneIndex(docs);
        build.Stop();
        foreach (var q in Questions)
        {
            index.Search(text.Normalize(q), 10); // warm up
        }

        var samples = new List<double>(rounds * Questions.Length);
        for (var r = 0; r < rounds; r++)
        {
            foreach (var q in Questions)
            {
                var watch = Stopwatch.StartNew();
                var hits = index.Search(text.Normalize(q), 10);
                watch.Stop();
                samples.Add(watch.Elapsed.TotalMilliseconds);
                GC.KeepAlive(hits);
            }
        }

        samples.Sort();
        Console.WriteLine($"search: {index.Count:N0} documents ({items:N0} items + {entries:N0} Q&A), index built in {build.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine($"search: {samples.Count:N0} queries, p50 {Stats.Percentile(samples, 50):F2} ms, p95 {Stats.Percentile(samples, 95):F2} ms, p99 {Stats.Percentile(samples, 99):F2} ms, max {samples[^1]:F2} ms");
        return 0;
    }
}
