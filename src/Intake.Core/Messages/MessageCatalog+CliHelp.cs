namespace Intake.Core.Messages;

/// <summary>The help of the <c>intake</c> command: what each command, argument and option is for.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText IntakeHelp =>
        T("Intake：上街区周报表接收管道的命令行（校验、入库、汇总、演示）。", "Intake: validate, ingest and roll up Shangjie District's weekly reports.");

    public static LocalizedText ParseHelp => T("校验一个报表文件，不写入存储", "validate one file without touching storage");

    public static LocalizedText IngestHelp => T("上传报表并入库", "upload reports to reports-inbox and process them");

    public static LocalizedText RollupHelp =>
        T("生成周汇总（或月、季度、年汇总）、完成情况和数据核对", "build the weekly (or monthly, quarterly, yearly) rollups, completeness and reconciliation");

    public static LocalizedText ExportHelp => T("导出一周（或月、季度、年）的汇总表（汇总、完成情况、数据核对）", "export one week's (or period's) workbook");

    public static LocalizedText BulletinHelp => T("生成工作周报（或月、季度、年工作情况）草稿", "draft the weekly (or period's) work bulletin");

    public static LocalizedText DemoHelp => T("启动 Azurite，导入样例报表并显示入库数据", "run the pipeline on the samples against Azurite");

    public static LocalizedText ServeHelp => T("在本机运行触发器（上传即处理），直到 Ctrl+C", "run the triggers locally until Ctrl+C");

    public static LocalizedText BenchHelp => T("性能基准：解析、入库、周汇总与各自的基线对比", "benchmarks: parse, store and rollup beside their baselines");

    public static LocalizedText ReportFileHelp => T("报表文件（.xlsx、.xls、.csv）", "the report file");

    public static LocalizedText ReportFilesHelp => T("报表文件", "report files");

    public static LocalizedText JsonHelp => T("输出契约 JSON", "print the contract JSON");

    public static LocalizedText ReporterHelp => T("填报单位代码或名称（如 cgj、峡窝镇）", "reporter code or name; overrides nothing, conflicts are errors");

    public static LocalizedText PeriodHelp => T("报告期（如 2022-W13、2022-03、2022-Q1）", "period code");

    public static LocalizedText CatalogHelp =>
        T("替换内置目录：含 org-units.csv、indicators.csv、rules.csv 的文件夹，或一个 JSON 文件", "catalog folder or JSON file replacing the built-in one");

    public static LocalizedText LanguageHelp => T("提示语言", "message language");

    public static LocalizedText StorageHelp => T("存储连接字符串", "storage connection string (default: Azurite, UseDevelopmentStorage=true)");

    public static LocalizedText ServeStorageHelp =>
        T("存储连接字符串；默认使用 IntakeStorage 设置，没有则启动 Azurite", "storage connection string (default: the IntakeStorage setting, else a started Azurite)");

    public static LocalizedText PortHelp => T("HTTP 端口（0 为任一空闲端口）", "HTTP port on 127.0.0.1 (0: any free port)");

    public static LocalizedText WeekHelp => T("ISO 周，如 2022-W13；默认为上一周（上海时间）", "ISO week, default: the week that ended last");

    public static LocalizedText BackfillFromHelp => T("补算起始周（含）", "first week of a backfill");

    public static LocalizedText BackfillToHelp => T("补算结束周（含）", "last week of a backfill");

    /// <param name="examples">The codes shown as examples: <c>2022-Q1</c>, or <c>2022-03、2022-Q1、2022</c>.</param>
    public static LocalizedText LongPeriodHelp(string examples) => T($"月、季度或年，如 {examples}", "a month, quarter or year");

    public static LocalizedText WorkbookOutHelp => T("输出文件（.xlsx）", "output workbook");

    public static LocalizedText DocumentOutHelp => T("输出文件（.docx 或 .md）", "output document (.docx or .md)");

    public static LocalizedText SamplesHelp => T("样例文件夹，默认为仓库的 samples/", "sample folder (default: the repository's samples/)");

    public static LocalizedText FreePortsHelp => T("在空闲端口上启动自己的 Azurite（默认使用 10000–10002）", "start a private Azurite on free ports");

    public static LocalizedText BenchRowsHelp => T("解析的整理表行数", "tidy workbook sizes parsed");

    public static LocalizedText BenchStoreRowsHelp => T("入库的整理表行数", "tidy workbook sizes stored");

    public static LocalizedText BenchRollupFactsHelp => T("汇总基准一周内的事实数，0 为跳过", "current facts seeded into the rolled-up week, 0 skips it");

    public static LocalizedText BenchIterationsHelp => T("每项测量次数", "measured iterations per parse case");

    public static LocalizedText BenchOutHelp => T("结果目录", "results folder");
}
