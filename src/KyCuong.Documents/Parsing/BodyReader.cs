using System.Collections.Frozen;
using System.Text;
using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>
/// Rebuilds the body's paragraphs (across broken lines and page breaks), finds the clauses and reads a
/// task from each: who (the clause's own subject, "Giao X chủ trì, phối hợp với Y", or the addressees of
/// the lead-in sentence), the deadline and any recurring report.
/// </summary>
internal sealed class BodyReader
{
    private const string Letters = "abcdđeghiklmnopqrstuvxy";

    // Addressees, lead and coordinators open a clause; a clause that runs on for pages (many continuation lines) is
    // read for them from its opening only, so the work per clause stays bounded (docs/performance.md).
    private const int UnitsWindow = 4_000;
    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    private readonly PreparedText _p;
    private readonly int _from;
    private readonly int _to;
    private readonly IReadOnlyList<string> _recipients;
    private readonly int? _year;
    private readonly TaskBudget _budget;
    private readonly CancellationToken _ct;
    private readonly List<Paragraph> _preamble = [];
    private readonly List<Clause> _clauses = [];
    private readonly List<Paragraph> _closing = [];
    private List<string> _leadIn = [];
    private string? _alias;

    public BodyReader(PreparedText p, int from, int to, IReadOnlyList<string> recipients, int? year, TaskBudget budget, CancellationToken ct, bool report = false)
    {
        _budget = budget;
        _ct = ct;
        _p = p;
        _from = from;
        _to = to;
        _recipients = recipients;
        _year = year;
        _report = report;
    }

    // No type, no number, no issuer: a page that reports documents (a news item), whose "đã giao" is its news.
    private readonly bool _report;

    public List<ExtractedTask> Read()
    {
        var paragraphs = BuildParagraphs();
        BuildClauses(paragraphs);
        ReadLeadIn();
        var tasks = new List<ExtractedTask>();
        if (_clauses.Count > 0)
        {
            foreach (var clause in Leaves(_clauses))
            {
                _ct.ThrowIfCancellationRequested();
                if (!_budget.TryTake())
                {
                    break;
                }

                var task = TaskOf(clause.Ref, clause.Text, new TextSpan(clause.Start, clause.End - clause.Start), clause);
                if (IssuesOrTakesEffect(task, clause.Text) || (GrantsAProposal(clause.Text) && !UnitsOf(clause.Text, allowDirective: true, listMayEnd: true).Explicit))
                {
                    continue;
                }

                tasks.Add(task);
            }
        }
        else
        {
            ReadUnnumbered(tasks);
        }

        if (_closing.Count > 0)
        {
            var text = string.Join(' ', _closing.Select(c => c.Text));
            var closing = TaskOf("closing", text, new TextSpan(_closing[0].Start, _closing[^1].End - _closing[0].Start), null, closing: true);
            if ((closing.RecurringReport is not null || closing.Deadline is not null || closing.DeadlineDays is not null) && _budget.TryTake())
            {
                tasks.Add(closing);
            }
            else if (ClosingAsksNamedUnits(text) && _budget.TryTake())
            {
                // "1. Báo cáo …\n2. Báo cáo …\nBộ Xây dựng đề nghị Uỷ ban nhân dân các tỉnh, thành phố chỉ đạo cơ quan có liên
                // quan khẩn trương báo cáo các nội dung nêu trên …": after the numbered items, a paragraph in which the issuer
                // asks named units for something of its own is an unnumbered request (docs/domain.md §5: each paragraph that
                // directs named units is a task); the courtesy close that only asks to carry out "this document" is none.
                var unnumbered = tasks.Count(t => t.Ref.Length > 1 && t.Ref[0] == 'p' && char.IsAsciiDigit(t.Ref[1]));
                tasks.Add(closing with { Ref = "p" + (unnumbered + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }

        return tasks;
    }

    // "Điều 1. Ban hành kèm theo Quyết định này …", "Điều 2. Quyết định này có hiệu lực …": an article that issues,
    // approves or gives effect and names no unit assigns nothing (NĐ 30/2020 Phụ lục I: the executors are named in the
    // last article).
    private static readonly string[] IssuingOpenings = ["ban hanh kem theo", "quyet dinh nay co hieu luc", "phe duyet", "cong bo kem theo", "bai bo"];

    private static readonly string[] ArticleDirections = [" giao ", "yeu cau", "de nghi", "trach nhiem", "chu tri"];

    private static bool IssuesOrTakesEffect(ExtractedTask task, string text)
    {
        if (!task.Ref.StartsWith("Điều", StringComparison.Ordinal) || task.AssigneeUnits.Count > 0 || task.Lead is not null)
        {
            return false;
        }

        var body = ArticleTextStart(text);
        var head = VietnameseText.FoldString(text.AsSpan(body, Math.Min(text.Length - body, 40)).ToString());
        if (!Array.Exists(IssuingOpenings, o => head.StartsWith(o, StringComparison.Ordinal)))
        {
            return false;
        }

        // "Điều 1. Phê duyệt …; giao Sở Tài chính …": an article that also directs stays a task even when its holder was
        // not read.
        var folded = VietnameseText.FoldString(text);
        return !Array.Exists(ArticleDirections, d => folded.Contains(d, StringComparison.Ordinal));
    }

    // "1. Đồng ý lùi thời gian trình Đề án … như đề nghị của Bộ Kế hoạch và Đầu tư tại công văn nêu trên.", "1. Đồng ý với
    // nội dung báo cáo của Bộ …": an item that grants what a named body proposed or reported answers that body and directs
    // no one, so it is no task unless it names a holder of its own ("Đồng ý …; giao Bộ Tài chính …", "Đồng ý Ủy ban nhân
    // dân tỉnh lập Đề án …") (docs/domain.md §5, twenty-third pass). Only the first sentence is read.
    private static bool GrantsAProposal(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var head = VietnameseText.FoldString(text[start..Math.Min(text.Length, start + 400)]);
        if (!Array.Exists(GrantingOpenings, o => head.StartsWith(o, StringComparison.Ordinal)))
        {
            return false;
        }

        var end = head.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end > 0 ? head[..end] : head;
        return Array.Exists(ProposalsOfABody, p => sentence.Contains(p, StringComparison.Ordinal));
    }

    private static readonly string[] GrantingOpenings = ["dong y ", "nhat tri ", "chap thuan "];

    private static readonly string[] ProposalsOfABody = ["nhu de nghi cua", "theo de nghi cua", "bao cao cua", "kien nghi cua", "de xuat cua", "to trinh cua"];

    // The article's text after "Điều 2." (the clause text keeps its marker).
    private static int ArticleTextStart(string text)
    {
        var i = 0;
        if (text.StartsWith("Điều", StringComparison.Ordinal))
        {
            i = 4;
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || char.IsAsciiDigit(text[i]) || text[i] is '.' or ':' or ')'))
            {
                i++;
            }
        }

        return i;
    }

    private static IEnumerable<Clause> Leaves(List<Clause> clauses)
    {
        foreach (var c in clauses)
        {
            if (c.Children.Count == 0)
            {
                yield return c;
                continue;
            }

            foreach (var leaf in Leaves(c.Children))
            {
                yield return leaf;
            }
        }
    }

    // The directive verb may come late in a long first sentence, after the grounds and a leader's full title and name
    // ("Thực hiện Luật …, Chỉ thị số … và hướng dẫn … tại Công văn số …, Chủ tịch UBND tỉnh yêu cầu …").
    private const int DirectiveWindow = 100;

    private List<Paragraph> BuildParagraphs()
    {
        var furniture = RepeatedLines();
        var paragraphs = new List<Paragraph>();
        Paragraph? current = null;
        var sb = new StringBuilder();
        var pendingBreak = false;
        for (var li = _from; li < _to; li++)
        {
            if ((li & 255) == 0)
            {
                _ct.ThrowIfCancellationRequested();
            }

            var line = _p.Lines[li];
            if (line.IsBlank)
            {
                pendingBreak = true;
                continue;
            }

            var folded = _p.Fold.AsSpan(line.Start, line.Length);
            if (line.IsFootnote || LineKinds.IsPageNumber(folded) || (furniture.Count > 0 && furniture.Contains(folded.ToString())))
            {
                continue;
            }

            var text = VietnameseText.CollapseSpaces(_p.TextOf(line));
            var marker = Marker(text);
            // Lines with no blank between them are one paragraph unless the first ends one (". ; :"): web pages
            // and DOCX copies separate paragraphs by a single line break (wrapped lines were joined already).
            // A heading in capitals ("I. ĐÁNH GIÁ / TÌNH HÌNH THỰC HIỆN …") ends where a sentence-case line begins.
            // A wrapped range ("giai đoạn 2016" / "- 2020; …") is not a list item.
            // A line that opens a quotation with a capital (“Sở … phối hợp …”) starts a sentence of its own: a news page puts
            // the quoted direction under a caption or time stamp with no full stop.
            var join = current is not null && (marker.Kind == ClauseMarkerKind.None || (!pendingBreak && IsWrappedRange(sb, text))) && !(IsHeading(sb) && StartsSentence(text)) &&
                       !StartsQuotation(text) &&
                       ((!pendingBreak && !EndsParagraph(sb)) || (char.IsLower(text[0]) && !EndsSentence(sb)));
            if (join)
            {
                sb.Append(' ').Append(text);
                current!.End = line.End;
            }
            else
            {
                Flush();
                sb.Append(text);
                current = new Paragraph { Text = string.Empty, Start = line.Start, End = line.End };
            }

            pendingBreak = false;
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current is not null && sb.Length > 0)
            {
                current.Text = VietnameseText.CollapseSpaces(sb.ToString());
                paragraphs.Add(current);
            }

            sb.Clear();
            current = null;
        }
    }

    private static bool IsHeading(StringBuilder sb)
    {
        if (sb.Length is 0 or > 300)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[sb.Length];
        sb.CopyTo(0, buffer, sb.Length);
        return VietnameseText.IsMostlyUpper(buffer);
    }

    private static bool IsWrappedRange(StringBuilder sb, string text) =>
        sb.Length > 0 && char.IsAsciiDigit(sb[^1]) && text.Length > 2 && text[0] is '-' or '–' && text[1] == ' ' && char.IsAsciiDigit(text[2]);

    private static bool StartsQuotation(string text) =>
        text.Length > 2 && text[0] is '“' or '«' && char.IsUpper(text[1]);

    private static bool StartsSentence(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]);

    private static bool EndsParagraph(StringBuilder sb)
    {
        var i = sb.Length - 1;
        while (i >= 0 && sb[i] is ' ' or '"' or '”' or ')')
        {
            i--;
        }

        // A line that trails off with the ellipsis character ("… xe mô tô vi phạm…") ends its paragraph as "..." does.
        return i >= 0 && sb[i] is '.' or ':' or ';' or '!' or '?' or '…';
    }

    private static bool EndsSentence(StringBuilder sb)
    {
        var i = sb.Length - 1;
        while (i >= 0 && sb[i] == ' ')
        {
            i--;
        }

        return i >= 0 && sb[i] is ':' or '!' or '?' || (i >= 1 && sb[i] == '.' && sb[i - 1] == '/');
    }

