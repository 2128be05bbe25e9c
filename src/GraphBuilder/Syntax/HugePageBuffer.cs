using System.Runtime.InteropServices;

namespace GraphBuilder.Syntax;

/// <summary>
/// A zeroed, fixed-size native array for the weight tables, on 2 MB pages where Linux grants them. The
/// tables (about 55 MB) are read at random, one row per feature: on 4 KB pages nearly every read also
/// misses the TLB, and on a virtual machine each such miss walks two page tables. Transparent huge pages
/// are only given to memory that asks for them (madvise), which the managed heap never does, hence native
/// memory. Elsewhere (or if refused) the buffer is ordinary memory and only slower. Freed by the finalizer:
/// a table lives as long as its model, usually the whole process.
/// </summary>
internal sealed unsafe class HugePageBuffer<T> where T : unmanaged
{
    /// <summary>An empty buffer (the layout a table does not use) takes no memory.</summary>
    public HugePageBuffer(long length)
    {
        Length = length;
        if (length == 0)
            return;
        _bytes = (long)HugePages.RoundUp((nuint)length * (nuint)sizeof(T));
        Pointer = (T*)HugePages.Allocate((nuint)_bytes);
        GC.AddMemoryPressure(_bytes);
    }

    private readonly long _bytes;

    public T* Pointer { get; }

    public long Length { get; }

    public ref T this[long index] => ref Pointer[index];

    public void CopyFrom(ReadOnlySpan<T> source) => source.CopyTo(new Span<T>(Pointer, source.Length));

    ~HugePageBuffer()
    {
        if (Pointer == null)
            return;
        NativeMemory.AlignedFree(Pointer);
        GC.RemoveMemoryPressure(_bytes);
    }
}

/// <summary>Zeroed memory aligned to 2 MB and, on Linux, advised to be backed by 2 MB pages before it is first touched.</summary>
internal static unsafe partial class HugePages
{
    private const nuint Size = 2 * 1024 * 1024;
    private const int MadviseHugePage = 14;

    public static nuint RoundUp(nuint bytes) => (bytes + Size - 1) / Size * Size;

    public static void* Allocate(nuint bytes)
    {
        var memory = NativeMemory.AlignedAlloc(bytes, Size);
        if (OperatingSystem.IsLinux())
            AdviseHugePages(memory, bytes);
        NativeMemory.Clear(memory, bytes);
        return memory;
    }

    /// <summary>Only a hint: a C library without madvise leaves the memory on ordinary pages.</summary>
    private static void AdviseHugePages(void* memory, nuint bytes)
    {
        try
        {
            _ = Madvise(memory, bytes, MadviseHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
