using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>
/// Reads the header and the signature block of one document (NĐ 30/2020 art. 8, Phụ lục I layout):
/// issuer, number and symbol, place and date, type, subject, urgency, secrecy, recipients, signing
/// authority, signer and "Nơi nhận".
/// </summary>
internal sealed class HeaderReader
{
    private const int MaxHeaderLines = 60;
    private const int LongLineWords = 20;

    private readonly PreparedText _p;
    private readonly Segment _segment;
    private readonly Dictionary<string, TextSpan> _sources = new(StringComparer.Ordinal);

    public HeaderReader(PreparedText p, Segment segment)
    {
        _p = p;
        _segment = segment;
    }

    public IReadOnlyDictionary<string, TextSpan> Sources => _sources;

    public List<string> IssuerLines { get; } = [];

    public string? Issuer { get; private set; }

    public NumberSymbol? Symbol { get; private set; }

    public string? NumberSymbolAsWritten { get; private set; }

    public int NumberLine { get; private set; } = -1;

    public string? TypeName { get; private set; }

    public string? Place { get; private set; }

    public DateOnly? Date { get; private set; }

    public string? DatePartial { get; private set; }

    public int? Year { get; private set; }

    public string? Subject { get; private set; }

    public bool HasVv { get; private set; }

    public string? Urgency { get; private set; }

    public string? Secrecy { get; private set; }

    public List<string> Recipients { get; } = [];

    public string? Signer { get; private set; }

    public string? SigningForm { get; private set; }

    public List<string> Distribution { get; } = [];

    public int BodyStart { get; private set; }

    public int BodyEnd { get; private set; }

    public void Read()
    {
        var headerLimit = HeaderLimit();
        var lastHeaderLine = -1;
        var firstAnchor = int.MaxValue;
        var typeLine = -1;
        var vvLine = -1;
        var vvCell = default(TextCell);
        var recipientsLine = -1;
        var recipientsRest = -1;

        for (var li = _segment.From; li < headerLimit; li++)
        {
            var line = _p.Lines[li];
            if (line.IsBlank)
            {
                continue;
            }

            // "- 1Chỉ thị 15/CT-TTg năm 2020 về …": a law site's list of related documents above the header is no news
            // lead or title of this document (its documents are cited).
            if (firstAnchor == int.MaxValue && NumberLine < 0 && LineKinds.IsRelatedDocumentItem(_p.Fold.AsSpan(line.Start, line.Length)))
            {
                continue;
            }

            // A portal's card (first line) or a gazette's one-line title: either holds the number and the type up to its
            // last line, which the header reading then continues after.
            if ((li == FirstNonBlank() && TryReadPortalCard(li, headerLimit, out var blockEnd))
                || (typeLine < 0 && Symbol is null && NumberLine < 0 && TryReadGazetteTitle(li, headerLimit, out blockEnd)))
            {
                typeLine = blockEnd;
                NumberLine = li;
                lastHeaderLine = Math.Max(lastHeaderLine, blockEnd);
                firstAnchor = Math.Min(firstAnchor, li);
                li = blockEnd;
                continue;
            }

            if (typeLine < 0 && Symbol is null && NumberLine < 0 && firstAnchor == int.MaxValue
                && ((li < _segment.From + NewsLeadLines && TryReadNewsLead(li)) || (li == FirstNonBlank() && TryReadTitleLine(li))))
            {
                // A news lead, or a page's first line naming the document in full: the capital lines above it are the page's
                // masthead or headline ("BÁO ĐIỆN TỬ CHÍNH PHỦ"), not the issuer's cells; the symbol the line names gives the
                // issuer (§5).
                IssuerLines.Clear();
                _sources.Remove("issuer");
                typeLine = li;
                NumberLine = li;
                lastHeaderLine = Math.Max(lastHeaderLine, li);
                firstAnchor = Math.Min(firstAnchor, li);
                continue;
            }

            foreach (var cell in _p.CellsOf(line))
            {
                var text = _p.TextOf(cell.Start, cell.End);
                var folded = _p.Fold[cell.Start..cell.End];
                if (LineKinds.IsMotto(folded))
                {
                    lastHeaderLine = Math.Max(lastHeaderLine, li);
                    continue;
                }

                var rest = LineKinds.NumberLineRest(folded);
                if (rest >= 0 && Symbol is null && NumberLine < 0)
                {
                    ReadNumber(cell, rest);
                    NumberLine = li;
                    lastHeaderLine = Math.Max(lastHeaderLine, li);
                    firstAnchor = Math.Min(firstAnchor, li);
                    continue;
                }

                if (Place is null && DatePartial is null && TryReadDateLine(cell, folded))
                {
                    lastHeaderLine = Math.Max(lastHeaderLine, li);
                    firstAnchor = Math.Min(firstAnchor, li);
                    continue;
                }

                if (LineKinds.Urgency(folded) is { } urgency)
                {
                    Urgency ??= urgency;
                    _sources.TryAdd("urgency", Span(cell));
                    lastHeaderLine = Math.Max(lastHeaderLine, li);
                    continue;
                }

                if (LineKinds.Secrecy(folded) is { } secrecy)
                {
                    Secrecy ??= secrecy;
                    _sources.TryAdd("secrecy", Span(cell));
                    lastHeaderLine = Math.Max(lastHeaderLine, li);
                    continue;
                }

                // "Về: tham gia ý kiến …" under the number line is the excerpt as some offices write it instead of "V/v".
                if (vvLine < 0 && typeLine < 0 && (folded.StartsWith("v/v", StringComparison.Ordinal) || folded.StartsWith("ve viec", StringComparison.Ordinal) || folded.StartsWith("v.v", StringComparison.Ordinal)
                    || (NumberLine >= 0 && li <= NumberLine + 2 && (folded.StartsWith("ve:", StringComparison.Ordinal) || folded.StartsWith("ve :", StringComparison.Ordinal)))))
                {
                    vvLine = li;
                    vvCell = cell;
                    HasVv = true;
                    firstAnchor = Math.Min(firstAnchor, li);
                    continue;
                }

                // "THÔNG BÁO Về việc tổ chức lấy ý kiến …": a page joined the type and its excerpt on one line.
                if (typeLine < 0 && vvLine < 0 && TypeThenExcerpt(text, folded) is { } joined)
                {
                    TypeName = joined.Type;
                    typeLine = li;
                    vvLine = li;
                    vvCell = new TextCell(cell.Start + joined.Excerpt, cell.End, cell.Column);
                    HasVv = true;
                    _sources.TryAdd("type", new TextSpan(cell.Start, joined.Excerpt));
                    lastHeaderLine = Math.Max(lastHeaderLine, li);
                    firstAnchor = Math.Min(firstAnchor, li);
                    continue;
                }

                if (typeLine < 0 && DocumentTypes.RecognizeName(text) is { } typeName && VietnameseText.IsMostlyUpper(text))
                {
                    TypeName = typeName;
                    typeLine = li;
                    _sources.TryAdd("type", Span(cell));
                    lastHeaderLine = Math.Max(lastHeaderLine, li);
                    firstAnchor = Math.Min(firstAnchor, li);
                    continue;
                }

                var telegramInline = TelegramAddresseeStart(text, folded);
                if (recipientsLine < 0 && (LineKinds.IsKinhGui(folded) || telegramInline >= 0 || folded.TrimEnd().EndsWith("dien:", StringComparison.Ordinal) || folded.TrimEnd().EndsWith("dien :", StringComparison.Ordinal)))
                {
                    recipientsLine = li;
                    var colon = text.IndexOf(':', StringComparison.Ordinal);
                    recipientsRest = telegramInline >= 0 ? cell.Start + telegramInline
                        : LineKinds.IsKinhGui(folded) && colon >= 0 && colon + 1 < text.Length ? cell.Start + colon + 1 : -1;
                    break;
                }

                // A page's time stamp ("10:22 AM (GMT +7)", "29/07/2022 02:38:40 PM") is in capitals but names no one.
                if (li < firstAnchor && cell.Column < 60 && VietnameseText.IsMostlyUpper(text) && typeLine < 0 && !char.IsAsciiDigit(text[0]))
                {
                    IssuerLines.Add(text);
                    _sources["issuer"] = _sources.TryGetValue("issuer", out var s) ? Join(s, Span(cell)) : Span(cell);
                }
            }
        }

        Issuer = IssuerNames.FromHeader(IssuerLines);
        if (Issuer is null)
        {
            _sources.Remove("issuer");
        }

        var subjectEnd = -1;
        if (vvLine >= 0)
        {
            subjectEnd = ReadSubject(vvLine, vvCell, skipPrefix: true);
        }
        else if (typeLine >= 0 && Subject is null)
        {
            var next = typeLine + 1;
            while (next < headerLimit && _p.Lines[next].IsBlank)
            {
                next++;
            }

            // "QUYẾT ĐỊNH\nCỦA THỦ TƯỚNG CHÍNH PHỦ\nVề việc …": the older layout names the issuer under the type; the
            // subject is the line after it.
            if (next < headerLimit && _p.Fold.AsSpan(_p.Lines[next].Start, _p.Lines[next].Length).TrimStart().StartsWith("cua ", StringComparison.Ordinal)
                && VietnameseText.IsMostlyUpper(_p.TextOf(_p.Lines[next])) && VietnameseText.WordCount(_p.TextOf(_p.Lines[next])) <= 12)
            {
                next++;
                while (next < headerLimit && _p.Lines[next].IsBlank)
                {
                    next++;
                }
            }

            // The excerpt under the type may be one long joined line in sentence case (it ends the header).
            if (next < headerLimit || (next == headerLimit && next < _segment.To && !LineKinds.StartsPreamble(_p.Fold.AsSpan(_p.Lines[next].Start, _p.Lines[next].Length))
                && VietnameseText.WordCount(_p.TextOf(_p.Lines[next])) < 40))
            {
                var cells = _p.CellsOf(_p.Lines[next]);
                if (cells.Count > 0)
                {
                    subjectEnd = ReadSubject(next, cells[0], skipPrefix: true);
                }
            }
        }

        lastHeaderLine = Math.Max(lastHeaderLine, Math.Max(subjectEnd, Math.Max(vvLine, typeLine)));
        BodyStart = recipientsLine >= 0 ? ReadRecipients(recipientsLine, recipientsRest) : lastHeaderLine + 1;
        if (_leadDirects >= 0 && BodyStart > _leadDirects)
        {
            BodyStart = _leadDirects;
        }

        if (BodyStart <= _segment.From)
        {
            BodyStart = _segment.From;
        }

        ReadTail();
    }

