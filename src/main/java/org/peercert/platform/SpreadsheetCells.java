package org.peercert.platform;

/** Text written into CSV files that people open in a spreadsheet. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /**
     * A cell a spreadsheet shows as text: one starting with {@code = + - @}, tab or CR would run as a formula
     * (e.g. {@code =HYPERLINK(...)}), so it gets a leading apostrophe (OWASP's advice for CSV injection). For
     * text that came from people (names, ids they typed); numbers the server formats are written as they are.
     */
    public static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
