using System.Globalization;

namespace KyCuong.Calendar;

/// <summary>
/// Working days and statutory periods for public servants, built once from rules and yearly
/// decisions over a range of solar years. Every query is O(1) array arithmetic and allocation-free
/// (except <see cref="Range"/>, which is an iterator). Immutable and thread-safe after
/// <see cref="Build"/>; a changed decision means a new calendar (deadlines already given are stored
/// as dates and do not move, docs/domain.md §7).
/// </summary>
public sealed class WorkingCalendar
{
    private static readonly Lazy<WorkingCalendar> DefaultCalendar =
        new(() => Build(CalendarRuleSet.Statutory, BuiltInDecisions.All));

    private readonly int _firstDay;
    // DayKind is an int-sized public enum; stored as bytes to keep the table small.
    private readonly byte[] _kinds;
    private readonly ushort[] _nameIndex;
    private readonly string?[] _names;

    // _workingUpTo[i]: number of working days in [FirstDate, day i]; _workingDays[n]: offset of the
    // (n+1)-th working day. Together they turn "N working days later" into two array reads.
    private readonly int[] _workingUpTo;
    private readonly int[] _workingDays;

    private WorkingCalendar(int firstDay, byte[] kinds, ushort[] nameIndex, string?[] names)
    {
        _firstDay = firstDay;
        _kinds = kinds;
        _nameIndex = nameIndex;
        _names = names;
        _workingUpTo = new int[kinds.Length];
        var working = new List<int>(kinds.Length * 5 / 7);
        int count = 0;
        for (int i = 0; i < kinds.Length; i++)
        {
            if (IsWorkingKind((DayKind)kinds[i]))
            {
                working.Add(i);
                count++;
            }

            _workingUpTo[i] = count;
        }

        _workingDays = [.. working];
    }

    /// <summary>The statutory rules with the built-in decisions (<see cref="BuiltInDecisions.All"/>), 1900–2100.</summary>
    public static WorkingCalendar Default => DefaultCalendar.Value;

    /// <summary>The first date the calendar covers (1 Jan of the first year).</summary>
    public DateOnly FirstDate => DateOnly.FromDayNumber(_firstDay);

    /// <summary>The last date the calendar covers (31 Dec of the last year).</summary>
    public DateOnly LastDate => DateOnly.FromDayNumber(_firstDay + _kinds.Length - 1);

    /// <summary>Number of working days in the whole range.</summary>
    public int WorkingDayCount => _workingDays.Length;

    /// <summary>Approximate bytes held by the built tables.</summary>
    public long TableBytes =>
        _kinds.Length * (long)(sizeof(byte) + sizeof(ushort) + sizeof(int)) + _workingDays.Length * (long)sizeof(int);