    private int HeaderLimit()
    {
        var limit = Math.Min(_segment.To, _segment.From + MaxHeaderLines);
        for (var li = _segment.From; li < limit; li++)
        {
            var line = _p.Lines[li];
            if (line.IsBlank)
            {
                continue;
            }

            var text = _p.TextOf(line);
            var folded = _p.Fold[line.Start..line.End];
            if (LineKinds.IsKinhGui(folded))
            {
                return Math.Min(_segment.To, li + 1);
            }

            // A law site's list of related documents above the header ("- 1Chỉ thị 15/CT-TTg năm 2020 về …") does not end it.
            if (LineKinds.IsRelatedDocumentItem(folded))
            {
                continue;
            }

            // A long line ends the header, unless it is a title in capitals (a wrapped title joined back is long).
            if (VietnameseText.WordCount(text) >= LongLineWords && !folded.StartsWith("v/v", StringComparison.Ordinal) && !LineKinds.IsMotto(folded) && _p.CellsOf(line).Count == 1
                && !VietnameseText.IsMostlyUpper(text) && TypeThenExcerpt(text, folded) is null && !IsCardTitle(text))
            {
                // A news page's lead naming the document it reproduces (TryReadNewsLead) belongs to the header.
                // A lead that sends the document to its addressees ("… vừa có Công điện số 61/CĐ-BGTVT gửi Tổng cục …, các
                // Sở … yêu cầu …") is also the direction's first paragraph: the body reads it again for them.
                if (li < _segment.From + NewsLeadLines && IsHeaderOnlyLead(folded))
                {
                    return li + 1;
                }

                // The document's full name as the page's first line (TryReadTitleLine) is its header.
                if (li == FirstNonBlank() && TitleLineParts(text, folded) is not null)
                {
                    return li + 1;
                }

                // A news page may open with a summary of the direction ("Thủ tướng yêu cầu … ở mức cao nhất.") before the
                // lead that names the document: the summary does not end the header when the lead follows it.
                if (li < _segment.From + NewsLeadLines && NextIsNewsLead(li, limit))
                {
                    continue;
                }

                return li;
            }

            if (folded.StartsWith("can cu", StringComparison.Ordinal) || (text.Length > 2 && char.IsAsciiDigit(text[0]) && text[1] is '.' or ')'))
            {
                return li;
            }
        }

        return limit;
    }

    // A news page that reproduces a document's body opens with it in one sentence near its top.
    private const int NewsLeadLines = 8;

    private bool NextIsNewsLead(int li, int limit)
    {
        for (var next = li + 1; next < limit && next < _segment.From + NewsLeadLines; next++)
        {
            if (_p.Lines[next].IsBlank)
            {
                continue;
            }

            var folded = _p.Fold[_p.Lines[next].Start.._p.Lines[next].End];
            return IsHeaderOnlyLead(folded);
        }

        return false;
    }

    // "… vừa ký Công điện số 210/CĐ-TTg ngày 6/11/2025 chỉ đạo các bộ ngành, địa phương …": a lead that directs units is
    // the direction's first paragraph too, read by the body as well as for the header.
    private static readonly string[] LeadDirections = [" chi dao ", " yeu cau ", " de nghi ", " giao "];

    // "Thủ tướng Chính phủ Phạm Minh Chính vừa ký …", "Phó Thủ tướng Trần Hồng Hà vừa ký …": the person named after a
    // leader's title, right before "vừa ký", signed the document. A name after a place ("UBND tỉnh Quảng Nam vừa ký") or a
    // body's own capitalised name ("Bộ Công Thương vừa ký") is no person.
    private static string? LeadSigner(string before)
    {
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = 0;
        while (n < words.Length && n < 5 && LooksLikeNamePart(words[^(n + 1)]))
        {
            n++;
        }

        if (n is < 2 or > 4 || n == words.Length)
        {
            return null;
        }

        var title = string.Join(' ', words[..^n]);
        var foldedTitle = VietnameseText.FoldString(title);
        var previous = VietnameseText.FoldString(words[^(n + 1)]);
        if (previous is "tinh" or "huyen" or "quan" or "xa" or "phuong" or "pho" or "tran"
            || !(foldedTitle.EndsWith("thu tuong", StringComparison.Ordinal) || foldedTitle.EndsWith("chinh phu", StringComparison.Ordinal)
                 || foldedTitle.Contains("chu tich", StringComparison.Ordinal) || foldedTitle.Contains("bo truong", StringComparison.Ordinal)
                 || foldedTitle.Contains("giam doc", StringComparison.Ordinal)))
        {
            return null;
        }

        return string.Join(' ', words[^n..]);
    }

