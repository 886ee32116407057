/**
 * Reading input files: the first stage of padan, before anything reaches the warehouse.
 *
 * <p>Files arrive as exported by SIKS-NG, village tools and Excel in the Indonesian locale: pipe-, semicolon- or
 * comma-delimited text in UTF-8 (with or without BOM) or Windows-1252, or XLSX workbooks with IDs in number cells.
 * This package turns any of them into a header and a stream of rows, and maps the header onto the canonical fields
 * of a {@link id.padan.job.SourceKind}:
 * <ul>
 * <li>{@link id.padan.ingest.RowSources#open} opens a file as a {@link id.padan.ingest.RowSource}: CSV through
 *     {@link id.padan.ingest.FormatSniffer} (charset, delimiter, refusal of non-text files) and Commons CSV, or XLSX
 *     streamed through POI's event API. {@link id.padan.ingest.FormatOptions} carries the job file's overrides.</li>
 * <li>{@link id.padan.ingest.HeaderMapper} maps the header using a {@link id.padan.ingest.Layout}, read from
 *     {@code padan/layouts/*.yaml} through {@link id.padan.ingest.LayoutCatalog}, plus the job file's
 *     {@code columns:}.</li>
 * <li>{@link id.padan.ingest.ExcelNumberGuard} catches NIK and KK numbers that Excel cut to 15 digits.</li>
 * <li>{@link id.padan.ingest.MappedSource} does all three for a loader.</li>
 * </ul>
 *
 * <p>Two kinds of trouble are kept apart. A row that cannot be loaded (too many fields, an ID cut by Excel) is
 * returned with a {@link id.padan.ingest.RowProblem}, so it lands in the rejects table with its reason and the rest
 * of the file still loads. A file that cannot be read at all (not text, an unclosed quote, an unmappable header)
 * throws {@link id.padan.ingest.InputFileException}, whose message names the file, the line and what to do, and is
 * shown to the user as it stands.
 *
 * <p>Line and row numbers are 1-based everywhere. {@link id.padan.ingest.SourceRow#dataRow()} counts data rows
 * (header and blank rows excluded) and becomes {@code source_row} in every output;
 * {@link id.padan.ingest.SourceRow#line()} is the physical line or sheet row, for messages.
 */
package id.padan.ingest;