    // Short lines printed three or more times are running headers or footers.
    private HashSet<string> RepeatedLines()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var li = _from; li < _to; li++)
        {
            var line = _p.Lines[li];
            if (line.IsBlank || line.Length > 80)
            {
                continue;
            }

            var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
            var folded = _p.Fold.AsSpan(line.Start, line.Length);
            lookup[folded] = lookup.TryGetValue(folded, out var n) ? n + 1 : 1;
        }

        return [.. counts.Where(kv => kv.Value >= 3 && !LineKinds.IsBullet(kv.Key) && Marker(kv.Key).Kind == ClauseMarkerKind.None).Select(kv => kv.Key)];
    }

    public static ClauseMarker Marker(string text)
    {
        if (text.Length < 2)
        {
            return default;
        }

        // A portal that quotes a letter's numbered clauses opens the quotation on the first of them ("“1. Giao Công an
        // tỉnh chủ trì …"): the clause is numbered as if the quotation mark were not there.
        if (text.Length > 3 && text[0] is '“' or '"' or '«' && char.IsAsciiDigit(text[1]))
        {
            var quoted = Marker(text[1..]);
            return quoted.Kind is ClauseMarkerKind.Number or ClauseMarkerKind.NestedNumber ? quoted with { Length = quoted.Length + 1 } : default;
        }

        if (LineKinds.IsBullet(text) && text.Length > 1 && text[1] == ' ')
        {
            return new ClauseMarker(ClauseMarkerKind.Bullet, "-", 0, '\0', 2);
        }

        if (text.StartsWith("Điều", StringComparison.Ordinal) || text.StartsWith("ĐIỀU", StringComparison.Ordinal))
        {
            var i = 4;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var ds = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && i - ds < 3)
            {
                i++;
            }

            if (i > ds && ds > 4 && (i >= text.Length || text[i] is '.' or ':' or ' ' or ','))
            {
                var n = int.Parse(text.AsSpan(ds, i - ds), System.Globalization.CultureInfo.InvariantCulture);
                var len = i < text.Length && text[i] is '.' or ':' ? i + 1 : i;
                return new ClauseMarker(ClauseMarkerKind.Article, "Điều " + n.ToString(System.Globalization.CultureInfo.InvariantCulture), n, '\0', len);
            }
        }

        foreach (var roman in Romans)
        {
            if (text.StartsWith(roman, StringComparison.Ordinal) && text.Length > roman.Length + 1 && text[roman.Length] is '.' or ')' && text[roman.Length + 1] == ' ')
            {
                // Longest roman numeral wins ("III." is not "I").
                var longest = Romans.Where(r => text.StartsWith(r, StringComparison.Ordinal) && text.Length > r.Length && text[r.Length] is '.' or ')').MaxBy(r => r.Length)!;
                return new ClauseMarker(ClauseMarkerKind.Roman, longest, Array.IndexOf(Romans, longest) + 1, '\0', longest.Length + 1);
            }
        }

        if (char.IsAsciiDigit(text[0]))
        {
            var i = 0;
            var numbers = new List<int>(3);
            while (true)
            {
                var ds = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]) && i - ds < 3)
                {
                    i++;
                }

                if (i == ds || (i < text.Length && char.IsAsciiDigit(text[i])))
                {
                    return default;
                }

                numbers.Add(int.Parse(text.AsSpan(ds, i - ds), System.Globalization.CultureInfo.InvariantCulture));
                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && numbers.Count < 4)
                {
                    i++;
                    continue;
                }

                break;
            }

            var closed = i < text.Length && text[i] is '.' or ')';
            if (closed)
            {
                i++;
            }

            if ((!closed && numbers.Count == 1) || i >= text.Length || text[i] != ' ')
            {
                return default;
            }

            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length || char.IsAsciiDigit(text[i]))
            {
                return default;
            }

            return numbers.Count == 1
                ? new ClauseMarker(ClauseMarkerKind.Number, numbers[0].ToString(System.Globalization.CultureInfo.InvariantCulture), numbers[0], '\0', i)
                : new ClauseMarker(ClauseMarkerKind.NestedNumber, string.Join('.', numbers), numbers[0], '\0', i);
        }

        if (Letters.Contains(text[0], StringComparison.Ordinal) && text.Length > 3 && text[1] is ')' or '.' or '/' && text[2] == ' ')
        {
            return new ClauseMarker(ClauseMarkerKind.Letter, text[0].ToString(), 0, text[0], 3);
        }

        return default;
    }

    private void BuildClauses(List<Paragraph> paragraphs)
    {
        var romanSections = paragraphs.Count(p => Marker(p.Text).Kind == ClauseMarkerKind.Roman);
        var section = string.Empty;
        Clause? top = null;
        Clause? nested = null;
        Clause? current = null;
        var lastTop = 0;
        foreach (var para in paragraphs)
        {
            _ct.ThrowIfCancellationRequested();
            var marker = Marker(para.Text);
            var body = para.Text[Math.Min(marker.Length, para.Text.Length)..].Trim();
            Clause? opened = null;
            switch (marker.Kind)
            {
                case ClauseMarkerKind.Roman:
                    section = romanSections >= 2 ? marker.Label + "." : string.Empty;
                    lastTop = 0;
                    top = nested = current = null;
                    ResolveClosing(null);
                    continue;
                case ClauseMarkerKind.Article:
                    opened = new Clause { Ref = marker.Label, Level = 0, Text = body, Start = para.Start, End = para.End, Number = marker.Number };
                    break;
                case ClauseMarkerKind.Number when marker.Number == lastTop + 1 || (marker.Number == 1 && (lastTop == 0 || top is null)):
                    opened = new Clause { Ref = section + marker.Label, Level = 0, Text = body, Start = para.Start, End = para.End, Number = marker.Number };
                    break;
                // "Điều 6. Trách nhiệm thực hiện\n1. Bộ Y tế giao Cục …\n2. Bảo hiểm xã hội Việt Nam …": the numbered
                // clauses of an article titled for its duties are that article's clauses, each a task of its own (the
                // article's number stays the top clause's; the clauses keep their own numbers as references).
                case ClauseMarkerKind.Number when top is { Level: 0 } article && article.Ref.StartsWith("Điều", StringComparison.Ordinal)
                        && marker.Number == (nested is { } last && last.Parent == article ? last.Number + 1 : 1)
                        && IsDutiesTitle(article.Text):
                    opened = new Clause { Ref = marker.Label, Level = 1, Parent = article, Text = body, Start = para.Start, End = para.End, Number = marker.Number };
                    break;
                case ClauseMarkerKind.NestedNumber when top is not null && marker.Number == top.Number:
                    opened = new Clause { Ref = section + marker.Label, Level = 1, Parent = top, Text = body, Start = para.Start, End = para.End, Number = marker.Number };
                    break;
                case ClauseMarkerKind.Letter when IsNextLetter(marker.Letter, current, nested ?? top):
                    var parent = nested ?? top;
                    opened = new Clause
                    {
                        Ref = parent is null ? marker.Label : parent.Ref + "." + marker.Label,
                        Level = 2,
                        Parent = parent,
                        Text = body,
                        Start = para.Start,
                        End = para.End,
                        Letter = marker.Letter,
                    };
                    break;
            }

            if (opened is not null)
            {
                ResolveClosing(current);
                if (opened.Parent is null)
                {
                    _clauses.Add(opened);
                    top = opened;
                    nested = null;
                    lastTop = opened.Number;
                }
                else
                {
                    opened.Parent.Children.Add(opened);
                    if (opened.Level == 1)
                    {
                        nested = opened;
                    }
                }

                current = opened;
                continue;
            }

            if (current is null)
            {
                _preamble.Add(para);
                continue;
            }

            if (_closing.Count > 0 || (marker.Kind != ClauseMarkerKind.Bullet && IsClosingLike(para.Text)))
            {
                _closing.Add(para);
                continue;
            }

            current.Append(para.Text);
            current.End = para.End;
        }

        // Paragraphs taken for a closing that were followed by another clause belong to the clause before.
        void ResolveClosing(Clause? clause)
        {
            if (_closing.Count == 0)
            {
                return;
            }

            if (clause is not null)
            {
                foreach (var c in _closing)
                {
                    clause.Append(c.Text);
                }

                clause.End = _closing[^1].End;
            }

            _closing.Clear();
        }
    }

    // An article's title that heads its duties ("Trách nhiệm thực hiện", "Tổ chức thực hiện", "Trách nhiệm thi hành"):
    // a few words, no sentence of its own.
    private static bool IsDutiesTitle(string title)
    {
        if (title.Length > 60 || title.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var folded = VietnameseText.FoldString(title);
        return folded.Contains("trach nhiem", StringComparison.Ordinal) || folded.Contains("to chuc thuc hien", StringComparison.Ordinal)
            || folded.Contains("thi hanh", StringComparison.Ordinal);
    }

    private static bool IsNextLetter(char letter, Clause? current, Clause? parent)
    {
        if (letter == 'a')
        {
            return true;
        }

        var siblings = parent?.Children;
        var last = siblings is { Count: > 0 } ? siblings[^1].Letter : current is { Letter: not '\0' } ? current.Letter : '\0';
        var index = Letters.IndexOf(last, StringComparison.Ordinal);
        return index >= 0 && index + 1 < Letters.Length && Letters[index + 1] == letter;
    }

    // "Văn phòng Chính phủ (xin) thông báo để … biết, thực hiện", also with its spaces lost ("thôngbáo để").
    private static bool IsCourtesyNotice(string folded)
    {
        var compact = folded.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('.', '/');
        var notice = compact.IndexOf("thongbaode", StringComparison.Ordinal);
        return notice is >= 0 and < 50 && (compact.EndsWith("biet,thuchien", StringComparison.Ordinal) || compact.EndsWith("bietvathuchien", StringComparison.Ordinal));
    }

    private static bool IsLeadInOrNotice(string folded)
    {
        var end = folded.TrimEnd(' ', '.', '/');
        if (end.EndsWith("nhu sau:", StringComparison.Ordinal) || end.EndsWith("nhu sau", StringComparison.Ordinal))
        {
            return true;
        }

        // Pasted text may have lost the spaces between words ("xin thôngbáo để"): compare without them.
        var compact = folded.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('.', '/');
        var notice = compact.IndexOf("thongbaode", StringComparison.Ordinal);
        var courtesy = compact.EndsWith("biet,thuchien", StringComparison.Ordinal) || compact.EndsWith("biet", StringComparison.Ordinal) || compact.EndsWith("bietvathuchien", StringComparison.Ordinal);
        if (notice is >= 0 and < 50 && courtesy)
        {
            return true;
        }

        // An office passing on whose direction it is ("Văn phòng UBND Thành phố thông báo ý kiến chỉ đạo của đồng chí Phó
        // Chủ tịch … để các đơn vị liên quan biết, thực hiện"): the same courtesy line with the direction named between
        // "thông báo" and "để" (docs/domain.md §5), no task of its own.
        var announces = compact.IndexOf("thongbaoykien", StringComparison.Ordinal);
        return announces is >= 0 and < 50 && courtesy && compact.IndexOf("de", announces + 13, StringComparison.Ordinal) > 0;
    }

    // Whether a paragraph opens with the unit that holds it ("Sở NN&PTNT tham mưu …", "- Công an tỉnh phối hợp …"):
    // a unit phrase at its first word, followed by a lower-case verb rather than by more of a sentence about it.
    private static bool OpensWithHolder(string text)
    {
        var tokens = Tokenizer.Tokenize(text, 40);
        var s = 0;
        while (s < tokens.Count && tokens[s].Kind is TokenKind.Dash or TokenKind.Other)
        {
            s++;
        }

        if (s >= tokens.Count || !tokens[s].Capitalized || UnitPhrases.HeadAt(tokens, s, requireCapital: true) == 0)
        {
            return false;
        }

        var units = UnitPhrases.Parse(text, tokens, s);
        return units.Units.Count > 0 && units.Next < tokens.Count && tokens[units.Next].Kind == TokenKind.Word && !tokens[units.Next].Capitalized;
    }

    // Where the text of a dashed item begins ("- Sở Y tế chủ trì …", "+ Công an tỉnh …"), or 0 when the paragraph is no
    // dashed item.
    private static int DashedItemBody(string text)
    {
        var item = text.AsSpan().TrimStart();
        if (!LineKinds.IsBullet(item))
        {
            return 0;
        }

        var i = text.Length - item.Length + 1;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length ? i : 0;
    }

    private static bool AnnouncesWhatFollows(string folded)
    {
        var end = folded.TrimEnd(' ', '.', '/');
        return end.EndsWith("nhu sau:", StringComparison.Ordinal) || end.EndsWith("nhu sau", StringComparison.Ordinal);
    }

    // A closing paragraph whose opening sentence directs units it names ("Bộ Xây dựng đề nghị Uỷ ban nhân dân các tỉnh …
    // báo cáo …"), not the addressees in general ("đề nghị các đơn vị …") and not about carrying out the document itself
    // ("… thực hiện nghiêm Chỉ thị này").
    private static bool ClosingAsksNamedUnits(string text)
    {
        var folded = VietnameseText.FoldString(text);
        foreach (var itself in DocumentItself)
        {
            if (folded.Contains(itself, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var tokens = Tokenizer.Tokenize(text, UnitsWindow);
        var direct = DirectiveUnits(text, tokens, maxWordsBefore: 10);
        return direct.Units.Count > 0 && !direct.Units.All(RefersToAddressees);
    }

    // The document itself, folded ("thực hiện nghiêm Chỉ thị này").
    private static readonly string[] DocumentItself =
        ["chi thi nay", "cong van nay", "quyet dinh nay", "ke hoach nay", "van ban nay", "thong bao nay", "cong dien nay", "nghi dinh nay", "thong tu nay"];

    private static bool IsClosingLike(string text)
    {
        var folded = VietnameseText.FoldString(text);
        // The Government Office's courtesy line after the numbered duties ("Văn phòng Chính phủ thông báo để các Bộ: Y tế,
        // Tài chính … biết, thực hiện./.") closes the letter; it is no part of the last duty (docs/domain.md §5: it gives
        // no task, and its sender holds none of the duty before it).
        if (IsCourtesyNotice(folded))
        {
            return true;
        }

        foreach (var start in (string[])["nhan duoc", "tren day", "yeu cau", "de nghi", "trong qua trinh"])
        {
            if (folded.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (!folded.Contains("yeu cau", StringComparison.Ordinal) && !folded.Contains("de nghi", StringComparison.Ordinal) && !folded.Contains("giao", StringComparison.Ordinal))
        {
            return false;
        }

        var tokens = Tokenizer.Tokenize(text, UnitsWindow);
        return DirectiveUnits(text, tokens, maxWordsBefore: 10).Units.Count > 0;
    }

    // "Ban Chỉ huy …, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện … tập trung thực hiện một số công việc
    // sau:": a directive's general duty without a directing verb; the units that open it and take up the work listed
    // below hold it (a unit that only explains or guides, "Sở Tư pháp hướng dẫn như sau:", does not).
    private static bool UnitsTakeUp(string text)
    {
        var tokens = Tokenizer.Tokenize(text, UnitsWindow);
        var (units, _, isSubject) = SentenceUnits(text, tokens, 0, allowDirective: false);
        if (units.Units.Count == 0 || !isSubject)
        {
            return false;
        }

        var verb = SkipAdverbs(tokens, units.Next);
        foreach (var v in TakeUpVerbs)
        {
            if (UnitPhrases.Matches(tokens, verb, v))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TakeUpVerbs = ["tập trung", "thực hiện", "triển khai", "khẩn trương", "chủ động", "có trách nhiệm", "tổ chức thực hiện", "nghiêm túc"];

    private static bool DirectsUnits(string text)
    {
        var tokens = Tokenizer.Tokenize(text, UnitsWindow);
        if (DirectiveUnits(text, tokens, maxWordsBefore: DirectiveWindow).Units.Count > 0)
        {
            return true;
        }

        // "UBND tỉnh vừa ban hành Công điện số …. Nội dung Công điện nêu rõ: …. Để chủ động …, Chủ tịch UBND tỉnh yêu cầu
        // Chủ tịch UBND các huyện … một số nhiệm vụ:": the direction may come in a later sentence of the announcing
        // paragraph, after the circumstances it answers.
        for (int i = 0, sentences = 0; i < tokens.Count - 1 && sentences < 5; i++)
        {
            if (tokens[i].Kind == TokenKind.Period && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Capitalized)
            {
                sentences++;
                if (DirectiveUnits(text, tokens, maxWordsBefore: DirectiveWindow, start: i + 1).Units.Count > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "… yêu cầu/đề nghị/giao X …" within the first words of the sentence that starts at <paramref name="start"/>.
    // A sentence that opens with its grounds ("Căn cứ …; …; …, yêu cầu …") runs on across semicolons.
    private static UnitList DirectiveUnits(string text, List<Token> tokens, int maxWordsBefore, int start = 0, bool report = false)
    {
        var words = 0;
        var grounds = OpensWithGrounds(tokens, start);
        // "Mới đây, UBND thành phố đã giao …", "Vừa qua, Bộ … đã yêu cầu …": a news item's opening that reports the
        // direction as its news; its "đã" is the direction itself, not history recalled before a new request.
        // A page that only reports documents (no type, number or issuer of its own) tells its news the same way.
        var recent = report || UnitPhrases.Matches(tokens, start, "mới đây") || UnitPhrases.Matches(tokens, start, "vừa qua") || UnitPhrases.Matches(tokens, start, "vừa rồi");
        UnitList? sentWithSubject = null;
        for (var i = start; i < tokens.Count && words <= maxWordsBefore; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Period || (t.Kind == TokenKind.Semicolon && !grounds))
            {
                break;
            }

            // "Xét đề nghị của: UBND tỉnh A tại các văn bản: số …, số …; của UBND tỉnh B …, Phó Thủ tướng … giao …": the
            // proposals a ground lists are no part of the direction; the window counts from the ground's last comma.
            if (grounds && t.Kind == TokenKind.Comma)
            {
                words = 0;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            // "… cho hay Bộ Giao thông vận tải được giao chỉ đạo …", "Sở Y tế được yêu cầu …": a direction retold in the
            // passive names its holders before the verb ("đã được giao" stays history unless the page reports news).
            if (t.Lower == "được" && !(i > 0 && tokens[i - 1].Lower is "đã" or "từng" && !recent))
            {
                var passive = PassiveUnits(text, tokens, i);
                if (passive.Units.Count > 0)
                {
                    return passive;
                }
            }

            // "… có văn bản gửi X; Y đề nghị …", "… ký công văn gửi X về việc …": the addressees of the letter it reports.
            if (SentTo(tokens, i) is var sent and > 0)
            {
                // "… có Công điện gửi: Các Bộ trưởng, …; Chủ tịch UBND các tỉnh, …": a colon may announce the addressees.
                if (i + sent < tokens.Count && tokens[i + sent].Kind == TokenKind.Colon)
                {
                    sent++;
                }

                var addressees = UnitPhrases.Parse(text, tokens, i + sent);
                if (addressees.Units.Count > 0)
                {
                    return addressees;
                }
            }
            else if (sentWithSubject is null && LetterWithSubjectBefore(tokens, i, start))
            {
                // "… có công văn khẩn về việc … gửi UBND các tỉnh, đề nghị các địa phương …": the addressees, kept for a
                // direction that follows and renames them as a collective.
                var addressees = UnitPhrases.Parse(text, tokens, i + 1);
                if (addressees.Units.Count > 0)
                {
                    sentWithSubject = addressees;
                }
            }

            // "Chủ tịch UBND tỉnh ủy quyền đồng chí …, Phó Chủ tịch …" hands over the task as "giao" does.
            var verb = UnitPhrases.Matches(tokens, i, "yêu cầu") || UnitPhrases.Matches(tokens, i, "đề nghị") || IsUyQuyen(tokens, i) || DirectsByDocument(tokens, i) ? 2
                : DirectionTowards(tokens, i) is var towards and > 0 ? towards
                : ChiDaoOfUnit(tokens, i, start) is var directs and > 0 ? directs
                : GiaoLength(tokens, i);
            // "được giao", "đã yêu cầu" report; "theo đề nghị của", "xét đề nghị của" cite a proposal; "về việc đề
            // nghị …" names another document's subject.
            if (verb == 0 || (i > 0 && (tokens[i - 1].Lower is "được" or "theo" or "xét" or "có" or "việc" || (tokens[i - 1].Lower == "đã" && !recent)))
                || (i + verb < tokens.Count && tokens[i + verb].Lower == "của"))
            {
                continue;
            }

            var units = UnitPhrases.Parse(text, tokens, i + verb);
            if (units.Units.Count > 0)
            {
                if (sentWithSubject is null && IsRenamingCollective(units) && LaterAddressees(text, tokens, units.Next) is { Units.Count: > 0 } later)
                {
                    // "Bộ Y tế đề nghị các địa phương tăng cường …" (a headline) / "(Báo …) - Ngày 28/4, Bộ Y tế có Công văn
                    // số … gửi UBND các tỉnh, thành phố …": the collective stands for the addressees the letter is sent to
                    // later in the same sentence (docs/domain.md §5, twenty-seventh pass).
                    return later;
                }

                return sentWithSubject is not null && IsRenamingCollective(units) ? sentWithSubject : units;
            }
        }

        return UnitList.None(0);
    }

    // The addressees of a letter "gửi" them after from, up to the sentence's end ("… có Công văn số 12/BYT-DP gửi X …").
    private static UnitList LaterAddressees(string text, List<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count && j <= from + 60 && tokens[j].Kind != TokenKind.Period; j++)
        {
            if (SentTo(tokens, j) is var sent and > 0)
            {
                return UnitPhrases.Parse(text, tokens, j + sent);
            }
        }

        return UnitList.None(0);
    }

    // "các địa phương", "các đơn vị", "các cơ quan này", "các ngành": a collective that renames the addressees named
    // before it rather than naming new holders.
    private static bool IsRenamingCollective(UnitList units)
    {
        if (units.Units.Count != 1)
        {
            return false;
        }

        var u = units.Units[0];
        foreach (var head in (string[])["các địa phương", "các đơn vị", "các cơ quan", "các ngành"])
        {
            if (u.StartsWith(head, StringComparison.OrdinalIgnoreCase) && (u.Length == head.Length || u.AsSpan(head.Length).Trim() is "này" or "nêu trên" or "trên"))
            {
                return true;
            }
        }

        return false;
    }

    // "gửi" after a letter named with its subject in the same sentence ("… có công văn khẩn về việc tăng cường … gửi",
    // "… ra văn bản hỏa tốc về an toàn … gửi"): the letter was issued ("có", "ra", "ban hành", "ký" before its noun) and
    // its subject ("về") runs up to "gửi".
    private static bool LetterWithSubjectBefore(List<Token> tokens, int i, int start)
    {
        if (tokens[i].Lower != "gửi")
        {
            return false;
        }

        var about = false;
        for (var k = i - 1; k > start && k >= i - 30; k--)
        {
            if (tokens[k].Kind is TokenKind.Period or TokenKind.Semicolon)
            {
                return false;
            }

            if (tokens[k].Lower == "về")
            {
                about = true;
            }

            if (about && tokens[k - 1].Lower is "có" or "ra" or "hành" or "ký")
            {
                foreach (var noun in DocumentNouns)
                {
                    if (UnitPhrases.Matches(tokens, k, noun))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // "… vừa chỉ đạo Cục Thuế …", "… khi chỉ đạo cho Cục …": a unit that directs another names its holder as "yêu
    // cầu" does. The length of the verb ("chỉ đạo", "chỉ đạo cho"), or 0. Elsewhere
    // "chỉ đạo" stays a noun ("Ban Chỉ đạo", "theo chỉ đạo của", "ý kiến chỉ đạo").
    private static int ChiDaoOfUnit(List<Token> tokens, int i, int start)
    {
        if (i >= tokens.Count || tokens[i].Capitalized || !UnitPhrases.Matches(tokens, i, "chỉ đạo"))
        {
            return 0;
        }

        if (i + 2 < tokens.Count && tokens[i + 2].Lower == "cho")
        {
            return 3;
        }

        // "vừa chỉ đạo", "khi chỉ đạo" tell the news of the direction; a bare "Công an tỉnh chỉ đạo các đơn vị …" in a
        // retelling is that unit's own duty (it directs those under it).
        // "… ông chỉ đạo các sở, ngành …": the leader a news item has named, as "ông"/"bà", directs them.
        return i > start && tokens[i - 1].Lower is "vừa" or "khi" or "ông" or "bà" ? 2 : 0;
    }

    private static readonly string[] DocumentNouns = ["công văn", "văn bản", "công điện", "chỉ thị", "thông báo", "quyết định", "kế hoạch"];

    // "… có công văn số 140/BXD-QLN đề nghị …", "… đã có văn bản số 12/UBND …": after the subject, "có" (or "đã có")
    // and a document noun whose number follows "số" within a few words: a letter of record, named as a citation is.
    private static bool ReportsNumberedLetter(List<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Lower == "đã")
        {
            k++;
        }

        if (k + 1 >= tokens.Count || tokens[k].Lower != "có" || !StartsDocumentNoun(tokens, k + 1))
        {
            return false;
        }

        for (var j = k + 2; j + 1 < tokens.Count && j <= k + 5; j++)
        {
            if (tokens[j].Lower == "số" && tokens[j + 1].Lower.Length > 0 && char.IsAsciiDigit(tokens[j + 1].Lower[0]))
            {
                return true;
            }
        }

        return false;
    }

    // The report of a numbered letter (ReportsNumberedLetter) between s and end, with no semicolon after it: the directed
    // units that end at end are what that letter asked.
    private static bool ReportsNumberedLetterBefore(List<Token> tokens, int s, int end)
    {
        var found = false;
        for (var k = s; k < end && k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Semicolon)
            {
                found = false;
            }
            // "… vừa có văn bản số 8657/NHNN-PHKQ yêu cầu …" is a news page's lead retelling the direction (§5: "vừa", "mới").
            else if (tokens[k].Lower == "có" && !(k > 0 && tokens[k - 1].Lower is "vừa" or "mới") && ReportsNumberedLetter(tokens, k))
            {
                found = true;
            }
        }

        return found;
    }

    private static bool StartsDocumentNoun(List<Token> tokens, int k)
    {
        foreach (var noun in DocumentNouns)
        {
            if (UnitPhrases.Matches(tokens, k, noun))
            {
                return true;
            }
        }

        return false;
    }

    // The units a passive direction at "được" (i) names: after "được giao cho" the units that follow; after "được giao",
    // "được yêu cầu", "được đề nghị" the unit list that ends right before it (an adverb such as "cũng" between them),
    // searched back to the start of the sentence. A duty ("nhiệm vụ được giao") is no unit and names no one.
    private static UnitList PassiveUnits(string text, List<Token> tokens, int i)
    {
        var giao = GiaoLength(tokens, i + 1);
        var byAgent = false;
        // "Cùng với đó, các cơ sở khám, chữa bệnh được chỉ đạo tập trung cấp cứu …": directed in the passive, the units
        // before "được" hold the duty as with "được yêu cầu".
        if (giao == 0 && !UnitPhrases.Matches(tokens, i + 1, "yêu cầu") && !UnitPhrases.Matches(tokens, i + 1, "đề nghị")
            && !UnitPhrases.Matches(tokens, i + 1, "chỉ đạo"))
        {
            // "Sở Tài nguyên và Môi trường vừa được UBND thành phố giao chủ trì …", "Công an huyện được Chủ tịch UBND huyện
            // yêu cầu …": the one who directs may stand between "được" and the verb; the holder is still the unit before.
            if (UnitPhrases.HeadAt(tokens, i + 1, requireCapital: true) == 0
                || UnitPhrases.Parse(text, tokens, i + 1) is not { Units.Count: > 0 } agent
                || (GiaoLength(tokens, agent.Next) == 0 && !UnitPhrases.Matches(tokens, agent.Next, "yêu cầu") && !UnitPhrases.Matches(tokens, agent.Next, "đề nghị")))
            {
                return UnitList.None(0);
            }

            byAgent = true;
        }

        if (giao == 2 && !byAgent)
        {
            return UnitPhrases.Parse(text, tokens, i + 1 + giao);
        }

        var from = i;
        while (from > 0 && from > i - 40 && tokens[from - 1].Kind is not (TokenKind.Period or TokenKind.Semicolon))
        {
            from--;
        }

        for (var p = from; p < i; p++)
        {
            // The list opens the sentence, follows a comma or colon, or follows the word that reports it ("cho hay",
            // "cho biết", "rằng") or sets it beside another ("còn", "riêng", "và"); a unit further back is the source of the news, not the holder ("Trang web Chính phủ
            // dẫn công điện cho hay Bộ …").
            if (tokens[p].Kind != TokenKind.Word || UnitPhrases.HeadAt(tokens, p, requireCapital: false) == 0
                || (p > from && tokens[p - 1].Kind == TokenKind.Word && tokens[p - 1].Lower is not ("hay" or "biết" or "rằng" or "là" or "còn" or "riêng" or "và")))
            {
                continue;
            }

            var units = UnitPhrases.Parse(text, tokens, p);
            if (units.Units.Count > 0 && SkipAdverbs(tokens, units.Next) == i)
            {
                return units;
            }
        }

        return UnitList.None(0);
    }

    // The tokens of "gửi" (and "tới", "đến" after it) right after the letter it reports ("văn bản gửi", "công văn số
    // 12/BXD-VP gửi"), or 0. A report sent up ("văn bản báo cáo gửi Bộ …") has its own noun between them and is not one.
    private static int SentTo(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "gửi" || i < 2)
        {
            return 0;
        }

        var k = i;
        // "Công văn số 45/UBND-KT ngày 5/5/2024 gửi …": the letter's date between its number and "gửi".
        var d = GluedStart(tokens, k - 1, k - 8);
        if (d >= 2 && tokens[d - 1].Lower == "ngày" && tokens[d].Lower.Length > 0 && char.IsAsciiDigit(tokens[d].Lower[0]))
        {
            k = d - 1;
        }

        if (tokens[k - 1].Kind != TokenKind.Word && k >= 3 && tokens[k - 2].Lower == "số")
        {
            k -= 2;
        }
        else
        {
            // "Công điện số 61/CĐ-BGTVT gửi …": the number and symbol, its parts written without spaces, after "số".
            var j = GluedStart(tokens, k - 1, k - 12);
            if (j < k - 1 && j >= 3 && tokens[j - 1].Lower == "số")
            {
                k = j - 1;
            }
            else if (k >= 4 && tokens[k - 2].Lower == "số" && tokens[k - 1].Lower.Length > 0 && char.IsAsciiDigit(tokens[k - 1].Lower[0]))
            {
                // "Công văn khẩn số 5995 gửi …": a bare number after "số".
                k -= 2;
            }
        }

        // "Công văn khẩn số 5995 gửi …", "Công điện hỏa tốc số 5 gửi …": the letter's urgency between its noun and number.
        if (k >= 3 && tokens[k - 1].Lower == "khẩn")
        {
            k--;
        }
        else if (k >= 4 && (UnitPhrases.Matches(tokens, k - 2, "hỏa tốc") || UnitPhrases.Matches(tokens, k - 2, "hoả tốc") || UnitPhrases.Matches(tokens, k - 2, "khẩn cấp")))
        {
            k -= 2;
        }

        var noun = false;
        foreach (var n in DocumentNouns)
        {
            if (k >= 2 && UnitPhrases.Matches(tokens, k - 2, n))
            {
                noun = true;
                break;
            }
        }

        if (!noun)
        {
            return 0;
        }

        return i + 1 < tokens.Count && tokens[i + 1].Lower is "tới" or "đến" ? 2 : 1;
    }

    // "… đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ …", "… ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo các sở …",
    // "… có công điện khẩn chỉ đạo các ban ngành …": "chỉ đạo" after the document that carries it directs as "yêu cầu"
    // does. Elsewhere it stays a noun ("ý kiến chỉ đạo của", "theo chỉ đạo", "Ban Chỉ đạo").
    private static bool DirectsByDocument(List<Token> tokens, int i)
    {
        if (tokens[i].Capitalized || !UnitPhrases.Matches(tokens, i, "chỉ đạo"))
        {
            return false;
        }

        for (var k = i - 1; k >= 1 && k >= i - 14; k--)
        {
            if (tokens[k].Kind is TokenKind.Period or TokenKind.Semicolon)
            {
                return false;
            }

            if (tokens[k].Kind == TokenKind.Word && tokens[k - 1].Lower is "có" or "hành" or "ra" or "ký")
            {
                foreach (var noun in DocumentNouns)
                {
                    if (UnitPhrases.Matches(tokens, k, noun))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // "Đó là chỉ đạo của UBND tỉnh đối với các sở, ban, ngành …", "… là chỉ đạo của Tổng cục tới Cục … các địa
    // phương": a news item naming whom the direction it reports is for. The length of "đối với" / "tới" / "đến", or 0.
    private static int DirectionTowards(List<Token> tokens, int i)
    {
        var length = UnitPhrases.Matches(tokens, i, "đối với") ? 2 : tokens[i].Lower is "tới" or "đến" ? 1 : 0;
        if (length == 0)
        {
            return 0;
        }

        for (var k = i - 1; k >= 1 && k >= i - 14; k--)
        {
            if (tokens[k].Kind is TokenKind.Period or TokenKind.Semicolon or TokenKind.Comma)
            {
                return 0;
            }

            // "… là chỉ đạo của …", "… là ý kiến chỉ đạo của …", "… là một trong những ý kiến chỉ đạo của …".
            var reported = tokens[k - 1].Lower == "là"
                || (k >= 3 && tokens[k - 1].Lower == "kiến" && tokens[k - 2].Lower == "ý" && tokens[k - 3].Lower is "là" or "những");
            if (reported && (UnitPhrases.Matches(tokens, k, "chỉ đạo") || UnitPhrases.Matches(tokens, k, "yêu cầu"))
                && k + 2 < tokens.Count && tokens[k + 2].Lower == "của")
            {
                return length;
            }
        }

        return 0;
    }

    // "Trước tình hình …; đồng thời, …, Chủ tịch UBND tỉnh …": a news item opens with the circumstances it answers.
    // "Xét đề nghị của: UBND tỉnh A tại …; của UBND tỉnh B tại …, Phó Thủ tướng … giao …": a ground listing proposals may
    // part them with semicolons before the direction (docs/domain.md §5, twenty-seventh pass).
    private static readonly string[] Grounds = ["căn cứ", "thực hiện", "theo", "trên cơ sở", "để", "nhằm", "sau khi", "qua", "trước", "xét"];

    private static bool OpensWithGrounds(List<Token> tokens, int start)
    {
        foreach (var g in Grounds)
        {
            if (UnitPhrases.Matches(tokens, start, g))
            {
                return true;
            }
        }

        return false;
    }

    private void ReadLeadIn()
    {
        if (_preamble.Count == 0)
        {
            return;
        }

        var text = _preamble[^1].Text;
        var tokens = Tokenizer.Tokenize(text);
        UnitList? best = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var verb = UnitPhrases.Matches(tokens, i, "yêu cầu") || UnitPhrases.Matches(tokens, i, "đề nghị") || UnitPhrases.Matches(tokens, i, "chỉ đạo") ? 2
                : tokens[i].Lower == "giao" ? 1 : 0;
            if (verb == 0 || (i > 0 && tokens[i - 1].Lower is "được"))
            {
                continue;
            }

            // "Bộ … đề nghị UBND các tỉnh chỉ đạo các cơ quan chức năng thực hiện …:": the units asked hold the duties
            // (directing their own services is how they carry them out), so "chỉ đạo" right after them names no new holder.
            if (best is not null && UnitPhrases.Matches(tokens, i, "chỉ đạo") && SkipUrging(tokens, SkipAdverbs(tokens, best.Next)) == i)
            {
                continue;
            }

            var units = UnitPhrases.Parse(text, tokens, i + verb);
            if (units.Units.Count > 0)
            {
                best = units;
            }
        }

        if (best is null)
        {
            return;
        }

        _leadIn = [.. best.Units.Select(Canonical)];
        var alias = text.IndexOf("gọi chung là", StringComparison.OrdinalIgnoreCase);
        if (alias >= 0)
        {
            var end = text.IndexOf(')', alias);
            if (end > alias)
            {
                _alias = VietnameseText.TrimItem(text[(alias + "gọi chung là".Length)..end]);
            }
        }
    }

    private void ReadUnnumbered(List<ExtractedTask> tasks)
    {
        var n = 0;
        for (var k = 0; k < _preamble.Count; k++)
        {
            var para = _preamble[k];
            // A news page prints its lead twice at its top (once as the summary, once as the article's first paragraph;
            // the first copy may carry the page's title line): the same paragraph again gives no second task.
            if (k is > 0 and <= 3 && para.Text.Length > 40 && _preamble[k - 1].Text.AsSpan().Trim().EndsWith(para.Text.AsSpan().Trim(), StringComparison.Ordinal))
            {
                continue;
            }

            var folded = VietnameseText.FoldString(para.Text);
            if (k == _preamble.Count - 1 && k > 0 && (folded.StartsWith("nhan duoc", StringComparison.Ordinal) || folded.StartsWith("tren day", StringComparison.Ordinal)))
            {
                _closing.Add(para);
                continue;
            }

            // A paragraph that announces what follows ("… có ý kiến như sau:") or the courtesy line of the Government
            // Office ("Văn phòng Chính phủ thông báo để … biết, thực hiện") gives no task of its own.
            // A paragraph that announces what follows and itself directs units ("Sở … đề nghị Ủy ban nhân dân các
            // quận, huyện … tiếp tục thực hiện … cụ thể như sau:") is a task when no numbered clause follows it.
            if (IsLeadInOrNotice(folded) && !(AnnouncesWhatFollows(folded) && (DirectsUnits(para.Text) || UnitsTakeUp(para.Text))))
            {
                continue;
            }

            // "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, … tổ chức triển khai thực hiện các nội dung sau:" before paragraphs
            // that each open with their own holder ("Sở NN&PTNT tham mưu …", "Công an tỉnh, Bộ CHQS tỉnh phối hợp …"): the
            // lead-in introduces them, as it does numbered duties, and is no task of its own.
            if (k + 1 < _preamble.Count && para.Text.AsSpan().TrimEnd().EndsWith(":", StringComparison.Ordinal)
                && OpensWithHolder(_preamble[k + 1].Text) && (k + 2 >= _preamble.Count || OpensWithHolder(_preamble[k + 2].Text)))
            {
                continue;
            }

            _ct.ThrowIfCancellationRequested();
            var (units, lead, coordinators, _) = UnitsOf(para.Text, allowDirective: true, laterSentences: true, report: _report);
            if (units.Count == 0 && k > 0 && _preamble[k - 1].Text.AsSpan().TrimEnd().EndsWith(":", StringComparison.Ordinal)
                && DashedItemBody(para.Text) is var item and > 0 && OpensWithHolder(para.Text))
            {
                // "… giao nhiệm vụ cho các đơn vị liên quan như sau:\n- Sở Giao thông vận tải chủ trì, phối hợp với …": a
                // dashed item under a lead-in that opens with its own holder is that holder's task, one item or several
                // (docs/domain.md §5: the lead-in introduces it and is no task of its own).
                (units, lead, coordinators, _) = UnitsOf(para.Text[item..], allowDirective: true, laterSentences: true, report: _report);
            }

            if (units.Count == 0)
            {
                continue;
            }

            if (!_budget.TryTake())
            {
                break;
            }

            n++;
            tasks.Add(Build("p" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), para.Text, new TextSpan(para.Start, para.End - para.Start), units, lead, coordinators));
        }
    }

    private ExtractedTask TaskOf(string reference, string text, TextSpan span, Clause? clause, bool closing = false)
    {
        List<string> units;
        string? lead = null;
        List<string> coordinators = [];
        if (closing)
        {
            var tokens = Tokenizer.Tokenize(text, UnitsWindow);
            var direct = DirectiveUnits(text, tokens, maxWordsBefore: 40);
            units = direct.Units.Count > 0 ? [.. direct.Units] : [.. _leadIn];
        }
        else
        {
            (units, lead, coordinators, var explicitUnits) = UnitsOf(text, allowDirective: true, listMayEnd: true);
            if (!explicitUnits && reference.StartsWith("Điều", StringComparison.Ordinal) && ArticleBodyStart(text) is var body and > 0)
            {
                // "Điều 36. Tổ chức thi hành\nCác Bộ trưởng, … chịu trách nhiệm tổ chức thi hành Nghị định này.": an
                // article's title in sentence case (NĐ 30/2020 Phụ lục I: "Điều" with its number and title) stands before
                // its text; the executors are named where the text begins.
                (units, lead, coordinators, explicitUnits) = UnitsOf(text[body..], allowDirective: true, listMayEnd: true);
            }

            if (units.Count == 0 && reference.StartsWith("Điều", StringComparison.Ordinal) && AfterHonorifics(text) is var named and > 0)
            {
                // "Điều 3. Các ông, bà: Chánh Văn phòng …, Giám đốc Sở …", "Điều 4. Các ông (bà) Chánh Văn phòng …": the
                // executors are addressed as persons before their titles; the titles name the units.
                (units, lead, coordinators, explicitUnits) = UnitsOf(text[named..], allowDirective: true, listMayEnd: true);
            }

            if (units.Count == 1 && reference.StartsWith("Điều", StringComparison.Ordinal) && AnnouncesUnitsBelow(units[0])
                && NumberedItemHolders(text) is { Count: > 0 } below)
            {
                // "Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm …:\n1. Sở Kế hoạch và Đầu tư …\n2. Ban …": the subject
                // announces the units; each numbered item opens with one of them.
                units = below;
                lead = null;
            }

            if (explicitUnits && reference.StartsWith("Điều", StringComparison.Ordinal) && text.Contains("thi hành", StringComparison.Ordinal))
            {
                // "Điều 3. Các Bộ trưởng, … chịu trách nhiệm thi hành Quyết định này.\nBan Chỉ đạo … giúp Thủ tướng Chính phủ
                // chỉ đạo, kiểm tra việc thực hiện …": a later sentence of the executor article opened by a unit that acts
                // names one more holder.
                units = [.. units];
                AddLaterSubjects(text, Tokenizer.Tokenize(text, UnitsWindow), 0, units);
            }

            if (explicitUnits && VerbThenColon(text) && HeadingItemUnits(text) is { Count: > 1 } listed)
            {
                // "3. Giao:\n- Phòng Nông nghiệp … tiếp nhận …\n- UBND các xã, thị trấn nghiên cứu …": the directing verb
                // and its colon announce one dashed item per unit (NĐ 30/2020 Phụ lục I, items of a list); every item's
                // unit holds the clause, not only the first after the colon.
                units = [.. units];
                foreach (var u in listed)
                {
                    if (!units.Exists(x => UnitPhrases.Key(x) == UnitPhrases.Key(u)))
                    {
                        units.Add(u);
                    }
                }

                lead = null;
            }
            else if (!explicitUnits && HeadingItemUnits(text) is { Count: > 0 } itemUnits)
            {
                // "1. Về công tác kiểm tra\n- Sở Y tế chủ trì …;\n- Công an tỉnh xử lý …": a topic heading whose dashed
                // items each open with the unit that does them (NĐ 30/2020 Phụ lục I, items of a list).
                units = itemUnits;
            }
            else if (!explicitUnits)
            {
                units = Inherited(clause);

                // "1. Sở Y tế:\na) Chủ trì, phối hợp với Công an tỉnh …": the unit of the heading leads its lettered
                // clauses, and the units after "phối hợp với" coordinate (docs/domain.md §5).
                var (leads, implied) = Roles(text, Tokenizer.Tokenize(text, UnitsWindow), 0);
                lead = leads && units.Count == 1 ? units[0] : null;
                coordinators = implied;
            }
        }

        return Build(reference, text, span, units, lead, coordinators);
    }

    // "Các cơ quan, đơn vị sau đây", "các đơn vị dưới đây": a subject that stands for units listed below it.
    private static bool AnnouncesUnitsBelow(string unit) =>
        unit.EndsWith(" sau đây", StringComparison.OrdinalIgnoreCase) || unit.EndsWith(" dưới đây", StringComparison.OrdinalIgnoreCase)
        || unit.EndsWith(" sau", StringComparison.OrdinalIgnoreCase);

    // The units that open the numbered items ("1. Sở …", "2) Ban …") of a clause whose items were joined to it, in order:
    // a number and its dot or bracket after the colon or the full stop that ends the item before.
    private static List<string> NumberedItemHolders(string text)
    {
        var holders = new List<string>();
        var tokens = Tokenizer.Tokenize(text);
        var expected = 1;
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            // The items count from 1 in order; the first follows the colon that announces them (a copied page may cut an
            // item's last words, so a later number need not follow a full stop).
            var number = tokens[k].Lower;
            if (number != expected.ToString(System.Globalization.CultureInfo.InvariantCulture) || tokens[k + 1].Kind is not (TokenKind.Period or TokenKind.CloseParen)
                || (expected == 1 && tokens[k - 1].Kind is not (TokenKind.Colon or TokenKind.Period)))
            {
                continue;
            }

            expected++;
            if (UnitPhrases.HeadAt(tokens, k + 2, requireCapital: true) > 0)
            {
                holders.AddRange(UnitPhrases.Parse(text, tokens, k + 2).Units);
            }
        }

        return holders;
    }

    // Where the titles begin after "Các ông, bà:", "Các ông (bà)", "Ông (Bà)" within an article's first words (the form of
    // address for the persons who hold the executors' offices), or 0.
    private static int AfterHonorifics(string text)
    {
        var tokens = Tokenizer.Tokenize(text, UnitsWindow);
        for (var k = 0; k < tokens.Count && k <= 6; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Lower is not ("ông" or "ông/bà"))
            {
                continue;
            }

            var j = k + 1;
            while (j < tokens.Count && j <= k + 4 && (tokens[j].Kind != TokenKind.Word || tokens[j].Lower == "bà"))
            {
                j++;
            }

            return j < tokens.Count && j > k + 1 && UnitPhrases.HeadAt(tokens, j, requireCapital: true) > 0 ? tokens[j].Start : 0;
        }

        return 0;
    }

    // Where an article's text begins after its title in sentence case ("Trách nhiệm thi hành Bộ trưởng, …" once its lines
    // are joined): the first capitalised word that opens a unit, within the title's first words, all of them lower-case
    // words before it; 0 when the article has no such title.
    private static int ArticleBodyStart(string text)
    {
        var tokens = Tokenizer.Tokenize(text, UnitsWindow);
        for (var k = 1; k < tokens.Count && k <= 10; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                return 0;
            }

            if (t.Capitalized)
            {
                return UnitPhrases.HeadAt(tokens, k, requireCapital: true) > 0 ? t.Start : 0;
            }
        }

        return 0;
    }

    private ExtractedTask Build(string reference, string text, TextSpan span, List<string> units, string? lead, List<string> coordinators)
    {
        // "Kính gửi: - Sở Y tế; - UBND các huyện. … UBND tỉnh đề nghị các đơn vị khẩn trương …": a letter that names its
        // holders only as "các đơn vị", "các cơ quan, đơn vị", "Quý cơ quan" means the units it is sent to; they follow the
        // letter's own word for them.
        if (_recipients.Count > 0 && units.Count > 0 && units.TrueForAll(RefersToAddressees))
        {
            units = [.. units, .. _recipients.SelectMany(ListedBodies)];
            lead = null;
        }

        var assignees = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in units.Concat(coordinators))
        {
            if (keys.Add(UnitPhrases.Key(u)))
            {
                assignees.Add(u);
            }
        }

        var (date, deadlineText, days, working) = TaskDetails.Deadline(text, _year);
        var (period, reportTo) = TaskDetails.RecurringReport(text);
        return new ExtractedTask
        {
            Ref = reference,
            AssigneeUnits = assignees,
            Lead = lead,
            CoordinatingUnits = coordinators,
            Deadline = date,
            DeadlineText = deadlineText,
            DeadlineDays = days,
            DeadlineWorkingDays = working,
            RecurringReport = period,
            ReportTo = reportTo,
            Text = text,
            Source = span,
        };
    }

    private readonly Dictionary<Clause, List<string>?> _parentUnits = [];

    private List<string> Inherited(Clause? clause)
    {
        for (var c = clause?.Parent; c is not null; c = c.Parent)
        {
            if (!_parentUnits.TryGetValue(c, out var units))
            {
                var read = UnitsOf(c.Text, allowDirective: false, listMayEnd: true);
                units = read.Explicit ? read.Units : null;
                _parentUnits[c] = units;
            }

            if (units is not null)
            {
                return [.. units];
            }
        }

        return _leadIn.Count > 0 ? [.. _leadIn] : [.. _recipients];
    }

    // The clause's own addressees: "Giao X …", "Đề nghị X …", a unit as subject, or "… giao X" early on.
    private (List<string> Units, string? Lead, List<string> Coordinators, bool Explicit) UnitsOf(string text, bool allowDirective, bool listMayEnd = false, bool laterSentences = false, bool report = false)
    {
        var tokens = Tokenizer.Tokenize(text, UnitsWindow);
        if (tokens.Count == 0)
        {
            return ([], null, [], false);
        }

        var (units, isGiao, isSubject) = SentenceUnits(text, tokens, 0, allowDirective, listMayEnd, report);

        // A first sentence that approves or acknowledges ("Đồng ý về nguyên tắc đề nghị của Bộ …", "Đồng ý với kiến
        // nghị …") may be followed by the one that assigns ("Bộ Giao thông vận tải tổ chức …", "Giao Bộ … chủ trì …").
        var later = false;
        for (int i = 0, sentences = 0; units.Units.Count == 0 && allowDirective && i < tokens.Count - 1 && sentences < 5; i++)
        {
            if (tokens[i].Kind == TokenKind.Period && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Capitalized)
            {
                sentences++;
                later = true;
                (units, isGiao, isSubject) = SentenceUnits(text, tokens, i + 1, allowDirective, listMayEnd, report);
            }
        }

        // "1. Tiếp tục quán triệt …. Các cấp, các ngành và địa phương xác định …": a later sentence whose subject is only
        // the collective "levels, branches, localities" restates whom the clause already falls to (the lead-in or the
        // parent clause); it names no addressee of its own.
        if (units.Units.Count == 0 || (later && isSubject && units.Units.All(UnitPhrases.IsCollective)))
        {
            return ([], null, [], false);
        }

        var list = units.Units.ToList();
        string? lead = isGiao && list.Count == 1 ? list[0] : null;
        var (leads, coordinators) = Roles(text, tokens, units.Next);
        if (leads)
        {
            lead = list[0];
        }

        // "Giao Sở Y tế chủ trì, huy động cán bộ, phối hợp chặt chẽ với Công an tỉnh …": the coordinators may come after
        // another duty of the lead, later in the sentence.
        if (coordinators.Count == 0)
        {
            coordinators = LaterCoordinators(text, tokens, units.Next);
        }

        // A subject that restates the lead-in's collective name ("gọi chung là phòng, đơn vị") means its addressees.
        if (isSubject && _alias is not null && _leadIn.Count > 0)
        {
            var subject = UnitPhrases.WordSet(string.Join(' ', list));
            var alias = UnitPhrases.WordSet(_alias);
            var leadIn = UnitPhrases.WordSet(string.Join(' ', _leadIn));
            if (alias.Count > 0 && alias.IsSubsetOf(subject) && subject.IsSubsetOf(leadIn))
            {
                list = [.. _leadIn];
                lead = null;
            }
        }

        if (laterSentences)
        {
            AddLaterSubjects(text, tokens, units.Next, list);
        }

        return (list, lead, coordinators, true);
    }

    // "…, UBND tỉnh giao UBND huyện X báo cáo …. Sở Xây dựng xem xét kết quả …", "… Yêu cầu các địa phương thành lập …":
    // later sentences of an unnumbered paragraph that open with a unit and its verb, or with the directing verb itself,
    // carry the direction on to more units (a news item lists the duties so, sentence by sentence; a numbered clause
    // keeps to its own addressees). A collective subject ("Các
    // cấp, các ngành …") restates whom the paragraph falls to and adds no one.
    private static void AddLaterSubjects(string text, List<Token> tokens, int from, List<string> list)
    {
        HashSet<string>? keys = null;
        // A news paragraph lists its duties sentence by sentence, one holder several sentences after the last.
        for (int i = Math.Max(from, 0), sentences = 0; i + 1 < tokens.Count && sentences < 8; i++)
        {
            // "Ngoài giao Sở X chủ trì …, UBND tỉnh giao UBND các huyện …": the issuing committee that directs again after a
            // comma opens a clause of its own, as a new sentence does.
            // "…; các đơn vị quản lý đường bộ tăng cường …", "…; UBND các huyện chỉ đạo …": a unit opening the clause after a
            // semicolon, the capitalised one or a collective in lower case, may be its subject.
            if ((tokens[i].Kind != TokenKind.Period || !(tokens[i + 1].Capitalized || tokens[i + 1].Kind == TokenKind.Other))
                && !(tokens[i].Kind == TokenKind.Comma && AuthorityAt(tokens, i + 1) is var authority and > 0
                     && GiaoLength(tokens, SkipAdverbs(tokens, i + 1 + authority)) > 0)
                && !(tokens[i].Kind == TokenKind.Semicolon && AuthorityAt(tokens, i + 1) == 0
                     && (tokens[i + 1].Capitalized ? UnitPhrases.HeadAt(tokens, i + 1, requireCapital: true) > 0
                         : tokens[i + 1].Lower == "các" && UnitPhrases.HeadAt(tokens, i + 1, requireCapital: false) > 0)))
            {
                continue;
            }

            sentences++;
            var (more, _, isSubject) = SentenceUnits(text, tokens, i + 1, allowDirective: false);
            if (more.Units.Count == 0 || (isSubject && more.Units.All(UnitPhrases.IsCollective)))
            {
                continue;
            }

            keys ??= list.Select(UnitPhrases.Key).ToHashSet(StringComparer.Ordinal);
            // "… Đồng thời, giao trách nhiệm cho chính quyền cơ sở phối hợp với các đoàn thể …": the later sentence's
            // coordinators share its duty as the first sentence's do (docs/domain.md §5, coordinators).
            foreach (var u in more.Units.Concat(Roles(text, tokens, more.Next).Coordinators))
            {
                if (keys.Add(UnitPhrases.Key(u)))
                {
                    list.Add(u);
                }
            }

            i = Math.Max(i, more.Next - 1);
        }

        // "… Bộ Giao thông vận tải được giao chỉ đạo …; Bộ Công an được giao chỉ đạo …": each later clause retold in the
        // passive, after a semicolon as after a period, names its own holders.
        for (var j = Math.Max(from, 1); j + 1 < tokens.Count; j++)
        {
            if (tokens[j].Lower != "được" || tokens[j - 1].Lower is "đã" or "từng")
            {
                continue;
            }

            var passive = PassiveUnits(text, tokens, j);
            if (passive.Units.Count == 0)
            {
                continue;
            }

            keys ??= list.Select(UnitPhrases.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var u in passive.Units)
            {
                if (keys.Add(UnitPhrases.Key(u)))
                {
                    list.Add(u);
                }
            }
        }
    }

    // The units opening the dashed items under a heading of words alone (at most 15, an optional colon after them);
    // only items whose unit is followed by its verb or role count.
    private static readonly string[] VerbsBeforeColon = ["giao", "yeu cau", "de nghi", "giao nhiem vu", "phan cong"];

    // "Giao:", "Yêu cầu :", "Đề nghị:" opening a clause (its marker already stripped).
    private static bool VerbThenColon(string text)
    {
        var head = VietnameseText.FoldString(text.AsSpan(0, Math.Min(text.Length, 20)).ToString()).TrimStart();
        foreach (var verb in VerbsBeforeColon)
        {
            if (head.StartsWith(verb, StringComparison.Ordinal) && head.AsSpan(verb.Length).TrimStart().StartsWith(":", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> HeadingItemUnits(string text)
    {
        // A heading of at most 15 words puts its first dash early: most clauses are passed over without tokenizing again.
        var dash = text.AsSpan(0, Math.Min(text.Length, 201)).IndexOfAny("-–—");
        if (dash < 0)
        {
            return [];
        }

        var tokens = Tokenizer.Tokenize(text, UnitsWindow);
        var first = tokens.FindIndex(t => t.Kind == TokenKind.Dash);
        if (first <= 0 || first > 16 || tokens.Take(first).Count(t => t.Kind != TokenKind.Word) > (tokens[first - 1].Kind == TokenKind.Colon ? 1 : 0))
        {
            return [];
        }

        var units = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var k = first; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Dash || (k > first && tokens[k - 1].Kind is not (TokenKind.Semicolon or TokenKind.Period or TokenKind.Colon))
                || UnitPhrases.HeadAt(tokens, k + 1, requireCapital: true) == 0)
            {
                continue;
            }

            var read = UnitPhrases.Parse(text, tokens, k + 1);
            var next = read.Next;
            if (next < tokens.Count && (UnitPhrases.TerminatorAt(tokens, next) > 0 || tokens[next].Kind == TokenKind.Comma) && tokens[next].Lower is not ("là" or "đã" or "có"))
            {
                foreach (var u in read.Units)
                {
                    if (keys.Add(UnitPhrases.Key(u)))
                    {
                        units.Add(u);
                    }
                }
            }
        }

        return units;
    }

    // "phối hợp với lực lượng Công an tỉnh, …": a force named by the unit it belongs to; the unit is the coordinator.
    private static int SkipForce(List<Token> tokens, int k) =>
        UnitPhrases.Matches(tokens, k, "lực lượng") && UnitPhrases.HeadAt(tokens, k + 2, requireCapital: true) > 0 ? k + 2 : k;

    // "UBND các tỉnh chỉ đạo các cơ quan trên địa bàn, phối hợp chặt chẽ với Bộ Công an, Bộ Tài chính để …": the units
    // with whom the sentence's subject works, named after a comma later in the same sentence (up to its first ";" or
    // full stop). Only named bodies count (a capital head); "phối hợp với các cơ quan liên quan" names none.
    private static List<string> LaterCoordinators(string text, List<Token> tokens, int from)
    {
        for (var k = from; k + 2 < tokens.Count && k < from + DirectiveWindow; k++)
        {
            var kind = tokens[k].Kind;
            // "… giao Sở X tăng cường kiểm tra …; cập nhật …, phối hợp chặt chẽ với UBND các huyện …": the duties after a
            // semicolon are still the subject's unless a unit opens them.
            if (kind is TokenKind.Period or TokenKind.Colon
                || (kind == TokenKind.Semicolon && UnitPhrases.HeadAt(tokens, k + 1, requireCapital: true) > 0))
            {
                break;
            }

            // "…; phối hợp với Bộ Tài chính để triển khai thực hiện": after a semicolon that no unit opens, the duty is still
            // the subject's, and so are its partners (docs/domain.md §5, twenty-third pass).
            if (kind is not (TokenKind.Comma or TokenKind.Semicolon) || !UnitPhrases.Matches(tokens, k + 1, "phối hợp"))
            {
                continue;
            }

            var j = k + 3;
            if (UnitPhrases.Matches(tokens, j, "chặt chẽ"))
            {
                j += 2;
            }

            if (UnitPhrases.Matches(tokens, j, "với"))
            {
                j++;
            }

            j = SkipForce(tokens, j);
            // "X được UBND tỉnh giao chủ trì, phối hợp với các sở, ngành liên quan …": right after the lead's "chủ trì" the
            // partners are the lead's coordinators, a lower-case collective too, as in "Giao X chủ trì, phối hợp với các
            // sở, ngành …" (docs/domain.md §5, coordinators of a passive duty).
            var afterLead = k >= 2 && UnitPhrases.Matches(tokens, k - 2, "chủ trì");
            return UnitPhrases.HeadAt(tokens, j, requireCapital: true) > 0
                || (afterLead && j < tokens.Count && tokens[j].Lower == "các" && UnitPhrases.HeadAt(tokens, j, requireCapital: false) > 0)
                ? [.. UnitPhrases.Parse(text, tokens, j).Units] : [];
        }

        return [];
    }

    // "X chủ trì, phối hợp với Y, Z …" after the units at k: whether X leads, and the coordinators Y, Z.
    private static (bool Leads, List<string> Coordinators) Roles(string text, List<Token> tokens, int k)
    {
        var leads = false;
        var coordinators = new List<string>();
        // Between the units and their role may stand a comma, an aside in brackets ("UBND huyện X (cơ quan thường
        // trực) chủ trì") or the colon and dash of a list of duties ("Sở Y tế:\n- Chủ trì, phối hợp với …").
        while (k < tokens.Count)
        {
            if (tokens[k].Kind == TokenKind.Comma)
            {
                k++;
            }
            // (An aside may name a long standing title: "(Thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh)".)
            else if (tokens[k].Kind == TokenKind.OpenParen && tokens.FindIndex(k, Math.Min(30, tokens.Count - k), x => x.Kind == TokenKind.CloseParen) is var close and > 0)
            {
                k = close + 1;
            }
            else if (tokens[k].Kind == TokenKind.Colon && k + 1 < tokens.Count && (tokens[k + 1].Kind == TokenKind.Dash || tokens[k + 1].Lower is "+" or "•"))
            {
                k += 2;
            }
            else if (tokens[k].Kind == TokenKind.Dash && UnitPhrases.RoleAt(tokens, k + 1) > 0)
            {
                // "Sở Y tế\n- Chủ trì, phối hợp với …": the unit on a line of its own, its duties in a dashed list below.
                k++;
            }
            else if (UnitPhrases.RoleAfterStandingTitle(tokens, k) is var role and >= 0)
            {
                // "Giao Sở X là cơ quan thường trực, chủ trì, phối hợp với …": the standing title does not hide the role.
                k = role;
            }
            else
            {
                break;
            }
        }

        k = SkipContinuing(tokens, k);
        if (UnitPhrases.Matches(tokens, k, "chủ trì") || UnitPhrases.Matches(tokens, k, "làm đầu mối"))
        {
            leads = true;
            k += UnitPhrases.Matches(tokens, k, "chủ trì") ? 2 : 3;
            while (k < tokens.Count && tokens[k].Kind == TokenKind.Comma)
            {
                k++;
            }
        }

        // "X chủ trì, cùng với Y và Z … phối hợp với W …": the units "cùng với" joins to the lead work with it, as do those
        // after "phối hợp với" (docs/domain.md §5, coordinators).
        if (leads && UnitPhrases.Matches(tokens, k, "cùng với") && UnitPhrases.HeadAt(tokens, k + 2, requireCapital: true) > 0)
        {
            var joined = UnitPhrases.Parse(text, tokens, k + 2);
            coordinators.AddRange(joined.Units);
            k = joined.Next;
            for (var j = k; j < tokens.Count && j < joined.Next + 10 && tokens[j].Kind is not (TokenKind.Period or TokenKind.Semicolon or TokenKind.Colon); j++)
            {
                if (UnitPhrases.Matches(tokens, j, "phối hợp"))
                {
                    k = j;
                    break;
                }
            }
        }

        if (UnitPhrases.Matches(tokens, k, "phối hợp"))
        {
            k += 2;
            if (UnitPhrases.Matches(tokens, k, "chặt chẽ"))
            {
                k += 2;
            }

            if (UnitPhrases.Matches(tokens, k, "với"))
            {
                k++;
            }

            coordinators.AddRange(UnitPhrases.Parse(text, tokens, SkipForce(tokens, k)).Units);
        }

        return (leads, coordinators);
    }

    // Who the sentence starting at <paramref name="s"/> assigns: "Giao/Đề nghị/Yêu cầu X …", "Đồng ý X lập …", a
    // unit as subject ("Bộ Xây dựng hướng dẫn …"), or a late "… giao X" in the sentence.
    private static (UnitList Units, bool IsGiao, bool IsSubject) SentenceUnits(string text, List<Token> tokens, int s, bool allowDirective, bool listMayEnd = false, bool report = false)
    {
        // “Sở … phối hợp với …”: a news item quoting the direction opens the sentence with a quotation mark.
        while (s + 1 < tokens.Count && tokens[s].Kind == TokenKind.Other && tokens[s].Lower is "“" or "\"" or "«" or "‘")
        {
            s++;
        }

        // " date 2024-05 Đồng thời, chỉ đạo …": a page's date stamp left before the first sentence is no part of it.
        s += DateStampLength(tokens, s);

        // "Theo đó, UBND các xã, thị trấn tăng cường …": a connective before a comma does not hide the subject after it.
        if (ConnectiveLength(tokens, s) is var connective and > 0)
        {
            var after = SentenceUnits(text, tokens, s + connective, allowDirective: false, listMayEnd);
            if (after.Units.Units.Count > 0)
            {
                return after;
            }

            // "Đồng thời, giao trách nhiệm cho chính quyền cơ sở …", "Đồng thời, yêu cầu UBND các huyện …": the directing
            // verb in lower case after the connective.
            var at = s + connective;
            // "Ngoài ra, sở đề nghị Công an TP, …", "Đồng thời, bộ yêu cầu …": the issuing body named again by its bare noun in
            // lower case directs the units after its verb.
            if (at + 1 < tokens.Count && !tokens[at].Capitalized && tokens[at].Lower is "sở" or "bộ" or "ngành" or "ban"
                && (UnitPhrases.Matches(tokens, at + 1, "yêu cầu") || UnitPhrases.Matches(tokens, at + 1, "đề nghị") || GiaoLength(tokens, at + 1) > 0))
            {
                at++;
            }

            var lowerVerb = at < tokens.Count && !tokens[at].Capitalized
                ? (GiaoLength(tokens, at) is var lg and > 0 ? lg
                    // "Đồng thời, chỉ đạo Chi cục … phối hợp …": on a retelling the issuer's "chỉ đạo" with no subject
                    // directs the unit after it, as "yêu cầu" does.
                    : UnitPhrases.Matches(tokens, at, "yêu cầu") || UnitPhrases.Matches(tokens, at, "đề nghị") || UnitPhrases.Matches(tokens, at, "chỉ đạo") ? 2 : 0)
                : 0;
            if (lowerVerb > 0 && UnitPhrases.Parse(text, tokens, at + lowerVerb) is { Units.Count: > 0 } directedAfter)
            {
                return (directedAfter, GiaoLength(tokens, at) > 0, false);
            }

            var acting = ActorAfterAdverbial(text, tokens, s + connective);
            if (acting.Units.Count > 0)
            {
                return (acting, false, true);
            }
        }

        // "UBND tỉnh chỉ đạo về việc …", "Chủ tịch UBND huyện vừa có công văn …": the issuing people's committee or its
        // chairman, unnamed, is the one who directs, never the holder of its own task; only the units it directs count
        // ("UBND tỉnh chỉ đạo Sở Y tế …" as "UBND tỉnh giao Sở Y tế …").
        var authority = AuthorityAt(tokens, s);
        if (authority > 0)
        {
            var v = SkipAdverbs(tokens, s + authority);
            var g = GiaoLength(tokens, v);
            var directs = g > 0 ? g
                : UnitPhrases.Matches(tokens, v, "yêu cầu") || UnitPhrases.Matches(tokens, v, "đề nghị") || UnitPhrases.Matches(tokens, v, "chỉ đạo") ? 2 : 0;
            var directed = directs > 0 ? UnitPhrases.Parse(text, tokens, AfterCommaOrColon(tokens, v + directs)) : UnitList.None(v);
            if (directed.Units.Count > 0)
            {
                return (directed, g > 0, false);
            }
        }

        // "Ủy quyền X ký …" gives X the task as "Giao X …" does; "Đồng ý/Cho phép/Chấp thuận X + việc" lets X do it.
        var verb = !tokens[s].Capitalized ? 0
            : GiaoLength(tokens, s) is var giao and > 0 ? giao
            : UnitPhrases.Matches(tokens, s, "đề nghị") || UnitPhrases.Matches(tokens, s, "yêu cầu") ? 2
            // "Ủy quyền để/cho Chủ tịch UBND huyện cho phép …": the delegation names its holder after "để" or "cho", as
            // "Giao cho X" does (docs/domain.md §5: a grant that lets X act is X's task).
            : IsUyQuyen(tokens, s) ? (s + 2 < tokens.Count && tokens[s + 2].Lower is "để" or "cho" ? 3 : 2)
            : 0;
        // "Đồng ý để Công ty … thực hiện việc khảo sát …", "Chấp thuận cho UBND huyện …": the grantee may stand after "để" or
        // "cho", as in a delegation (docs/domain.md §5, twenty-third pass).
        var grantee = s + 2 < tokens.Count && tokens[s + 2].Lower is "để" or "cho" ? 3 : 2;
        if (verb == 0 && tokens[s].Capitalized && (UnitPhrases.Matches(tokens, s, "đồng ý") || UnitPhrases.Matches(tokens, s, "cho phép") || UnitPhrases.Matches(tokens, s, "chấp thuận"))
            && UnitPhrases.HeadAt(tokens, s + grantee, requireCapital: true) > 0)
        {
            verb = grantee;
        }

        // "Chuyển Bộ Giao thông vận tải nghiên cứu, xử lý theo thẩm quyền …": an office forwarding a petition to a unit to
        // handle directs it as "Giao" does ("Chuyển đổi dữ liệu", with no unit after it, directs no one) (docs/domain.md §5,
        // twenty-third pass).
        var forwarded = s + 1 < tokens.Count && tokens[s + 1].Lower is "cho" or "đến" or "tới" ? 2 : 1;
        if (verb == 0 && tokens[s].Capitalized && tokens[s].Lower == "chuyển" && UnitPhrases.HeadAt(tokens, s + forwarded, requireCapital: true) > 0)
        {
            verb = forwarded;
        }

        if (verb > 0)
        {
            return (UnitPhrases.Parse(text, tokens, s + verb), GiaoLength(tokens, s) > 0, false);
        }

        if (authority == 0 && UnitPhrases.HeadAt(tokens, s, requireCapital: false) > 0)
        {
            var units = UnitPhrases.Parse(text, tokens, s);
            var next = units.Next;
            var isGiao = false;

            // "Các xã, phường, đặc khu (đặc biệt các địa phương ven biển) thông tin cho nhân dân …": a parenthesis after the
            // subject says which of them most; its verb follows the parenthesis.
            if (next < tokens.Count && tokens[next].Kind == TokenKind.OpenParen)
            {
                for (var c = next + 1; c < tokens.Count && c <= next + 15 && tokens[c].Kind != TokenKind.Period; c++)
                {
                    if (tokens[c].Kind == TokenKind.CloseParen)
                    {
                        if (c + 1 < tokens.Count && tokens[c + 1].Kind == TokenKind.Word && !tokens[c + 1].Capitalized && UnitPhrases.TerminatorAt(tokens, c + 1) > 0)
                        {
                            next = c + 1;
                        }

                        break;
                    }
                }
            }

            // "Ủy ban nhân dân tỉnh giao Sở Nội vụ …": the subject is the issuer directing the units after the verb, also
            // with an adverb between them ("Lãnh đạo thành phố cũng giao Sở …", "Bộ Công Thương vừa đề nghị …").
            var verbAt = SkipAdverbs(tokens, next);
            // "Sở Y tế vừa được UBND tỉnh giao chủ trì …": the subject is given the duty in the passive by the unit named
            // after "được" ("Trưởng các phòng được giao phối hợp … có trách nhiệm …" names those who hold another duty).
            if (verbAt + 1 < tokens.Count && tokens[verbAt].Lower == "được" && UnitPhrases.HeadAt(tokens, verbAt + 1, requireCapital: true) > 0
                && PassiveUnits(text, tokens, verbAt) is { Units.Count: > 0 } given)
            {
                return (given, true, false);
            }

            var giaoAfter = GiaoLength(tokens, verbAt);
            var chiDao = report ? ChiDaoOfUnit(tokens, verbAt, s) : 0;
            // "Chủ tịch UBND tỉnh Thừa Thiên Huế chỉ đạo Văn phòng Ban Chỉ huy … cập nhật …": on a page that reports a
            // direction, a single people's committee (or its chairman) is the issuer retelling it, and the named unit it
            // directs holds the duty ("UBND các huyện chỉ đạo UBND các xã …", in the plural, keeps its own duty).
            if (chiDao == 0 && report && units.Units.Count == 1 && IsPeoplesCommittee(units.Units[0]) && UnitPhrases.Matches(tokens, verbAt, "chỉ đạo")
                && !tokens[verbAt].Capitalized && verbAt + 2 < tokens.Count && tokens[verbAt + 2].Capitalized
                && UnitPhrases.HeadAt(tokens, verbAt + 2, requireCapital: true) > 0)
            {
                chiDao = 2;
            }

            var directive = giaoAfter > 0 ? giaoAfter
                : UnitPhrases.Matches(tokens, verbAt, "yêu cầu") || UnitPhrases.Matches(tokens, verbAt, "đề nghị") ? 2
                // "Tổng cục Thuế vừa chỉ đạo Cục Thuế các tỉnh …": on a page that reports a direction, a unit that "vừa
                // chỉ đạo" / "chỉ đạo cho" the units after it directs them (in a document's own clause, "Sở Y tế chỉ đạo
                // các bệnh viện …" stays the Sở's duty).
                : chiDao > 0 && UnitPhrases.Parse(text, tokens, verbAt + chiDao).Units.Count > 0 ? chiDao
                : 0;
            // "3. UBND các huyện, thị xã yêu cầu UBND xã, phường thực hiện ngay …": units named in the plural are not the
            // document's issuer; they hold the duty of requiring it from those below them.
            if (directive > 0 && giaoAfter == 0 && units.Units.Count > 0 && units.Units.All(IsPlural))
            {
                return (units, false, true);
            }

            if (directive > 0)
            {
                // "Phó Chủ tịch … yêu cầu, chủ tịch UBND các quận …": a comma may stand between the verb and the units.
                var directed = UnitPhrases.Parse(text, tokens, AfterCommaOrColon(tokens, verbAt + directive));
                if (IsRenamingCollective(directed) && LaterAddressees(text, tokens, directed.Next) is { Units.Count: > 0 } later)
                {
                    // "Bộ Y tế đề nghị các địa phương …" / "… Bộ Y tế có Công văn số … gửi UBND các tỉnh …": the collective
                    // stands for the letter's addressees named later in the sentence (docs/domain.md §5, twenty-seventh pass).
                    return (later, false, false);
                }

                if (directed.Units.Count > 0)
                {
                    units = directed;
                    next = directed.Next;
                    isGiao = giaoAfter > 0;
                }
                else
                {
                    // "UBND Thành phố vừa yêu cầu đảm bảo trật tự đô thị …": the subject directs and names no holder (a
                    // headline retelling the direction); it holds nothing itself. A lead run on after the headline
                    // ("… chữa bệnh Thứ trưởng vừa ký văn bản gửi X …") may still name the holders later on.
                    var further = allowDirective
                        ? DirectiveUnits(text, tokens, maxWordsBefore: DirectiveWindow, start: verbAt + directive, report: report)
                        : UnitList.None(0);
                    return further.Units.Count > 0 ? (further, HasGiaoBefore(tokens, further.Next), false) : (UnitList.None(0), false, false);
                }
            }

            // "Đồng chí … - Phó Chủ tịch UBND huyện, chủ trì cuộc họp": chairing a meeting is its news, not a duty.
            if (ChairsAMeeting(tokens, next))
            {
                return (UnitList.None(0), false, false);
            }

            // A unit followed by a report ("Báo … số ra ngày", "… đã có", "… nhận được") or a wish ("Thủ tướng Chính phủ
            // mong muốn …", "… kính mong …") is news or courtesy, not a task.
            var followsVerb = next < tokens.Count && (tokens[next].Kind is TokenKind.Colon or TokenKind.Comma || UnitPhrases.TerminatorAt(tokens, next) > 0)
                // A unit followed by a date ("Báo Việt Nam Nét ngày 05 tháng 3 năm 2012, có bài …") is news of what it did.
                && (tokens[next].Lower is not ("ra" or "có" or "đã" or "đang" or "vừa" or "mới" or "nhận" or "là" or "mong" or "kính" or "ngày")
                    // "Sở Giáo dục và Đào tạo có trách nhiệm …" assigns a duty, unlike "Sở … có văn bản".
                    || UnitPhrases.Matches(tokens, next, "có trách nhiệm")
                    // "Bộ … đề nghị Sở … tỉnh X có văn bản xin ý kiến …", "… đề nghị Quý cơ quan có ý kiến …": the unit asked
                    // by the directing verb is to produce the letter or the opinion; that is its duty, not news of a letter it
                    // sent (docs/domain.md §5, twenty-seventh pass). A numbered letter after "có" stays a report.
                    || (directive > 0 && tokens[next].Lower == "có" && !ReportsNumberedLetter(tokens, next))
                    // "Sở Tư pháp là cơ quan thường trực, chủ trì …" gives a role, unlike "Sở … là cơ quan thường trực của …".
                    || UnitPhrases.RoleAfterStandingTitle(tokens, next) >= 0);

            // "Bộ Nông nghiệp gửi công điện khẩn …", "Sở Y tế gửi văn bản hỏa tốc …": on a page that reports a direction, a
            // unit sending a letter is its author (the holders are its addressees), not a holder.
            followsVerb = followsVerb && !(report && next + 1 < tokens.Count && tokens[next].Lower == "gửi" && StartsDocumentNoun(tokens, next + 1));

            // "UBND TPHCM chỉ đạo kiểm tra, xử lý …", "Chủ tịch UBND tỉnh Hà Giang chỉ đạo khắc phục …": on a page that
            // reports a direction, a people's committee (or its chairman) directing without naming whom is the issuer
            // retelling its direction (a headline), not a holder; those it directs are named where the page goes on.
            // The head of government speaks of itself the same way ("Thủ tướng chỉ đạo "nóng" về sách giáo khoa …", a
            // headline in quotes too) (docs/domain.md §5, twenty-third pass).
            followsVerb = followsVerb && !(report && units.Units.Count == 1 && (IsPeoplesCommittee(units.Units[0]) || IsHeadOfGovernment(units.Units[0]))
                && UnitPhrases.Matches(tokens, next, "chỉ đạo") && next + 2 < tokens.Count
                && (tokens[next + 2].Kind == TokenKind.Word || (IsHeadOfGovernment(units.Units[0]) && tokens[next + 2].Kind == TokenKind.Other && tokens[next + 2].Lower is "\"" or "“"))
                && !tokens[next + 2].Capitalized && tokens[next + 2].Lower is not ("các" or "cho") && UnitPhrases.HeadAt(tokens, next + 2, requireCapital: false) == 0);

            // "Sở Y tế\n- Chủ trì, phối hợp với …": a unit on its own line heading its dashed duties.
            followsVerb = followsVerb || (next + 1 < tokens.Count && tokens[next].Kind == TokenKind.Dash && UnitPhrases.RoleAt(tokens, next + 1) > 0);

            // A list that runs to the end of a numbered clause names its holders though no verb follows: a heading naming the
            // unit whose lettered duties follow ("1. Sở Giáo dục và Đào tạo\na) Chủ trì …"), or an executor article that a
            // copied page cuts off ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ; Trưởng Ban Dân tộc tỉnh; Th").
            followsVerb = followsVerb || (listMayEnd && directive == 0 && ListEndsClause(text, tokens, next));
            if (!followsVerb && allowDirective)
            {
                // "Văn phòng Chính phủ đã có công văn đề nghị Bộ trưởng …", "Chủ tịch Ủy ban nhân dân (UBND) tỉnh vừa ban
                // hành chỉ thị yêu cầu Thủ trưởng …": a subject that reports its document directs the units named after
                // the verb that follows in the same sentence.
                var late = DirectiveUnits(text, tokens, maxWordsBefore: DirectiveWindow, start: next, report: report);
                if (late.Units.Count > 0 && !report && ReportsNumberedLetterBefore(tokens, next, late.Next))
                {
                    // "Ngày 27/01/2011, Bộ Xây dựng có công văn số 140/BXD-QLN đề nghị UBND các tỉnh …": in a letter with its
                    // own header, a unit's earlier letter named by its number is cited, and what that letter asked is its
                    // content, not this letter's request (docs/domain.md §5: "Sở X có văn bản …" reports; in a letter with
                    // its header a document named in the body is another document). A news page's lead is read as before.
                    return (UnitList.None(0), false, false);
                }

                if (late.Units.Count > 0)
                {
                    return (late, HasGiaoBefore(tokens, late.Next), false);
                }
            }

            return (followsVerb ? units : UnitList.None(0), isGiao, directive == 0);
        }

        if (allowDirective)
        {
            // The verb may come late, after a leader's full title and name ("Về việc này, Thủ tướng Chính phủ
            // Nguyễn Xuân Phúc giao Bộ Y tế …"); the sentence is searched.
            var units = DirectiveUnits(text, tokens, maxWordsBefore: DirectiveWindow, start: s, report: report);
            if (units.Units.Count > 0 && !report && ReportsNumberedLetterBefore(tokens, s, units.Next))
            {
                // "Ngày 27/01/2011, Bộ Xây dựng có công văn số 140/BXD-QLN đề nghị UBND các tỉnh …": the request of an
                // earlier letter named by its number, after a time adverbial (see ReportsNumberedLetter).
                return (UnitList.None(0), false, false);
            }

            if (units.Units.Count > 0)
            {
                return (units, units.Next > 0 && HasGiaoBefore(tokens, units.Next), false);
            }

            // "Những kiến nghị …, theo chức năng nhiệm vụ, Bộ Giáo dục và Đào tạo tiếp tục chủ trì tổ chức thực hiện":
            // with no directive verb, a unit named after a comma and followed by its lead role is the one that acts.
            return (LateLead(text, tokens, s), false, true);
        }

        return (UnitList.None(0), false, false);
    }

    // k, or the token after it when it is a comma ("yêu cầu, chủ tịch UBND …", "…, chủ trì cuộc họp").
    private static int AfterComma(List<Token> tokens, int k) => k < tokens.Count && tokens[k].Kind == TokenKind.Comma ? k + 1 : k;

    // After a directing verb: a comma, or a colon with the holders on the next line ("… yêu cầu:\nGiám đốc các sở …",
    // joined into one paragraph).
    private static int AfterCommaOrColon(List<Token> tokens, int k) =>
        k < tokens.Count - 1 && tokens[k].Kind == TokenKind.Colon && tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Capitalized ? k + 1 : AfterComma(tokens, k);

    // The first of the tokens written without spaces that end at k ("45/UBND-KT", "5/5/2024"), going back no further than
    // limit.
    private static int GluedStart(List<Token> tokens, int k, int limit)
    {
        while (k > 0 && k > limit && tokens[k].Start == tokens[k - 1].End)
        {
            k--;
        }

        return k;
    }

    private static readonly string[] Meetings = ["cuộc họp", "buổi họp", "phiên họp", "hội nghị", "buổi làm việc", "hội thảo", "tọa đàm", "buổi lễ", "lễ"];

    // "(,) chủ trì cuộc họp / hội nghị / buổi làm việc …": who chaired a meeting, as news reports it.
    private static bool ChairsAMeeting(List<Token> tokens, int k)
    {
        k = AfterComma(tokens, k);
        return UnitPhrases.Matches(tokens, k, "chủ trì") && Array.Exists(Meetings, m => UnitPhrases.Matches(tokens, k + 2, m));
    }

    // "UBND các huyện", "các sở, ngành", "Chủ tịch UBND các xã": bodies named in the plural.
    private static bool IsPlural(string unit) =>
        unit.StartsWith("các ", StringComparison.OrdinalIgnoreCase) || unit.Contains(" các ", StringComparison.Ordinal);

    // "Theo đó, trong thời gian từ … tới ngày 15/3, Công an tỉnh bố trí lực lượng …": after the connective a time or
    // place adverbial before a comma, then the unit and the action it is to take (a verb, not a report such as "đã",
    // "có", "được", "là"): the retold direction's holder.
    private static UnitList ActorAfterAdverbial(string text, List<Token> tokens, int s)
    {
        for (var k = s; k + 1 < tokens.Count && k < s + 30; k++)
        {
            if (tokens[k].Kind is TokenKind.Period or TokenKind.Semicolon or TokenKind.Colon)
            {
                break;
            }

            // "Theo đó, công văn yêu cầu Sở TNMT, Thanh tra tỉnh, … rà soát …": words that direct are no adverbial; the
            // units after the verb are its list, not an actor after a comma (docs/domain.md §5, twenty-third pass).
            if (UnitPhrases.Matches(tokens, k, "yêu cầu") || UnitPhrases.Matches(tokens, k, "đề nghị") || UnitPhrases.Matches(tokens, k, "chỉ đạo") || GiaoLength(tokens, k) > 0)
            {
                break;
            }

            if (tokens[k].Kind != TokenKind.Comma)
            {
                continue;
            }

            // Only the first comma closes the adverbial; a unit further on belongs to some other clause.
            var units = UnitPhrases.HeadAt(tokens, k + 1, requireCapital: true) > 0 ? UnitPhrases.Parse(text, tokens, k + 1) : UnitList.None(0);
            var verb = units.Next;
            if (units.Units.Count > 0 && verb < tokens.Count && tokens[verb].Kind == TokenKind.Word && UnitPhrases.TerminatorAt(tokens, verb) > 0
                && tokens[verb].Lower is not ("ra" or "có" or "đã" or "đang" or "vừa" or "mới" or "nhận" or "là" or "mong" or "kính" or "được" or "theo" or "để" or "về" or "như" or "do" or "vì" or "trong" or "từ" or "đến" or "tới" or "qua" or "khi" or "nếu" or "thì" or "mà" or "cũng" or "không"))
            {
                return units;
            }

            return UnitList.None(0);
        }

        return UnitList.None(0);
    }

    // The length of a web page's date stamp at s ("date 2024-05", "date 2025-12-12") before a capitalised word, or 0.
    private static int DateStampLength(List<Token> tokens, int s)
    {
        if (s >= tokens.Count || tokens[s].Kind != TokenKind.Word || tokens[s].Lower != "date")
        {
            return 0;
        }

        var k = s + 1;
        while (k < tokens.Count && k <= s + 6 && (tokens[k].Kind == TokenKind.Dash || (tokens[k].Kind == TokenKind.Word && tokens[k].Lower.Length > 0 && char.IsAsciiDigit(tokens[k].Lower[0]))))
        {
            k++;
        }

        return k > s + 1 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && tokens[k].Capitalized ? k - s : 0;
    }

    private static readonly string[] Connectives = ["theo đó", "đồng thời", "ngoài ra", "bên cạnh đó", "cụ thể", "trong đó", "cùng với đó"];

    // The length of "Theo đó," and its like at s (the comma included), or 0.
    private static int ConnectiveLength(List<Token> tokens, int s)
    {
        if (s >= tokens.Count || !tokens[s].Capitalized)
        {
            return 0;
        }

        // "Riêng UBND huyện Khánh Sơn khẩn trương …": "as for" before the unit that acts.
        if (tokens[s].Lower == "riêng" && UnitPhrases.HeadAt(tokens, s + 1, requireCapital: false) > 0)
        {
            return 1;
        }

        // "Đối với Chi cục Kiểm lâm chủ trì …": "as for" before the unit that acts, as "Riêng" is (docs/domain.md §5,
        // twenty-third pass).
        var asFor = UnitPhrases.Matches(tokens, s, "đối với");
        if (asFor && UnitPhrases.HeadAt(tokens, s + 2, requireCapital: true) > 0)
        {
            return 2;
        }

        // "Về trách nhiệm thực hiện, các Thứ trưởng …", "Về công tác tuyên truyền, Sở …": a short topic before a comma;
        // "Đối với các trường hợp vi phạm, UBND các quận … báo cáo …" is one as well (a case, not a unit).
        if (tokens[s].Lower == "về" || (asFor && (UnitPhrases.HeadAt(tokens, s + 2, requireCapital: false) == 0 || UnitPhrases.Matches(tokens, s + 2, "các trường hợp"))))
        {
            for (var k = s + (asFor ? 2 : 1); k < tokens.Count && k <= s + 10; k++)
            {
                if (tokens[k].Kind == TokenKind.Comma)
                {
                    return k > s + 1 ? k - s + 1 : 0;
                }

                if (tokens[k].Kind != TokenKind.Word)
                {
                    break;
                }
            }
        }

        // "Văn bản nêu rõ, Sở … có trách nhiệm …", "Công điện nhấn mạnh: …": the words that report what a document says
        // stand before the sentence it says.
        for (var k = s + 1; k + 2 < tokens.Count && k <= s + 4 && tokens[k - 1].Kind == TokenKind.Word; k++)
        {
            if ((UnitPhrases.Matches(tokens, k, "nêu rõ") || UnitPhrases.Matches(tokens, k, "nhấn mạnh") || UnitPhrases.Matches(tokens, k, "cho biết"))
                && tokens[k + 2].Kind is TokenKind.Comma or TokenKind.Colon)
            {
                return k + 3 - s;
            }
        }

        foreach (var c in Connectives)
        {
            var words = c.Count(ch => ch == ' ') + 1;
            if (UnitPhrases.Matches(tokens, s, c) && s + words < tokens.Count && tokens[s + words].Kind == TokenKind.Comma)
            {
                return words + 1;
            }
        }

        return 0;
    }

    // "Thủ tướng", "Thủ tướng Chính phủ", "Phó Thủ tướng": the head of government with no one else named.
    private static bool IsHeadOfGovernment(string unit) =>
        unit is "Thủ tướng" or "Thủ tướng Chính phủ" or "Phó Thủ tướng" or "Phó Thủ tướng Chính phủ";

    // A people's committee or its chairman, one of them ("UBND tỉnh X", "Chủ tịch Ủy ban nhân dân huyện Y"), not a plural.
    private static bool IsPeoplesCommittee(string unit)
    {
        var u = unit.StartsWith("Phó ", StringComparison.Ordinal) ? unit[4..] : unit;
        u = u.StartsWith("Chủ tịch ", StringComparison.Ordinal) ? u[9..] : u;
        return (u.StartsWith("UBND ", StringComparison.Ordinal) || u.StartsWith("Ủy ban nhân dân ", StringComparison.Ordinal)
                || u.StartsWith("Uỷ ban nhân dân ", StringComparison.Ordinal))
            && !u.Contains(" các ", StringComparison.Ordinal) && !u.Contains(',', StringComparison.Ordinal);
    }

    // "UBND tỉnh", "Ủy ban nhân dân huyện", "Chủ tịch UBND thành phố" with no name after them: the issuing committee
    // speaking of itself (a named one, "UBND huyện Sơn Hòa", or a plural, "UBND các huyện", is a unit like any other).
    private static int AuthorityAt(List<Token> tokens, int s)
    {
        var k = s;
        if (UnitPhrases.Matches(tokens, k, "phó chủ tịch"))
        {
            k += 3;
        }
        else if (UnitPhrases.Matches(tokens, k, "chủ tịch"))
        {
            k += 2;
        }

        if (UnitPhrases.Matches(tokens, k, "ubnd"))
        {
            k += 1;
        }
        else if (UnitPhrases.Matches(tokens, k, "ủy ban nhân dân") || UnitPhrases.Matches(tokens, k, "uỷ ban nhân dân"))
        {
            k += 4;
        }
        else
        {
            return 0;
        }

        var level = UnitPhrases.Matches(tokens, k, "thành phố") || UnitPhrases.Matches(tokens, k, "thị xã") || UnitPhrases.Matches(tokens, k, "thị trấn") ? 2
            : k < tokens.Count && tokens[k].Kind == TokenKind.Word && tokens[k].Lower is "tỉnh" or "huyện" or "quận" or "xã" or "phường" or "tp" ? 1
            : 0;
        if (level == 0)
        {
            return 0;
        }

        k += level;
        // "Ủy ban nhân dân quận huyện triển khai …", "UBND quận, huyện …": two levels named together are the committees of
        // those levels (a plural written without "các"), not the issuing committee speaking of itself.
        var afterLevel = k < tokens.Count && tokens[k].Kind is TokenKind.Comma or TokenKind.Dash ? k + 1 : k;
        if (afterLevel < tokens.Count && tokens[afterLevel].Kind == TokenKind.Word && tokens[afterLevel].Lower is "huyện" or "quận" or "xã" or "phường")
        {
            return 0;
        }

        // "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương tiếp tục …", "UBND huyện, thành phố …": a level paired
        // with the cities of that level is the plural of both, written without "các".
        if (afterLevel > k && UnitPhrases.Matches(tokens, afterLevel, "thành phố"))
        {
            return 0;
        }

        // "Ủy ban nhân dân thành phố và các huyện tổ chức …": a committee joined to others by "và" is one of the units
        // addressed (the city's and the districts'), not the issuer speaking of itself.
        if (k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Word && tokens[k].Lower == "và" && tokens[k + 1].Kind == TokenKind.Word
            && (tokens[k + 1].Lower == "các" || UnitPhrases.HeadAt(tokens, k + 1, requireCapital: false) > 0))
        {
            return 0;
        }

        return k < tokens.Count && tokens[k].Kind == TokenKind.Word && tokens[k].Capitalized ? 0 : k - s;
    }

    // Whether the unit list ending at <paramref name="next"/> ends the clause: nothing after it but a colon, or a text
    // cut off after a separator and at most three more words, the next holder's title cut ("…; Th", "…; Giám đ",
    // "…, Chủ tịch UBND h").
    private static bool ListEndsClause(string text, List<Token> tokens, int next)
    {
        if (next >= tokens.Count || (next == tokens.Count - 1 && tokens[next].Kind == TokenKind.Colon))
        {
            return true;
        }

        var cut = text.Length > 0 && char.IsLetter(text.TrimEnd()[^1]);
        if (!cut || tokens[next].Kind is not (TokenKind.Comma or TokenKind.Semicolon) || tokens.Count - next > 4)
        {
            return false;
        }

        for (var k = next + 1; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasGiaoBefore(List<Token> tokens, int before)
    {
        for (var i = 0; i < before && i < tokens.Count; i++)
        {
            if (GiaoLength(tokens, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // "giao X", "giao cho X" and, with the space lost in copying, "giaocho X": the tokens of the verb, or 0.
    private static int GiaoLength(List<Token> tokens, int i)
    {
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word)
        {
            return 0;
        }

        // "giao trách nhiệm (cho) X", "giao nhiệm vụ (cho) X": the duty named between the verb and the unit.
        if (tokens[i].Lower == "giao" && (UnitPhrases.Matches(tokens, i + 1, "trách nhiệm") || UnitPhrases.Matches(tokens, i + 1, "nhiệm vụ"))
            && UnitPhrases.HeadAt(tokens, i + 3, requireCapital: false) + UnitPhrases.HeadAt(tokens, i + 4, requireCapital: false) > 0)
        {
            return i + 3 < tokens.Count && tokens[i + 3].Kind == TokenKind.Word && tokens[i + 3].Lower == "cho" ? 4 : 3;
        }

        // "Sở giao dịch …", "các giao dịch mua bán": "giao dịch" (a transaction) is a noun, not the verb that assigns.
        if (tokens[i].Lower == "giao" && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Lower == "dịch")
        {
            return 0;
        }

        // "phân công (cho) các đồng chí Phó Chủ tịch …, Giám đốc Sở … dự, chỉ đạo …", "Phân công Sở Y tế kiểm tra …": the
        // verb that divides duties among named holders assigns them as "giao" does (docs/domain.md §5, twenty-fourth
        // pass); "phân công nhiệm vụ", "phân công, phân cấp" and the like name no holder after it and are no verb here.
        if (UnitPhrases.Matches(tokens, i, "phân công"))
        {
            var at = i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Word && tokens[i + 2].Lower == "cho" ? i + 3 : i + 2;
            var holder = UnitPhrases.Matches(tokens, at, "các đồng chí") ? at + 3 : UnitPhrases.Matches(tokens, at, "đồng chí") ? at + 2 : at;
            return at < tokens.Count && UnitPhrases.HeadAt(tokens, holder, requireCapital: holder == at && tokens[at].Lower != "các") > 0 ? at - i : 0;
        }

        return tokens[i].Lower switch
        {
            "giao" => i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Lower == "cho" ? 2 : 1,
            "giaocho" => 1,
            _ => 0,
        };
    }

    private static bool IsUyQuyen(List<Token> tokens, int i) =>
        UnitPhrases.Matches(tokens, i, "ủy quyền") || UnitPhrases.Matches(tokens, i, "uỷ quyền");

    // A unit after a comma, in the sentence starting at s, followed by "(tiếp tục) chủ trì" or "làm đầu mối".
    private static UnitList LateLead(string text, List<Token> tokens, int s)
    {
        for (int k = s, words = 0; k + 1 < tokens.Count && words <= DirectiveWindow; k++)
        {
            if (tokens[k].Kind is TokenKind.Period or TokenKind.Semicolon)
            {
                break;
            }

            if (tokens[k].Kind == TokenKind.Word)
            {
                words++;
                continue;
            }

            if (tokens[k].Kind is not (TokenKind.Comma or TokenKind.Colon) || UnitPhrases.HeadAt(tokens, k + 1, requireCapital: true) == 0)
            {
                continue;
            }

            // "Trong đó, tập trung các nhiệm vụ sau: Sở GTVT chủ trì, phối hợp với …": after a colon the unit that opens
            // the announced duty acts as after a comma, also when it only works with others or is made responsible.
            var units = UnitPhrases.Parse(text, tokens, k + 1);
            var role = SkipContinuing(tokens, units.Next);
            if (units.Units.Count > 0 && (UnitPhrases.Matches(tokens, role, "chủ trì") || UnitPhrases.Matches(tokens, role, "làm đầu mối")
                || (tokens[k].Kind == TokenKind.Colon && (UnitPhrases.Matches(tokens, role, "phối hợp") || UnitPhrases.Matches(tokens, role, "có trách nhiệm")))))
            {
                return units;
            }
        }

        return UnitList.None(0);
    }

    // "cũng", "đã", "vừa", "lại" between a subject and its directing verb: the index of the word after them.
    // "… khẩn trương chỉ đạo", "… tiếp tục chỉ đạo": the urging words between a holder and its verb.
    private static int SkipUrging(List<Token> tokens, int k) =>
        UnitPhrases.Matches(tokens, k, "khẩn trương") || UnitPhrases.Matches(tokens, k, "tiếp tục") || UnitPhrases.Matches(tokens, k, "tập trung")
            || UnitPhrases.Matches(tokens, k, "chủ động") ? k + 2 : k;

    private static int SkipAdverbs(List<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].Kind == TokenKind.Word && !tokens[k].Capitalized && tokens[k].Lower is "cũng" or "đã" or "vừa" or "lại" or "còn")
        {
            k++;
        }

        return k;
    }

    // "tiếp tục chủ trì", "trực tiếp chủ trì", "chủ động phối hợp", "chịu trách nhiệm chủ trì", "có trách nhiệm chủ trì":
    // the words before a role that do not change it.
    private static int SkipContinuing(List<Token> tokens, int k) =>
        (UnitPhrases.Matches(tokens, k, "tiếp tục") || UnitPhrases.Matches(tokens, k, "trực tiếp") || UnitPhrases.Matches(tokens, k, "chủ động")
            || UnitPhrases.Matches(tokens, k, "tích cực") || UnitPhrases.Matches(tokens, k, "khẩn trương")) && UnitPhrases.RoleAt(tokens, k + 2) > 0 ? k + 2
        : (UnitPhrases.Matches(tokens, k, "chịu trách nhiệm") || UnitPhrases.Matches(tokens, k, "có trách nhiệm")) && UnitPhrases.RoleAt(tokens, k + 3) > 0 ? k + 3
        : k;

    private static readonly FrozenSet<string> AddresseeReferences = FrozenSet.ToFrozenSet(
        ["các đơn vị", "các cơ quan", "các cơ quan, đơn vị", "các đơn vị, địa phương", "các cơ quan, đơn vị, địa phương", "các cơ quan, địa phương",
         "quý cơ quan", "quý đơn vị", "quý cơ quan, đơn vị", "các đơn vị nêu trên", "các cơ quan nêu trên", "các cơ quan, đơn vị nêu trên",
         // "đề nghị quý Tổng cục nghiên cứu …", "đề nghị các đồng chí giao …": the polite names a letter gives its own
         // addressees (docs/domain.md §5: the addressees hold what names no other holder).
         "quý tổng cục", "quý bộ", "quý sở", "quý cục", "các đồng chí"],
        StringComparer.Ordinal);

    // "Kính gửi: Các Bộ: Kế hoạch và Đầu tư, Tài chính, Tài nguyên và Môi trường": an addressee that is a collective with
    // its bodies after a colon means those bodies, as the same list does in the body (docs/domain.md §5, "các bộ, cơ quan:
    // Công an, GTVT"); any other addressee is itself, also a head whose places follow the colon ("Đồng chí Chủ tịch Ủy ban
    // nhân dân các tỉnh: Yên Bái, Hòa Bình, …"), which the letter addresses as one (docs/domain.md §5, twenty-third pass).
    private static IEnumerable<string> ListedBodies(string recipient)
    {
        if (!recipient.Contains(':', StringComparison.Ordinal) || !recipient.StartsWith("các ", StringComparison.OrdinalIgnoreCase))
        {
            return [recipient];
        }

        var listed = UnitPhrases.Parse(recipient, Tokenizer.Tokenize(recipient), 0);
        return listed.Units.Count > 1 ? listed.Units : [recipient];
    }

    // A bare collective that can only mean the letter's addressees (no field, place or qualifier of its own).
    private static bool RefersToAddressees(string unit) =>
        AddresseeReferences.Contains(unit.Trim().ToLower(VietnameseText.Vi));

    // The lead-in's addressees are the "Kính gửi" list restated: spell them as that list does when they differ only by "các".
    private string Canonical(string unit)
    {
        var key = UnitPhrases.Key(unit);
        foreach (var r in _recipients)
        {
            if (UnitPhrases.Key(r) == key)
            {
                return r;
            }
        }

        return unit;
    }
}
