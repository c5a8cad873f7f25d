package dk.virkning.batch.report.job;

/** A project or a grant pool the report job renders, written {@code PROJECT:12} or {@code PORTFOLIO:3}. */
record ReportTarget(String kind, long id) {

    static ReportTarget parse(String text) {
        int colon = text.indexOf(':');
        return new ReportTarget(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
