using System.Runtime.InteropServices;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// The CPU time of the calling thread (Linux clock_gettime with CLOCK_THREAD_CPUTIME_ID): a stage's own work,
/// without the time it waited for the core on a busy machine or the runtime's background compiler thread.
/// Elsewhere it falls back to nothing (0), and the stage table shows wall time only.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux())
            return 0;
        return ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? t.Seconds + t.Nanoseconds / 1e9 : 0;
    }
}
