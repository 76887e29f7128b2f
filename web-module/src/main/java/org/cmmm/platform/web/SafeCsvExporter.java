package org.cmmm.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * The CSV exporter of every table ({@code <p:dataExporter type="csv">}): PrimeFaces' own, with every header and
 * cell passed through {@link CsvCell#safe} first, so that a name typed as a formula reaches a spreadsheet as text.
 * Registered once for the type {@code csv} before the first request ({@link Registration}, faces-config),
 * so no page can export a CSV any other way.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue value, int index) {
        super.exportColumnFacetValue(context, table, safe(value), index);
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, safe(value), index);
    }

    static ColumnValue safe(ColumnValue value) {
        if (value == null || value.getValue() == null) {
            return value;
        }
        String text = value.toString();
        String safe = CsvCell.safe(text);
        return safe.equals(text) ? value : ColumnValue.of(safe);
    }

    /**
     * Puts this exporter in place of PrimeFaces' CSV exporter of data tables, before the first request is handled.
     * Not when the application starts: PrimeFaces' application context, where exporters are kept, reads the session
     * cookie settings when it is made, which the servlet container refuses to Faces' start-up listener.
     */
    public static final class Registration implements PhaseListener {

        private volatile boolean registered;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            if (!registered) {
                DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
                registered = true;
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // registered before
        }
    }
}
