/**
 * The standardize stage: turns the raw text of registry, recipient, complaint and reference rows into typed,
 * comparable values, one {@link id.padan.standardize.StandardPerson} per row.
 *
 * <p>Each concern has its own small class: {@link id.padan.standardize.IndonesianName} (titles, degrees,
 * patronymics, old spellings), {@link id.padan.standardize.NikChecker} and {@link id.padan.standardize.KkChecker}
 * (structure, Excel damage, region, date, sex), {@link id.padan.standardize.DateParser} (day-first dates, month
 * names, Excel serials), {@link id.padan.standardize.RegionTable} with {@link id.padan.standardize.RegionResolver}
 * (Kemendagri 2025 codes, names to codes), {@link id.padan.standardize.FreeTextAddress} and the small readers
 * {@link id.padan.standardize.Sex}, {@link id.padan.standardize.RtRw}, {@link id.padan.standardize.Peristiwa},
 * {@link id.padan.standardize.Desil}, {@link id.padan.standardize.ProgramFlag},
 * {@link id.padan.standardize.SchoolClass}, {@link id.padan.standardize.PlaceName}.
 * {@link id.padan.standardize.PersonStandardizer} puts them together.
 *
 * <p>Nothing here touches the database; everything is stateless or immutable, and thread-safe. Problems are
 * reported (a status and a reason in Bahasa Indonesia), never silently repaired: a NIK that lost a digit in Excel
 * stays unknown, and a date that only works month-first stays empty.
 */
package id.padan.standardize;