    private static bool LooksLikeNamePart(string word) =>
        word.Length is > 0 and <= 7 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    // "Quyết định số 4266/QĐ-UBND của UBND tỉnh về việc công bố …": a page whose first line names the document it
    // reproduces by its full name — the type, "số" and the number and symbol, the date when given, "của" and the issuer,
    // then "về (việc)" and the subject — gives the type, the number, the date and the subject, the elements NĐ 30/2020
    // art. 8 puts in the header, as a news lead does (docs/domain.md §5, twenty-sixth pass). The issuer is left to the
    // symbol and the page: a title writes it short ("UBND tỉnh"). Only the text's first line, in sentence case, with
    // "của" after the symbol and "về" after the issuer; a name whose "về" comes first ("Thông báo số … về việc kết luận
    // của …") or without "về" is none.
    private bool TryReadTitleLine(int li)
    {
        var line = _p.Lines[li];
        var text = _p.TextOf(line);
        var folded = _p.Fold[line.Start..line.End];
        if (TitleLineParts(text, folded) is not { } parts)
        {
            return false;
        }

        var (so, symbolEnd, ve) = parts;
        if (NumberSymbol.TryParseCore(text[(so + 4)..symbolEnd], allowMissingNumber: false) is not { } symbol)
        {
            return false;
        }

        Symbol = symbol;
        _sources["numberSymbol"] = new TextSpan(line.Start + so + 4, symbolEnd - so - 4);
        TypeName = DocumentTypes.RecognizeName(text[..so]);
        _sources["type"] = new TextSpan(line.Start, so);
        if (string.CompareOrdinal(folded, symbolEnd, " ngay ", 0, 6) == 0
            && DateText.TryRead(folded, symbolEnd + 6, folded.Length, allowBlank: false, out var d, out var m, out var y, out var dateEnd))
        {
            Date = DateText.ToDate(d, m, y);
            DatePartial = Date is null ? DateText.Partial(d, m, y) : null;
            _sources["date"] = new TextSpan(line.Start + symbolEnd + 1, dateEnd - symbolEnd - 1);
        }

        ReadSubjectAfterDate(folded, text, ve, line.Start, line.Length);
        return true;
    }

    private static (int So, int SymbolEnd, int Ve)? TitleLineParts(string text, string folded)
    {
        var so = folded.IndexOf(" so ", StringComparison.Ordinal);
        if (so <= 0 || so > 30 || VietnameseText.IsMostlyUpper(text) || DocumentTypes.RecognizeName(text[..so]) is null)
        {
            return null;
        }

        var symbolEnd = folded.IndexOf(' ', so + 4);
        if (symbolEnd < 0)
        {
            return null;
        }

        var cua = folded.IndexOf(" cua ", symbolEnd, StringComparison.Ordinal);
        var ve = folded.IndexOf(" ve ", symbolEnd, StringComparison.Ordinal);
        return cua < 0 || cua - symbolEnd > 40 || ve < cua || ve - cua > 80 ? null : (so, symbolEnd, ve);
    }

    // A lead that only names the document; one that sends it to its addressees ("… gửi …") is read by the body as well.
    private static bool IsHeaderOnlyLead(string folded) => IsNewsLead(folded) && !folded.Contains(" gui ", StringComparison.Ordinal);

    private static bool IsNewsLead(string folded) =>
        folded.IndexOf(" vua ", StringComparison.Ordinal) is >= 0 and var v && v < 200
        && folded.IndexOf(" so ", v, StringComparison.Ordinal) is >= 0 and var so && folded.IndexOf(" ngay ", so, StringComparison.Ordinal) >= 0;

    private static readonly string[] NewsVerbs = ["ky ban hanh ", "ban hanh ", "co ", "ky ", "gui "];

    // A news page (an agency's portal, the Government's newspaper) that reproduces a document without its printed
    // header names it in its lead: "(Chinhphu.vn) - Thủ tướng Chính phủ vừa có Công điện số 149/CĐ-TTg ngày 28/8/2025
    // về việc …". The sentence gives the type, the number and symbol (the issuer follows from the symbol), the date and
    // the subject, as a clerk registering the document would take them (NĐ 30/2020 art. 8 elements). Read only when the
    // text has no header of its own before it.
    private bool TryReadNewsLead(int li)
    {
        var line = _p.Lines[li];
        var text = _p.TextOf(line);
        var folded = _p.Fold[line.Start..line.End];
        var vua = folded.IndexOf(" vua ", StringComparison.Ordinal);
        if (vua < 0 || vua > 200)
        {
            return false;
        }

        var at = vua + 5;
        var verb = Array.FindIndex(NewsVerbs, v => string.CompareOrdinal(folded, at, v, 0, v.Length) == 0);
        if (verb < 0)
        {
            return false;
        }

        at += NewsVerbs[verb].Length;
        var so = folded.IndexOf(" so ", at, StringComparison.Ordinal);
        if (so < 0 || so - at > 40 || DocumentTypes.RecognizeName(text[at..so]) is not { } typeName)
        {
            return false;
        }

        var ngay = folded.IndexOf(" ngay ", so, StringComparison.Ordinal);
        if (ngay < 0 || ngay - so > 40)
        {
            return false;
        }

        var raw = text[(so + 4)..ngay].Trim();
        if (NumberSymbol.TryParseCore(raw, allowMissingNumber: false) is not { } symbol
            || !DateText.TryRead(folded, ngay + 6, folded.Length, allowBlank: false, out var d, out var m, out var y, out var dateEnd)
            || DateText.ToDate(d, m, y) is not { } date)
        {
            return false;
        }

        Symbol = symbol;
        if (raw != symbol.Format())
        {
            NumberSymbolAsWritten = raw;
        }

        _sources["numberSymbol"] = new TextSpan(line.Start + so + 4, ngay - so - 4);
        TypeName = typeName;
        _sources.TryAdd("type", new TextSpan(line.Start + at, so - at));
        Date = date;
        _sources["date"] = new TextSpan(line.Start + ngay + 1, dateEnd - ngay - 1);
        // The subject ends with the lead's sentence: a paragraph that goes on ("…. Nội dung Công điện nêu rõ: …") retells
        // the content, not the title.
        var end = text.Length;
        for (var i = dateEnd; i + 2 < text.Length; i++)
        {
            if (text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                end = i;
                break;
            }
        }

        ReadSubjectAfterDate(folded, text, dateEnd, line.Start, end);
        if (NewsVerbs[verb].StartsWith("ky", StringComparison.Ordinal) && LeadSigner(text[..vua]) is { } signer)
        {
            Signer = signer;
            _sources["signer"] = new TextSpan(line.Start + vua - signer.Length, signer.Length);
        }

        if (Array.Exists(LeadDirections, direction => folded.IndexOf(direction, dateEnd, StringComparison.Ordinal) is >= 0 and var found && found < end))
        {
            _leadDirects = li;
        }

        return true;
    }

