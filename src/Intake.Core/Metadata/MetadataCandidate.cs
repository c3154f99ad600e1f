namespace Intake.Core.Metadata;

/// <summary>One reading of a reporter or period code, and where it came from (a cell address, or null).</summary>
public sealed record MetadataCandidate(string Code, MetadataSource Source, string? Cell, string Evidence)
{
    public string DescribeZh() => Source switch
    {
        MetadataSource.Explicit => $"上传时指定的“{Evidence}”",
        MetadataSource.Cell or MetadataSource.FilingDate => $"单元格 {Cell} 的“{Evidence}”",
        MetadataSource.FileName => $"文件名“{Evidence}”",
        _ => $"上传路径“{Evidence}”",
    };

    public string DescribeEn() => Source switch
    {
        MetadataSource.Explicit => $"the given '{Evidence}'",
        MetadataSource.Cell or MetadataSource.FilingDate => $"cell {Cell} '{Evidence}'",
        MetadataSource.FileName => $"the file name '{Evidence}'",
        _ => $"the blob path '{Evidence}'",
    };
}
