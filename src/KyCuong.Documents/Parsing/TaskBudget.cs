namespace KyCuong.Documents.Parsing;

/// <summary>How many more tasks one extraction may return (<see cref="DocumentExtractor.MaxTasks"/>), shared by its segments.</summary>
internal sealed class TaskBudget(int max)
{
    private int _left = max;

    /// <summary>True once a task was refused because the budget was spent.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Takes one task from the budget; false (and <see cref="Exhausted"/>) when none is left.</summary>
    public bool TryTake()
    {
        if (_left > 0)
        {
            _left--;
            return true;
        }

        Exhausted = true;
        return false;
    }
}
