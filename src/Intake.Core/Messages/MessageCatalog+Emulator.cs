namespace Intake.Core.Messages;

/// <summary>What the local storage emulator's launcher tells whoever runs <c>intake demo</c> or <c>intake serve</c> without it.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText NodeMissing(int minimumMajorVersion) =>
        T($"Azurite 需要 PATH 中有 Node.js {minimumMajorVersion}+ 和 npm：请用包管理器安装 Node.js，然后重新运行。",
          $"Azurite needs Node.js {minimumMajorVersion}+ and npm on PATH: install Node.js from your package manager, then run again.");
}
