using System.Collections.Frozen;
using System.Text;
using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>
/// Reads lists of addressed units ("Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh và Chủ tịch UBND các
/// huyện") by general rules: a unit starts with a title or a body noun; a comma or "và" starts a new unit
/// only when a new title or body follows; a lower-case verb ("thực hiện", "chủ trì") ends the list.
/// </summary>
internal static class UnitPhrases
{
    // A telegram's addressees run to nine or ten bodies with their full names (some sixty to eighty words).
    private const int MaxWords = 80;

    // Titles of the person answerable for a unit (NĐ 30/2020 art. 8: a document is addressed to the head).
    private static readonly string[][] Titles = Phrases(
        "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "thủ trưởng", "hiệu trưởng", "trưởng", "phó trưởng",
        "bộ trưởng", "thứ trưởng", "chánh văn phòng", "chánh thanh tra", "chánh án", "tổng giám đốc", "cục trưởng",
        "chi cục trưởng", "vụ trưởng", "viện trưởng", "bí thư", "phó bí thư", "người đứng đầu", "lãnh đạo",
        "tổng cục trưởng", "chủ nhiệm", "chỉ huy trưởng", "thủ tướng", "phó thủ tướng", "các đồng chí", "đồng chí", "gđ",
        "thường trực", "ban thường vụ", "ban chấp hành", "tổng biên tập", "hạt trưởng", "trưởng ban", "trưởng phòng", "thành viên");

    // Bodies that need a name after them ("Sở Nội vụ", "Công an tỉnh", "Ủy ban nhân dân").
    private static readonly string[][] Bodies = Phrases(
        "sở", "bộ", "ban", "phòng", "văn phòng", "ủy ban", "uỷ ban", "hội đồng", "công an", "bộ chỉ huy", "cục", "chi cục",
        "tổng cục", "vụ", "viện", "trung tâm", "thanh tra", "kho bạc", "ngân hàng", "đài", "báo", "trường",
        "bệnh viện", "hội", "liên đoàn", "liên minh", "đoàn", "mặt trận", "tòa án", "toà án", "viện kiểm sát", "công ty",
        "tổng công ty", "tập đoàn", "hạt kiểm lâm", "chi nhánh", "cơ quan", "đơn vị", "học viện", "đại học",
        "cảng vụ", "cảnh sát", "bảo hiểm xã hội", "hải quan", "quỹ", "nhà xuất bản", "tạp chí", "tổ công tác", "ủy ban mặt trận",
        "đoàn kiểm tra", "đoàn thanh tra", "đoàn công tác", "tổ kiểm tra", "tổ thanh tra",
        "bộ đội biên phòng", "cục thuế", "chi cục thuế", "ban quản lý", "thông tấn xã", "hiệp hội",
        // "Ban chỉ huy PCTT và TKCN các tỉnh …", "Ban chỉ đạo thi các huyện": a steering or command board written with its
        // function in lower case; "Công ty cổ phần thủy điện …": a company named by its legal form in lower case.
        "ban chỉ huy", "ban chỉ đạo", "công ty cổ phần",
        // "Trạm Y tế xã", "Trạm Kiểm lâm …", "Cơ sở KBCB", "Ngành Giáo dục": bodies a direction names as often as the rest.
        "trạm", "cơ sở", "ngành",
        // "lực lượng Công an tỉnh", "lực lượng Bộ đội Biên phòng": a force named by its body.
        "lực lượng");

    // Bodies whose name may open with a lower-case word ("Hiệp hội mắc ca Việt Nam", "Hiệp hội doanh nghiệp tỉnh",
    // "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Ban quản lý rừng phòng hộ"): these words never stand for anything but
    // an association or a management board.
    // "Đoàn kiểm tra liên ngành …", "Tổ công tác đặc biệt …", "Đoàn thanh tra …": a team formed for one job is named by
    // its job in lower case.
    private static readonly string[][] NamedByAnyWord = Phrases("hiệp hội", "ban quản lý", "ban chỉ huy", "ban chỉ đạo", "công ty cổ phần",
        "đoàn kiểm tra", "đoàn thanh tra", "đoàn công tác",
        "tổ kiểm tra", "tổ thanh tra", "tổ công tác");

    // The fields of central agencies whose departments stand in every province ("Cục thuế", "Chi cục hải quan", "Cục thống
    // kê", "Cục quản lý thị trường"), as copies write them in lower case.
    private static readonly string[][] AgencyFieldsInLowerCase = Phrases("thuế", "hải quan", "thống kê", "quản lý thị trường");

    // Bodies complete in themselves.
    private static readonly string[][] Standalone = Phrases(
        "ubnd", "hđnd", "tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ", "thành ủy", "thành uỷ", "đảng ủy", "đảng uỷ",
        "chính phủ", "mttq", "ubmttq", "bhxh", "tỉnh đoàn", "huyện đoàn", "thành đoàn", "bchqs", "kbnn", "quốc hội",
        // The political system's collectives a direction addresses in lower case ("yêu cầu cấp ủy, tổ chức đảng, chính
        // quyền các cấp, …", "giao trách nhiệm cho chính quyền cơ sở", "lực lượng vũ trang", "các đoàn thể"): each names
        // the bodies that hold the duty as a body noun does.
        "cấp ủy", "cấp uỷ", "tổ chức đảng", "chính quyền", "lực lượng vũ trang", "lực lượng chức năng", "đoàn thể",
        // "đề nghị Quý cơ quan …": a letter's polite name for its addressee.
        "quý cơ quan", "quý đơn vị", "quý tổng cục", "quý bộ", "quý sở", "quý cục",
        // "yêu cầu ngành chuyên môn và chính quyền các địa phương …", "các cơ quan chuyên môn thuộc UBND": the professional
        // bodies of a level, named by their kind in lower case.
        "ngành chuyên môn", "cơ quan chuyên môn", "phòng chuyên môn", "bộ phận chuyên môn", "đơn vị chuyên môn");

    private static readonly string[][] LowerCaseCollectives = Phrases("cấp ủy", "cấp uỷ", "tổ chức đảng", "tổ chức chính trị", "chính quyền", "lực lượng vũ trang", "lực lượng chức năng",
        "ngành chuyên môn", "cơ quan chuyên môn", "phòng chuyên môn", "bộ phận chuyên môn", "đơn vị chuyên môn");

