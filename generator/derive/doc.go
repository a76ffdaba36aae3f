// Package derive computes, from a validated dataset and one as-of date, every fact the portal
// shows: deadlines and their statuses, the outcome and stage of each audit round, what each
// disclosure row says about limits and quotas, what the options achieved, and the yearly
// summaries and comparison rates of every city, industry and the province. The site only
// displays these facts; the rules below are the ones its /policy/ page restates.
//
// In: a *domain.Dataset (already validated) and the as-of date. Out: *Facts, with every slice
// in a fixed order, so the same data and date always give byte-identical pages. Nothing here
// reads the clock, the environment or a file; ResolveAsOf is given the clock reading.
//
// # The as-of date
//
// Statuses are computed "as of" one day. It is, in this order: the --as-of option
// (YYYY-MM-DD); else SOURCE_DATE_EPOCH (whole seconds since 1970-01-01 UTC, taken as a day in
// Asia/Shanghai, UTC+8); else as_of in data/site.yaml; else today in Asia/Shanghai. A value
// that is given but malformed is an error, never skipped. Anything dated after the as-of date
// has not happened yet on that day and is left out everywhere: lists published later, audit
// events dated later, options completed later (they count as not completed), and disclosure
// rows for a later year or published later.
//
// # Deadlines
//
// Each list entry starts three legal periods, counted from the list's publication date:
// disclosure of emissions (1 month), start of the audit (2 months) and submission of the audit
// report (12 months). They are counted as the Civil Code counts periods (arts. 201–203):
//
//   - the publication day itself is not counted; the period starts the next day;
//   - a period of N months ends on the day of the N-th following month that has the same
//     number as the publication day; when that month has no such day (the 31st of a 30-day
//     month, the 29th–31st of February), it ends on that month's last day;
//   - when that last day is not a working day, the period ends on the next working day. A
//     working day is Monday to Friday, except the public holidays marked 休 in
//     data/calendar.csv; a Saturday or Sunday marked 班 there is a working day.
//
// A list published on 2009-01-31 therefore makes disclosure due on 2009-03-02 (28 February
// 2009 is a Saturday), the start due on 2009-03-31 and the report due on 2010-02-01 (31
// January 2010 is a Sunday).
//
// # Step statuses
//
// A step is done on the date of the earliest event of its kind recorded for that enterprise and
// that list (disclosed, started, report_submitted), counting only events up to the as-of date.
// Its status is:
//
//   - on_time: done on or before the due date;
//   - late: done after the due date; days late = done − due;
//   - overdue: not done, and the as-of date is after the due date; days overdue = as-of − due;
//   - pending: not done, and the as-of date is on or before the due date.
//
// A round that rolled over into a later list keeps its overdue steps: a later list does not
// erase a missed deadline. Overdue lists put the most days overdue first, then order by credit
// code, due date, list and step.
//
// # Outcome, stage, rectification, rolling over
//
// A round's outcome is its latest evaluated, accepted, failed or postponed event; on the same
// day acceptance wins over failure, failure over postponement, and each of them over a passed
// evaluation. Rectification orders are the round's rectification_ordered events, by date. A
// round rolled over into the next list, in publication order, that names the same enterprise.
//
// An enterprise's stage is that of its latest round: its outcome when it has one, else the
// furthest step done (report submitted, audit started, emissions disclosed), else "listed". An
// enterprise on no list published by the as-of date is "not_listed".
//
// # Disclosures
//
// Each disclosure row is checked item by item: outlet, discharge_method, concentration, limit,
// total_t, quota_t and standard. An empty item is listed as not disclosed (未公开); a row is
// complete when none is. A row is over the limit when both the concentration C and the limit L
// are disclosed and C > L; its exceedance multiple is (C − L) / L, rounded to 2 decimals,
// given only when over the limit and L > 0. A row is over the quota when both the total and the
// quota are disclosed and the total is greater. Rows are ordered by year, pollutant (COD, NH3-N,
// TP, heavy metals, SO2, NOx, particulates, VOCs) and outlet.
//
// # Options and reductions
//
// For an enterprise, city, industry or the province:
//
//   - options: every option, whatever its status;
//   - medium/high-cost options: 中费 and 高费 options that are not cancelled;
//   - completed: of those, the ones completed by the as-of date;
//   - completion rate: completed / medium/high-cost options, none when there are none;
//   - reductions (COD, SO2, NOx, NH3-N, water, energy), economic benefit and investment
//     achieved: the sums over every option completed by the as-of date, of any cost class
//     (no/low-cost options reduce emissions too); an empty figure counts as 0;
//   - investment committed: the investment of every option that is not cancelled.
//
// Sums are rounded to 4 decimals and shares to 4 decimals (Round), halves away from zero, so
// that binary noise (0.1 + 0.2) never shows.
//
// # Yearly summaries
//
// Every city, every industry and the province have one row per year, from the year of the
// first list published by the as-of date to the as-of year, every year present even when
// empty. An enterprise belongs to the city and the industry of its registry record. In the row
// of year Y:
//
//   - listed: list entries of the lists published in Y;
//   - disclosure due: of those, the entries whose disclosure step is not pending;
//   - disclosed on time: of those, the entries whose disclosure step is on_time;
//   - started, reports, evaluated, accepted, failed: started, report_submitted, evaluated,
//     accepted and failed events of the area's rounds dated in Y (events, not enterprises: a
//     round failed at evaluation and again at acceptance counts twice);
//   - medium/high-cost options completed: 中费 and 高费 options completed in Y;
//   - reductions: the sums over options of any cost class completed in Y (so the rows add up to
//     the area's reductions achieved, apart from completions before the first year);
//   - disclosure rows: disclosure rows for year Y; disclosure missing: of those, the rows with
//     at least one item not disclosed.
//
// Totals add the rows up.
//
// # Rates for comparing areas
//
// Cities and industries are compared by shares, never by raw tonnage. Each share is given with
// its numerator and denominator, is none (shown as "—") when the denominator is 0, and covers
// everything up to the as-of date:
//
//   - disclosed on time: of the list entries whose disclosure step is due (not pending), the
//     share whose disclosure was on time;
//   - accepted: of the list entries whose report step is due (not pending) or whose round is
//     already accepted, the share whose outcome is accepted;
//   - disclosure completeness: of the disclosure rows, the share with every item disclosed.
//
// A year's row offers the first for that year alone (DisclosedOnTimeRate).
//
// # Consulting agencies
//
// A round is an agency's when one of its events up to the as-of date names the agency (the
// agency column of audits.csv); a round that names two agencies counts for both. Every
// agency has one row per year from its first year on record to the as-of year. In the row of
// year Y:
//
//   - rounds and enterprises: the rounds with an event naming the agency dated in Y, and
//     their enterprises (a round that spans years is in each of them; the totals count each
//     round and enterprise once);
//   - reports: the agency's rounds whose report step was done in Y; on time and late are its
//     status, each a share of those reports;
//   - evaluation and acceptance: the decisions on the agency's rounds dated in Y: passed
//     (evaluated, accepted), failed, postponed, each a share of the stage's decisions. A
//     failure or postponement decides the acceptance when the round's evaluation has passed
//     before it, else the evaluation. Decisions are counted, not rounds: a round postponed
//     and then passed counts once for each. A 市控 round's city report (city_evaluated,
//     city_accepted) with no opinion of the province after it counts as awaiting the
//     province for its stage, in the year of the report.
//
// Reports overdue: of the agency's rounds whose report step is due (not pending), the share
// not submitted. The figures describe the records, not the quality of an agency's work: an
// enterprise's own delays and the authorities' decisions are in them too.
//
// # Order
//
// Enterprises by credit code; an area's enterprises by name, then credit code; lists by
// publication date, then id; a list's members in the list's own order; a round's events by
// date, then in the order a round goes through them; options by list, then option id; case
// studies by slug; cities and industries by code.
package derive
