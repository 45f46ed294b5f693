package it.traguardi.web.values;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.Plan;
import java.time.LocalDate;
import java.time.Month;

/**
 * Valori in attesa: how many of the values the entry page asks for are still missing for the next
 * monitoring of a plan, with its deadline and the address of that entry page.
 *
 * @param period  the next monitoring: 30 June while it has not passed, then the year-end
 * @param deadline the day the period closes (30 June, or 31 December for the year-end)
 * @param missing the rows of the entry page with no value yet for the period
 * @param total   the rows of the entry page
 * @param href    the entry page of the plan at the period
 */
public record WaitingValues(Period period, LocalDate deadline, int missing, int total, String href) {

    /** What still waits for the next monitoring of {@code plan}, seen on {@code today}. */
    public static WaitingValues of(PlanValues values, Plan plan, LocalDate today) {
        var period = next(plan.year(), today);
        var recorded = values.latest(plan, period);
        var rows = new EntryRows(plan, values.catalog(plan)).all();
        int missing = (int) rows.stream().filter(r -> !recorded.containsKey(r.target())).count();
        var deadline = switch (period) {
            case Period.Year y -> LocalDate.of(y.year(), Month.DECEMBER, 31);
            case Period.Day d -> d.date();
        };
        return new WaitingValues(period, deadline, missing, rows.size(), EntryPages.links(plan, period).entry());
    }

    /**
     * The next monitoring of a plan of {@code year}: its 30 June until that day has passed, then its
     * year-end (also for a plan of a past year, whose final values may still be missing).
     */
    public static Period next(int year, LocalDate today) {
        var june = LocalDate.of(year, Month.JUNE, 30);
        return today.isAfter(june) ? Period.of(year) : new Period.Day(june);
    }

    /** The period as the entry page names it. */
    public String periodLabel(Messages m) {
        return EntryPages.periodLabel(period, m);
    }
}
