/**
 * The flag stage: turns links into the flags of the DESIGN.md contract. Ghost-recipient flags are judged on the
 * current period's list of each program, lost-aid flags on the previous period's rows that the current list lacks.
 * Every rule is set-based SQL over {@code recipient_facts}, the recipient rows joined to their registry person.
 */
package id.padan.flag;
