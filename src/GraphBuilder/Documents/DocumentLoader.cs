using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Text;

namespace GraphBuilder.Documents;

/// <summary>
/// Reads one article file: UTF-8 with or without BOM, UTF-16 with BOM, CRLF or LF. Binary files
/// (NUL bytes outside UTF-16), undecodable bytes and unreadable files raise DocumentLoadException.
/// </summary>
public static partial class DocumentLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Regex DateHeader = Patterns.Create(@"\A[ \u00A0]?date[ \u00A0]+(\d{4}-\d{2}-\d{2})(?![\d-])[ \t\u00A0]*(?:\r?\n)?");

    public static SourceDocument Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentLoadException(path, $"cannot be read ({e.Message})", e);
        }
        return Parse(System.IO.Path.GetFileNameWithoutExtension(path), path, Decode(path, bytes));
    }

    /// <summary>A first line that means to be a date header (" date" and a word with a digit) but may not parse.</summary>
    private static readonly Regex LooseHeader = Patterns.Create(@"\A[ \u00A0]?date[ \u00A0]+(\S*\d\S*)[ \t\u00A0]*(?:\r?\n)?");

    public static SourceDocument Parse(string id, string path, string text)
    {
        var header = DateHeader.Match(text);
        if (header.Success && DateOnly.TryParseExact(header.Groups[1].Value, "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new SourceDocument(id, path, text, header.Length, date);
        if (LooseHeader.Match(text) is { Success: true } loose)
            return new SourceDocument(id, path, text, loose.Length, null)
            {
                HeaderWarning = $"date header '{loose.Groups[1].Value}' is not a valid date (YYYY-MM-DD); it is dropped and the article has no date",
            };
        return new SourceDocument(id, path, text, 0, null);
    }

    public static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return DecodeWith(path, bytes, bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true), 2, "UTF-16");
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (Array.IndexOf(bytes, (byte)0, start) >= 0)
            throw new DocumentLoadException(path, "looks binary (contains NUL bytes); expected a UTF-8 or UTF-16 text file");
        return DecodeWith(path, bytes, StrictUtf8, start, "UTF-8");
    }

    private static string DecodeWith(string path, byte[] bytes, Encoding encoding, int start, string name)
    {
        try
        {
            var text = encoding.GetString(bytes, start, bytes.Length - start);
            if (text.Contains('\0'))
                throw new DocumentLoadException(path, "looks binary (contains NUL characters)");
            return text;
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentLoadException(path, $"is not valid {name} text (undecodable bytes at offset {e.Index + start})", e);
        }
    }
}
