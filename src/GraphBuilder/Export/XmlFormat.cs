using System.Text;
using System.Xml;

namespace GraphBuilder.Export;

/// <summary>The XML output settings GraphML and GEXF share: UTF-8 without BOM, two-space indent, '\n' newlines.</summary>
internal static class XmlFormat
{
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Entitize keeps a \r or a newline inside a value as it was instead of letting parsers normalise it.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };
}
