package org.cmmm.report.boundary;

/** A generated document to download: its file name ({@code CMMM-<USCC>-<date>.pdf}) and bytes. */
public record Report(String fileName, String contentType, byte[] bytes) {
}
