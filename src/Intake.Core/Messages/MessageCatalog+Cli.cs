namespace Intake.Core.Messages;

/// <summary>
/// What the <c>intake</c> command prints: refusals of what it was given, what it did, and what stopped it. It
/// prints most of them as one line in both languages (<see cref="Bilingual"/>); a detail that comes from
/// elsewhere (an exception's message, a path) ends the English half.
/// </summary>
public static partial class MessageCatalog
{
    public static LocalizedText SeeHelp => T("用法见 intake --help", "Run 'intake --help' for usage.");

    public static LocalizedText StorageSettingInvalid(string detail) => T("存储设置有误", $"storage setting: {detail}");

    public static LocalizedText CatalogOrFileUnreadable(string detail) => T("目录或文件无法读取", $"cannot read the catalog or a file: {detail}");

    public static LocalizedText CatalogNotLoaded(string detail) => T("目录无法加载", $"catalog cannot be loaded: {detail}");

    public static LocalizedText StorageUnreachable(string detail) =>
        T("存储无法访问（Azurite 是否在运行？--storage 是否正确？）", $"storage is unreachable: {detail}");

    public static LocalizedText InternalError(string detail) => T("内部错误，未能完成", $"internal error, not completed: {detail}");

    /// <summary>A file named on the command line that is not there, in the language the command was asked for.</summary>
    public static LocalizedText FileNotFound(string path) => T($"找不到文件：{path}", $"File not found: {path}");

    /// <summary>Files named on the command line, one of them not there, said in both languages.</summary>
    public static LocalizedText OneFileNotFound(string path) => T("找不到文件", $"file not found: {path}");

    public static LocalizedText ReporterOptionUnknown(string reporter) => T("未知的填报单位", $"unknown reporter: {reporter}");

    public static LocalizedText PeriodOptionInvalid(string code) =>
        T($"报告期“{code}”无效，应写作 2022-W13、2022-03-28、2022-03、2022-Q1 或 2022", $"invalid period '{code}'");

    public static LocalizedText WeekOptionInvalid(string code) => T($"“{code}”不是 ISO 周（如 2022-W13）", $"'{code}' is not an ISO week");

    public static LocalizedText WeekOrPeriodNotBoth => T("--week 与 --period 只能给出一个", "give --week or --period, not both");

    public static LocalizedText PeriodWithWeeks => T("--period 不能与 --week、--from/--to 同时使用", "--period cannot be combined with --week or --from/--to");

    public static LocalizedText WeekWithBackfill => T("--week 不能与 --from/--to 同时使用", "--week cannot be combined with --from/--to");

    public static LocalizedText BackfillNeedsBothEnds => T("--from 与 --to 须同时给出", "--from and --to go together");

    public static LocalizedText BackfillReversed(string first, string last) => T($"起始周 {first} 晚于结束周 {last}", "--from is after --to");

    public static LocalizedText PortOutOfRange => T("端口应在 0–65535 之间", "the port must be 0 to 65535");

    /// <summary><see cref="WeekNotBuilt"/> and <see cref="RunRollupFirst"/>, one after the other.</summary>
    public static LocalizedText WeekNotBuiltRunRollup(string week) =>
        T($"{WeekNotBuilt(week).Zh}；{RunRollupFirst(week).Zh}", $"{WeekNotBuilt(week).En}; {RunRollupFirst(week).En}");

    public static LocalizedText OutNotWorkbook(string name) => T($"输出文件应为 .xlsx：{name}", "--out must be an .xlsx file");

    public static LocalizedText OutNotDocument(string name) => T($"输出文件应为 .docx 或 .md：{name}", "--out must be a .docx or .md file");

    public static LocalizedText Exported(string code, string path) => T($"已导出 {code}：{path}", "exported");

    public static LocalizedText WeekBulletinWritten(string week, string path) => T($"已生成 {week} 周报草稿：{path}", "bulletin draft written");

    public static LocalizedText PeriodBulletinWritten(string period, string path) => T($"已生成 {period} 工作情况草稿：{path}", "bulletin draft written");

    public static LocalizedText WeekRolledUp(string week, int rollups, int reconciliations, int received, int expected) =>
        T($"{week}：汇总 {rollups} 行，核对 {reconciliations} 项，已报送 {received}/{expected}", "rollups, reconciliation items, reporters received");

    public static LocalizedText PeriodRolledUp(string period, int rollups, int reconciliations, int complete, int expected, int weeks) =>
        T($"{period}：汇总 {rollups} 行，核对 {reconciliations} 项，报齐 {complete}/{expected}（{weeks} 周）", "rollups, reconciliation items, reporters with every week");

    public static LocalizedText WeekRows(string week, int rows) => T($"{week}：{rows} 行", "rows");

    public static LocalizedText WeeksRebuilt(int weeks, string first, string last) => T($"已重算 {weeks} 周：{first} 至 {last}", $"rebuilt {weeks} weeks");

    public static LocalizedText CurrentFacts(int facts) => T("IntakeFacts 中的当前数据", $"current facts stored: {facts}");

    public static LocalizedText SamplesNotFound =>
        T("找不到 samples/ 文件夹，请在仓库根目录运行或用 --samples 指定", "samples/ not found: run from the repository or pass --samples");

    public static LocalizedText IngestingSamples(int files, string folder) => T($"导入 {files} 个样例报表", $"ingesting {files} sample reports from {folder}");

    /// <summary>The line <c>intake serve</c> prints once it listens.</summary>
    public static string ServeReady(string urls, string inbox) =>
        $"{Bilingual(T("intake serve 已就绪", "ready"))}: {urls} — {Bilingual(T($"处理上传到 {inbox} 的报表", $"processing uploads to {inbox}"))} ({Bilingual(T("Ctrl+C 停止", "to stop"))})";

    public static LocalizedText ServeStopped => T("intake serve 已停止", "stopped");

    public static LocalizedText BenchNeedsRelease => T("基准须在 Release 构建下运行", "benchmarks need a Release build: dotnet run -c Release --project src/Intake.Cli -- bench");

    public static LocalizedText BenchWritten(string table, string plot) => T($"已写入：{table}、{plot}", $"Written: {table}, {plot}");

    public static LocalizedText BenchProbeUsage => T("用法：intake bench --probe bare|parse --file FILE", "usage: intake bench --probe bare|parse --file FILE");

    /// <summary>The heading of a table the command prints: "== zh / en ==".</summary>
    public static string ConsoleHeading(LocalizedText text) => $"== {Bilingual(text)} ==";

    public static LocalizedText DistrictRollupHeading(string weekName) => T($"上街区 {weekName} 全区汇总", "district rollup");

    public static LocalizedText CompletenessHeading => T("报送情况", "completeness");

    public static LocalizedText ReconciliationHeading(int items) => T("数据核对", $"reconciliation: {items}");
}