    /// <summary>
    /// Builds the calendar: weekends, then holidays from <paramref name="rules"/> (a year's decision
    /// replaces the default Tết days and National Day's adjacent day), then the decisions' swaps and
    /// extra days, then compensatory days for holidays on a weekend (Labour Code 2019 art. 111.3).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Years outside 1899–2101 (the lunar table) or reversed.</exception>
    /// <exception cref="ArgumentException">Two decisions for one year, or a decision that contradicts the calendar (a swap that does not trade a weekday for a weekend day, a National Day adjacent day not next to 2 Sep).</exception>
    public static WorkingCalendar Build(CalendarRuleSet rules, IEnumerable<YearDecision> decisions, int firstYear = 1900, int lastYear = 2100)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, LunarTable.FirstLunarYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, LunarTable.LastLunarYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstYear, lastYear);

        var byYear = new Dictionary<int, YearDecision>();
        foreach (var decision in decisions)
        {
            ArgumentNullException.ThrowIfNull(decision, nameof(decisions));
            if (!byYear.TryAdd(decision.Year, decision))
            {
                throw new ArgumentException(Invariant($"Two decisions for year {decision.Year}."), nameof(decisions));
            }
        }

        var builder = new Builder(new DateOnly(firstYear, 1, 1).DayNumber, new DateOnly(lastYear, 12, 31).DayNumber);
        for (int year = firstYear; year <= lastYear; year++)
        {
            builder.AddHolidays(rules, year, byYear.GetValueOrDefault(year));
        }

        foreach (var decision in byYear.Values)
        {
            if (decision.Year >= firstYear && decision.Year <= lastYear)
            {
                builder.ApplyDecision(decision);
            }
        }

        builder.AddCompensatoryDays();
        return new WorkingCalendar(builder.FirstDay, Array.ConvertAll(builder.Kinds, static k => (byte)k), builder.NameIndex, [.. builder.Names]);
    }

    /// <summary>True for a working day (an ordinary weekday, or a weekend day worked by swap or decision).</summary>
    public bool IsWorkingDay(DateOnly date) => IsWorkingKind((DayKind)_kinds[Offset(date)]);

    /// <summary>What kind of day <paramref name="date"/> is, and why.</summary>
    public DayInfo Describe(DateOnly date)
    {
        int i = Offset(date);
        var kind = (DayKind)_kinds[i];
        return new DayInfo(date, IsWorkingKind(kind), kind, _names[_nameIndex[i]]);
    }

    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public IEnumerable<DayInfo> Range(DateOnly from, DateOnly to)
    {
        int first = Offset(from, nameof(from));
        int last = Offset(to, nameof(to));
        return Iterate(first, last);
    }

    private IEnumerable<DayInfo> Iterate(int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            yield return Describe(DateOnly.FromDayNumber(_firstDay + i));
        }
    }

    /// <summary>
    /// The date at the end of which <paramref name="days"/> working days have passed, counting from
    /// the day after <paramref name="from"/> (Civil Code 2015 art. 147.2: the first day is not counted;
    /// docs/domain.md §7: received Thu 29 Jan 2026 + 2 working days → Mon 2 Feb 2026). With 0 days: the same
    /// day if it is a working day, else the next working day (a task due "today" given on a holiday is
    /// due when work resumes).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, or a date outside the calendar.</exception>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        int i = Offset(from, nameof(from));
        if (days == 0)
        {
            return NextWorkingDayFromOffset(i, nameof(from));
        }

        // _workingUpTo[i] working days are on or before `from`, so the next one has that 0-based rank.
        long rank = (long)_workingUpTo[i] + days - 1;
        if (rank >= _workingDays.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "The result is after the calendar's last date.");
        }

        return DateOnly.FromDayNumber(_firstDay + _workingDays[rank]);
    }

    /// <summary>
    /// Working days after <paramref name="fromExclusive"/> up to and including
    /// <paramref name="toInclusive"/> (negative when <paramref name="toInclusive"/> is earlier). For
    /// n ≥ 1, <c>CountWorkingDays(d, AddWorkingDays(d, n)) == n</c>.
    /// </summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive) =>
        _workingUpTo[Offset(toInclusive, nameof(toInclusive))] - _workingUpTo[Offset(fromExclusive, nameof(fromExclusive))];

    /// <summary>
    /// A period in days (Civil Code 2015 art. 147.2: the first day is not counted; art. 148.1: it
    /// ends at the end of its last day; art. 148.5: if the last day is a weekend or holiday, it ends at
    /// the end of the next working day).
    /// </summary>
    public DateOnly AddCalendarDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        Offset(from, nameof(from));
        return RollToWorkingDay(from.DayNumber + (long)days, nameof(days));
    }

    /// <summary>A period in weeks (Civil Code 2015 art. 148.2: the corresponding day of the last week), rolled per art. 148.5.</summary>
    public DateOnly AddWeeks(DateOnly from, int weeks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        Offset(from, nameof(from));
        return RollToWorkingDay(from.DayNumber + (7L * weeks), nameof(weeks));
    }

    /// <summary>
    /// A period in months (Civil Code 2015 art. 148.3: the corresponding day of the last month, or that
    /// month's last day if it has no such day), rolled to a working day per art. 148.5.
    /// </summary>
    public DateOnly AddMonths(DateOnly from, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        Offset(from, nameof(from));
        if (months > (LastDate.Year - from.Year + 1) * 12)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, "The result is after the calendar's last date.");
        }

        // DateOnly.AddMonths already clamps 31 → 30/28/29, which is exactly art. 148.3.
        return RollToWorkingDay(from.AddMonths(months).DayNumber, nameof(months));
    }

    /// <summary>
    /// A period in years (Civil Code 2015 art. 148.4: the corresponding day and month of the last year;
    /// 29 Feb becomes 28 Feb in a common year, as in art. 148.3), rolled per art. 148.5.
    /// </summary>
    public DateOnly AddYears(DateOnly from, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        Offset(from, nameof(from));
        if (years > LastDate.Year - from.Year + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "The result is after the calendar's last date.");
        }

        return RollToWorkingDay(from.AddYears(years).DayNumber, nameof(years));
    }

    /// <summary>
    /// "In the day, at the latest the next working day": the last date still on time, i.e. the next
    /// working day after <paramref name="trigger"/> (docs/domain.md §7: overdue after the end of it).
    /// </summary>
    public DateOnly SameDayOrNextWorkingDay(DateOnly trigger) => AddWorkingDays(trigger, 1);

    /// <summary><paramref name="date"/> if it is a working day, else the next working day.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date) => NextWorkingDayFromOffset(Offset(date), nameof(date));

    /// <summary><paramref name="date"/> if it is a working day, else the previous working day.</summary>
    public DateOnly PreviousWorkingDayOnOrBefore(DateOnly date)
    {
        int before = _workingUpTo[Offset(date)];
        if (before == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "No working day before it in the calendar.");
        }

        return DateOnly.FromDayNumber(_firstDay + _workingDays[before - 1]);
    }

    private static bool IsWorkingKind(DayKind kind) => kind is DayKind.Working or DayKind.SwappedWorking;

    private DateOnly RollToWorkingDay(long dayNumber, string paramName)
    {
        long i = dayNumber - _firstDay;
        if (i < 0 || i >= _kinds.Length)
        {
            throw new ArgumentOutOfRangeException(paramName, "The period ends outside the calendar.");
        }

        return NextWorkingDayFromOffset((int)i, paramName);
    }

    private DateOnly NextWorkingDayFromOffset(int i, string paramName)
    {
        if (IsWorkingKind((DayKind)_kinds[i]))
        {
            return DateOnly.FromDayNumber(_firstDay + i);
        }

        int rank = _workingUpTo[i];
        if (rank >= _workingDays.Length)
        {
            throw new ArgumentOutOfRangeException(paramName, "No working day after it in the calendar.");
        }

        return DateOnly.FromDayNumber(_firstDay + _workingDays[rank]);
    }

    private int Offset(DateOnly date, string paramName = "date")
    {
        int i = date.DayNumber - _firstDay;
        if ((uint)i >= (uint)_kinds.Length)
        {
            ThrowOutOfRange(date, paramName);
        }

        return i;
    }

    private void ThrowOutOfRange(DateOnly date, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, date, Invariant($"The calendar covers {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}."));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Mutable state while building; discarded afterwards.</summary>
    private sealed class Builder
    {
        private readonly Dictionary<string, ushort> _nameIds = new(StringComparer.Ordinal);

        public Builder(int firstDay, int lastDay)
        {
            FirstDay = firstDay;
            Kinds = new DayKind[lastDay - firstDay + 1];
            NameIndex = new ushort[Kinds.Length];
            Names.Add(null);
            for (int i = 0; i < Kinds.Length; i++)
            {
                var dow = DateOnly.FromDayNumber(firstDay + i).DayOfWeek;
                Kinds[i] = dow is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Working;
            }
        }

        public int FirstDay { get; }

        public DayKind[] Kinds { get; }

        public ushort[] NameIndex { get; }

        public List<string?> Names { get; } = [];

        private bool InRange(DateOnly date) => (uint)(date.DayNumber - FirstDay) < (uint)Kinds.Length;

        public void AddHolidays(CalendarRuleSet rules, int year, YearDecision? decision)
        {
            foreach (var rule in rules.FixedSolarHolidays ?? [])
            {
                if (rule.AppliesIn(year) && rule.Month is >= 1 and <= 12 && rule.Day >= 1 && rule.Day <= DateTime.DaysInMonth(year, rule.Month))
                {
                    MarkHoliday(new DateOnly(year, rule.Month, rule.Day), rule.Name);
                }
            }

            foreach (var rule in rules.LunarHolidays ?? [])
            {
                if (rule.AppliesIn(year))
                {
                    int length = VietnameseLunarCalendar.MonthLength(year, rule.Month);
                    var lunar = new LunarDate(year, rule.Month, Math.Min(rule.Day, length), IsLeapMonth: false);
                    MarkHoliday(VietnameseLunarCalendar.ToSolar(lunar), rule.Name);
                }
            }

            AddTet(rules, year, decision);
            AddAdjacentDays(rules, year, decision);

            foreach (var extra in decision?.ExtraHolidays ?? [])
            {
                MarkHoliday(extra.Date, extra.Name);
            }
        }

        private void AddTet(CalendarRuleSet rules, int year, YearDecision? decision)
        {
            var rule = (rules.TetRules ?? []).FirstOrDefault(r => r.AppliesIn(year));
            if (decision?.TetDaysOff is { } decided)
            {
                // The Prime Minister's choice of days (art. 112.3) replaces the default split.
                foreach (var day in decided)
                {
                    MarkHoliday(day, rule?.Name ?? HolidayNames.Tet);
                }

                return;
            }

            if (rule is null)
            {
                return;
            }

            int newYear = VietnameseLunarCalendar.NewYear(year).DayNumber;
            for (int d = newYear - rule.DaysBeforeNewYear; d < newYear + rule.DaysFromNewYear; d++)
            {
                MarkHoliday(DateOnly.FromDayNumber(d), rule.Name);
            }
        }

        private void AddAdjacentDays(CalendarRuleSet rules, int year, YearDecision? decision)
        {
            bool decisionUsed = false;
            foreach (var rule in rules.AdjacentDayRules ?? [])
            {
                if (!rule.AppliesIn(year))
                {
                    continue;
                }

                var anchor = new DateOnly(year, rule.AnchorMonth, rule.AnchorDay);
                var day = anchor.AddDays(rule.DefaultOffsetDays);
                if (decision?.NationalDayAdjacentDay is { } chosen && rule.AnchorMonth == 9 && rule.AnchorDay == 2)
                {
                    if (Math.Abs(chosen.DayNumber - anchor.DayNumber) != 1)
                    {
                        throw new ArgumentException(Invariant($"{chosen:yyyy-MM-dd} is not next to {anchor:yyyy-MM-dd}."));
                    }

                    day = chosen;
                    decisionUsed = true;
                }

                MarkHoliday(day, rule.Name);
            }

            if (decision?.NationalDayAdjacentDay is { } unused && !decisionUsed)
            {
                throw new ArgumentException(Invariant($"No National Day adjacent-day rule in force in {year} for {unused:yyyy-MM-dd}."));
            }
        }

        public void ApplyDecision(YearDecision decision)
        {
            foreach (var swap in decision.Swaps ?? [])
            {
                if (InRange(swap.DayOff))
                {
                    Require(Kinds[Offset(swap.DayOff)] == DayKind.Working, swap.DayOff, "a swapped day off must be an ordinary working day");
                    Set(swap.DayOff, DayKind.SwappedOff, null);
                }

                if (InRange(swap.DayWorked))
                {
                    Require(Kinds[Offset(swap.DayWorked)] == DayKind.Weekend, swap.DayWorked, "a swapped working day must be a Saturday or Sunday");
                    Set(swap.DayWorked, DayKind.SwappedWorking, null);
                }
            }

            foreach (var off in decision.ExtraDaysOff ?? [])
            {
                if (InRange(off.Date) && Kinds[Offset(off.Date)] == DayKind.Working)
                {
                    Set(off.Date, DayKind.DecidedOff, off.Note);
                }
            }

            foreach (var work in decision.ExtraWorkingDays ?? [])
            {
                if (InRange(work.Date))
                {
                    Set(work.Date, DayKind.Working, null);
                }
            }
        }

        /// <summary>
        /// Labour Code 2019 art. 111.3: a holiday on a weekend gives a compensatory day off on the next
        /// working day. Chronological, so consecutive weekend holidays (Tết) fill consecutive weekdays,
        /// skipping days already off (holidays, swaps) and weekend days worked by swap.
        /// </summary>
        public void AddCompensatoryDays()
        {
            int next = 0;
            for (int i = 0; i < Kinds.Length; i++)
            {
                if (Kinds[i] != DayKind.Holiday || !IsWeekend(i))
                {
                    continue;
                }

                next = Math.Max(next, i + 1);
                while (next < Kinds.Length && (Kinds[next] != DayKind.Working || IsWeekend(next)))
                {
                    next++;
                }

                if (next < Kinds.Length)
                {
                    Kinds[next] = DayKind.Compensatory;
                    NameIndex[next] = NameIndex[i];
                }
            }
        }

        private bool IsWeekend(int i) => DateOnly.FromDayNumber(FirstDay + i).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

        private void MarkHoliday(DateOnly date, string name)
        {
            // A date that is already a holiday keeps its first name: two holidays on one day give one
            // day off (and one compensatory day at most).
            if (InRange(date) && Kinds[Offset(date)] != DayKind.Holiday)
            {
                Set(date, DayKind.Holiday, name);
            }
        }

        private void Set(DateOnly date, DayKind kind, string? name)
        {
            int i = Offset(date);
            Kinds[i] = kind;
            NameIndex[i] = NameId(name);
        }

        private int Offset(DateOnly date) => date.DayNumber - FirstDay;

        private ushort NameId(string? name)
        {
            if (name is null)
            {
                return 0;
            }

            if (!_nameIds.TryGetValue(name, out ushort id))
            {
                if (Names.Count > ushort.MaxValue)
                {
                    throw new ArgumentException("Too many distinct holiday names and notes.");
                }

                id = (ushort)Names.Count;
                Names.Add(name);
                _nameIds.Add(name, id);
            }

            return id;
        }

        private static void Require(bool condition, DateOnly date, string message)
        {
            if (!condition)
            {
                throw new ArgumentException(Invariant($"{date:yyyy-MM-dd}: {message}."));
            }
        }
    }
}
