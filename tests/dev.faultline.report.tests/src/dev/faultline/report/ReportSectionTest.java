package dev.faultline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class ReportSectionTest {

    @Test
    void parsesListsAndNamesUnknownSections() {
        assertEquals(EnumSet.of(ReportSection.SUMMARY, ReportSection.CUSTODY), ReportSection.parse(" custody, SUMMARY "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportSection.parse("summary,apendix"));
        assertTrue(e.getMessage().contains("unknown section apendix"), e.getMessage());
        assertTrue(e.getMessage().contains("evidence"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportSection.parse(","));
    }

    @Test
    void parsesFormats() {
        assertEquals(ReportFormat.MD, ReportFormat.parse("md"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("docx"));
        assertEquals("unknown format 'docx' (known: html|md|pdf)", e.getMessage());
    }
}
