using Intake.Storage.Ingestion;

namespace Intake.Adapters.Tests.Storage;

public sealed class PoisonBlobFeedbackTests
{
    [Fact]
    public void TextNamesTheFileAndSaysTheOfficeWillLookInChineseThenEnglish()
    {
        var text = PoisonBlobFeedback.Text(PoisonBlobFeedback.Result("城管局/2022年第13周周报.xlsx"));

        var lines = text.Split(Environment.NewLine);
        Assert.Equal("文件：2022年第13周周报.xlsx", lines[0]);
        Assert.Equal("结果：未接收。系统多次处理本文件均未成功，已转交工作人员核查，核查后会与贵单位联系，暂不需要重新上传。", lines[1]);
        Assert.Equal(string.Empty, lines[2]);
        Assert.Equal("File: 2022年第13周周报.xlsx", lines[3]);
        Assert.Equal("Result: not accepted. Processing this file failed repeatedly; the office will look into it and contact you. There is no need to upload it again for now.", lines[4]);
    }
}