    // "Công văn V/v …", "Công văn Về việc …", "Công văn Số: … ngày … Về việc …": a portal card's title line
    // (TryReadPortalCard) is long when its excerpt is, but it belongs to the header.
    private static bool IsCardTitle(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            if (DocumentTypes.RecognizeName(string.Join(' ', words[..n])) is not null && !VietnameseText.IsMostlyUpper(words[0]))
            {
                var next = words[n];
                return next is "V/v" or "Số:" || (next == "Về" && n + 1 < words.Length && words[n + 1] == "việc");
            }
        }

        return false;
    }

    private int FirstNonBlank()
    {
        for (var li = _segment.From; li < _segment.To; li++)
        {
            if (!_p.Lines[li].IsBlank)
            {
                return li;
            }
        }

        return -1;
    }

    private int NextNonBlank(int li, int limit)
    {
        for (var next = li + 1; next < limit && next <= li + 3; next++)
        {
            if (!_p.Lines[next].IsBlank)
            {
                return next;
            }
        }

        return -1;
    }

    // A portal that lists a ministry's letters prints each one without its header, as a card (docs/domain.md §5): the
    // number and symbol alone on the first line; the signer's initials and "Theo <ISSUER IN CAPITALS> -" on the next;
    // then the type in sentence case with the excerpt ("Công văn V/v …", "Công văn Về việc …") or with the number and
    // the date before it ("Công văn Số: 12/BYT-KH ngày 5 tháng 3 năm 2014 Về việc …"). The card holds the elements NĐ
    // 30/2020 art. 8 puts in the header: number and symbol, issuer, type, the date when printed, subject. All three
    // lines are required: a bare symbol on a first line alone, or an author line without a type line, is no card.
    private bool TryReadPortalCard(int firstLine, int headerLimit, out int lastLine)
    {
        lastLine = firstLine;
        if (Symbol is not null || NumberLine >= 0 || IssuerLines.Count > 0)
        {
            return false;
        }

        var raw = _p.TextOf(_p.Lines[firstLine]).Trim();
        if (raw.Length == 0 || raw.Contains(' ', StringComparison.Ordinal) || !char.IsAsciiDigit(raw[0]) || !raw.Contains('-', StringComparison.Ordinal)
            || NumberSymbol.TryParseCore(raw, allowMissingNumber: false) is not { } symbol)
        {
            return false;
        }

        var author = NextNonBlank(firstLine, headerLimit);
        if (author < 0)
        {
            return false;
        }

        var authorText = _p.TextOf(_p.Lines[author]).Trim();
        var theo = authorText.LastIndexOf(" Theo ", StringComparison.Ordinal);
        if (theo < 0 || !authorText.EndsWith('-'))
        {
            return false;
        }

        var issuerText = authorText[(theo + " Theo ".Length)..^1].Trim();
        if (issuerText.Length == 0 || !VietnameseText.IsMostlyUpper(issuerText))
        {
            return false;
        }

        var title = NextNonBlank(author, headerLimit);
        if (title < 0)
        {
            return false;
        }

        var titleLine = _p.Lines[title];
        var titleText = _p.TextOf(titleLine);
        var words = titleText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? type = null;
        var typeWords = 0;
        for (var n = Math.Min(3, words.Length); n >= 1 && type is null; n--)
        {
            type = DocumentTypes.RecognizeName(string.Join(' ', words[..n]));
            typeWords = n;
        }

        if (type is null || VietnameseText.IsMostlyUpper(titleText))
        {
            return false;
        }

        var afterType = 0;
        for (var w = 0; w < typeWords; w++)
        {
            afterType = titleText.IndexOf(words[w], afterType, StringComparison.Ordinal) + words[w].Length;
        }

        var at = titleLine.Start + afterType;
        while (at < titleLine.End && char.IsWhiteSpace(_p.Fold[at]))
        {
            at++;
        }

        if (_p.Fold.AsSpan(at, titleLine.End - at).StartsWith("so", StringComparison.Ordinal))
        {
            // "Số: 2884/BVHTTDL-DSVH ngày 06 tháng 8 năm 2013 Về việc …": the date stands between the number and the excerpt.
            var ngay = _p.Fold.IndexOf(" ngay ", at, titleLine.End - at, StringComparison.Ordinal);
            if (ngay < 0 || !DateText.TryRead(_p.Fold, ngay + " ngay".Length, titleLine.End, allowBlank: false, out var d, out var m, out var y, out var dateEnd))
            {
                return false;
            }

            Date = DateText.ToDate(d, m, y);
            DatePartial = Date is null ? DateText.Partial(d, m, y) : null;
            Year = y;
            _sources["date"] = new TextSpan(ngay + 1, dateEnd - ngay - 1);
            at = dateEnd;
            while (at < titleLine.End && char.IsWhiteSpace(_p.Fold[at]))
            {
                at++;
            }
        }

        var rest = _p.Fold.AsSpan(at, titleLine.End - at);
        var prefix = rest.StartsWith("v/v", StringComparison.Ordinal) ? 3 : rest.StartsWith("ve viec", StringComparison.Ordinal) ? 7 : -1;
        if (prefix < 0)
        {
            return false;
        }

        var subject = VietnameseText.CollapseSpaces(_p.TextOf(at + prefix, titleLine.End)).Trim().TrimStart(':').Trim();
        if (subject.Length == 0)
        {
            return false;
        }

        Symbol = symbol;
        _sources["numberSymbol"] = new TextSpan(_p.Lines[firstLine].Start, _p.Lines[firstLine].Length);
        IssuerLines.Add(issuerText);
        _sources["issuer"] = new TextSpan(_p.Lines[author].Start, _p.Lines[author].Length);
        TypeName = type;
        _sources["type"] = new TextSpan(titleLine.Start, afterType);
        Subject = subject;
        HasVv = true;
        _sources["subject"] = new TextSpan(at + prefix, titleLine.End - at - prefix);
        lastLine = title;
        return true;
    }

    private int _leadDirects = -1;

    // "THÔNG BÁO Về việc …", "KẾ HOẠCH V/v …": the type's name in capitals, then the excerpt opened by its mark.
    private static (string Type, int Excerpt)? TypeThenExcerpt(string text, string folded)
    {
        foreach (var mark in (string[])[" ve viec ", " v/v "])
        {
            var at = folded.IndexOf(mark, StringComparison.Ordinal);
            if (at is > 0 and <= 24 && DocumentTypes.RecognizeName(text[..at]) is { } type && VietnameseText.IsMostlyUpper(text.AsSpan(0, at))
                && VietnameseText.WordCount(text.AsSpan(0, at)) <= 4)
            {
                return (type, at + 1);
            }
        }

        return null;
    }

    // The title a gazette (Công báo) or a legal database gives a document instead of its header:
    // "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 17/CT-TTg NGÀY 13 THÁNG 6 NĂM 2023 VỀ …", often wrapped over several
    // capital lines, holds the type, the issuer, the number and symbol, the date and the subject (the elements
    // NĐ 30/2020 art. 8 puts in the header).
    private bool TryReadGazetteTitle(int firstLine, int headerLimit, out int lastLine)
    {
        lastLine = firstLine;
        var first = _p.Lines[firstLine];
        var firstText = _p.TextOf(first);
        var firstFolded = _p.Fold.AsSpan(first.Start, first.Length);
        if (!VietnameseText.IsMostlyUpper(firstText)
            || (DocumentTypes.RecognizeName(firstText) is null && !(firstFolded.Contains(" cua ", StringComparison.Ordinal) && firstFolded.Contains(" so ", StringComparison.Ordinal))))
        {
            return false;
        }

        // The title's capital lines, up to the first line in sentence case.
        var li = firstLine;
        while (li + 1 < _segment.To && li + 1 < firstLine + 8 && !_p.Lines[li + 1].IsBlank && VietnameseText.IsMostlyUpper(_p.TextOf(_p.Lines[li + 1])))
        {
            li++;
        }

        var start = first.Start;
        var end = _p.Lines[li].End;
        var text = Flat(_p.TextOf(start, end));
        var folded = Flat(_p.Fold[start..end]);
        var cua = folded.IndexOf(" cua ", StringComparison.Ordinal);
        var lead = folded.Length - folded.TrimStart().Length;
        if (cua <= lead || DocumentTypes.RecognizeName(text[lead..cua]) is not { } typeName)
        {
            return false;
        }

        var so = folded.IndexOf(" so ", cua, StringComparison.Ordinal);
        var ngay = so < 0 ? -1 : folded.IndexOf(" ngay ", so, StringComparison.Ordinal);
        if (so < 0 || ngay < 0 || so - cua > 80)
        {
            return false;
        }

        var raw = text[(so + 4)..ngay].Trim();
        if (NumberSymbol.TryParseCore(raw, allowMissingNumber: false) is not { } symbol)
        {
            return false;
        }

        Symbol = symbol;
        if (raw != symbol.Format())
        {
            NumberSymbolAsWritten = raw;
        }

        _sources["numberSymbol"] = new TextSpan(start + so + 4, ngay - so - 4);
        TypeName = typeName;
        _sources.TryAdd("type", new TextSpan(start + lead, cua - lead));
        IssuerLines.Add(VietnameseText.CollapseSpaces(text[(cua + 5)..so]).Trim());
        _sources["issuer"] = new TextSpan(start + cua + 5, so - cua - 5);
        if (DateText.TryRead(folded, ngay + 6, folded.Length, allowBlank: false, out var d, out var m, out var y, out var dateEnd))
        {
            Date = DateText.ToDate(d, m, y);
            DatePartial = Date is null ? DateText.Partial(d, m, y) : null;
            _sources["date"] = new TextSpan(start + ngay + 1, dateEnd - ngay - 1);
            ReadSubjectAfterDate(folded, text, dateEnd, start, end - start);
        }

        lastLine = li;
        return true;

        // Line breaks inside the title count as spaces; the length is kept so offsets stay those of the text.
        static string Flat(string s) => s.Replace('\n', ' ').Replace('\r', ' ');
    }

    /// <summary>
    /// "… ngày … về (việc) &lt;subject&gt;" (NĐ 30/2020 Phụ lục I: the V/v line, or a reproduced document's lead): the subject runs from
    /// "về" just after the date to the end of the text; <paramref name="offset"/> and <paramref name="length"/> place the text in the document.
    /// </summary>
    private void ReadSubjectAfterDate(string folded, string text, int dateEnd, int offset, int length)
    {
        var ve = folded.IndexOf(" ve ", dateEnd, StringComparison.Ordinal);
        if (ve < 0 || ve - dateEnd >= 4)
        {
            return;
        }

        var from = ve + 4;
        if (folded.AsSpan(from).StartsWith("viec ", StringComparison.Ordinal))
        {
            from += 5;
        }

        var subject = VietnameseText.CollapseSpaces(text[from..Math.Max(from, Math.Min(length, text.Length))]).Trim().TrimEnd('.');
        if (subject.Length > 0)
        {
            Subject = subject;
            _sources["subject"] = new TextSpan(offset + from, length - from);
        }
    }

    private void ReadNumber(TextCell cell, int rest)
    {
        var start = cell.Start + rest;
        var end = cell.End;
        var foldedRest = _p.Fold[start..end];
        var ngay = foldedRest.IndexOf(" ngay", StringComparison.Ordinal);
        if (ngay > 0)
        {
            end = start + ngay;
        }

        var raw = _p.TextOf(start, end).Trim();
        var symbol = NumberSymbol.TryParseCore(raw, allowMissingNumber: true);
        if (symbol is null)
        {
            var firstToken = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            symbol = firstToken is null ? null : NumberSymbol.TryParseCore(firstToken, allowMissingNumber: true);
        }

        if (symbol is null)
        {
            return;
        }

        Symbol = symbol;
        var written = VietnameseText.CollapseSpaces(raw);
        if (symbol.Number.Length > 0 && written != symbol.Format())
        {
            NumberSymbolAsWritten = written;
        }

        _sources["numberSymbol"] = new TextSpan(start, end - start);
    }

    private bool TryReadDateLine(TextCell cell, string folded)
    {
        var ngay = folded.IndexOf("ngay", StringComparison.Ordinal);
        if (ngay < 0 || folded.IndexOf("nam", ngay, StringComparison.Ordinal) < 0 && folded.IndexOf('/', ngay) < 0)
        {
            return false;
        }

        var placeText = _p.TextOf(cell.Start, cell.Start + ngay).Trim().TrimEnd(',').Trim();
        if (placeText.Length > 60 || VietnameseText.WordCount(placeText) > 8 || placeText.Any(char.IsAsciiDigit) || (placeText.Length > 0 && !IsPlaceLike(placeText)))
        {
            return false;
        }

        if (!DateText.TryRead(folded, ngay + 4, folded.Length, allowBlank: true, out var d, out var m, out var y, out var end))
        {
            return false;
        }

        Place = placeText.Length > 0 ? VietnameseText.CollapseSpaces(placeText) : null;
        Date = DateText.ToDate(d, m, y);
        DatePartial = Date is null ? DateText.Partial(d, m, y) : null;
        Year = y;
        if (Place is not null)
        {
            _sources["place"] = new TextSpan(cell.Start, placeText.Length);
        }

        _sources["date"] = new TextSpan(cell.Start + ngay, end - ngay);
        return true;
    }

    // Web pages print their own datelines ("Thứ hai, ngày 01/06/2020", "Sáng ngày 15/9, …", "thông báo … ngày …", "Thông
    // báo Khẩn ngày …"): a place (NĐ 30/2020 art. 9: the locality where the body sits) is a capitalised name, never a
    // weekday, a time of day or a document's type.
    private static readonly string[] NotPlaces = ["thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat", "sang", "chieu", "toi", "trua", "dem"];

    private static bool IsPlaceLike(string placeText)
    {
        if (!char.IsUpper(placeText[0]) || DocumentTypes.RecognizeName(placeText) is not null)
        {
            return false;
        }

        // "Thông báo Khẩn ngày …": a type's name with its urgency.
        var words = placeText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 2 && (DocumentTypes.RecognizeName(words[0] + " " + words[1]) is not null || DocumentTypes.RecognizeName(string.Join(' ', words[..3])) is not null))
        {
            return false;
        }

        var folded = VietnameseText.FoldString(placeText);
        return !Array.Exists(NotPlaces, w => folded.StartsWith(w, StringComparison.Ordinal) && (folded.Length == w.Length || !char.IsLetter(folded[w.Length])));
    }

    // The subject runs over the following lines of the same column until a blank line or another header element.
    private int ReadSubject(int firstLine, TextCell firstCell, bool skipPrefix)
    {
        var parts = new List<string>();
        var text = _p.TextOf(firstCell.Start, firstCell.End);
        var folded = _p.Fold[firstCell.Start..firstCell.End];
        var offset = 0;
        if (skipPrefix)
        {
            if (folded.StartsWith("v/v", StringComparison.Ordinal) || folded.StartsWith("v.v", StringComparison.Ordinal))
            {
                offset = 3;
            }
            else if (folded.StartsWith("ve viec", StringComparison.Ordinal))
            {
                offset = 7;
            }
            else if (folded.StartsWith("ve:", StringComparison.Ordinal) || folded.StartsWith("ve :", StringComparison.Ordinal))
            {
                offset = 2;
            }
            else if (folded.StartsWith("ve ", StringComparison.Ordinal) && !VietnameseText.IsMostlyUpper(text))
            {
                // A title's excerpt in sentence case begins with "Về …" (NĐ 30/2020 Phụ lục I: trích yếu).
                offset = 3;
            }

            while (offset < text.Length && text[offset] is ' ' or ':' or '.')
            {
                offset++;
            }
        }

        parts.Add(text[offset..]);
        var spanStart = firstCell.Start + offset;
        var spanEnd = firstCell.End;
        var last = firstLine;
        for (var li = firstLine + 1; li < _segment.To && li < firstLine + 8; li++)
        {
            var line = _p.Lines[li];
            if (line.IsBlank)
            {
                // "Quy định việc xác nhận phiên hiệu …" / (blank) / " đã được thành lập …": a page that sets each line of
                // the title apart still continues the title's sentence on a line that opens in lower case (NĐ 30/2020 Phụ
                // lục I: the excerpt is one sentence).
                if (li + 1 < _segment.To && li + 1 < firstLine + 8 && ContinuesInLowerCase(li + 1) && !parts[^1].TrimEnd().EndsWith('.'))
                {
                    continue;
                }

                break;
            }

            var cells = _p.CellsOf(line);
            var cell = cells.OrderBy(c => Math.Abs(c.Column - firstCell.Column)).First();
            if (Math.Abs(cell.Column - firstCell.Column) > 12 && cells.Count > 1)
            {
                break;
            }

            var f = _p.Fold[cell.Start..cell.End];
            var t = _p.TextOf(cell.Start, cell.End);
            if (LineKinds.IsKinhGui(f) || LineKinds.IsMotto(f) || LineKinds.NumberLineRest(f) >= 0 || LineKinds.Urgency(f) is not null
                || f.Contains(", ngay", StringComparison.Ordinal) || f.TrimEnd().EndsWith("dien:", StringComparison.Ordinal) || LineKinds.StartsPreamble(f)
                || (VietnameseText.IsMostlyUpper(t) && !VietnameseText.IsMostlyUpper(parts[0]))
                || (VietnameseText.IsMostlyUpper(parts[0]) && !VietnameseText.IsMostlyUpper(t) && t.Any(char.IsLetter))
                || LineKinds.IsAuthorityLine(t, f) || LineKinds.IsRule(t) || t.StartsWith('(') || parts[^1].TrimEnd().EndsWith('.')
                || BodyReader.Marker(t).Kind is ClauseMarkerKind.Number or ClauseMarkerKind.NestedNumber or ClauseMarkerKind.Roman or ClauseMarkerKind.Article)
            {
                break;
            }

            parts.Add(t);
            spanEnd = cell.End;
            last = li;
        }

        var subject = VietnameseText.CollapseSpaces(string.Join(' ', parts)).Trim().TrimEnd('.', ';', ',').Trim();
        subject = AfterGazetteTitle(Unquoted(subject));
        if (subject.Length > 0)
        {
            Subject = subject;
            _sources["subject"] = new TextSpan(spanStart, spanEnd - spanStart);
        }

        return last;
    }

    private bool ContinuesInLowerCase(int li)
    {
        var line = _p.Lines[li];
        if (line.IsBlank)
        {
            return false;
        }

        var t = _p.TextOf(line.Start, line.End).TrimStart();
        return t.Length > 0 && char.IsLower(t[0]);
    }

    // "\"VỀVIỆC BAN HÀNH QUY ĐỊNH … CẤP XÃ \"": a copy that puts the whole title in quotes; the quotes are the page's,
    // not the excerpt's (a quotation inside the title, "lập Đề án \"Phát triển …\"", is kept).
    private static string Unquoted(string subject)
    {
        if (subject.Length > 2 && subject[0] is '"' or '“' && subject[^1] is '"' or '”'
            && subject.AsSpan(1, subject.Length - 2).IndexOfAny('"', '“', '”') < 0)
        {
            return subject[1..^1].Trim();
        }

        return subject;
    }

    // "QUYẾT ĐỊNH" then "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 60/2002/QĐ-TTG NGÀY 15 THÁNG 5 NĂM 2002 VỀ VIỆC …": the gazette's
    // title under the type line repeats the issuer, number and date; the subject is what follows the date.
    private static string AfterGazetteTitle(string subject)
    {
        var folded = VietnameseText.FoldString(subject);
        if (!folded.StartsWith("cua ", StringComparison.Ordinal) || folded.Length != subject.Length)
        {
            return subject;
        }

        var so = folded.IndexOf(" so ", StringComparison.Ordinal);
        var ngay = so < 0 ? -1 : folded.IndexOf(" ngay ", so, StringComparison.Ordinal);
        if (ngay < 0 || ngay - so > 60
            || !DateText.TryRead(folded, ngay + 6, folded.Length, allowBlank: false, out _, out _, out _, out var dateEnd))
        {
            return subject;
        }

        var rest = subject[dateEnd..].Trim();
        return rest.Length > 0 ? rest : subject;
    }

    // A telegram names its addressees after "ĐIỆN:" as a letter does after "Kính gửi:" (docs/domain.md §5: the letter's
    // addressees hold the numbered duties that name no holder); a copy may run the first addressee onto that line
    // ("ĐIỆN:Bộ Công Thương", "ĐIỆN: Chủ tịch UBND các tỉnh …"). Only the word in capitals opening the line counts, so
    // "… cấp điện: …" in a sentence is not read as one. Returns where the addressee starts, or -1.
    private static int TelegramAddresseeStart(string text, ReadOnlySpan<char> folded)
    {
        var f = folded.TrimStart();
        var lead = folded.Length - f.Length;
        if (!f.StartsWith("dien", StringComparison.Ordinal) || lead + 4 > text.Length || !text.AsSpan(lead, 4).SequenceEqual("ĐIỆN"))
        {
            return -1;
        }

        var rest = f[4..].TrimStart();
        if (rest.Length < 2 || rest[0] != ':')
        {
            return -1;
        }

        var start = folded.Length - rest.Length + 1;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        return start < text.Length ? start : -1;
    }

    // "Kính gửi:" then "- X;" lines (or one inline addressee); returns the first body line.
    private int ReadRecipients(int line, int inlineStart)
    {
        var spanStart = -1;
        var spanEnd = -1;
        if (inlineStart >= 0)
        {
            var lineEnd = _p.Lines[line].End;
            var cells = _p.CellsOf(_p.Lines[line]);
            var cellEnd = cells.FirstOrDefault(c => c.Start <= inlineStart && c.End >= inlineStart).End;
            var end = cellEnd > inlineStart ? cellEnd : lineEnd;
            var item = VietnameseText.TrimItem(VietnameseText.CollapseSpaces(_p.TextOf(inlineStart, end)).TrimStart('-', '+', ' '));
            if (item.Length > 0)
            {
                Recipients.Add(item);
                spanStart = inlineStart;
                spanEnd = end;
            }
        }

        var li = line + 1;
        var next = li;
        for (; li < _segment.To; li++)
        {
            var l = _p.Lines[li];
            if (l.IsBlank)
            {
                continue;
            }

            var text = _p.TextOf(l);
            if (LineKinds.IsBullet(text))
            {
                var item = VietnameseText.TrimItem(VietnameseText.CollapseSpaces(text[1..]));
                if (item.Length > 0)
                {
                    Recipients.Add(item);
                }

                spanStart = spanStart < 0 ? l.Start : spanStart;
                spanEnd = l.End;
                next = li + 1;
                continue;
            }

            if (Recipients.Count == 0 && !text.EndsWith(':') && (VietnameseText.WordCount(text) <= 15 || IsAddresseeWithPlaces(text)))
            {
                Recipients.Add(VietnameseText.TrimItem(VietnameseText.CollapseSpaces(text)));
                spanStart = l.Start;
                spanEnd = l.End;
                next = li + 1;
                continue;
            }

            // "tỉnh Sóc Trăng." under the list: a suffix shared by every addressee.
            if (Recipients.Count > 0 && char.IsLower(text[0]) && VietnameseText.WordCount(text) <= 6)
            {
                next = li + 1;
            }

            break;
        }

        if (spanStart >= 0)
        {
            _sources["recipients"] = new TextSpan(spanStart, spanEnd - spanStart);
        }

        return next;
    }

    // "Đồng chí Chủ tịch Ủy ban nhân dân các tỉnh: Yên Bái, Hòa Bình, …, Thái Bình.": one addressee whose places are listed
    // after a colon may run past the fifteen words of an addressee line (docs/domain.md §5, twenty-third pass). Before the
    // colon a short name; after it only capitalised names of at most four words parted by commas (or a last "và"), so a
    // body sentence ("Thực hiện Công văn số …: …") is never taken for it.
    private static bool IsAddresseeWithPlaces(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || VietnameseText.WordCount(text.AsSpan(0, colon)) > 12)
        {
            return false;
        }

        var items = VietnameseText.TrimItem(text[(colon + 1)..]).Replace(" và ", ", ", StringComparison.Ordinal).Split(',');
        if (items.Length < 3)
        {
            return false;
        }

        foreach (var raw in items)
        {
            var item = raw.Trim();
            if (item.Length == 0 || !char.IsUpper(item[0]) || VietnameseText.WordCount(item) > 4 || item.Any(c => char.IsDigit(c) || c is ':' or ';' or '(' or '/'))
            {
                return false;
            }

            foreach (var word in item.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!char.IsUpper(word[0]) && word is not "-" and not "–")
                {
                    return false;
                }
            }
        }

        return true;
    }

    // The tail: "Nơi nhận" list and the signature block after the last paragraph of the body.
    private void ReadTail()
    {
        var from = BodyStart;
        var to = _segment.To;
        var lastLong = from - 1;
        var noiNhan = -1;
        var signed = false;
        for (var li = from; li < to; li++)
        {
            var line = _p.Lines[li];
            if (line.IsBlank)
            {
                continue;
            }

            var folded = _p.Fold[line.Start..line.End];
            if (LineKinds.IsNoiNhan(folded))
            {
                noiNhan = li;
            }
            else if (noiNhan < 0 && !signed && VietnameseText.WordCount(_p.TextOf(line)) >= 15 && !LineKinds.IsBullet(_p.TextOf(line)))
            {
                lastLong = li;
            }
            else if (lastLong >= from && _p.CellsOf(line).Any(c => LineKinds.IsSigningMark(_p.TextOf(c.Start, c.End), _p.Fold.AsSpan(c.Start, c.Length))))
            {
                // "KT. BỘ TRƯỞNG, CHỦ NHIỆM" after the body signs it: long lines below are the web page around the
                // document ("Ý kiến bạn đọc …"), not more body (NĐ 30/2020 Phụ lục I: the signing block closes the text).
                signed = true;
            }
        }

        var firstTitle = -1;
        for (var li = lastLong + 1; li < to && firstTitle < 0; li++)
        {
            foreach (var cell in _p.CellsOf(_p.Lines[li]))
            {
                if (LineKinds.IsTitle(_p.TextOf(cell.Start, cell.End), _p.Fold.AsSpan(cell.Start, cell.Length))
                    || IsSentenceCaseTitle(_p.TextOf(cell.Start, cell.End), _p.Fold[cell.Start..cell.End], underTitle: false))
                {
                    firstTitle = li;
                    break;
                }
            }
        }

        var tail = to;
        if (noiNhan >= 0)
        {
            tail = noiNhan;
        }

        if (firstTitle >= 0 && firstTitle < tail)
        {
            tail = firstTitle;
        }

        BodyEnd = Math.Max(tail, BodyStart);
        if (noiNhan >= 0)
        {
            ReadDistribution(noiNhan);
        }

        ReadSignature(BodyEnd, to);
    }

    private void ReadDistribution(int line)
    {
        var cells = _p.CellsOf(_p.Lines[line]);
        var head = cells.FirstOrDefault(c => LineKinds.IsNoiNhan(_p.Fold.AsSpan(c.Start, c.Length)));
        var column = head.Column;
        var spanStart = head.Start;
        var spanEnd = head.End;
        var headText = _p.TextOf(head.Start, head.End);
        var colon = headText.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && colon + 1 < headText.Length)
        {
            var inline = VietnameseText.TrimItem(headText[(colon + 1)..].Trim().TrimStart('-', '+').Trim());
            if (inline.Length > 0)
            {
                Distribution.Add(inline);
            }
        }

        for (var li = line + 1; li < _segment.To; li++)
        {
            var l = _p.Lines[li];
            if (l.IsBlank)
            {
                continue;
            }

            var left = _p.CellsOf(l).Where(c => c.Column <= column + 6).ToList();
            if (left.Count == 0)
            {
                continue;
            }

            var text = _p.TextOf(left[0].Start, left[0].End);
            if (!LineKinds.IsBullet(text))
            {
                if (Distribution.Count > 0)
                {
                    break;
                }

                continue;
            }

            var item = VietnameseText.TrimItem(VietnameseText.CollapseSpaces(text[1..]));
            if (item.Length > 0)
            {
                Distribution.Add(item);
            }

            spanEnd = left[0].End;
        }

        if (Distribution.Count > 0)
        {
            _sources["distribution"] = new TextSpan(spanStart, spanEnd - spanStart);
        }
    }

    private void ReadSignature(int from, int to)
    {
        var titles = new List<(string Text, TextCell Cell)>();
        var groupTitles = new List<(string Text, TextCell Cell)>();
        var lastTitleLine = -10;
        (string Text, TextCell Cell)? name = null;
        (string Text, TextCell Cell, int Line)? surname = null;
        for (var li = from; li < to; li++)
        {
            var line = _p.Lines[li];
            if (line.IsBlank)
            {
                continue;
            }

            foreach (var cell in _p.CellsOf(line))
            {
                var text = VietnameseText.CollapseSpaces(_p.TextOf(cell.Start, cell.End));
                var folded = _p.Fold[cell.Start..cell.End];
                // "CHÁNH VĂN PHÒNGThái Hữu Phép": copying lost the line break between the signing title in capitals and
                // the signer's name (NĐ 30/2020 Phụ lục I prints them on separate lines); the two are read apart.
                if (GluedTitleAndName(text) is { } glued && (groupTitles.Count > 0 || li - lastTitleLine > 4))
                {
                    if (li - lastTitleLine > 4 || name is not null)
                    {
                        groupTitles = [];
                        name = null;
                    }

                    var at = _p.TextOf(cell.Start, cell.End).IndexOf(glued.Name, StringComparison.Ordinal);
                    groupTitles.Add((glued.Title, new TextCell(cell.Start, at > 0 ? cell.Start + at : cell.End, cell.Column)));
                    titles = groupTitles;
                    lastTitleLine = li;
                    name = (glued.Name, at > 0 ? new TextCell(cell.Start + at, cell.End, cell.Column) : cell);
                    continue;
                }

                if (LineKinds.IsTitle(text, folded) || IsSentenceCaseTitle(text, folded, groupTitles.Count > 0 && name is null && li - lastTitleLine <= 2))
                {
                    if (li - lastTitleLine > 4 || name is not null)
                    {
                        groupTitles = [];
                        name = null;
                    }

                    groupTitles.Add((text, cell));
                    titles = groupTitles;
                    lastTitleLine = li;
                    continue;
                }

                if (groupTitles.Count > 0 && name is null && LineKinds.IsName(text, folded))
                {
                    name = (text, cell);
                    if (surname is { } family && family.Line == PreviousNonBlank(li))
                    {
                        // "Nguyễn\nKhắc Định": a page wrapped the signer's name after the family name.
                        name = (family.Text + " " + text, new TextCell(family.Cell.Start, cell.End, family.Cell.Column));
                    }

                    continue;
                }

                if (groupTitles.Count > 0 && name is null && IsFamilyName(text))
                {
                    surname = (text, cell, li);
                    continue;
                }

                // "Văn Trọng Lý tải về 8.02 Kb.": a page's download line in lower case joined to the signer's name when
                // the text was put back into paragraphs; the capitalised words before it are the name.
                if (groupTitles.Count > 0 && name is null && li - lastTitleLine <= 6 && NameBeforeLowerCase(text) is { } lead
                    && LineKinds.IsName(lead, VietnameseText.FoldString(lead)))
                {
                    name = (lead, new TextCell(cell.Start, cell.Start + lead.Length, cell.Column));
                }
            }
        }

        // "TM. ỦY BAN N": a page cut inside the signing form leaves a title with a lone letter for its last word; the
        // form is not known.
        if (titles.Count > 0 && titles[^1].Text.TrimEnd('.', ':', ',').Trim().Split(' ')[^1] is { Length: 1 } cutWord && char.IsLetter(cutWord[0]))
        {
            titles = [];
        }

        if (titles.Count > 0)
        {
            // "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM": a title line ending with a comma was wrapped inside one title ("KT. BỘ TRƯỞNG,
            // CHỦ NHIỆM", NĐ 30/2020 Phụ lục I prints a double office with its comma); only a new line of its own is the
            // next title (docs/domain.md §5, twenty-sixth pass).
            // "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM": the deputy's title that Phụ lục I prints on the line under "KT. …" run
            // into it by copying is the next title.
            var forms = new List<string>(titles.Count + 1);
            var wrapped = false;
            foreach (var (title, _) in titles)
            {
                var deputy = title.StartsWith("KT.", StringComparison.Ordinal) ? title.IndexOf(" PHÓ ", 3, StringComparison.Ordinal) : -1;
                foreach (var text in deputy > 3 ? [title[..deputy], title[(deputy + 1)..]] : (string[])[title])
                {
                    var form = text.TrimEnd('.', ':', ',').Trim();
                    if (wrapped)
                    {
                        forms[^1] += ", " + form;
                    }
                    else
                    {
                        forms.Add(form);
                    }

                    wrapped = text.TrimEnd().EndsWith(',');
                }
            }

            SigningForm = string.Join(" / ", forms);
            _sources["signingForm"] = Join(Span(titles[0].Cell), Span(titles[^1].Cell));
        }

        if (name is { } n)
        {
            Signer = VietnameseText.IsMostlyUpper(n.Text) ? VietnameseText.TitleCase(n.Text.ToLower(VietnameseText.Vi)) : n.Text;
            _sources["signer"] = Span(n.Cell);
        }
    }

    // "TM. Ủy ban nhân dân tỉnh" / "Chủ tịch": a page that set the signing block in sentence case. A line opened by a signing
    // mark (NĐ 30/2020 Phụ lục I: TM., KT., TL.) is a title, and so is a short position right under a title ("Chủ tịch",
    // "Phó Giám đốc"); written as printed (docs/domain.md §5, twenty-sixth pass).
    private static bool IsSentenceCaseTitle(string text, string folded, bool underTitle)
    {
        if (VietnameseText.IsMostlyUpper(text) || text.Length > 60 || !char.IsUpper(text[0]))
        {
            return false;
        }

        if (folded.StartsWith("tm. ", StringComparison.Ordinal) || folded.StartsWith("kt. ", StringComparison.Ordinal) || folded.StartsWith("tl. ", StringComparison.Ordinal))
        {
            return VietnameseText.WordCount(text) <= 8;
        }

        return underTitle && VietnameseText.WordCount(text) <= 4 && !text.Contains('.', StringComparison.Ordinal) && !LineKinds.IsName(text, folded)
            && LineKinds.IsTitle(text.ToUpper(VietnameseText.Vi), folded);
    }

    // The common Vietnamese family names: a signer's name wrapped after one of them ("Nguyễn\nKhắc Định") is one name.
    // A signing title in capitals run into the signer's name ("CHÁNH VĂN PHÒNGThái Hữu Phép", "PHÓ CHỦ TỊCHNguyễn Văn
    // An"): the title up to the last capital before a capital and a small letter, the name from there, when each reads as
    // what it is on its own.
    private static (string Title, string Name)? GluedTitleAndName(string text)
    {
        for (var j = text.Length - 3; j >= 2; j--)
        {
            if (char.IsUpper(text[j]) && char.IsLower(text[j + 1]) && char.IsUpper(text[j - 1]) && char.IsLetter(text[j - 1]))
            {
                var title = text[..j].Trim();
                var name = text[j..].Trim();
                return LineKinds.IsTitle(title, VietnameseText.FoldString(title)) && LineKinds.IsName(name, VietnameseText.FoldString(name))
                    ? (title, name)
                    : null;
            }
        }

        return null;
    }

    private static readonly HashSet<string> FamilyNames = new(StringComparer.Ordinal)
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
        "Đinh", "Đoàn", "Trương", "Lương", "Mai", "Cao", "Lâm", "Hà", "Tạ", "Trịnh", "Tô", "Thái", "Đào", "Vương", "Lưu", "Văn",
    };

    private static string? NameBeforeLowerCase(string text)
    {
        var words = text.Split(' ');
        var n = 0;
        while (n < words.Length && words[n].Length > 0 && char.IsUpper(words[n][0]))
        {
            n++;
        }

        return n is >= 2 and <= 5 && n < words.Length && words[n].Length > 0 && char.IsLower(words[n][0]) ? string.Join(' ', words[..n]) : null;
    }

    private static bool IsFamilyName(string text) => FamilyNames.Contains(text.Trim().Normalize(System.Text.NormalizationForm.FormC));

    private int PreviousNonBlank(int li)
    {
        for (var k = li - 1; k >= _segment.From; k--)
        {
            if (!_p.Lines[k].IsBlank)
            {
                return k;
            }
        }

        return -1;
    }

    private static TextSpan Span(TextCell cell) => new(cell.Start, cell.Length);

    private static TextSpan Join(TextSpan a, TextSpan b)
    {
        var start = Math.Min(a.Start, b.Start);
        return new TextSpan(start, Math.Max(a.End, b.End) - start);
    }
}
