using System.Text;

namespace GraphBuilder.Cli;

/// <summary>
/// stderr with one redrawn status line at the bottom (the progress), for a terminal. Anything else written to it
/// (a skipped document, a warning) first erases the status line and then redraws it below the message, so
/// messages and progress never end up on the same line, and whoever writes a message needs to know nothing of it.
/// </summary>
public sealed class StatusLineWriter(TextWriter terminal) : TextWriter
{
    private const string EraseLine = "\r\u001b[K";
    private readonly object _gate = new();
    private string _status = "";
    private bool _atLineStart = true;

    public override Encoding Encoding => terminal.Encoding;

    /// <summary>Replaces the status line; an empty text removes it.</summary>
    public void SetStatus(string status)
    {
        lock (_gate)
        {
            if (_atLineStart)
                terminal.Write(EraseLine + status);
            _status = status;
            terminal.Flush();
        }
    }

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        lock (_gate)
        {
            if (_atLineStart && _status.Length > 0)
                terminal.Write(EraseLine);
            terminal.Write(value);
            _atLineStart = value.EndsWith('\n');
            if (_atLineStart && _status.Length > 0)
                terminal.Write(_status);
            terminal.Flush();
        }
    }

    public override void WriteLine(string? value) => Write((value ?? "") + NewLine);

    public override void WriteLine() => Write(NewLine);

    public override void Flush() => terminal.Flush();
}
