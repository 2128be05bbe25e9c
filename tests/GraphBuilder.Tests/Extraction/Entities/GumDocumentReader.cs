using System.Text;

namespace GraphBuilder.Tests.Extraction.Entities;

/// <summary>Builds one GUM document line by line: the text, each word's offsets, and the entity spans opened and closed in MISC.</summary>
internal sealed class GumDocumentReader(string id, string split)
{
    private readonly StringBuilder _text = new();
    private readonly List<GumEntity> _entities = [];
    private readonly List<(int Start, int End)> _spans = [];
    private readonly Dictionary<string, Stack<Open>> _open = [];
    private readonly List<(int Start, int End, bool Proper)> _words = [];
    private string _sentence = "";
    private int _sentenceStart;
    private int _cursor;

    private sealed record Open(int FirstWord, string Type, int[] Heads);

    public void Add(string line)
    {
        if (line.StartsWith("# newpar", StringComparison.Ordinal) && _text.Length > 0)
            _text.Append('\n');
        else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            StartSentence(line["# text = ".Length..]);
        else if (line.Length > 0 && char.IsDigit(line[0]))
            Word(line.Split('\t'));
    }

    public GumDocument Finish() => new(id, split, _text.ToString(), _entities, _spans);

    private void StartSentence(string sentence)
    {
        if (_text.Length > 0 && _text[^1] != '\n')
            _text.Append(' ');
        _sentenceStart = _text.Length;
        _sentence = sentence;
        _cursor = 0;
        _text.Append(sentence);
    }

    private void Word(string[] columns)
    {
        if (columns[0].Contains('-') || columns[0].Contains('.'))
            return;
        var at = _sentence.IndexOf(columns[1], _cursor, StringComparison.Ordinal);
        var start = at < 0 ? _sentenceStart + _cursor : _sentenceStart + at;
        _cursor = at < 0 ? _cursor : at + columns[1].Length;
        _words.Add((start, start + columns[1].Length, columns[3] == "PROPN"));
        var entity = columns[9].Split('|').FirstOrDefault(f => f.StartsWith("Entity=", StringComparison.Ordinal));
        if (entity is not null)
            Spans(entity["Entity=".Length..]);
    }

    /// <summary>"(7-person-acc:inf-sssss-cf1-1,2-coref" opens, "7)" closes, "(9-place-...-sgl-Sydney)" does both.</summary>
    private void Spans(string value)
    {
        var word = _words.Count - 1;
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '(')
            {
                var end = value.IndexOfAny(['(', ')'], i + 1);
                var fields = value[(i + 1)..(end < 0 ? value.Length : end)].Split('-');
                var heads = fields.Length > 5 ? fields[5].Split(',').Select(h => int.TryParse(h, out var n) ? n : 1).ToArray() : [1];
                (_open.TryGetValue(fields[0], out var stack) ? stack : _open[fields[0]] = new()).Push(new Open(word, fields[1], heads));
                i = end < 0 ? value.Length : end;
                if (end >= 0 && value[end] == ')')
                {
                    Close(fields[0], word);
                    i++;
                }
            }
            else
            {
                var close = value.IndexOf(')', i);
                if (close < 0)
                    break;
                Close(value[i..close], word);
                i = close + 1;
            }
        }
    }

    private void Close(string entityId, int lastWord)
    {
        if (!_open.TryGetValue(entityId, out var stack) || stack.Count == 0)
            return;
        var open = stack.Pop();
        _spans.Add((_words[open.FirstWord].Start, _words[lastWord].End));
        var heads = open.Heads.Select(h => open.FirstWord + h - 1).Where(w => w >= open.FirstWord && w <= lastWord).ToList();
        if (heads.Count == 0 || !_words[heads.Min()].Proper)
            return;
        _entities.Add(new GumEntity(_words[open.FirstWord].Start, _words[lastWord].End, _words[heads.Min()].Start, _words[heads.Max()].End, open.Type));
    }
}