    // Plural nouns after "các" that name units ("các sở", "các cơ quan").
    private static readonly FrozenSet<string> PluralNouns = FrozenSet.ToFrozenSet(
    [
        "sở", "ban", "ngành", "bộ", "phòng", "cơ", "đơn", "địa", "huyện", "xã", "phường", "tỉnh", "trường",
        "doanh", "tổ", "hội", "đoàn", "chi", "cục", "trung", "ủy", "uỷ", "ubnd", "đồng", "thành", "chủ", "hợp",
        "bệnh", "vụ", "đài", "giám", "thủ", "trưởng", "hiệu", "quận", "thị", "cấp", "cơ quan", "đảng", "văn", "thứ", "phó",
        // "các Tổng cục, Vụ, Cục trực thuộc Bộ", "các Tập đoàn, Tổng công ty nhà nước": bodies whose noun has two words.
        "tổng", "tập",
        // "các hãng hàng không", "các lực lượng chức năng": carriers and forces addressed as a whole.
        "hãng", "lực",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Localities = FrozenSet.ToFrozenSet(
        ["tỉnh", "huyện", "thành", "thị", "quận", "xã", "phường", "trung", "nhân", "các", "sở", "tp", "tp."], StringComparer.Ordinal);

    // Lower-case verbs and adverbs that end a unit phrase ("Sở Nội vụ khẩn trương tham mưu").
    private static readonly FrozenDictionary<string, string[][]> Terminators = Phrases(
            "thực hiện", "tập trung", "triển khai", "tổ chức", "khẩn trương", "nghiêm túc", "nghiêm", "chủ động",
            "tích cực", "có", "chịu", "phối hợp", "chủ trì", "theo", "thường xuyên", "liên tục", "tham mưu", "xây dựng",
            "hướng dẫn", "kiểm tra", "tăng cường", "nghiên cứu", "đẩy mạnh", "quán triệt", "tiếp tục", "làm",
            "được", "phải", "cần", "báo cáo", "đề xuất", "quan tâm", "chỉ đạo", "ban hành", "trình", "tiến hành",
            "đôn đốc", "giám sát", "thống kê", "nâng cao", "bảo đảm", "đảm bảo", "phát huy", "kịp thời", "sớm",
            "rà soát", "cập nhật", "thành lập", "lập", "gửi", "xem xét", "giải quyết", "theo dõi", "xử lý",
            "không", "để", "căn cứ", "nắm", "hoàn thành", "hoàn thiện", "bố trí", "cung cấp", "chuẩn bị",
            "đề nghị", "yêu cầu", "tuyên truyền", "vận động", "trả lời", "tiếp nhận", "tham dự", "tham gia", "cử",
            "giao", "phân công", "thẩm định", "ký", "sửa đổi", "bổ sung", "đánh giá", "tổng hợp", "kiểm điểm",
            "công khai", "sắp xếp", "áp dụng", "duy trì", "phổ biến", "đề cao", "nêu cao", "tuân thủ", "chấp hành",
            "ưu tiên", "khắc phục", "chấn chỉnh", "tiếp thu", "nghiêm cấm", "thông báo", "chỉ", "cũng", "đồng thời",
            "thì", "mà", "đã", "sẽ", "đang", "vẫn", "còn", "nhằm", "vì", "do", "như", "về", "cùng", "khi", "nếu",
            "trong", "từ", "đến", "tới", "qua", "bằng", "hằng", "hàng", "định", "tăng", "giảm", "góp", "lấy",
            "hỗ trợ", "tạo", "đưa", "mở", "dừng", "thu", "chi trả", "kiểm soát", "điều hành", "gương mẫu", "ra",
            "mong", "kính", "là", "công bố", "huy động", "sẵn sàng", "kêu gọi", "sơ tán", "di dời", "ngăn chặn", "khuyến cáo", "tuần tra",
            // "Các xã, phường … thông tin cho nhân dân biết …": informing someone is a duty's verb ("Trung tâm Thông tin"
            // keeps its capital).
            "thông tin cho",
            // "Ủy quyền để Chủ tịch UBND huyện cho phép thành lập hội …", "… để Sở Kế hoạch và Đầu tư cấp giấy chứng nhận …":
            // permitting and licensing are the delegated duty's verbs ("Phòng Cấp phép" keeps its capital).
            "cho phép", "cấp giấy", "cấp phép",
            // "UBND Thành phố Hà Nội nhận được Công văn số … của …": a body receiving a letter is reported, and its name ends
            // before the verb (docs/domain.md §5: a letter's report of an incoming letter is no task).
            "nhận được",
            // "Ban Chỉ đạo … giúp Thủ tướng Chính phủ chỉ đạo …": helping the head it serves ends the body's name ("Tổ giúp
            // việc" keeps its own).
            "giúp thủ tướng", "giúp chính phủ", "giúp chủ tịch", "giúp ủy ban", "giúp uỷ ban", "giúp ubnd", "giúp bộ trưởng",
            // "UBND tỉnh Nghệ An mới ban hành công điện …", "Sở X vừa có văn bản …": the adverb before the issuing verb
            // ends the name ("mới" and "vừa" alone stay in names such as "nông thôn mới", "nhỏ và vừa").
            "mới ban hành", "mới có", "mới ký", "vừa ban hành", "vừa có", "vừa ký",
            // "… đối với Sở Giáo dục và Đào tạo tại Công văn số …": the document that carries the direction is no part of the name.
            "tại công văn", "tại văn bản", "tại quyết định", "tại chỉ thị", "tại công điện", "tại thông báo", "tại kế hoạch")
        .GroupBy(p => p[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);

    private static string[][] Phrases(params string[] phrases) =>
        [.. phrases.Select(p => p.Split(' '))];

    private static int MatchAny(List<Token> t, int i, string[][] phrases)
    {
        var best = 0;
        foreach (var p in phrases)
        {
            if (p.Length > best && Matches(t, i, p))
            {
                best = p.Length;
            }
        }

        return best;
    }

    public static bool Matches(List<Token> t, int i, string[] words)
    {
        if (i + words.Length > t.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var token = t[i + k];
            if (token.Kind != TokenKind.Word || !string.Equals(token.Lower, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> SplitCache = new(StringComparer.Ordinal);

    public static bool Matches(List<Token> t, int i, string phrase) =>
        i < t.Count && t[i].Kind == TokenKind.Word && phrase.StartsWith(t[i].Lower, StringComparison.Ordinal)
        && Matches(t, i, SplitCache.GetOrAdd(phrase, static p => p.Split(' ')));

    /// <summary>
    /// The number of tokens of a unit head at <paramref name="i"/> (a title, a named body, "các" + plural),
    /// or 0. Inside a list, <paramref name="requireCapital"/> demands a capital letter, as Vietnamese writes
    /// titles and bodies, so "các ban, ngành tỉnh" stays one unit.
    /// </summary>
    public static int HeadAt(List<Token> t, int i, bool requireCapital)
    {
        if (i >= t.Count || t[i].Kind != TokenKind.Word)
        {
            return 0;
        }

        var first = t[i];
        // "đề nghị các các Bộ, cơ quan ngang Bộ": a word doubled in typing is read once.
        if (first.Lower is "các" && i + 1 < t.Count && t[i + 1].Kind == TokenKind.Word && t[i + 1].Lower == "các")
        {
            var rest = HeadAt(t, i + 1, requireCapital: false);
            return rest > 0 ? 1 + rest : 0;
        }

        if (first.Lower is "các" or "những")
        {
            // "…, các tổ chức chính trị - xã hội tỉnh, …", "các đoàn thể": a collective of the political system after "các".
            if (MatchAny(t, i + 1, LowerCaseCollectives) is var collective and > 0)
            {
                return 1 + collective;
            }

            if (i + 1 < t.Count && t[i + 1].Kind == TokenKind.Word && PluralNouns.Contains(t[i + 1].Lower))
            {
                var inner = HeadAt(t, i + 1, requireCapital: false);
                return inner > 0 || !requireCapital || first.Capitalized ? 1 + Math.Max(inner, 1) : 0;
            }

            return 0;
        }

        // "cơ quan Trung ương tại tỉnh": a lower-case body noun followed by a proper name. "người đứng đầu các cơ quan,
        // đơn vị" is written in lower case wherever it stands, so it opens a list item as a capitalised title does.
        if (requireCapital && !first.Capitalized)
        {
            // "cấp ủy, tổ chức đảng, chính quyền các cấp, …": the political system's collectives stay in lower case inside a list.
            var collective = MatchAny(t, i, LowerCaseCollectives);
            if (collective > 0)
            {
                return collective;
            }

            return first.Lower == "cơ" && Matches(t, i, "cơ quan") && i + 2 < t.Count && t[i + 2].Capitalized && t[i + 2].Kind == TokenKind.Word ? 2
                : Matches(t, i, "người đứng đầu") ? 3
                : 0;
        }

        // "T.Ư Đoàn TNCS Hồ Chí Minh", "Trung ương Hội Nông dân Việt Nam": the central level written before a body names
        // the body's central organ, a unit of its own.
        var central = first.Lower is "t.ư" or "tư" or "tw" or "t.w" ? 1 : Matches(t, i, "trung ương") && first.Capitalized ? 2 : 0;
        if (central > 0 && i + central < t.Count && t[i + central].Capitalized && MatchAny(t, i + central, Bodies) is var organ and > 0
            && HeadAt(t, i + central, requireCapital: true) > 0)
        {
            return central + organ;
        }

        var standalone = MatchAny(t, i, Standalone);
        if (standalone > 0)
        {
            return standalone;
        }

        var title = MatchAny(t, i, Titles);
        if (title > 0)
        {
            return title;
        }

        var body = MatchAny(t, i, Bodies);
        if (body > 0)
        {
            var next = i + body;
            if (next < t.Count && t[next].Kind == TokenKind.Word &&
                (t[next].Capitalized || Localities.Contains(t[next].Lower) || IsAllCapsAbbreviation(t[next]) || MatchAny(t, i, NamedByAnyWord) == body
                    // "Ngành giao thông vận tải chỉ đạo …": a capitalised "Ngành" opening a sentence names the branch in lower case.
                    || (first.Capitalized && first.Lower == "ngành" && !requireCapital)
                    // "Ủy ban phòng, chống lụt, bão Trung ương", "Ban phòng chống tham nhũng": a body named for what it
                    // prevents ("phòng, chống …") is named in lower case.
                    || (first.Capitalized && PreventsSomething(t, next))))
            {
                return body;
            }

            // "…, Thanh tra tỉnh, Cục thuế, Công an tỉnh …": a central agency's department in the province, its field written
            // in lower case, is a unit also where a comma follows it (docs/domain.md §5, twenty-third pass).
            var noun = first.Lower == "cục" ? 1 : Matches(t, i, "chi cục") ? 2 : 0;
            if (first.Capitalized && noun > 0 && MatchAny(t, i + noun, AgencyFieldsInLowerCase) > 0)
            {
                return body;
            }
        }

        return 0;
    }

    // The token after ", " that follows the parenthesis opened at open, when a unit starts there; 0 otherwise. The
    // parenthesis must close within a few words and before the sentence ends.
    private static int ParenthesisThenUnit(List<Token> t, int open)
    {
        for (var j = open + 1; j < t.Count && j <= open + 30; j++)
        {
            if (t[j].Kind is TokenKind.Period or TokenKind.OpenParen)
            {
                return 0;
            }

            if (t[j].Kind == TokenKind.CloseParen)
            {
                return j + 2 < t.Count && t[j + 1].Kind == TokenKind.Comma && HeadAt(t, j + 2, requireCapital: false) > 0 ? j + 2 : 0;
            }
        }

        return 0;
    }

    private static bool PreventsSomething(List<Token> t, int i) =>
        Matches(t, i, "phòng chống")
        || (Matches(t, i, "phòng") && i + 2 < t.Count && t[i + 1].Kind == TokenKind.Comma && t[i + 2].Lower == "chống");

    // The first token of a unit after a list item marker ("-", "+", "•", "a)") at k, or -1 when none is there.
    private static int ItemAt(List<Token> t, int k)
    {
        if (k >= t.Count)
        {
            return -1;
        }

        var j = -1;
        if (t[k].Kind == TokenKind.Dash || (t[k].Kind == TokenKind.Other && t[k].Lower is "+" or "•" or "*"))
        {
            j = k + 1;
        }
        else if (t[k].Kind == TokenKind.Word && t[k].End - t[k].Start == 1 && char.IsLetter(t[k].Lower[0]) && k + 1 < t.Count && t[k + 1].Kind == TokenKind.CloseParen)
        {
            j = k + 2;
        }

        return j >= 0 && j < t.Count && HeadAt(t, j, requireCapital: true) > 0 ? j : -1;
    }

    // After a person's name (one to five capitalised words) and a comma, the index of the title that follows, or 0.
    private static int TitleAfterName(List<Token> t, int i)
    {
        var k = i;
        while (k < t.Count && k < i + 5 && t[k].Kind == TokenKind.Word && t[k].Capitalized && MatchAny(t, k, Titles) == 0)
        {
            k++;
        }

        return k > i && k + 1 < t.Count && t[k].Kind == TokenKind.Comma && MatchAny(t, k + 1, Titles) > 0 ? k + 1 : 0;
    }

    // "TKCN", "PCTT", "BCĐ": a word of two or more letters, all of them capitals.
    private static bool IsUpperCaseWord(string text, Token token)
    {
        if (token.End - token.Start < 2 || token.End > text.Length)
        {
            return false;
        }

        foreach (var c in text.AsSpan(token.Start, token.End - token.Start))
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCapsAbbreviation(Token token) => token.End - token.Start >= 2 && token.Capitalized;

    private static readonly string[][] Roles = Phrases("chủ trì", "phối hợp", "làm đầu mối", "tham mưu");

    /// <summary>
    /// The length of a unit's role at <paramref name="i"/> ("chủ trì", "phối hợp", "làm đầu mối", "tham mưu"), in
    /// either case, or 0: the words that give a unit its part in a task.
    /// </summary>
    public static int RoleAt(List<Token> t, int i) => MatchAny(t, i, Roles);

    /// <summary>
    /// "Sở X là cơ quan thường trực, chủ trì, …": a standing title given to the unit at <paramref name="i"/> ("là"
    /// and a few words up to a comma) when a role follows it; the index of the role, or -1. Without a role after it
    /// ("Sở Tư pháp là cơ quan thường trực của Hội đồng …") the sentence describes the unit and assigns nothing.
    /// </summary>
    public static int RoleAfterStandingTitle(List<Token> t, int i)
    {
        if (i >= t.Count || t[i].Kind != TokenKind.Word || t[i].Lower != "là")
        {
            return -1;
        }

        for (var k = i + 1; k < t.Count && k <= i + 12; k++)
        {
            if (t[k].Kind == TokenKind.Comma)
            {
                var j = k;
                while (j < t.Count && t[j].Kind == TokenKind.Comma)
                {
                    j++;
                }

                return RoleAt(t, j) > 0 ? j : -1;
            }

            if (t[k].Kind != TokenKind.Word)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The length of a lower-case verb phrase at <paramref name="i"/> that ends a unit phrase, or 0.</summary>
    // After "do": a capitalised name (more after commas) and then "thành lập" or "quản lý", within a few words.
    private static bool FoundedBy(List<Token> t, int k) => FounderEnd(t, k) >= 0;

    // The index of "thành lập"/"quản lý" closing the founder's name that starts at k, or -1.
    private static int FounderEnd(List<Token> t, int k)
    {
        if (k >= t.Count || !t[k].Capitalized)
        {
            return -1;
        }

        for (var end = Math.Min(t.Count - 1, k + 12); k < end; k++)
        {
            if (t[k].Kind == TokenKind.Word && !t[k].Capitalized && (Matches(t, k, "thành lập") || Matches(t, k, "quản lý")))
            {
                return k;
            }

            if (t[k].Kind is not (TokenKind.Word or TokenKind.Comma))
            {
                return -1;
            }
        }

        return -1;
    }

    // Whether the comma at k stands inside a founder's name ("cơ quan do Chính phủ, Thủ tướng Chính phủ thành lập").
    private static bool InsideFounder(List<Token> t, int segStart, int k)
    {
        for (var j = k - 1; j >= segStart && j >= k - 12; j--)
        {
            if (t[j].Lower == "do")
            {
                return FounderEnd(t, j + 1) > k;
            }
        }

        return false;
    }

    // "… do Chính phủ, Thủ tướng Chính phủ thành lập": the "do" that opens the founder's name stands a few words back.
    private static bool FounderBefore(List<Token> t, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 12; k--)
        {
            if (t[k].Kind is not (TokenKind.Word or TokenKind.Comma))
            {
                return false;
            }

            if (t[k].Lower == "do")
            {
                return FoundedBy(t, k + 1);
            }
        }

        return false;
    }

    // "từ <Place> đến|tới <Place>", or the "đến|tới <Place>" of such a range: both ends capitalised, at most five words apart.
    private static bool PlaceRangeAt(List<Token> t, int i)
    {
        static bool Capital(List<Token> t, int k) => k < t.Count && t[k].Kind == TokenKind.Word && t[k].Capitalized;
        if (t[i].Lower == "từ" && Capital(t, i + 1))
        {
            for (var j = i + 2; j < t.Count && j <= i + 6; j++)
            {
                if (t[j].Lower is "đến" or "tới")
                {
                    return Capital(t, j + 1);
                }

                if (t[j].Kind != TokenKind.Word || !t[j].Capitalized)
                {
                    return false;
                }
            }

            return false;
        }

        if (t[i].Lower is "đến" or "tới" && Capital(t, i + 1))
        {
            for (var j = i - 2; j >= 0 && j >= i - 6; j--)
            {
                if (t[j].Lower == "từ")
                {
                    return Capital(t, j + 1);
                }

                if (t[j + 1].Kind != TokenKind.Word || !t[j + 1].Capitalized)
                {
                    return false;
                }
            }
        }

        return false;
    }

    public static int TerminatorAt(List<Token> t, int i)
    {
        if (i >= t.Count || t[i].Kind != TokenKind.Word || t[i].Capitalized)
        {
            return 0;
        }

        // "UBND Thành phố vừa yêu cầu …", "Sở Y tế mới đề nghị …": the adverb of recent time before any verb ends the name,
        // as before "ban hành"; "vừa" and "mới" at a name's end ("nhỏ và vừa", "nông thôn mới") have no verb after them.
        if (t[i].Lower is "vừa" or "mới" && TerminatorAt(t, i + 1) > 0)
        {
            return 1;
        }

        // "Báo Việt Nam Nét ngày 05 tháng 3 năm 2012, có bài …": a date ends the name before it.
        if (t[i].Lower == "ngày" && i + 1 < t.Count && t[i + 1].Lower.Length > 0 && char.IsAsciiDigit(t[i + 1].Lower[0]))
        {
            return 1;
        }

        if (!Terminators.TryGetValue(t[i].Lower, out var phrases))
        {
            return 0;
        }

        // "Cục Đổi mới sáng tạo, …", "Trung tâm đào tạo …": "tạo" after "sáng" or "đào" is the second syllable of a noun
        // (innovation, training), not the verb "create".
        if (t[i].Lower == "tạo" && i > 0 && t[i - 1].Kind == TokenKind.Word && t[i - 1].Lower is "sáng" or "đào")
        {
            return 0;
        }

        // "Chủ tịch UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa": a range of places qualifies the units before it.
        if (PlaceRangeAt(t, i))
        {
            return 0;
        }

        // "các đơn vị có liên quan và UBND huyện Long Mỹ": "có liên quan" qualifies the units, it is not their verb.
        if (Matches(t, i, "có liên quan"))
        {
            return 0;
        }

        // "đơn vị sự nghiệp công lập": "lập" after "công" is part of a noun, not the verb.
        // "Sở Giáo dục và Đào tạo": "tạo" after "Đào" is the name of the field, not the verb.
        if ((t[i].Lower == "lập" && i > 0 && t[i - 1].Lower is "công" or "độc") || (t[i].Lower == "tạo" && i > 0 && t[i - 1].Lower == "đào"))
        {
            return 0;
        }

        // "người đứng đầu cơ quan do Chính phủ, Thủ tướng Chính phủ thành lập": who set the body up belongs to its name.
        if ((t[i].Lower == "do" && FoundedBy(t, i + 1)) || ((Matches(t, i, "thành lập") || Matches(t, i, "quản lý")) && FounderBefore(t, i))
            || (i > 0 && (Matches(t, i - 1, "thành lập") || Matches(t, i - 1, "quản lý")) && FounderBefore(t, i - 1)))
        {
            return 0;
        }

        // "Cảng hàng không Việt Nam", "các hãng Hàng không": aviation ("hàng không") is a noun of the name; neither
        // "hàng" (as in "hàng năm") nor the negation "không" ends it there (docs/domain.md §5, twenty-third pass).
        // "Ngân hàng Nhà nước", "Sở giao dịch Ngân hàng …": "hàng" after "ngân" is the bank's noun as well.
        if ((t[i].Lower == "hàng" && ((i + 1 < t.Count && t[i + 1].Kind == TokenKind.Word && t[i + 1].Lower == "không") || (i > 0 && t[i - 1].Lower == "ngân")))
            || (t[i].Lower == "không" && i > 0 && t[i - 1].Kind == TokenKind.Word && t[i - 1].Lower == "hàng"))
        {
            return 0;
        }

        // "Bộ Ngoại giao", "Sở giao thông": "giao" inside the name of a field is no verb; nor is "trình" in "Chương
        // trình" ("các Bộ là chủ Chương trình"); "Sở giao dịch", "Trung tâm giao dịch": a transaction office's noun.
        if ((t[i].Lower == "giao" && ((i > 0 && t[i - 1].Lower == "ngoại") || (i + 1 < t.Count && t[i + 1].Lower is "thông" or "dịch")))
            || (t[i].Lower == "trình" && i > 0 && t[i - 1].Lower == "chương"))
        {
            return 0;
        }

        // "Các Bộ là chủ Chương trình …", "các đơn vị là chủ đầu tư …": "là chủ" + what they own says which units are
        // meant and belongs to the unit ("Sở X là cơ quan …" still ends at "là").
        if (t[i].Lower == "là" && i + 2 < t.Count && t[i + 1].Lower == "chủ" && t[i + 2].Kind == TokenKind.Word && t[i + 2].Lower != "trì")
        {
            return 0;
        }

        // "Ban Chỉ đạo phòng, chống dịch", "Ban chỉ huy quân sự": after "Ban" the words name the board, not the verb.
        if (t[i].Lower == "chỉ" && i > 0 && t[i - 1].Lower == "ban")
        {
            return 0;
        }

        // "các cơ quan, đơn vị có liên quan" keeps its qualifier, and so do "các đồng chí có tên tại Điều 1", "… có tên
        // nói trên" of an executor article: the persons named are the unit.
        if (t[i].Lower == "có" && (Matches(t, i + 1, "liên quan") || Matches(t, i + 1, "trụ sở") || Matches(t, i + 1, "tên")))
        {
            return 0;
        }

        foreach (var p in phrases)
        {
            if (Matches(t, i, p))
            {
                return p.Length;
            }
        }

        return 0;
    }

    /// <summary>Reads a list of units starting at token <paramref name="i"/>; none unless a head starts there.</summary>
    public static UnitList Parse(string text, List<Token> t, int i)
    {
        // "các đồng chí Bộ trưởng": the courtesy prefix is not part of the unit.
        if (Matches(t, i, "các đồng chí") && HeadAt(t, i + 3, false) > 0)
        {
            i += 3;
        }
        else if (Matches(t, i, "đồng chí") && HeadAt(t, i + 2, false) > 0)
        {
            i += 2;
        }
        else if (Matches(t, i, "đồng chí") && TitleAfterName(t, i + 2) is var title and > 0)
        {
            // "giao đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh …": the person is named by the office that answers
            // for the task (NĐ 30/2020 art. 8 addresses the head by title).
            i = title;
        }

        // "Đề nghị:\n- Sở Y tế;\n- Công an tỉnh;": the verb announces a list whose items are the units.
        if (i < t.Count && t[i].Kind == TokenKind.Colon && ItemAt(t, i + 1) is var first and >= 0)
        {
            i = first;
        }
        else if (i + 3 < t.Count && t[i].Kind == TokenKind.Colon && t[i + 1].Kind == TokenKind.Word && t[i + 1].Lower.All(char.IsAsciiDigit)
            && t[i + 2].Kind is TokenKind.Period or TokenKind.CloseParen && HeadAt(t, i + 3, requireCapital: true) > 0)
        {
            // "Điều 2. Hội đồng nhân dân tỉnh giao:\n1. Ủy ban nhân dân tỉnh chịu trách nhiệm …": the verb's colon announces
            // numbered duties, and the first opens with its holder.
            i += 3;
        }

        if (HeadAt(t, i, requireCapital: false) == 0)
        {
            return UnitList.None(i);
        }

        var segments = new List<(int Start, int End, bool Strong, string? Literal)>();
        var segStart = i;
        var segEnd = -1;
        var strong = true;
        var words = 0;
        var k = i;
        while (k < t.Count && words < MaxWords)
        {
            var token = t[k];
            // "Giao Giám đốc: Sở A, Sở B": a bare title before a colon is followed by the units themselves.
            // The title's own two words are already counted in segEnd, so only the position of the colon is checked.
            // "Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở …; UBND các huyện …" does the same with the generic bodies named
            // after the title: the units listed after the colon are the holders (docs/domain.md §5, executors).
            if (token.Kind == TokenKind.Colon && (k == segStart + 2 || GenericBodiesAfterTitle(t, segStart + 2, k)) && HeadAt(t, k + 1, requireCapital: true) > 0
                && (Matches(t, segStart, "giám đốc") || Matches(t, segStart, "thủ trưởng") || Matches(t, segStart, "chủ tịch")))
            {
                segEnd = -1;
                segStart = k + 1;
                strong = true;
                k++;
                continue;
            }

            // "các cơ quan sau: - Sở Y tế; - Sở Giáo dục và Đào tạo; + Công an tỉnh": a list across lines with dashes,
            // pluses or letters (NĐ 30/2020 Phụ lục I: items of a list) names the units; the announcement before it is not one.
            if (token.Kind is TokenKind.Colon or TokenKind.Semicolon && ItemAt(t, k + 1) is var item and >= 0
                && (token.Kind == TokenKind.Semicolon || k - segStart <= 6))
            {
                if (token.Kind == TokenKind.Semicolon)
                {
                    Close(k);
                }

                segEnd = -1;
                strong = true;
                segStart = item;
                k = item;
                continue;
            }

            if (token.Kind == TokenKind.Colon && TryExpandProvinces(text, t, segStart, k, out var provinces, out var afterProvinces))
            {
                // "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng" names each province.
                foreach (var unit in provinces)
                {
                    segments.Add((segStart, segEnd, true, unit));
                }

                segEnd = -1;
                k = afterProvinces;
                // "Chủ tịch UBND các huyện: Chợ Đồn, Ba Bể, Chi cục trưởng Chi cục Thú y tỉnh và Thủ trưởng các cơ quan …
                // chịu trách nhiệm thi hành": after the places the list goes on with the next unit, as after departments.
                if (k < t.Count && (t[k].Lower is "và" or "," && HeadAt(t, k + 1, requireCapital: true) > 0
                    || t[k].Kind == TokenKind.Semicolon && HeadAt(t, k + 1, requireCapital: true) > 0))
                {
                    strong = true;
                    segStart = k + 1;
                    k++;
                    continue;
                }

                if (k > 0 && k < t.Count && (t[k - 1].Kind == TokenKind.Comma || t[k - 1].Lower == "và") && HeadAt(t, k, requireCapital: true) > 0)
                {
                    strong = true;
                    segStart = k;
                    continue;
                }

                break;
            }

            if (token.Kind == TokenKind.Colon && TryExpandList(text, t, segStart, segEnd, k, out var expanded, out var after))
            {
                // "Giám đốc các sở: Nội vụ, Tài chính" names each department.
                foreach (var unit in expanded)
                {
                    segments.Add((segStart, segEnd, true, unit));
                }

                segEnd = -1;
                k = after;
                // "Giám đốc các Sở: Công Thương, Tài chính; Trưởng Ban Quản lý Khu kinh tế; Chủ tịch UBND các huyện …": the
                // list goes on after the expanded departments, past a semicolon too when a capitalised unit follows, or a
                // lower-case collective opening its own list ("các Tổng công ty: A, B; các hãng hàng không: C, D", docs/domain.md §5).
                if (k < t.Count && (t[k].Lower is "và" or "," && HeadAt(t, k + 1, requireCapital: false) > 0
                    || t[k].Kind == TokenKind.Semicolon && (HeadAt(t, k + 1, requireCapital: true) > 0
                        || (k + 2 < t.Count && t[k + 1].Lower == "các" && HeadAt(t, k + 1, requireCapital: false) > 0))))
                {
                    strong = true;
                    segStart = k + 1;
                    k++;
                    continue;
                }

                break;
            }

            // "Chánh Văn phòng UBND tỉnh; Giám đốc các sở; Chủ tịch UBND các huyện chịu trách nhiệm thi hành":
            // a semicolon before another unit separates list items as a comma does, also before a collective in lower
            // case that opens its own list ("UBND các huyện; các sở: Xây dựng, Công Thương …").
            if (token.Kind == TokenKind.Semicolon && k > segStart
                && (HeadAt(t, k + 1, requireCapital: true) > 0 || (t.Count > k + 2 && t[k + 1].Lower == "các" && HeadAt(t, k + 1, requireCapital: false) > 0)))
            {
                Close(k);
                strong = false;
                segStart = k + 1;
                k++;
                continue;
            }

            // "Ban chỉ huy PCTT và tìm kiếm cứu nạn (TKCN) các tỉnh …": an abbreviation in parentheses spells out part of
            // the name before it, and the name goes on.
            if (token.Kind == TokenKind.OpenParen && k > segStart && k + 3 < t.Count && t[k + 1].Kind == TokenKind.Word
                && IsUpperCaseWord(text, t[k + 1]) && t[k + 2].Kind == TokenKind.CloseParen && t[k + 3].Kind == TokenKind.Word)
            {
                k += 3;
                continue;
            }

            // "UBND các xã, phường (chỉ đạo các trường thuộc phạm vi quản lý), các đơn vị trực thuộc Sở thực hiện …": a
            // parenthesis after a unit says how it acts; when a comma and another unit follow it, the list goes on.
            if (token.Kind == TokenKind.OpenParen && k > segStart && ParenthesisThenUnit(t, k) is var resume and > 0)
            {
                Close(k);
                strong = false;
                segStart = resume;
                k = resume;
                continue;
            }

            // "Chủ nhiệm Uỷ ban Dân số, Gia đình & Trẻ em tỉnh", "Sở NN & PTNT": an ampersand before a capitalised word joins
            // the parts of one name, as "và" does inside it.
            if (token.Kind == TokenKind.Other && token.Lower == "&" && k > segStart && k + 1 < t.Count && t[k + 1].Kind == TokenKind.Word && t[k + 1].Capitalized)
            {
                k++;
                continue;
            }

            if (token.Kind is TokenKind.Semicolon or TokenKind.Colon or TokenKind.Period or TokenKind.OpenParen or TokenKind.CloseParen or TokenKind.Other)
            {
                break;
            }

            if (token.Kind == TokenKind.Comma)
            {
                if (Matches(t, k + 1, "nhất là") || Matches(t, k + 1, "đặc biệt là"))
                {
                    Close(k);
                    k += Matches(t, k + 1, "nhất là") ? 3 : 4;
                    strong = true;
                    segStart = k;
                    continue;
                }

                if (HeadAt(t, k + 1, requireCapital: true) > 0 && !InsideFounder(t, segStart, k))
                {
                    Close(k);
                    strong = false;
                    segStart = k + 1;
                    k++;
                    continue;
                }

                if (TerminatorAt(t, k + 1) > 0 || k + 1 >= t.Count || t[k + 1].Kind != TokenKind.Word)
                {
                    break;
                }

                k++;
                continue;
            }

            if (token.Kind == TokenKind.Word)
            {
                if (token.Lower is "và" or "hoặc" && HeadAt(t, k + 1, requireCapital: false) > 0 && k > segStart)
                {
                    Close(k);
                    strong = true;
                    segStart = k + 1;
                    k++;
                    continue;
                }

                // "các cơ quan liên quan cũng như các địa phương": "cũng như" joins two units as "và" does.
                if (token.Lower == "cũng" && k > segStart && Matches(t, k + 1, "như") && HeadAt(t, k + 2, requireCapital: false) > 0)
                {
                    Close(k);
                    strong = true;
                    segStart = k + 2;
                    k += 2;
                    continue;
                }

                // "… yêu cầu Thủ trưởng các đơn vị trực thuộc, các chủ rừng nhà nước và đề nghị UBND các huyện … bố trí …": a
                // second directing verb after "và" adds the units after it to the same list.
                if (token.Lower == "và" && k > segStart && (Matches(t, k + 1, "đề nghị") || Matches(t, k + 1, "yêu cầu"))
                    && HeadAt(t, k + 3, requireCapital: false) > 0)
                {
                    Close(k);
                    strong = true;
                    segStart = k + 3;
                    k += 3;
                    continue;
                }

                // "các tổ chức chính trị - xã hội": the words of a head are nouns, never the verb that ends the list.
                if (k > segStart && TerminatorAt(t, k) > 0 && k >= segStart + HeadAt(t, segStart, requireCapital: false))
                {
                    break;
                }

                segEnd = k;
                words++;
            }
            else if (token.Kind == TokenKind.Dash)
            {
                // "Lao động - Thương binh và Xã hội" and "các tổ chức chính trị - xã hội" keep their dash; a dash
                // before a verb, or one that opens a new line (a list item), ends the list.
                // A dash before a capitalised role ("Sở Y tế\n- Chủ trì, phối hợp với …", the unit's duties listed
                // below it, NĐ 30/2020 Phụ lục I items of a list) ends it too, even once the lines are joined.
                if (k + 1 >= t.Count || t[k + 1].Kind != TokenKind.Word || k == segStart || RoleAt(t, k + 1) > 0
                    || (!t[k + 1].Capitalized && (TerminatorAt(t, k + 1) > 0 || text.AsSpan(t[k - 1].End, t[k].Start - t[k - 1].End).Contains('\n'))))
                {
                    break;
                }
            }

            k++;
        }

        Close(k);
        var units = Merge(text, t, segments);
        return new UnitList(units, k);

        void Close(int at)
        {
            if (segEnd >= segStart && segEnd < at)
            {
                segments.Add((segStart, segEnd, strong, null));
            }

            segEnd = -1;
        }
    }

    private static readonly string[][] FieldWords = [.. Gazetteer.Fields.Select(f => f.ToLower(VietnameseText.Vi).Replace(",", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(w => w.Length)];

    // "… các sở: Nội vụ, Tài chính, Kế hoạch và Đầu tư" → "… Sở Nội vụ", "… Sở Tài chính", "… Sở Kế hoạch và Đầu tư".
    // "… các tỉnh, thành phố: A, B và C" → "… tỉnh A", "… thành phố B" (a centrally governed city), "… tỉnh C".
    private static bool TryExpandProvinces(string text, List<Token> t, int segStart, int colon, out List<string> units, out int after)
    {
        units = [];
        after = colon;
        var cac = -1;
        for (var j = segStart; j + 1 < colon; j++)
        {
            if (t[j].Lower == "các" && t[j + 1].Lower is "tỉnh" or "thành")
            {
                cac = j;
                break;
            }

            // "UBND các quận: Hồng Bàng, Ngô Quyền", "Công an các huyện: A, B": one unit per district or commune named.
            if (t[j].Lower == "các" && j + 2 == colon && t[j + 1].Lower is "quận" or "huyện" or "xã" or "phường")
            {
                return TryExpandLocalities(text, t, segStart, j, colon, out units, out after);
            }
        }

        if (cac < 0)
        {
            return false;
        }

        var prefix = cac > segStart ? text[t[segStart].Start..t[cac].Start] : string.Empty;
        after = ReadPlaceNames(text, t, colon + 1, stopAtHead: false, units, name =>
        {
            var province = Gazetteer.FindProvince(name);
            return prefix + (province is { City: true } ? "thành phố " : "tỉnh ") + (province?.Name ?? name);
        });
        return units.Count > 0;
    }

    private static bool TryExpandLocalities(string text, List<Token> t, int segStart, int cac, int colon, out List<string> units, out int after)
    {
        units = [];
        var prefix = (cac > segStart ? text[t[segStart].Start..t[cac].Start] : string.Empty) + t[cac + 1].Lower + " ";
        after = ReadPlaceNames(text, t, colon + 1, stopAtHead: true, units, name => prefix + name);
        return units.Count > 0;
    }

    // Reads the capitalised place names listed from k ("A, B và C"), adding each as the unit <paramref name="unit"/> makes
    // of it; returns the index after the last name. With <paramref name="stopAtHead"/> a name that is itself a unit
    // ("Sở …") ends the list instead of being read as a place.
    private static int ReadPlaceNames(string text, List<Token> t, int k, bool stopAtHead, List<string> units, Func<string, string> unit)
    {
        while (k < t.Count && t[k].Kind == TokenKind.Word && t[k].Capitalized && (!stopAtHead || HeadAt(t, k, requireCapital: true) == 0))
        {
            var start = k;
            while (k < t.Count && t[k].Kind == TokenKind.Word && t[k].Capitalized && t[k].Lower is not "và")
            {
                k++;
            }

            units.Add(Clean(unit(text[t[start].Start..t[k - 1].End])));
            if (k + 1 < t.Count && (t[k].Kind == TokenKind.Comma || t[k].Lower == "và") && t[k + 1].Capitalized)
            {
                k++;
                continue;
            }

            break;
        }

        return k;
    }

    private static bool TryExpandList(string text, List<Token> t, int segStart, int segEnd, int colon, out List<string> units, out int after)
    {
        units = [];
        after = colon;
        // "các ngành: Xây dựng, Tài nguyên và Môi trường" names each branch as "các sở: …" names each department.
        // "các bộ, cơ quan: Công an, Giao thông vận tải, …, Ủy ban An toàn giao thông quốc gia": a collective of several
        // nouns names its first ("Bộ") for the bare fields listed; the items that are units of their own stay as written.
        var (noun, nounEnd) = CollectiveNoun(t, segStart, segEnd);
        if (noun < 0)
        {
            return false;
        }

        // "Tổng cục Đường bộ, các Tổng công ty: …": what stands before a comma ahead of the collective is a unit of its own,
        // and only the words right before "các" are the title ("Giám đốc các Sở: …").
        var titleStart = segStart;
        for (var j = noun - 2; j > segStart; j--)
        {
            if (t[j].Kind == TokenKind.Comma)
            {
                units.Add(Clean(text[t[segStart].Start..t[j - 1].End]));
                titleStart = j + 1;
                break;
            }
        }

        // "Giám đốccác Sở: …" (a space lost in copying) still reads "Giám đốc Sở …".
        var listed = units.Count;
        var title = noun - 1 > titleStart ? text[t[titleStart].Start..t[noun - 2].End] + " " : string.Empty;
        var prefix = title + VietnameseText.CapitalizeFirst(text[t[noun].Start..t[nounEnd].End].ToLower(VietnameseText.Vi)) + " ";
        var k = colon + 1;
        while (k < t.Count && t[k].Kind == TokenKind.Word && t[k].Capitalized && HeadAt(t, k, requireCapital: true) == 0)
        {
            var start = k;
            var field = FieldWords.FirstOrDefault(f => MatchesLoose(t, k, f));
            if (field is not null)
            {
                k = LooseEnd(t, k, field);
            }
            else
            {
                while (k < t.Count && t[k].Kind is TokenKind.Word or TokenKind.Dash && t[k].Lower is not "và" and not "hoặc" && (k == start || TerminatorAt(t, k) == 0))
                {
                    k++;
                }
            }

            units.Add(Clean(prefix + text[t[start].Start..t[k - 1].End]));
            if (k < t.Count && (t[k].Kind == TokenKind.Comma || t[k].Lower is "và" or "hoặc") && k + 1 < t.Count && t[k + 1].Capitalized && HeadAt(t, k + 1, requireCapital: true) == 0)
            {
                k++;
                continue;
            }

            break;
        }

        after = k;
        return units.Count > listed;
    }

    // Whether the words from start to the colon at end are "các cơ quan", "các đơn vị" or "các cơ quan, đơn vị": bodies
    // named by no field, which the list after the colon names.
    private static bool GenericBodiesAfterTitle(List<Token> t, int start, int end)
    {
        if (start >= end || t[start].Lower != "các")
        {
            return false;
        }

        var k = start + 1;
        var nouns = 0;
        while (k < end)
        {
            if (Matches(t, k, "cơ quan") || Matches(t, k, "đơn vị"))
            {
                k += 2;
                nouns++;
            }
            else if (nouns > 0 && t[k].Kind == TokenKind.Comma)
            {
                k++;
            }
            else
            {
                return false;
            }
        }

        return nouns > 0 && k == end;
    }

    // The body nouns a collective opens with after "các".
    private static readonly string[][] CollectiveHeads = Phrases("sở", "bộ", "phòng", "ban", "ngành", "tổng công ty", "công ty", "hãng hàng không", "hãng");

    // The first and last index of the body noun after "các" that ends the segment ("các sở", "các Tổng công ty"), or
    // that opens a collective of lower-case nouns joined by commas ("các bộ, cơ quan", "các bộ, ngành"); -1 otherwise.
    private static (int Start, int End) CollectiveNoun(List<Token> t, int segStart, int segEnd)
    {
        if (segEnd < segStart + 1)
        {
            return (-1, -1);
        }

        for (var j = segEnd - 1; j >= segStart; j--)
        {
            if (t[j].Lower == "các" && MatchAny(t, j + 1, CollectiveHeads) is var n and > 0)
            {
                var end = j + n;
                return end == segEnd || (end < segEnd && t[end + 1].Kind == TokenKind.Comma && !t[end + 2].Capitalized) ? (j + 1, end) : (-1, -1);
            }

            // Only the noun right after "các" may be capitalised ("các Tổng công ty", "các Sở"), or a later word of that noun
            // ("các hãng Hàng không: …", docs/domain.md §5, twenty-third pass).
            if (t[j].Kind is not (TokenKind.Word or TokenKind.Comma) || (t[j].Capitalized && (j == 0 || t[j - 1].Lower != "các") && !InsideCollectiveHead(t, segStart, j)))
            {
                return (-1, -1);
            }
        }

        return (-1, -1);
    }

    // Whether the word at j is inside a collective's body noun opened by "các" just before it ("các hãng Hàng không").
    private static bool InsideCollectiveHead(List<Token> t, int segStart, int j)
    {
        for (var c = j - 2; c >= segStart && c >= j - 3; c--)
        {
            if (t[c].Lower == "các" && MatchAny(t, c + 1, CollectiveHeads) is var n and > 0 && j <= c + n)
            {
                return true;
            }
        }

        return false;
    }

    // Matches a field name's words, allowing the commas written inside it ("Văn hóa, Thể thao và Du lịch").
    private static bool MatchesLoose(List<Token> t, int i, string[] words) => LooseEnd(t, i, words) >= 0;

    // The token after a field name matched as MatchesLoose reads it, or -1.
    private static int LooseEnd(List<Token> t, int i, string[] words)
    {
        var k = i;
        foreach (var w in words)
        {
            // "Lao động, Thương binh và Xã hội": a copy may write a comma for the dash inside the name (docs/domain.md §5).
            if (w == "-" && k < t.Count && t[k].Kind == TokenKind.Comma)
            {
                k++;
                continue;
            }

            if (k < t.Count && t[k].Kind == TokenKind.Comma)
            {
                k++;
            }

            if (k >= t.Count || t[k].Kind is not (TokenKind.Word or TokenKind.Dash) || !string.Equals(t[k].Lower, w, StringComparison.Ordinal))
            {
                return -1;
            }

            k++;
        }

        return k;
    }

    // Keeps "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …" together: a bare title first in a comma run
    // shares its complement with the titles after it.
    private static List<string> Merge(string text, List<Token> t, List<(int Start, int End, bool Strong, string? Literal)> segments)
    {
        var units = new List<string>(segments.Count);
        var s = 0;
        while (s < segments.Count)
        {
            var runEnd = s + 1;
            while (runEnd < segments.Count && !segments[runEnd].Strong)
            {
                runEnd++;
            }

            var first = segments[s];
            if (first.Literal is not null)
            {
                units.Add(first.Literal);
                s++;
                continue;
            }

            var bare = MatchAny(t, first.Start, Titles) == first.End - first.Start + 1;
            if (bare && runEnd - s > 1)
            {
                units.Add(Clean(text[t[first.Start].Start..t[segments[runEnd - 1].End].End]));
                s = runEnd;
                continue;
            }

            for (var k = s; k < runEnd; k++)
            {
                if (segments[k].Literal is { } literal)
                {
                    units.Add(literal);
                }
                else
                {
                    AddExpandingDepartments(units, Clean(text[t[segments[k].Start].Start..t[segments[k].End].End]));
                }
            }

            s = runEnd;
        }

        return SharePlaces([.. units.Where(u => u.Length > 0)]);
    }

    // A people's committee named by its level and then several places shares the rest of its name with each
    // ("UBND huyện Quang Bình, Bắc Quang" → UBND huyện Quang Bình, UBND huyện Bắc Quang); a bare committee before another
    // body shares that body's places ("UBND và Phòng Nội vụ các huyện", "UBND, ban an toàn giao thông các huyện,
    // thị xã" → UBND các huyện, thị xã …): each unit is one body of one place, as a clerk files it.
    private static List<string> SharePlaces(List<string> units)
    {
        List<string>? result = null;
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            List<string>? split = null;
            if (BareCommittee(unit) && u + 1 < units.Count && PlacesOf(units[u + 1]) is { } places)
            {
                split = [unit + " " + places];
            }
            else if (CommitteeWithRest(unit) is var committee and > 0 && PlacesOf(unit[committee..]) is { } shared)
            {
                split = [unit[..committee].TrimEnd(',', ' ') + " " + shared, unit[committee..].TrimStart(',', ' ')];
                split[1] = split[1].StartsWith("và ", StringComparison.Ordinal) ? split[1][3..] : split[1];
            }
            else
            {
                split = PlaceNames(unit);
            }

            if (split is not null)
            {
                result ??= [.. units.Take(u)];
                result.AddRange(split);
            }
            else
            {
                result?.Add(unit);
            }
        }

        return result ?? units;
    }

    private static readonly string[] CommitteeNames = ["UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "HĐND", "Hội đồng nhân dân"];

    private static bool BareCommittee(string unit) => Array.IndexOf(CommitteeNames, unit) >= 0;

    // "UBND, ban an toàn giao thông các huyện …", "UBND và phòng văn hóa các huyện …": the length of the bare committee
    // and its separator, or 0.
    private static int CommitteeWithRest(string unit)
    {
        foreach (var name in CommitteeNames)
        {
            if (unit.StartsWith(name, StringComparison.Ordinal) && unit.Length > name.Length + 4)
            {
                var rest = unit.AsSpan(name.Length);
                if (rest.StartsWith(", ") && char.IsLetter(rest[2]))
                {
                    return name.Length + 2;
                }

                if (rest.StartsWith(" và "))
                {
                    return name.Length + 1;
                }
            }
        }

        return 0;
    }

    private static readonly string[] PlaceWords = ["tỉnh", "huyện", "quận", "thị xã", "thành phố", "xã", "phường", "thị trấn"];

    // The places a unit ends with after "các" ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương" → "các tỉnh, thành
    // phố trực thuộc Trung ương"), or null.
    private static string? PlacesOf(string unit)
    {
        for (var at = unit.IndexOf(" các ", StringComparison.Ordinal); at >= 0; at = unit.IndexOf(" các ", at + 1, StringComparison.Ordinal))
        {
            var rest = unit.AsSpan(at + 5);
            foreach (var word in PlaceWords)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal) && (rest.Length == word.Length || rest[word.Length] is ' ' or ','))
                {
                    return unit[(at + 1)..];
                }
            }
        }

        return null;
    }

    // "UBND huyện Quang Bình, Bắc Quang", "Chủ tịch UBND các tỉnh Quảng Ninh, Lạng Sơn và Cao Bằng": one committee of
    // a level per capitalised place name, or null when the names are not all capitalised place names.
    private static List<string>? PlaceNames(string unit)
    {
        if (unit.IndexOf(',') < 0 && unit.IndexOf(" và ", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var title = unit.StartsWith("Chủ tịch ", StringComparison.Ordinal) ? "Chủ tịch " : "";
        var body = unit.AsSpan(title.Length);
        foreach (var name in CommitteeNames)
        {
            if (!body.StartsWith(name, StringComparison.Ordinal) || body.Length <= name.Length || body[name.Length] != ' ')
            {
                continue;
            }

            var level = body[(name.Length + 1)..];
            var plural = level.StartsWith("các ");
            if (plural)
            {
                level = level[4..];
            }

            foreach (var word in PlaceWords)
            {
                if (!level.StartsWith(word, StringComparison.Ordinal) || level.Length <= word.Length || level[word.Length] != ' ')
                {
                    continue;
                }

                var names = level[(word.Length + 1)..].ToString().Replace(" và ", ", ", StringComparison.Ordinal)
                    .Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (names.Length < 2 || names.Any(n => !n.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[0]) || w == "-")) || MatchesHead(n)))
                {
                    return null;
                }

                return [.. names.Select(n => title + name + " " + word + " " + n)];
            }
        }

        return null;
    }

    // A place name that is itself a body or a title ("Công an tỉnh", "Sở Y tế") is a unit of its own, not a place.
    private static bool MatchesHead(string name)
    {
        var tokens = Tokenizer.Tokenize(name, 8);
        return HeadAt(tokens, 0, requireCapital: false) > 0;
    }

    // "… các sở QHKT, Xây dựng" (no colon): departments named by their fields after "các sở", each capitalised, are
    // each a unit ("Sở QHKT", "Sở Xây dựng"), as "các sở: Nội vụ, Tài chính" is read. Lower-case words after the comma
    // ("các sở, ban, ngành") keep the phrase whole.
    private static void AddExpandingDepartments(List<string> units, string unit)
    {
        var at = unit.IndexOf("các sở ", StringComparison.OrdinalIgnoreCase);
        var rest = at >= 0 ? unit.AsSpan(at + "các sở ".Length) : default;
        if (at < 0 || rest.IsEmpty || !char.IsUpper(rest[0]) || rest.IndexOf(',') < 0)
        {
            units.Add(unit);
            return;
        }

        var parts = rest.ToString().Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Any(part => !char.IsUpper(part[0])))
        {
            units.Add(unit);
            return;
        }

        var prefix = unit[..at];
        foreach (var part in parts)
        {
            units.Add(prefix + "Sở " + part);
        }
    }

    private static string Clean(string unit) => VietnameseText.TrimItem(VietnameseText.CollapseSpaces(unit));

    /// <summary>The folded words of a unit without "các"/"những", for comparing spellings.</summary>
    public static string Key(string unit)
    {
        var sb = new StringBuilder(unit.Length);
        foreach (var word in VietnameseText.FoldString(unit).Split([' ', ',', ';', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "cac" or "nhung")
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(word);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether a unit is only the collective "các cấp", "các ngành", "địa phương" (in any order, joined by commas or
    /// "và"; a trailing cut word allowed): a phrase that stands for everyone addressed, never a named unit.
    /// </summary>
    public static bool IsCollective(string unit)
    {
        var words = Key(unit).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var collective = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "cap" or "nganh" or "va" or "cac")
            {
                collective += words[i] is "va" ? 0 : 1;
            }
            else if (words[i] == "dia" && i + 1 < words.Length && words[i + 1] == "phuong")
            {
                collective++;
                i++;
            }
            else if (i != words.Length - 1)
            {
                return false;
            }
        }

        return collective > 0;
    }

    /// <summary>The set of folded words of a phrase, for subset tests.</summary>
    public static HashSet<string> WordSet(string phrase) =>
        [.. Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
