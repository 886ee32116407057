/**
 * The worklist stage: the cases of a run go out as print-ready XLSX worklists (one workbook per kecamatan, one sheet
 * per village) with CSV twins, and the results the TKSK writes on them come back as case history.
 */
package id.padan.worklist;
