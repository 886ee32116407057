/**
 * The pull stage, before ingest: picks up the files that arrived in a job's inbox for a nightly run. It takes only
 * complete files (a {@code .done} marker, or unchanged for the settle time), reads program and period from the file
 * name, chooses the newest registry export and the two latest periods of each program, and after a completed run
 * moves what it took to {@code archive/<date>/} and what could not be read to {@code failed/} with the reason.
 */
package id.padan.pull;
