using System.Runtime.InteropServices;

namespace GraphBuilder.Documents;

/// <summary>
/// What a path is on disk after following links: .NET has no public way to tell a FIFO, a device or a
/// socket from a regular file (all are "files" to File.Exists), and opening a FIFO blocks for ever and
/// reading /dev/zero never ends. The runtime's own native shim (libSystem.Native, shipped with every .NET on
/// Linux and macOS) gives stat's file type; where it is missing (Windows) every file counts as regular.
/// </summary>
public static partial class FileKind
{
    private const int TypeMask = 0xF000;

    /// <summary>The kind's name for a message ("a FIFO"), or null for a regular file or a folder.</summary>
    public static string? Irregular(string path)
    {
        if (OperatingSystem.IsWindows())
            return null;
        var status = new byte[256];
        try
        {
            if (Stat(path, status) != 0)
                return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            0x8000 or 0x4000 => null,
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "not a regular file",
        };
    }

    /// <summary>SystemNative_Stat(path, FileStatus*): FileStatus starts with int Flags, int Mode (S_IFMT bits in Mode).</summary>
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
