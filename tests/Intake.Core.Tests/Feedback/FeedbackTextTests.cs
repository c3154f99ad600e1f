using Intake.Core.Catalog;
using Intake.Core.Feedback;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Feedback;

public sealed class FeedbackTextTests
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    [Theory]
    [InlineData(ReportLanguage.Zh, "填报单位：区城管局　报告期：2022-W13")]
    [InlineData(ReportLanguage.En, "Reporter: District Urban Management Bureau  Period: 2022-W13")]
    public void TheReporterIsNamedAsTheClerkKnowsIt(ReportLanguage language, string subject)
    {
        var result = Parser.Parse(Workbook.Csv("指标,本周\n整修路灯,160\n"), new ReportHints("城管局2022年第13周周报.csv"));

        var text = FeedbackText.Render(result, SubmissionStatuses.Of(result.Status), CatalogLoader.Default, language);

        Assert.Contains(subject, text, StringComparison.Ordinal);
        Assert.DoesNotContain("cgj", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownReporterIsSaidToBeUnknown()
    {
        var result = Parser.Parse(Workbook.Csv("指标,本周\n整修路灯,160\n"), new ReportHints("2022年第13周周报.csv"));

        Assert.Contains("填报单位：未识别", FeedbackText.Render(result, SubmissionStatuses.Of(result.Status), CatalogLoader.Default), StringComparison.Ordinal);
    }
}
